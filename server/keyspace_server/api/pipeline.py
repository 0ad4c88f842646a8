"""The Pipeline stream: each request's commands run in order, in one turn of
the event loop, and are answered by one response with a reply per command.
A failed command becomes an ``Error`` reply; the stream goes on.

Requests arrive and responses leave serialized: the plain GETs and SETs of
a request run from its bytes (fastpath/), and a response is the
concatenation of its replies' serialized fields."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterable, Sequence
from typing import Any

from google.protobuf.message import DecodeError
from keyspace.v1 import pipeline_pb2

from keyspace_server import errors
from keyspace_server.api.status import error_reply
from keyspace_server.blocking import Blocked
from keyspace_server.commands import dispatch
from keyspace_server.commands.table import TABLE
from keyspace_server.context import Context
from keyspace_server.fastpath import batch
from keyspace_server.wire import field_one

Reply = pipeline_pb2.Reply
log = logging.getLogger("keyspace")


def _unknown_command() -> errors.CommandError:
    return errors.CommandError("ERR unknown command: the Command message has no command set")


def execute(ctx: Context, command: pipeline_pb2.Command) -> pipeline_pb2.Reply:
    name = command.WhichOneof("command")
    if name is None:
        return error_reply(_unknown_command())
    try:
        response = dispatch.run(ctx, TABLE[name], getattr(command, name))
    except errors.CommandError as error:
        return error_reply(error)
    except Exception as error:  # a bug in one command must not end the stream
        log.exception("command %s failed unexpectedly", name)
        return error_reply(errors.internal(name, error))
    if isinstance(response, Blocked):
        # Inside a pipeline a blocking command does not wait, as in MULTI.
        response = response.on_timeout
    field: dict[str, Any] = {name: response}
    return Reply(**field)


def _refuse_writes(
    reply: pipeline_pb2.Reply, command: pipeline_pb2.Command, refusal: errors.CommandError
) -> pipeline_pb2.Reply:
    name = command.WhichOneof("command")
    if name is None or not TABLE[name].write or reply.WhichOneof("reply") == "error":
        return reply
    return error_reply(refusal)


def _field_size(reply: pipeline_pb2.Reply) -> int:
    """Bytes one reply takes inside a PipelineResponse: a one-byte tag, the
    length as a varint, then the reply."""
    size = reply.ByteSize()
    return 1 + max(1, (size.bit_length() + 6) // 7) + size


def fit_replies(replies: Sequence[pipeline_pb2.Reply], limit: int) -> list[pipeline_pb2.Reply]:
    """The replies with the largest ones replaced by REPLY_TOO_LARGE errors
    until their response is at most ``limit`` bytes. gRPC cannot send a
    larger message and would end the stream instead, losing every reply."""
    too_large = error_reply(errors.reply_too_large())
    replacement = _field_size(too_large)
    sizes = [_field_size(reply) for reply in replies]
    total = sum(sizes)
    fitted = list(replies)
    for index in sorted(range(len(fitted)), key=sizes.__getitem__, reverse=True):
        if total <= limit or sizes[index] <= replacement:
            break
        total += replacement - sizes[index]
        fitted[index] = too_large
    return fitted


def encode_response(response: pipeline_pb2.PipelineResponse, limit: int) -> bytes:
    """The response serialized, at most ``limit`` bytes long (see fit_replies).
    Serializing here rather than in gRPC checks the size without doing the
    work twice (upb's ByteSize serializes too)."""
    data = response.SerializeToString()
    if len(data) <= limit:
        return data
    return pipeline_pb2.PipelineResponse(
        replies=fit_replies(response.replies, limit)
    ).SerializeToString()


def malformed_request(error: DecodeError) -> errors.CommandError:
    return errors.CommandError(
        f"ERR the PipelineRequest could not be parsed: {error}", errors.Code.INVALID_ARGUMENT
    )


async def run_pipeline(
    ctx: Context, requests: AsyncIterable[bytes], limit: int
) -> AsyncGenerator[bytes, None]:
    """Serialized PipelineResponses, at most ``limit`` bytes each, for the
    serialized PipelineRequests of a stream. A request that cannot be parsed
    ends the stream with the CommandError of ``malformed_request``."""
    stats = ctx.stats

    def run_one(command: pipeline_pb2.Command) -> bytes:
        # PipelineResponse.replies is field 1.
        return field_one(execute(ctx, command))

    stats.pipelines_open += 1
    try:
        async for raw in requests:
            try:
                request = batch.Request(raw, ctx)
            except DecodeError as error:
                raise malformed_request(error) from None
            stats.commands_processed += request.size
            body = batch.run_request(ctx, request, run_one)
            if ctx.aof is not None:
                durable = ctx.aof.durable()
                if durable is not None:
                    # appendfsync always: the batch's replies wait for one
                    # fsync covering all its writes; if the disk refused
                    # them, so is every write of the batch.
                    try:
                        await durable
                    except errors.CommandError as refusal:
                        replies = pipeline_pb2.PipelineResponse.FromString(body).replies
                        body = pipeline_pb2.PipelineResponse(
                            replies=[
                                _refuse_writes(r, c, refusal)
                                for r, c in zip(replies, request.parsed().commands, strict=True)
                            ]
                        ).SerializeToString()
            if len(body) > limit:
                body = encode_response(pipeline_pb2.PipelineResponse.FromString(body), limit)
            yield body
    finally:
        stats.pipelines_open -= 1
