"""Persistence commands: BGREWRITEAOF, SAVE, BGSAVE, LASTSAVE, with Redis
7.0's replies and its rule of one background job at a time (see
persistence/jobs.py). None of them changes the dataset, so none is logged."""

from __future__ import annotations

import logging

from keyspace.v1 import server_pb2

from keyspace_server import errors
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.persistence import jobs, saving
from keyspace_server.persistence.status import BGSAVE, REWRITE

log = logging.getLogger("keyspace.persistence")

REWRITE_STARTED = "Background append only file rewriting started"
REWRITE_SCHEDULED = "Background append only file rewriting scheduled"
BGSAVE_STARTED = "Background saving started"
BGSAVE_SCHEDULED = "Background saving scheduled"


def _busy(text: str) -> errors.CommandError:
    return errors.err(text, errors.Code.FAILED_PRECONDITION)


def _not_written(error: OSError) -> errors.CommandError:
    # Redis answers a bare "ERR"; the reason helps more.
    return errors.err(f"the snapshot could not be written: {error.strerror or error}")


def _require_files(ctx: Context) -> None:
    if not ctx.persistence.opened:
        raise _busy("persistence is not open: this server has no data directory")


@command("BgRewriteAof", write=False)
def bgrewriteaof(
    ctx: Context, request: server_pb2.BgRewriteAofRequest
) -> server_pb2.BgRewriteAofResponse:
    # Redis 7 rewrites with appendonly no as well: a base and a manifest.
    status = ctx.persistence
    _require_files(ctx)
    if status.job == REWRITE:
        raise _busy("Background append only file rewriting already in progress")
    if status.job is not None:
        status.rewrite_scheduled = True
        return server_pb2.BgRewriteAofResponse(message=REWRITE_SCHEDULED)
    jobs.start(ctx, REWRITE)
    return server_pb2.BgRewriteAofResponse(message=REWRITE_STARTED)


@command("Save", write=False)
def save(ctx: Context, request: server_pb2.SaveRequest) -> server_pb2.SaveResponse:
    _require_files(ctx)
    if ctx.persistence.job == BGSAVE:
        raise _busy("Background save already in progress")
    try:
        saving.save(ctx)
    except OSError as error:
        log.error("SAVE failed: %s", error)
        raise _not_written(error) from None
    return server_pb2.SaveResponse()


@command("BgSave", write=False)
def bgsave(ctx: Context, request: server_pb2.BgSaveRequest) -> server_pb2.BgSaveResponse:
    _require_files(ctx)
    status = ctx.persistence
    if status.job == BGSAVE:
        raise _busy("Background save already in progress")
    if status.job is not None:
        if not request.schedule:
            raise _busy(
                "Another child process is active (AOF?): can't BGSAVE right now. "
                "Use BGSAVE SCHEDULE in order to schedule a BGSAVE whenever possible."
            )
        status.bgsave_scheduled = True
        return server_pb2.BgSaveResponse(message=BGSAVE_SCHEDULED)
    try:
        jobs.start(ctx, BGSAVE)
    except OSError as error:
        log.error("BGSAVE could not start: %s", error)
        raise _not_written(error) from None
    return server_pb2.BgSaveResponse(message=BGSAVE_STARTED)


@command("LastSave", write=False)
def lastsave(ctx: Context, request: server_pb2.LastSaveRequest) -> server_pb2.LastSaveResponse:
    return server_pb2.LastSaveResponse(unix_time_seconds=ctx.persistence.last_save)
