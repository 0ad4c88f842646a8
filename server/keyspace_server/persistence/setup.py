"""Opening persistence at startup: load what the AOF holds, then open the
increment file new writes go to (creating the folder and manifest on the
first start)."""

from __future__ import annotations

import os
from pathlib import Path

from keyspace_server.context import Context
from keyspace_server.persistence import manifest as manifests
from keyspace_server.persistence.aof import AppendOnlyFile, open_increment
from keyspace_server.persistence.loader import load


def aof_directory(ctx: Context) -> Path:
    return Path(ctx.config.dir) / ctx.config.appenddirname


def manifest_path(ctx: Context) -> Path:
    return aof_directory(ctx) / f"{ctx.config.appendfilename}.manifest"


def increment_name(ctx: Context, seq: int) -> str:
    return f"{ctx.config.appendfilename}.{seq}.incr.aof"


def base_name(ctx: Context, seq: int) -> str:
    return f"{ctx.config.appendfilename}.{seq}.base.aof"


async def open_aof(ctx: Context) -> AppendOnlyFile:
    directory = aof_directory(ctx)
    directory.mkdir(parents=True, exist_ok=True)
    path = manifest_path(ctx)
    manifest = manifests.load(path)
    if manifest is not None:
        await load(ctx, directory, manifest)
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
    aof.start()
    return aof
