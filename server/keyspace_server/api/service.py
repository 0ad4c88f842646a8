"""KeyspaceService: one thin unary handler per command of the table, plus
the Pipeline stream. A handler runs the command, counts it, and turns a
``CommandError`` into a status; it holds no command logic."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

import grpc
import grpc.aio
from google.protobuf.message import Message
from keyspace.v1 import subscribe_pb2

from keyspace_server import errors
from keyspace_server.api.pipeline import run_pipeline
from keyspace_server.api.status import grpc_status
from keyspace_server.api.subscribe import subscribe_stream
from keyspace_server.blocking import Blocked
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import SERVICE_NAME
from keyspace_server.commands.table import TABLE, Command
from keyspace_server.context import Context
from keyspace_server.errors import CommandError

log = logging.getLogger("keyspace")

# Handlers return their response serialized (the methods have no response
# serializer), so that its size is checked without serializing it twice.
UnaryHandler = Callable[[Message, grpc.aio.ServicerContext[Any, Any]], Awaitable[bytes]]


async def _abort(context: grpc.aio.ServicerContext[Any, Any], error: CommandError) -> NoReturn:
    code, message, trailer = grpc_status(error)
    await context.abort(code, message, trailing_metadata=trailer)
    raise AssertionError("abort returned")


def _unary(command: Command, ctx: Context) -> UnaryHandler:
    stats = ctx.stats
    limit = ctx.config.grpc_max_message_size

    async def call(request: Message, context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        stats.commands_processed += 1
        try:
            outcome = dispatch.run(ctx, command, request)
            # A blocked command may also be woken with an error (BLMOVE's
            # destination turned into another type meanwhile).
            response = await ctx.blocked.wait(outcome) if isinstance(outcome, Blocked) else outcome
            if command.write and ctx.aof is not None:
                durable = ctx.aof.durable()
                if durable is not None:
                    await durable  # appendfsync always: reply once on disk
            data = response.SerializeToString()
            # gRPC would fail a larger reply with a bare status and a logged
            # traceback; say what happened in Redis's terms instead.
            if len(data) > limit:
                raise errors.reply_too_large()
            return data
        except CommandError as error:
            failure = error
        except Exception as error:  # a bug in the command: still a clean status
            log.exception("command %s failed unexpectedly", command.name)
            failure = errors.internal(command.name, error)
        await _abort(context, failure)

    return call


def build_service(ctx: Context) -> grpc.GenericRpcHandler[Any, Any]:
    handlers: dict[str, grpc.RpcMethodHandler[Any, Any]] = {}
    for command in TABLE.values():
        handlers[command.rpc] = grpc.unary_unary_rpc_method_handler(
            _unary(command, ctx),
            request_deserializer=command.request_type.FromString,
        )
    limit = ctx.config.grpc_max_message_size

    async def pipeline(requests, context):  # type: ignore[no-untyped-def]
        # Requests arrive as bytes: their plain GETs and SETs run from the
        # bytes (fastpath/), and run_pipeline parses them for the rest.
        try:
            async for response in run_pipeline(ctx, requests, limit):
                yield response
        except CommandError as error:
            await _abort(context, error)

    handlers["Pipeline"] = grpc.stream_stream_rpc_method_handler(pipeline)

    async def subscribe(requests, context):  # type: ignore[no-untyped-def]
        await subscribe_stream(ctx, requests, context)

    # Responses are encoded by the subscriber's queue (pubsub/events.py).
    handlers["Subscribe"] = grpc.stream_stream_rpc_method_handler(
        subscribe,
        request_deserializer=subscribe_pb2.SubscribeRequest.FromString,
    )
    return grpc.method_handlers_generic_handler(SERVICE_NAME, handlers)
