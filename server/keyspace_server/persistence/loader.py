"""Loading the AOF at startup: replay every record of the manifest's files,
in order, into the database.

Each file is checked before anything of it is applied: a truncated last
record of the last file (what a crash mid-write leaves) is cut off with a
warning naming the bytes dropped, if ``aof-load-truncated`` allows; any
other damage (a checksum mismatch, garbage before the end, a damaged file
that is not the last) stops startup with the file and offset, so a partial
or wrong dataset is never served. Long loads log their progress.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from google.protobuf.message import DecodeError
from keyspace.v1 import pipeline_pb2

from keyspace_server.commands.table import TABLE
from keyspace_server.context import Context
from keyspace_server.errors import CommandError
from keyspace_server.persistence import records
from keyspace_server.persistence.manifest import Manifest

log = logging.getLogger("keyspace.aof")

PROGRESS_INTERVAL = 1.0  # seconds between progress lines
YIELD_EVERY = 2000  # records between yields, so health checks get answers


class LoadError(RuntimeError):
    """The AOF cannot be loaded safely; the message says where and why."""


@dataclass(slots=True)
class LoadStats:
    records: int = 0
    bytes: int = 0
    truncated_bytes: int = 0
    failed_commands: int = 0


def apply(ctx: Context, payload: bytes) -> bool:
    """Replay one record; False if the command failed (it did not when it
    was logged, so this only counts and warns). LoadError when the record,
    though its checksum is right, holds no command this server knows: a
    writer bug or a file from another version, never to be skipped."""
    try:
        command = pipeline_pb2.Command.FromString(payload)
    except DecodeError:
        raise LoadError("a record does not hold a valid command") from None
    name = command.WhichOneof("command")
    if name is None or name not in TABLE:
        raise LoadError("a record holds no command this server knows")
    try:
        TABLE[name].handler(ctx, getattr(command, name))
    except CommandError as error:
        log.warning("replayed %s failed: %s", name.upper(), error.message)
        return False
    return True


def _checked(path: Path, data: bytes, last: bool, allow_truncated: bool) -> tuple[int, int]:
    """The offset where ``path``'s valid records end, and the bytes to drop."""
    records.check_header(data, str(path))
    scan = records.scan(data)
    if scan.damage is records.Damage.NONE:
        return scan.good_end, 0
    dropped = len(data) - scan.good_end
    if scan.damage is records.Damage.CORRUPT or not last:
        raise LoadError(
            f"{path} is damaged: {scan.detail} (after {scan.records} good records). "
            f"Refusing to load a partial dataset; inspect it with keyspace-check-aof {path}"
        )
    if not allow_truncated:
        raise LoadError(
            f"{path} ends with a truncated record ({scan.detail}, {dropped} bytes); "
            "start with --aof-load-truncated yes or repair it with keyspace-check-aof --fix"
        )
    return scan.good_end, dropped


async def load(ctx: Context, directory: Path, manifest: Manifest) -> LoadStats:
    stats = LoadStats()
    entries = manifest.files
    paths = [directory / entry.name for entry in entries]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise LoadError(f"the manifest names files that do not exist: {', '.join(missing)}")
    total = sum(path.stat().st_size for path in paths)
    started = last_report = time.monotonic()
    ctx.db.loading = True
    try:
        for index, path in enumerate(paths):
            data = path.read_bytes()
            good_end, dropped = _checked(
                path, data, index == len(paths) - 1, ctx.config.aof_load_truncated
            )
            if dropped:
                log.warning(
                    "%s: last record is truncated: dropping its %d bytes (from offset %d) "
                    "and loading the rest",
                    path,
                    dropped,
                    good_end,
                )
                os.truncate(path, good_end)
                stats.truncated_bytes = dropped
            # A view, not a slice: a slice would copy the whole file again.
            for offset, payload in records.iter_records(memoryview(data)[:good_end]):
                try:
                    applied = apply(ctx, payload)
                except LoadError as error:
                    raise LoadError(f"{path}: {error} (record at offset {offset})") from None
                if not applied:
                    stats.failed_commands += 1
                stats.records += 1
                if stats.records % YIELD_EVERY == 0:
                    await asyncio.sleep(0)
                    now = time.monotonic()
                    if now - last_report >= PROGRESS_INTERVAL:
                        last_report = now
                        done = stats.bytes + offset
                        log.info(
                            "loading AOF: %d records, %.1f of %.1f MB (%.0f%%), %.0f records/s",
                            stats.records,
                            done / 1e6,
                            total / 1e6,
                            100 * done / max(total, 1),
                            stats.records / (now - started),
                        )
            stats.bytes += len(data)
    finally:
        ctx.db.loading = False
        ctx.db.expired_log.clear()
    elapsed = time.monotonic() - started
    log.info(
        "AOF loaded: %d records, %.1f MB in %.2fs",
        stats.records,
        stats.bytes / 1e6,
        elapsed,
    )
    return stats
