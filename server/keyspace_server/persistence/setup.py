"""Opening persistence at startup. With appendonly yes: load what the AOF
holds, then open the increment file new writes go to (creating the folder
and manifest on the first start). With appendonly no: load SAVE's snapshot
(dbfilename), if there is one."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from keyspace_server.context import Context
from keyspace_server.persistence import manifest as manifests
from keyspace_server.persistence import records
from keyspace_server.persistence.aof import AppendOnlyFile, open_increment
from keyspace_server.persistence.files import (
    aof_directory,
    aof_sizes,
    empty_trailing_increments,
    increment_name,
    manifest_path,
    remove_strays,
    snapshot_path,
)
from keyspace_server.persistence.loader import load

log = logging.getLogger("keyspace.aof")


def _to_load(directory: Path, manifest: manifests.Manifest) -> manifests.Manifest:
    """The manifest less its trailing increments that hold no record (see
    files.empty_trailing_increments); those get a whole header, so that
    appending to one later starts after it."""
    empty = empty_trailing_increments(directory, manifest)
    for entry in empty:
        _ensure_header(directory / entry.name)
    kept = manifest.increments[: len(manifest.increments) - len(empty)]
    return manifests.Manifest(manifest.base, kept)


def _ensure_header(path: Path) -> None:
    """Give a file too short to hold a record a whole increment header, so
    that records appended to it later load: a crash while the header was
    written leaves part of it (or nothing), and nothing is lost by writing
    it again."""
    header = records.file_header(records.KIND_INCREMENT)
    if path.read_bytes() == header:
        return
    log.warning("%s holds no record and no whole header: writing its header again", path)
    with open(path, "r+b") as file:
        file.truncate(0)
        file.write(header)
        file.flush()
        os.fsync(file.fileno())


async def open_aof(ctx: Context) -> AppendOnlyFile:
    directory = aof_directory(ctx)
    directory.mkdir(parents=True, exist_ok=True)
    path = manifest_path(ctx)
    manifest = manifests.load(path)
    if manifest is not None:
        await load(ctx, directory, _to_load(directory, manifest))
        remove_strays(ctx, manifest)
    else:
        manifest = manifests.Manifest()
    if not manifest.increments:
        seq = manifest.next_seq
        manifest.increments.append(
            manifests.Entry(increment_name(ctx, seq), seq, manifests.INCREMENT)
        )
        # The file exists (with its header) before the manifest names it.
        os.close(open_increment(directory / manifest.increments[-1].name))
        manifests.store(path, manifest)
    current = directory / manifest.increments[-1].name
    aof = AppendOnlyFile(open_increment(current), current, ctx.config.appendfsync)
    aof.manifest = manifest
    # Automatic rewrites measure the AOF's growth from here.
    ctx.persistence.rewrite_base_size = aof_sizes(directory, manifest)[1]
    aof.start()
    return aof


async def load_snapshot(ctx: Context) -> None:
    """Load SAVE's snapshot, which has the format of an AOF base file."""
    path = snapshot_path(ctx)
    if path.exists():
        entry = manifests.Entry(path.name, 0, manifests.BASE)
        await load(ctx, path.parent, manifests.Manifest(base=entry))


async def open_persistence(ctx: Context) -> AppendOnlyFile | None:
    """Load the dataset; the AOF to append to, when appendonly is on."""
    ctx.persistence.opened = True
    if ctx.config.appendonly:
        return await open_aof(ctx)
    await load_snapshot(ctx)
    return None
