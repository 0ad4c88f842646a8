"""The Pipeline stream: each request's commands run in order, in one turn of
the event loop, and are answered by one response with a reply per command.
A failed command becomes an ``Error`` reply; the stream goes on."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator

from keyspace.v1 import pipeline_pb2

from keyspace_server import errors
from keyspace_server.api.status import error_reply
from keyspace_server.blocking import Blocked
from keyspace_server.commands.table import TABLE
from keyspace_server.context import Context

Reply = pipeline_pb2.Reply


def _unknown_command() -> errors.CommandError:
    return errors.CommandError("ERR unknown command: the Command message has no command set")


def execute(ctx: Context, command: pipeline_pb2.Command) -> pipeline_pb2.Reply:
    name = command.WhichOneof("command")
    if name is None:
        return error_reply(_unknown_command())
    try:
        response = TABLE[name].handler(ctx, getattr(command, name))
    except errors.CommandError as error:
        return error_reply(error)
    finally:
        if ctx.db.ready_keys:
            ctx.blocked.serve_ready()
    if type(response) is Blocked:
        # Inside a pipeline a blocking command does not wait, as in MULTI.
        response = response.on_timeout
    return Reply(**{name: response})


async def run_pipeline(
    ctx: Context, requests: AsyncIterable[pipeline_pb2.PipelineRequest]
) -> AsyncIterator[pipeline_pb2.PipelineResponse]:
    stats = ctx.stats
    stats.pipelines_open += 1
    try:
        async for request in requests:
            stats.commands_processed += len(request.commands)
            replies = [execute(ctx, command) for command in request.commands]
            yield pipeline_pb2.PipelineResponse(replies=replies)
    finally:
        stats.pipelines_open -= 1
