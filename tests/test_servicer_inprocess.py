"""The servicer's logic called directly, where a server process would add
nothing: every command of the table against default and arbitrary requests,
the error replies' fields, the schema's agreement with the table, and the
Pipeline stream's bookkeeping."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyspace.v1 import pipeline_pb2, server_pb2, strings_pb2
from keyspace_server import errors
from keyspace_server.api.pipeline import encode_response, execute, fit_replies, run_pipeline
from keyspace_server.api.status import error_reply, grpc_status
from keyspace_server.blocking import Blocked
from keyspace_server.commands.table import TABLE
from keyspace_server.config import Config
from keyspace_server.context import Context

Command = pipeline_pb2.Command
Reply = pipeline_pb2.Reply
COMMAND_NAMES = sorted(TABLE)


@pytest.fixture
def ctx() -> Context:
    return Context(config=Config())


def assert_consistent_error_reply(reply: pipeline_pb2.Reply) -> None:
    error = reply.error
    assert error.reason == error.message.split(" ", 1)[0]
    assert error.reason.isupper()
    assert error.code in {int(code) for code in errors.Code}
    # An INTERNAL error means a command raised something unexpected: a bug.
    assert error.code != errors.Code.INTERNAL, error.message


# -- the schema and the table agree -----------------------------------------------------


def test_every_command_field_has_a_table_entry_and_a_matching_reply_field() -> None:
    command_fields = Command.DESCRIPTOR.oneofs_by_name["command"].fields
    reply_fields = {f.name: f for f in Reply.DESCRIPTOR.oneofs_by_name["reply"].fields}
    assert {f.name for f in command_fields} == set(TABLE)
    assert set(reply_fields) == set(TABLE) | {"error"}
    for field in command_fields:
        entry = TABLE[field.name]
        reply = reply_fields[field.name]
        assert reply.number == field.number
        assert field.message_type is not None and reply.message_type is not None
        assert field.message_type.full_name == entry.request_type.DESCRIPTOR.full_name
        assert reply.message_type.full_name == entry.response_type.DESCRIPTOR.full_name


# -- crash-proofing over the whole table -----------------------------------------------------


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_command_with_default_request_replies_or_fails_with_command_error(
    ctx: Context, name: str
) -> None:
    entry = TABLE[name]
    try:
        response = entry.handler(ctx, entry.request_type())
    except errors.CommandError:
        pass
    else:
        # A blocking command with nothing to pop asks to wait instead.
        assert isinstance(response, entry.response_type | Blocked)
    field: dict[str, Any] = {name: entry.request_type()}
    reply = execute(ctx, Command(**field))
    kind = reply.WhichOneof("reply")
    assert kind in (name, "error")
    if kind == "error":
        assert_consistent_error_reply(reply)


_INTEGERS = st.sampled_from([0, 1, -1, 2, 7, 100, -100, 2**31, 2**62, -(2**63), 2**63 - 1])
_BYTES = st.sampled_from(
    [b"", b"k", b"v", b"10", b"-1", b"abc", b"*", b"k*", b"[a-", b"\x00", b"1.5", b"x" * 40]
)
_STRINGS = st.sampled_from(["", "k", "*", "all", "default", "server", "EX", "abc"])


def _value_strategy(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Any] | None:
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        assert field.message_type is not None
        return None if depth > 2 else _message_strategy(field.message_type, depth + 1)
    if field.type == FieldDescriptor.TYPE_BYTES:
        return _BYTES
    if field.type == FieldDescriptor.TYPE_STRING:
        return _STRINGS
    if field.type == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return st.floats()
    if field.type == FieldDescriptor.TYPE_ENUM:
        assert field.enum_type is not None
        return st.sampled_from([value.number for value in field.enum_type.values] + [99])
    if field.type in (FieldDescriptor.TYPE_INT32, FieldDescriptor.TYPE_SINT32):
        return _INTEGERS.filter(lambda n: -(2**31) <= n < 2**31)
    if field.type in (FieldDescriptor.TYPE_UINT32, FieldDescriptor.TYPE_UINT64):
        return _INTEGERS.filter(lambda n: 0 <= n < 2**32)
    return _INTEGERS


def _message_strategy(descriptor: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Field values for a message, as a dict; any field may be left unset."""
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for field in descriptor.fields:
        value = _value_strategy(field, depth)
        if value is not None:
            optional[field.name] = st.lists(value, max_size=4) if field.is_repeated else value
    return st.fixed_dictionaries({}, optional=optional)


def _fill(message: Message, values: dict[str, Any]) -> None:
    for name, value in values.items():
        field = message.DESCRIPTOR.fields_by_name[name]
        target = getattr(message, name)
        if field.type == FieldDescriptor.TYPE_MESSAGE:
            if field.is_repeated:
                for item in value:
                    _fill(target.add(), item)
            else:
                target.SetInParent()
                _fill(target, value)
        elif field.is_repeated:
            target.extend(value)
        else:
            setattr(message, name, value)


_SEED_VALUES = st.lists(
    st.tuples(st.sampled_from([b"k", b"v", b"10"]), st.sampled_from([b"", b"1", b"abc", b"-7"])),
    max_size=3,
)


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_command_with_arbitrary_request_only_ever_raises_command_error(name: str) -> None:
    entry = TABLE[name]
    ctx = Context(config=Config())

    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(values=_message_strategy(entry.request_type.DESCRIPTOR), seed=_SEED_VALUES)
    def check(values: dict[str, Any], seed: list[tuple[bytes, bytes]]) -> None:
        ctx.db.clear()
        ctx.key_cursors.clear()
        for key, value in seed:
            ctx.db.set(key, value)
        request = entry.request_type()
        _fill(request, values)
        try:
            entry.handler(ctx, request)
        except errors.CommandError as error:
            assert error.message.startswith(error.reason + " ")

    check()


# -- error replies -----------------------------------------------------------------------------


def test_error_reply_fields_match_the_unary_status(ctx: Context) -> None:
    ctx.db.set(b"word", b"abc")
    reply = execute(ctx, Command(incr=strings_pb2.IncrRequest(key=b"word")))
    assert reply.WhichOneof("reply") == "error"
    code, message, _trailer = grpc_status(errors.not_integer())
    assert (reply.error.reason, reply.error.message, reply.error.code) == (
        "ERR",
        message,
        code.value[0],
    )
    assert code == grpc.StatusCode.INVALID_ARGUMENT


def test_wrongtype_reply_is_failed_precondition(ctx: Context) -> None:
    ctx.db.set(b"hash", {b"field": b"value"})  # a non-string value
    reply = execute(ctx, Command(get=strings_pb2.GetRequest(key=b"hash")))
    assert (reply.error.reason, reply.error.message, reply.error.code) == (
        "WRONGTYPE",
        errors.WRONGTYPE,
        grpc.StatusCode.FAILED_PRECONDITION.value[0],
    )


def test_unset_command_is_an_invalid_argument_error(ctx: Context) -> None:
    reply = execute(ctx, Command())
    assert reply.error.reason == "ERR"
    assert reply.error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]


def test_error_reply_is_built_from_the_command_error() -> None:
    error = errors.CommandError("NOPE something failed", errors.Code.FAILED_PRECONDITION)
    reply = error_reply(error).error
    assert (reply.reason, reply.message, reply.code) == ("NOPE", error.message, 9)


# -- replies too large to send -------------------------------------------------------------------


def _get_reply(size: int) -> pipeline_pb2.Reply:
    return Reply(get=strings_pb2.GetResponse(value=b"x" * size))


def test_replies_that_fit_are_left_alone() -> None:
    replies = [_get_reply(10), _get_reply(20)]
    assert fit_replies(replies, 1000) == replies


def test_largest_replies_give_way_first_and_order_is_kept() -> None:
    replies = [_get_reply(100), _get_reply(5000), _get_reply(3000), _get_reply(50)]
    fitted = fit_replies(replies, 4000)
    assert [reply.WhichOneof("reply") for reply in fitted] == ["get", "error", "get", "get"]
    assert fitted[1].error.message == errors.REPLY_TOO_LARGE
    assert pipeline_pb2.PipelineResponse(replies=fitted).ByteSize() <= 4000


def test_encoded_response_is_sent_as_is_when_it_fits_and_shrunk_when_not() -> None:
    response = pipeline_pb2.PipelineResponse(replies=[_get_reply(10), _get_reply(3000)])
    assert encode_response(response, 4000) == response.SerializeToString()
    shrunk = pipeline_pb2.PipelineResponse.FromString(encode_response(response, 1000))
    assert [reply.WhichOneof("reply") for reply in shrunk.replies] == ["get", "error"]
    assert shrunk.ByteSize() <= 1000


# -- the Pipeline stream's bookkeeping -------------------------------------------------------------


def test_pipeline_stream_counts_commands_and_open_streams(ctx: Context) -> None:
    ping = Command(ping=server_pb2.PingRequest())
    open_while_running: list[int] = []

    async def requests() -> AsyncIterator[bytes]:
        for size in (1, 3, 5):
            yield pipeline_pb2.PipelineRequest(commands=[ping] * size).SerializeToString()
            open_while_running.append(ctx.stats.pipelines_open)

    async def main() -> list[pipeline_pb2.PipelineResponse]:
        return [
            pipeline_pb2.PipelineResponse.FromString(response)
            async for response in run_pipeline(ctx, requests(), 1 << 20)
        ]

    responses = asyncio.run(main())
    assert [len(response.replies) for response in responses] == [1, 3, 5]
    assert ctx.stats.commands_processed == 9
    assert open_while_running == [1, 1, 1]
    assert ctx.stats.pipelines_open == 0


def test_pipeline_stream_closed_early_is_no_longer_counted_open(ctx: Context) -> None:
    async def requests() -> AsyncIterator[bytes]:
        while True:
            ping = Command(ping=server_pb2.PingRequest())
            yield pipeline_pb2.PipelineRequest(commands=[ping]).SerializeToString()

    async def main() -> None:
        stream = run_pipeline(ctx, requests(), 1 << 20)
        await anext(stream)
        assert ctx.stats.pipelines_open == 1
        await stream.aclose()  # what gRPC does when the client cancels

    asyncio.run(main())
    assert ctx.stats.pipelines_open == 0
