"""Where the persistence files live, what they are called, and how big the
AOF is. Kept free of heavier imports so that INFO can ask too."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from keyspace_server.context import Context
from keyspace_server.persistence import records
from keyspace_server.persistence.manifest import Entry, Manifest

log = logging.getLogger("keyspace.aof")


def aof_directory(ctx: Context) -> Path:
    return Path(ctx.config.dir) / ctx.config.appenddirname


def manifest_path(ctx: Context) -> Path:
    return aof_directory(ctx) / f"{ctx.config.appendfilename}.manifest"


def increment_name(ctx: Context, seq: int) -> str:
    return f"{ctx.config.appendfilename}.{seq}.incr.aof"


def base_name(ctx: Context, seq: int) -> str:
    return f"{ctx.config.appendfilename}.{seq}.base.aof"


def snapshot_path(ctx: Context) -> Path:
    """SAVE's and BGSAVE's file (dbfilename in dir)."""
    return Path(ctx.config.dir) / ctx.config.dbfilename


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def aof_sizes(directory: Path, manifest: Manifest | None) -> tuple[int, int]:
    """The base file's size and the whole AOF's (base and increments), as
    INFO's aof_base_size and aof_current_size. Bytes appended but still
    buffered in memory are not counted yet."""
    if manifest is None:
        return 0, 0
    base = _size(directory / manifest.base.name) if manifest.base else 0
    return base, base + sum(_size(directory / entry.name) for entry in manifest.increments)


def remove_strays(ctx: Context, manifest: Manifest) -> None:
    """Delete the AOF files the manifest does not name: what a crash left
    behind during a rewrite (a partial new base, an increment created for a
    rewrite that never switched to it, a half-written manifest) or after
    one (the replaced files). Only names of this AOF's own pattern are
    touched."""
    directory = aof_directory(ctx)
    named = {entry.name for entry in manifest.files}
    # The files of a rewrite, and a manifest whose replacement a crash cut
    # short (manifest.write_atomically's temporary file).
    pattern = re.compile(
        re.escape(ctx.config.appendfilename) + r"(\.[0-9]+\.(base|incr)\.aof|\.manifest\.tmp)"
    )
    for path in directory.iterdir():
        if pattern.fullmatch(path.name) and path.name not in named:
            log.info("removing %s, which the manifest does not name", path)
            try:
                path.unlink()
            except OSError as error:
                log.warning("could not remove %s: %s", path, error)


def empty_trailing_increments(directory: Path, manifest: Manifest) -> list[Entry]:
    """The increments at the end of the manifest that hold no record (at
    most a header), last first; the server does not load them.

    A rewrite names its new increment in the manifest before the AOF
    switches to it, so a crash in between leaves the increment written last
    followed by an empty one. Its last record may then be torn (the crash
    hit its write), which the loader accepts only in the last file: leaving
    out the empty ones makes it the last, as it is. Nothing after a torn
    record can have been acknowledged, since the new file got nothing. A
    missing file is not counted, for the loader to report."""
    empty: list[Entry] = []
    for entry in reversed(manifest.increments):
        path = directory / entry.name
        if not path.exists() or path.stat().st_size > records.HEADER_SIZE:
            break
        empty.append(entry)
    return empty
