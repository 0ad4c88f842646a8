"""Errors as gRPC clients see them: status codes, Redis's text as the
status message, the google.rpc.Status trailer with an ErrorInfo, Pipeline
error replies, and the size limits; after each, the server keeps serving."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, cast

import grpc
import grpc.aio
import keyspace
import pytest
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status
from keyspace.v1 import keys_pb2, keyspace_service_pb2_grpc, pipeline_pb2, server_pb2, strings_pb2
from keyspace_server import errors
from keyspace_server.api.service import build_service
from keyspace_server.api.status import ERROR_DOMAIN, error_reply, grpc_status
from keyspace_server.config import Config
from keyspace_server.context import Context

from tests.servers import RunningServer, start_keyspace

Stub = keyspace_service_pb2_grpc.KeyspaceServiceStub


def make_stub(channel: grpc.Channel | grpc.aio.Channel) -> Any:
    return keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]


MB = 1024 * 1024
NOT_INTEGER = "ERR value is not an integer or out of range"
STRING_TOO_LONG = "ERR string exceeds maximum allowed size (proto-max-bulk-len)"
REPLY_TOO_LARGE = "ERR reply exceeds the maximum message size (grpc-max-message-size)"


@pytest.fixture
def stub(keyspace_server: RunningServer, kv: keyspace.Client) -> Iterator[Stub]:
    with grpc.insecure_channel(keyspace_server.address) as channel:
        yield make_stub(channel)


def error_info(error: grpc.RpcError) -> tuple[status_pb2.Status, error_details_pb2.ErrorInfo]:
    # from_call also checks that the trailer's code and message are the call's.
    status = rpc_status.from_call(cast(grpc.Call, error))
    assert status is not None
    (detail,) = status.details
    info = error_details_pb2.ErrorInfo()
    assert detail.Unpack(info)
    return status, info


# -- statuses of unary calls -------------------------------------------------------


def test_incr_of_non_integer_is_invalid_argument_with_redis_text(stub: Stub) -> None:
    stub.Set(strings_pb2.SetRequest(key=b"word", value=b"abc"))
    with pytest.raises(grpc.RpcError) as caught:
        stub.Incr(strings_pb2.IncrRequest(key=b"word"))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details() == NOT_INTEGER


def test_rename_of_missing_key_is_not_found(stub: Stub) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        stub.Rename(keys_pb2.RenameRequest(key=b"missing", newkey=b"other"))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert caught.value.details() == "ERR no such key"


def test_status_trailer_carries_error_info_with_the_prefix_as_reason(stub: Stub) -> None:
    stub.Set(strings_pb2.SetRequest(key=b"word", value=b"abc"))
    with pytest.raises(grpc.RpcError) as caught:
        stub.IncrBy(strings_pb2.IncrByRequest(key=b"word", increment=5))
    status, info = error_info(caught.value)
    assert status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert status.message == NOT_INTEGER
    assert info.reason == "ERR"
    assert info.domain == ERROR_DOMAIN == "keyspace.v1"


def test_not_found_trailer_matches_its_status(stub: Stub) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        stub.Rename(keys_pb2.RenameRequest(key=b"missing", newkey=b"other"))
    status, info = error_info(caught.value)
    assert status.code == grpc.StatusCode.NOT_FOUND.value[0]
    assert info.reason == "ERR"


def test_server_keeps_serving_after_errors_with_data_intact(stub: Stub) -> None:
    stub.Set(strings_pb2.SetRequest(key=b"kept", value=b"safe"))
    stub.Set(strings_pb2.SetRequest(key=b"word", value=b"abc"))
    for _ in range(20):
        with pytest.raises(grpc.RpcError):
            stub.Incr(strings_pb2.IncrRequest(key=b"word"))
        with pytest.raises(grpc.RpcError):
            stub.Rename(keys_pb2.RenameRequest(key=b"missing", newkey=b"x"))
    assert stub.Get(strings_pb2.GetRequest(key=b"kept")).value == b"safe"
    assert stub.Get(strings_pb2.GetRequest(key=b"word")).value == b"abc"
    assert stub.Ping(server_pb2.PingRequest()).message == b"PONG"


def test_pipeline_error_reply_carries_what_the_unary_status_does(stub: Stub) -> None:
    stub.Set(strings_pb2.SetRequest(key=b"word", value=b"abc"))
    with pytest.raises(grpc.RpcError) as caught:
        stub.Incr(strings_pb2.IncrRequest(key=b"word"))
    status, info = error_info(caught.value)
    request = pipeline_pb2.PipelineRequest(
        commands=[pipeline_pb2.Command(incr=strings_pb2.IncrRequest(key=b"word"))]
    )
    (response,) = stub.Pipeline(iter([request]), timeout=10)
    reply = response.replies[0].error
    assert (reply.reason, reply.message, reply.code) == (info.reason, status.message, status.code)


def test_unset_pipeline_command_gets_error_reply_and_the_stream_continues(stub: Stub) -> None:
    requests = [
        pipeline_pb2.PipelineRequest(commands=[pipeline_pb2.Command()]),
        pipeline_pb2.PipelineRequest(
            commands=[pipeline_pb2.Command(ping=server_pb2.PingRequest())]
        ),
    ]
    first, second = stub.Pipeline(iter(requests), timeout=10)
    assert first.replies[0].error.reason == "ERR"
    assert first.replies[0].error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert second.replies[0].ping.message == b"PONG"


# -- the mapping, for errors a real server cannot produce yet -------------------------


@pytest.mark.parametrize(
    ("error", "code", "reason"),
    [
        (errors.wrongtype(), grpc.StatusCode.FAILED_PRECONDITION, "WRONGTYPE"),
        (errors.syntax(), grpc.StatusCode.INVALID_ARGUMENT, "ERR"),
        (errors.not_integer(), grpc.StatusCode.INVALID_ARGUMENT, "ERR"),
        (errors.not_float(), grpc.StatusCode.INVALID_ARGUMENT, "ERR"),
        (errors.overflow(), grpc.StatusCode.INVALID_ARGUMENT, "ERR"),
        (errors.invalid_expire("set"), grpc.StatusCode.INVALID_ARGUMENT, "ERR"),
        (errors.no_such_key(), grpc.StatusCode.NOT_FOUND, "ERR"),
        (errors.string_too_long(), grpc.StatusCode.RESOURCE_EXHAUSTED, "ERR"),
        (errors.reply_too_large(), grpc.StatusCode.RESOURCE_EXHAUSTED, "ERR"),
        (errors.internal("get", KeyError("x")), grpc.StatusCode.INTERNAL, "ERR"),
    ],
)
def test_error_maps_to_status_trailer_and_pipeline_reply_alike(
    error: errors.CommandError, code: grpc.StatusCode, reason: str
) -> None:
    status_code, message, trailer = grpc_status(error)
    assert status_code == code
    assert message == error.message
    ((key, value),) = trailer
    assert key == "grpc-status-details-bin"
    status = status_pb2.Status.FromString(value)
    info = error_details_pb2.ErrorInfo()
    assert status.details[0].Unpack(info)
    assert (status.code, status.message, info.reason, info.domain) == (
        code.value[0],
        error.message,
        reason,
        "keyspace.v1",
    )
    reply = error_reply(error).error
    assert (reply.reason, reply.message, reply.code) == (reason, error.message, code.value[0])


def _wrongtype_over_grpc() -> grpc.aio.AioRpcError:
    """GET of a key holding a non-string (a plain dict standing in for a hash)
    through a real in-process gRPC server built by build_service."""

    async def main() -> grpc.aio.AioRpcError:
        ctx = Context(config=Config())
        ctx.db.set(b"hash", {b"field": b"value"})
        server = grpc.aio.server()
        server.add_generic_rpc_handlers((build_service(ctx),))
        port = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                try:
                    await make_stub(channel).Get(strings_pb2.GetRequest(key=b"hash"), timeout=10)
                except grpc.aio.AioRpcError as error:
                    return error
                raise AssertionError("GET of a non-string succeeded")
        finally:
            await server.stop(None)

    return asyncio.run(main())


def test_wrongtype_is_failed_precondition_over_grpc() -> None:
    error = _wrongtype_over_grpc()
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error.details() == errors.WRONGTYPE
    status, info = error_info(error)
    assert info.reason == "WRONGTYPE"
    assert status.code == grpc.StatusCode.FAILED_PRECONDITION.value[0]


# -- size limits ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = start_keyspace(
        tmp_path_factory.mktemp("small") / "data",
        "--grpc-max-message-size",
        "1mb",
        "--proto-max-bulk-len",
        "1mb",
    )
    yield server
    server.stop()


@pytest.fixture
def small_stub(small_server: RunningServer) -> Iterator[Stub]:
    with grpc.insecure_channel(small_server.address) as channel:
        stub = make_stub(channel)
        stub.FlushAll(server_pb2.FlushAllRequest())
        yield stub


@pytest.fixture
def small_kv(small_server: RunningServer) -> Iterator[keyspace.Client]:
    with keyspace.Client(small_server.address, timeout=10) as client:
        client.flushall()
        yield client


def test_request_over_grpc_max_message_size_is_resource_exhausted(small_stub: Stub) -> None:
    small_stub.Set(strings_pb2.SetRequest(key=b"kept", value=b"safe"))
    with pytest.raises(grpc.RpcError) as caught:
        small_stub.Set(strings_pb2.SetRequest(key=b"big", value=b"x" * (2 * MB)))
    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert small_stub.Get(strings_pb2.GetRequest(key=b"kept")).value == b"safe"
    assert not small_stub.Get(strings_pb2.GetRequest(key=b"big")).HasField("value")


def test_sdk_raises_resource_exhausted_error_for_an_oversized_request(
    small_kv: keyspace.Client,
) -> None:
    with pytest.raises(keyspace.ResourceExhaustedError) as caught:
        small_kv.set("big", b"x" * (2 * MB))
    assert isinstance(caught.value, keyspace.ResponseError)
    assert small_kv.ping() is True


def test_setrange_beyond_proto_max_bulk_len_is_refused(small_stub: Stub) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        small_stub.SetRange(strings_pb2.SetRangeRequest(key=b"s", offset=MB, value=b"x"))
    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert caught.value.details() == STRING_TOO_LONG
    # Exactly at the limit is allowed.
    assert (
        small_stub.SetRange(strings_pb2.SetRangeRequest(key=b"s", offset=MB - 1, value=b"x")).length
        == MB
    )


def test_append_beyond_proto_max_bulk_len_is_refused(small_kv: keyspace.Client) -> None:
    chunk = b"x" * (600 * 1024)
    assert small_kv.append("s", chunk) == len(chunk)
    with pytest.raises(keyspace.ResourceExhaustedError) as caught:
        small_kv.append("s", chunk)
    assert caught.value.redis_message == STRING_TOO_LONG
    assert small_kv.strlen("s") == len(chunk)


def test_reply_over_grpc_max_message_size_is_a_clean_error(
    small_kv: keyspace.Client, small_server: RunningServer
) -> None:
    chunk = b"x" * (600 * 1024)
    small_kv.set("a", chunk)
    small_kv.set("b", chunk)
    with pytest.raises(keyspace.ResourceExhaustedError) as caught:
        small_kv.mget("a", "b")
    assert caught.value.redis_message == REPLY_TOO_LARGE
    assert small_kv.mget("a") == [chunk]
    assert "Traceback" not in small_server.log()


def test_pipeline_reply_over_the_limit_loses_only_the_largest_replies(
    small_stub: Stub,
) -> None:
    chunk = b"x" * (600 * 1024)
    small_stub.Set(strings_pb2.SetRequest(key=b"a", value=chunk))
    small_stub.Set(strings_pb2.SetRequest(key=b"b", value=chunk))
    get = [pipeline_pb2.Command(get=strings_pb2.GetRequest(key=key)) for key in (b"a", b"b")]
    requests = [
        pipeline_pb2.PipelineRequest(
            commands=[pipeline_pb2.Command(echo=server_pb2.EchoRequest(message=b"e")), *get]
        ),
        pipeline_pb2.PipelineRequest(
            commands=[pipeline_pb2.Command(ping=server_pb2.PingRequest())]
        ),
    ]
    first, second = small_stub.Pipeline(iter(requests), timeout=10)
    kinds = [reply.WhichOneof("reply") for reply in first.replies]
    assert kinds.count("error") == 1
    assert kinds[0] == "echo"
    (error,) = [reply.error for reply in first.replies if reply.HasField("error")]
    assert (error.message, error.code) == (
        REPLY_TOO_LARGE,
        grpc.StatusCode.RESOURCE_EXHAUSTED.value[0],
    )
    assert [reply.get.value for reply in first.replies if reply.HasField("get")] == [chunk]
    assert second.replies[0].ping.message == b"PONG"


def test_non_transaction_pipeline_of_large_values_is_split_to_fit(
    small_kv: keyspace.Client,
) -> None:
    value = b"v" * (200 * 1024)
    pipe = small_kv.pipeline(transaction=False)
    for n in range(10):
        pipe.set(f"k{n}", value)
    assert pipe.execute() == [True] * 10
    assert small_kv.strlen("k9") == len(value)


def test_unexpected_command_failure_is_internal_and_stream_continues() -> None:
    """A command that raises something other than CommandError (here because
    the configuration is broken: no proto-max-bulk-len) is answered with an
    INTERNAL error; the stream and the server go on."""

    async def main() -> tuple[grpc.aio.AioRpcError, list[pipeline_pb2.PipelineResponse]]:
        config = Config()
        config.proto_max_bulk_len = None  # type: ignore[assignment]
        ctx = Context(config=config)
        server = grpc.aio.server()
        server.add_generic_rpc_handlers((build_service(ctx),))
        port = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                stub = make_stub(channel)
                setrange = strings_pb2.SetRangeRequest(key=b"k", offset=1, value=b"x")
                try:
                    await stub.SetRange(setrange, timeout=10)
                    raise AssertionError("SETRANGE succeeded")
                except grpc.aio.AioRpcError as error:
                    unary_error = error
                requests = [
                    pipeline_pb2.PipelineRequest(
                        commands=[
                            pipeline_pb2.Command(setrange=setrange),
                            pipeline_pb2.Command(ping=server_pb2.PingRequest()),
                        ]
                    )
                ]
                responses = [r async for r in stub.Pipeline(iter(requests), timeout=10)]
                return unary_error, responses
        finally:
            await server.stop(None)

    unary_error, responses = asyncio.run(main())
    assert unary_error.code() == grpc.StatusCode.INTERNAL
    assert (unary_error.details() or "").startswith("ERR internal error in 'setrange' command")
    (response,) = responses
    assert response.replies[0].error.code == grpc.StatusCode.INTERNAL.value[0]
    assert response.replies[1].ping.message == b"PONG"
