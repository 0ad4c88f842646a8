"""BGREWRITEAOF: replace the AOF's base and increments by one new base
holding the dataset, while the server goes on serving.

The steps, and why a crash at any point leaves a loadable, complete AOF:

1. Create a new increment file (header, fsync) and store a manifest that
   names it after the current files. Writes still go to the current
   increment. A crash now: the new increment is empty and last, and the
   loader leaves empty trailing increments out (setup.py), so the current
   one loads as the last file, torn tail and all.
2. ``aof.rotate`` to the new increment: the switch point. Everything
   appended before it goes to (and is fsynced in) the old increment,
   everything after it to the new one, which the manifest already names,
   so a write acknowledged after the switch is never lost. At the switch
   itself, in the same synchronous step, the copy-before-write dump starts
   (background.py): the new base will hold the dataset exactly as of the
   switch point.
3. Walk and write the new base, fsync it. A crash now: the manifest of
   step 1 is still valid; the partial base is a stray file, removed at the
   next start.
4. Store the manifest naming the new base and the increments from the
   switch point on (manifest.store: write, fsync, rename, fsync folder), so
   a crash leaves the step-1 manifest or this one, both complete.
5. Delete the old base and increments (a crash leaves them as strays).

With appendonly no there is no increment to switch: as Redis 7 does, the
rewrite writes a base and a manifest naming only it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from keyspace_server.context import Context
from keyspace_server.persistence import manifest as manifests
from keyspace_server.persistence.aof import open_increment
from keyspace_server.persistence.background import BackgroundDump
from keyspace_server.persistence.files import (
    aof_directory,
    aof_sizes,
    base_name,
    increment_name,
    manifest_path,
)
from keyspace_server.persistence.manifest import Entry, Manifest
from keyspace_server.persistence.snapshot import SnapshotWriter

log = logging.getLogger("keyspace.aof")

T = TypeVar("T")


async def finish_even_if_cancelled(work: Awaitable[T]) -> T:
    """Await disk work that must not be abandoned half-way (a thread keeps
    running after its awaiter is cancelled): on cancellation wait for it to
    end, then pass the cancellation on."""
    task = asyncio.ensure_future(work)
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        with contextlib.suppress(Exception):
            await task
        raise


def _add_increment(increment: Path, manifest_file: Path, manifest: Manifest) -> None:
    os.close(open_increment(increment))
    manifests.store(manifest_file, manifest)


def _delete(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            log.warning("could not delete %s after the rewrite: %s", path, error)


async def _switch(ctx: Context, writer: SnapshotWriter) -> tuple[BackgroundDump, Entry | None]:
    """Steps 1 and 2: the dump started at the switch point, and the new
    increment (None with appendonly no)."""
    aof = ctx.aof
    if aof is None:
        return BackgroundDump(ctx, writer), None
    directory, manifest_file = aof_directory(ctx), manifest_path(ctx)
    old: Manifest = aof.manifest
    seq = old.next_seq
    increment = Entry(increment_name(ctx, seq), seq, manifests.INCREMENT)
    switched = Manifest(old.base, [*old.increments, increment])
    await finish_even_if_cancelled(
        asyncio.to_thread(_add_increment, directory / increment.name, manifest_file, switched)
    )
    aof.manifest = switched
    started: list[BackgroundDump] = []
    try:
        await aof.rotate(
            directory / increment.name,
            on_switch=lambda: started.append(BackgroundDump(ctx, writer)),
        )
    except BaseException:
        if started:
            # The old increment's tail may have gone to the new one: the
            # snapshot would count it twice. The step-1 manifest stays.
            started[0].detach()
        else:
            await _unswitch(ctx, old, directory / increment.name)
        raise
    return started[0], increment


async def _unswitch(ctx: Context, old: Manifest, increment: Path) -> None:
    """Rotation was refused before switching: name the old files only again
    (best effort: the step-1 manifest loads correctly as well)."""
    try:
        await finish_even_if_cancelled(asyncio.to_thread(manifests.store, manifest_path(ctx), old))
    except OSError as error:
        log.warning("could not restore the manifest after a failed rewrite: %s", error)
        return
    ctx.aof.manifest = old
    await asyncio.to_thread(_delete, [increment])


async def rewrite(ctx: Context) -> None:
    """Run one rewrite to the end; raises (after cleaning up) if it fails."""
    directory = aof_directory(ctx)
    await asyncio.to_thread(directory.mkdir, parents=True, exist_ok=True)
    manifest_file = manifest_path(ctx)
    if ctx.aof is not None:
        old: Manifest = ctx.aof.manifest
        base_seq = old.next_seq + 1  # next_seq goes to the new increment
    else:
        on_disk = await asyncio.to_thread(manifests.load, manifest_file)
        old = on_disk if on_disk is not None else Manifest()
        base_seq = old.next_seq
    base = Entry(base_name(ctx, base_seq), base_seq, manifests.BASE)
    writer = SnapshotWriter(directory / base.name)
    committed = False

    def commit(manifest: Manifest) -> None:
        nonlocal committed
        manifests.store(manifest_file, manifest)
        committed = True  # from here on the new base is the AOF's: keep it

    try:
        dump, increment = await _switch(ctx, writer)
        try:
            log.info("AOF rewrite: writing %d keys to %s", dump.keys_total, base.name)
            await dump.run()
        finally:
            dump.detach()
        await writer.finish()
        increments: list[Entry] = []
        if ctx.aof is not None and increment is not None:
            current = ctx.aof.manifest.increments
            increments = current[current.index(increment) :]
        new = Manifest(base, increments)
        await finish_even_if_cancelled(asyncio.to_thread(commit, new))
    finally:
        if not committed:
            writer.abort()
        elif ctx.aof is not None:
            ctx.aof.manifest = new  # even if cancelled right after the commit
    replaced = [directory / entry.name for entry in old.files if entry not in new.files]
    await asyncio.to_thread(_delete, replaced)
    ctx.persistence.rewrite_base_size = aof_sizes(directory, new)[1]
    log.info(
        "AOF rewrite done: %s (%d bytes) replaces %d files", base.name, writer.size, len(replaced)
    )
