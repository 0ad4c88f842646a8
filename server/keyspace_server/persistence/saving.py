"""SAVE and BGSAVE: the dataset written to the snapshot file (dbfilename in
dir), which the server loads at start when appendonly is off.

The file has the format of an AOF base (snapshot.py) and replaces the
previous one atomically: it is written under a temporary name, fsynced,
renamed over the old one, and the folder fsynced. SAVE writes it before
replying, blocking every client meanwhile, as Redis's SAVE does; BGSAVE
writes the dataset as of the moment it starts with the same
copy-before-write dump as BGREWRITEAOF (background.py).

Both write the file whether or not the AOF is on (Redis writes its RDB
either way); only with appendonly no is it what a restart loads.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from keyspace_server.context import Context
from keyspace_server.persistence import snapshot
from keyspace_server.persistence.background import BackgroundDump
from keyspace_server.persistence.files import snapshot_path
from keyspace_server.persistence.manifest import fsync_directory
from keyspace_server.persistence.rewrite import finish_even_if_cancelled
from keyspace_server.persistence.snapshot import SnapshotWriter


def _temporary(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


def save(ctx: Context) -> None:
    """SAVE: the whole dataset, written before returning (OSError if not)."""
    path = snapshot_path(ctx)
    path.parent.mkdir(parents=True, exist_ok=True)
    snapshot.save(ctx.db.data, ctx.db.expires, path)
    _saved(ctx, ctx.persistence.dirty)


def _saved(ctx: Context, dirty_saved: int) -> None:
    status = ctx.persistence
    status.dirty -= dirty_saved
    status.last_save = int(time.time())
    status.saves += 1


def _install(temporary: Path, path: Path) -> None:
    os.replace(temporary, path)
    fsync_directory(path.parent)


def bgsave(ctx: Context) -> Coroutine[Any, Any, None]:
    """Start BGSAVE: the snapshot is taken now, as Redis forks inside the
    command; the returned coroutine writes it (OSError if the file cannot
    even be created). It raises, after removing its temporary file, if the
    save fails."""
    path = snapshot_path(ctx)
    writer = SnapshotWriter(_temporary(path))
    dump = BackgroundDump(ctx, writer)
    return _write(ctx, dump, writer, path, ctx.persistence.dirty)


async def _write(
    ctx: Context, dump: BackgroundDump, writer: SnapshotWriter, path: Path, dirty: int
) -> None:
    installed = False
    try:
        try:
            await dump.run()
        finally:
            dump.detach()
        await writer.finish()
        await finish_even_if_cancelled(asyncio.to_thread(_install, writer.path, path))
        installed = True
    finally:
        if not installed:
            writer.abort()
    # Changes made while the snapshot was written are not in it.
    _saved(ctx, dirty)
