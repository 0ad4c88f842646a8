"""Starting, scheduling and ending the background jobs (an AOF rewrite or
a BGSAVE, one at a time as Redis's one child process), and the persistence
cron: it starts a job scheduled while another ran, and the automatic AOF
rewrite once the AOF has grown enough (auto-aof-rewrite-percentage over
its size after the last rewrite, and at least auto-aof-rewrite-min-size).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Coroutine
from typing import Any

from keyspace_server.context import Context
from keyspace_server.persistence import rewrite, saving
from keyspace_server.persistence.files import aof_directory, aof_sizes
from keyspace_server.persistence.status import BGSAVE, ERR, OK, REWRITE

log = logging.getLogger("keyspace.persistence")

# After a failed automatic rewrite, wait this long (doubling per failure,
# up to the maximum) before the next: a full disk must not be retried in a
# tight loop.
RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 60.0


def start(ctx: Context, kind: str) -> None:
    """Start a job of ``kind`` now; the caller checked that none runs.
    OSError if it cannot start (BGSAVE's file cannot be created)."""
    status = ctx.persistence
    if kind == REWRITE:
        status.rewrite_scheduled = False
        work: Coroutine[Any, Any, None] = rewrite.rewrite(ctx)
    else:
        status.bgsave_scheduled = False
        work = saving.bgsave(ctx)
    status.job, status.job_started = kind, time.monotonic()
    status.task = asyncio.get_running_loop().create_task(_run(ctx, kind, work))


async def _run(ctx: Context, kind: str, work: Coroutine[Any, Any, None]) -> None:
    status = ctx.persistence
    outcome = ERR
    try:
        await work
        outcome = OK
    except asyncio.CancelledError:
        log.info("%s abandoned (shutting down)", _title(kind))
        raise
    except Exception:
        log.exception("%s failed", _title(kind))
    finally:
        seconds = int(time.monotonic() - status.job_started)
        if kind == REWRITE:
            status.last_rewrite_status, status.last_rewrite_seconds = outcome, seconds
            if outcome == OK:
                status.rewrites += 1
                status.rewrite_failures = 0
            else:
                status.rewrite_failures += 1
        else:
            status.last_bgsave_status, status.last_bgsave_seconds = outcome, seconds
        status.job = status.task = None
        status.job_ended = time.monotonic()


def _title(kind: str) -> str:
    return "AOF rewrite" if kind == REWRITE else "background save"


def rewrite_due(ctx: Context) -> bool:
    """Whether the AOF grew enough for an automatic rewrite (as Redis's
    serverCron decides it)."""
    config, status = ctx.config, ctx.persistence
    if ctx.aof is None or not config.auto_aof_rewrite_percentage:
        return False
    if status.rewrite_failures:
        delay = min(RETRY_SECONDS * 2 ** (status.rewrite_failures - 1), MAX_RETRY_SECONDS)
        if time.monotonic() - status.job_ended < delay:
            return False
    _base, current = aof_sizes(aof_directory(ctx), ctx.aof.manifest)
    if current <= config.auto_aof_rewrite_min_size:
        return False
    reference = status.rewrite_base_size or 1
    growth = current * 100 // reference - 100
    return growth >= config.auto_aof_rewrite_percentage


def tick(ctx: Context) -> None:
    status = ctx.persistence
    if status.job is not None or ctx.loading:
        return
    if status.rewrite_scheduled:
        start(ctx, REWRITE)
    elif status.bgsave_scheduled:
        try:
            start(ctx, BGSAVE)
        except OSError as error:
            log.error("the scheduled background save could not start: %s", error)
            status.last_bgsave_status = ERR
    elif rewrite_due(ctx):
        log.info("starting an automatic AOF rewrite: the AOF has grown enough")
        start(ctx, REWRITE)


async def cron(ctx: Context) -> None:
    while True:
        # Read each tick: CONFIG SET hz applies at once.
        await asyncio.sleep(1.0 / ctx.config.hz)
        try:
            tick(ctx)
        except Exception:  # a bug here must not end the cron
            log.exception("persistence cron failed")


async def stop(ctx: Context) -> None:
    """Abandon the running job (at shutdown); its files are cleaned up and
    the manifest in force stays valid."""
    task = ctx.persistence.task
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
