"""KeyspaceService: one thin unary handler per command of the table, plus
the Pipeline stream. A handler runs the command, counts it, and turns a
``CommandError`` into a status; it holds no command logic."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import NoReturn

import grpc
from google.protobuf.message import Message
from keyspace.v1 import pipeline_pb2

from keyspace_server.api.pipeline import run_pipeline
from keyspace_server.api.status import grpc_status
from keyspace_server.blocking import Blocked
from keyspace_server.commands.registry import SERVICE_NAME
from keyspace_server.commands.table import TABLE, Command
from keyspace_server.context import Context
from keyspace_server.errors import CommandError

UnaryHandler = Callable[[Message, grpc.aio.ServicerContext], Awaitable[Message]]


async def _abort(context: grpc.aio.ServicerContext, error: CommandError) -> NoReturn:
    code, message, trailer = grpc_status(error)
    await context.abort(code, message, trailing_metadata=trailer)
    raise AssertionError("abort returned")


def _unary(command: Command, ctx: Context) -> UnaryHandler:
    handler = command.handler
    stats = ctx.stats
    db = ctx.db

    async def call(request: Message, context: grpc.aio.ServicerContext) -> Message:
        stats.commands_processed += 1
        try:
            response = handler(ctx, request)
        except CommandError as error:
            await _abort(context, error)
        finally:
            if db.ready_keys:
                ctx.blocked.serve_ready()
        if type(response) is Blocked:
            try:
                return await ctx.blocked.wait(response)
            except CommandError as error:
                # Served with an error when woken (BLMOVE's destination).
                await _abort(context, error)
        return response

    return call


def build_service(ctx: Context) -> grpc.GenericRpcHandler:
    handlers: dict[str, grpc.RpcMethodHandler] = {}
    for command in TABLE.values():
        handlers[command.rpc] = grpc.unary_unary_rpc_method_handler(
            _unary(command, ctx),
            request_deserializer=command.request_type.FromString,
            response_serializer=command.response_type.SerializeToString,
        )

    async def pipeline(requests, context):  # type: ignore[no-untyped-def]
        async for response in run_pipeline(ctx, requests):
            yield response

    handlers["Pipeline"] = grpc.stream_stream_rpc_method_handler(
        pipeline,
        request_deserializer=pipeline_pb2.PipelineRequest.FromString,
        response_serializer=pipeline_pb2.PipelineResponse.SerializeToString,
    )
    return grpc.method_handlers_generic_handler(SERVICE_NAME, handlers)
