"""A dataset as records: the base file format of the AOF, and SAVE's file.

A snapshot file is an AOF base file: ``records.file_header(KIND_BASE)``
then one or more records per key that recreate it with its TTL:

    string      SET key value PXAT deadline
    container   HSET / RPUSH / SADD / ZADD in chunks of up to CHUNK_ELEMENTS
                elements (fewer when they are large), then PEXPIREAT

so loading one is replaying it, with the loader every AOF file goes
through. Replaying happens with expiry suspended (``Database.loading``), so
a key whose deadline passed while the file was written is recreated, keeps
its deadline and expires once the server runs, as in the live server.

``SnapshotWriter`` writes such a file from a thread of its own, so that the
event loop only serializes; ``save`` writes a whole dataset at once for SAVE.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from keyspace.v1 import (
    hashes_pb2,
    keys_pb2,
    lists_pb2,
    pipeline_pb2,
    sets_pb2,
    strings_pb2,
    zsets_pb2,
)

from keyspace_server.keyspace import Value
from keyspace_server.keytable import KeyTable
from keyspace_server.persistence import records
from keyspace_server.persistence.manifest import fsync_directory
from keyspace_server.types import kinds
from keyspace_server.types.hashes import Hash
from keyspace_server.types.lists import List
from keyspace_server.types.sets import Set
from keyspace_server.types.zsets import ZSet

CHUNK_ELEMENTS = 1000
# A chunk also ends once its elements reach this many bytes, so that a
# record of big elements stays far below records.MAX_PAYLOAD.
CHUNK_BYTES = 8 * 1024 * 1024
# The writer hands the disk a buffer once it holds this much.
WRITE_SIZE = 1024 * 1024


def _command(**field: object) -> bytes:
    return pipeline_pb2.Command(**field).SerializeToString()  # type: ignore[arg-type]


def _chunks(elements: Iterable[bytes]) -> Iterator[list[bytes]]:
    chunk: list[bytes] = []
    size = 0
    for element in elements:
        chunk.append(element)
        size += len(element)
        if len(chunk) >= CHUNK_ELEMENTS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _pair_chunks(pairs: Iterable[tuple[bytes, bytes]]) -> Iterator[list[tuple[bytes, bytes]]]:
    chunk: list[tuple[bytes, bytes]] = []
    size = 0
    for pair in pairs:
        chunk.append(pair)
        size += len(pair[0]) + len(pair[1])
        if len(chunk) >= CHUNK_ELEMENTS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _string_records(key: bytes, value: bytes, deadline: int | None) -> list[bytes]:
    request = strings_pb2.SetRequest(key=key, value=bytes(value))
    if deadline is None:
        return [_command(set=request)]
    if deadline > 0:  # SET refuses a PXAT that is not positive
        request.pxat = deadline
        return [_command(set=request)]
    return [_command(set=request), _expiry_record(key, deadline)]


def _expiry_record(key: bytes, deadline: int) -> bytes:
    return _command(pexpireat=keys_pb2.PExpireAtRequest(key=key, unix_time_milliseconds=deadline))


def _container_records(key: bytes, value: Value) -> Iterator[bytes]:
    if isinstance(value, Hash):
        for pairs in _pair_chunks(value.items()):
            fields = [hashes_pb2.FieldValue(field=f, value=v) for f, v in pairs]
            yield _command(hset=hashes_pb2.HSetRequest(key=key, pairs=fields))
    elif isinstance(value, List):
        for elements in _chunks(value):
            yield _command(rpush=lists_pb2.RPushRequest(key=key, elements=elements))
    elif isinstance(value, Set):
        for members in _chunks(value.members):
            yield _command(sadd=sets_pb2.SAddRequest(key=key, members=members))
    elif isinstance(value, ZSet):
        # Chunked by member; a score is 8 bytes, within CHUNK_BYTES's slack.
        scores = value.scores
        for members in _chunks(scores):
            scored = [zsets_pb2.ScoreMember(score=scores[m], member=m) for m in members]
            yield _command(zadd=zsets_pb2.ZAddRequest(key=key, members=scored))
    else:
        raise TypeError(f"cannot snapshot a {type(value).__name__}")


def key_records(key: bytes, value: Value, deadline: int | None) -> list[bytes]:
    """The payloads that recreate ``key`` holding ``value``, with its TTL.

    Everything is copied out of ``value`` before this returns, so the caller
    may let a command change the value right after (copy-before-write)."""
    if kinds.type_name(value) == "string":
        return _string_records(key, value, deadline)  # type: ignore[arg-type]
    payloads = list(_container_records(key, value))
    if deadline is not None:
        payloads.append(_expiry_record(key, deadline))
    return payloads


def encode_key(key: bytes, value: Value, deadline: int | None) -> bytes:
    """``key_records`` framed as records, ready to append to a file."""
    return b"".join(records.encode(payload) for payload in key_records(key, value, deadline))


def _write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class SnapshotWriter:
    """A snapshot file being written: records are buffered on the event loop
    and written by a thread of its own; ``finish`` makes the file durable.

    The file is written under its final name only when nothing refers to it
    until it is complete (an AOF base, named by the manifest afterwards);
    callers that replace a file (BGSAVE) write a temporary one and rename."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        self._buffer = bytearray(records.file_header(records.KIND_BASE))
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="snapshot-io")
        self._job: asyncio.Future[None] | None = None
        self._closed = False
        self.size = 0  # bytes handed to the file so far

    def add(self, data: bytes) -> None:
        """Buffer encoded records (``encode_key``'s output)."""
        self._buffer += data

    @property
    def buffered(self) -> int:
        return len(self._buffer)

    def _start_write(self) -> asyncio.Future[None]:
        data, self._buffer = self._buffer, bytearray()
        self.size += len(data)
        loop = asyncio.get_running_loop()
        self._job = loop.run_in_executor(self._io, _write_all, self._fd, data)
        return self._job

    async def pace(self, limit: int) -> None:
        """Start a write once WRITE_SIZE bytes are buffered; wait for the one
        in flight while more than ``limit`` are (the walker's back pressure:
        the copy-before-write hook never waits). Raises the write's OSError."""
        job = self._job
        if job is not None and job.done():
            self._job = None
            job.result()
        if self._job is None and len(self._buffer) >= WRITE_SIZE:
            self._start_write()
        if self._job is not None and len(self._buffer) > limit:
            await self._job

    async def finish(self) -> None:
        """Write what is buffered, fsync and close: durable on return."""
        if self._job is not None:
            await self._job
        await self._start_write()
        await asyncio.get_running_loop().run_in_executor(self._io, os.fsync, self._fd)
        self._close()

    def _close(self) -> None:
        if not self._closed:
            self._closed = True
            # Closed by the writing thread, after any write still queued:
            # closing it here could let that write reach whatever file
            # reuses the descriptor's number next.
            self._io.submit(os.close, self._fd)
            self._io.shutdown(wait=False)

    def abort(self) -> None:
        """Give up: close and delete the partial file."""
        self._close()
        with contextlib.suppress(OSError):
            self.path.unlink()


def save(data: KeyTable, expires: Mapping[bytes, int], path: Path) -> int:
    """Write the whole dataset to ``path`` atomically and durably (a
    temporary file, fsync, rename, fsync of the folder); its size. Runs on
    the caller's thread from start to end: SAVE blocks, as in Redis."""
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        buffer = bytearray(records.file_header(records.KIND_BASE))
        size = 0
        for key, value in data.items():
            buffer += encode_key(key, value, expires.get(key))
            if len(buffer) >= WRITE_SIZE:
                _write_all(fd, buffer)
                size += len(buffer)
                buffer = bytearray()
        _write_all(fd, buffer)
        size += len(buffer)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    os.close(fd)
    os.replace(temporary, path)
    fsync_directory(path.parent)
    return size
