"""Appending commands to the AOF, and making them durable per appendfsync.

Every write command's effect is appended to an in-memory buffer as it runs.
The buffer goes to the current increment file from one dedicated I/O thread,
so the event loop never waits on the disk and writes reach the file in the
order the commands ran.

appendfsync always: a write's reply waits for the fsync that covers it. While
one write+fsync is in flight, the commands that run meanwhile accumulate and
share the next one (group commit), so concurrency raises throughput instead
of queueing one fsync per command.
appendfsync everysec: buffers are written as they fill and a timer fsyncs
once a second; replies never wait. A crash loses at most about a second.
appendfsync no: buffers are written; the OS decides when they reach the disk.

A failed write or fsync (ENOSPC, EIO) puts the file in an error state: the
unwritten bytes are kept and retried every second, the commands waiting on
them are answered with a MISCONF error, and new write commands are refused
until a retry succeeds. Reads go on being served.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import logging
import os
import time
from pathlib import Path

from keyspace_server import errors
from keyspace_server.persistence import records
from keyspace_server.persistence.manifest import Manifest

log = logging.getLogger("keyspace.aof")

FSYNC_ALWAYS = "always"
FSYNC_EVERYSEC = "everysec"
FSYNC_NO = "no"


class WriteFailedError(OSError):
    """A write that stopped after ``written`` bytes."""

    def __init__(self, cause: OSError, written: int) -> None:
        super().__init__(cause.errno, cause.strerror)
        self.written = written


def _write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data)
    written = 0
    try:
        while written < len(view):
            written += os.write(fd, view[written:])
    except OSError as error:
        raise WriteFailedError(error, written) from error


def open_increment(path: Path) -> int:
    """Create an increment file with its header, durable before use."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    if os.fstat(fd).st_size == 0:
        _write_all(fd, records.file_header(records.KIND_INCREMENT))
        os.fsync(fd)
    return fd


class AppendOnlyFile:
    def __init__(self, fd: int, path: Path, fsync: str) -> None:
        self.fsync = fsync
        self._fd = fd
        self.path = path
        self._buffer = bytearray()
        self._waiters: list[asyncio.Future[None]] = []
        self._in_flight = False
        self._flush_scheduled = False
        self._unsynced = False
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="aof-io")
        self._loop = asyncio.get_running_loop()
        self.error: OSError | None = None
        self.size = os.fstat(fd).st_size
        self.last_write_status = "ok"
        self.last_fsync_monotonic = time.monotonic()
        self._timer: asyncio.Task[None] | None = None
        # The manifest naming the files in use (rewrites replace it).
        self.manifest: Manifest | None = None

    # -- the write path ----------------------------------------------------

    def check_writable(self) -> None:
        """Refuse a write command while the disk is failing, as Redis's
        MISCONF does, so that nothing is acknowledged that is not logged."""
        if self.error is not None:
            raise errors.misconf_aof(self.error.strerror or str(self.error))

    def append(self, payload: bytes) -> None:
        self._buffer += records.encode(payload)
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self._loop.call_soon(self._flush)

    def durable(self) -> asyncio.Future[None] | None:
        """Under ``always``, a future resolved once everything appended so far
        is fsynced (failed with MISCONF if the disk refuses); else None."""
        if self.fsync != FSYNC_ALWAYS:
            return None
        waiter: asyncio.Future[None] = self._loop.create_future()
        self._waiters.append(waiter)
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self._loop.call_soon(self._flush)
        return waiter

    def _flush(self) -> None:
        self._flush_scheduled = False
        if self._in_flight or self.error is not None:
            return  # the job in flight, or the retry timer, flushes later
        if not self._buffer and not self._waiters:
            return
        data, self._buffer = self._buffer, bytearray()
        waiters, self._waiters = self._waiters, []
        sync = self.fsync == FSYNC_ALWAYS
        self._in_flight = True
        job = self._loop.run_in_executor(self._io, self._write_job, self._fd, data, sync)
        job.add_done_callback(lambda done: self._job_done(done, data, waiters))

    def _write_job(self, fd: int, data: bytearray, sync: bool) -> None:
        _write_all(fd, data)
        if sync:
            os.fsync(fd)

    def _job_done(
        self,
        job: asyncio.Future[None],
        data: bytearray,
        waiters: list[asyncio.Future[None]],
    ) -> None:
        self._in_flight = False
        failure = job.exception()
        if failure is None:
            self.size += len(data)
            self._unsynced = self.fsync != FSYNC_ALWAYS
            if self.error is not None:
                log.warning("AOF writes succeed again: accepting writes")
            self.error = None
            self.last_write_status = "ok"
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)
        else:
            written = failure.written if isinstance(failure, WriteFailedError) else len(data)
            self.size += written
            # Keep what did not reach the file, ahead of anything newer.
            self._buffer = data[written:] + self._buffer
            self._fail(
                failure if isinstance(failure, OSError) else OSError(errno.EIO, str(failure))
            )
            refusal = errors.misconf_aof(str(self.error.strerror if self.error else "I/O error"))
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(refusal)
        if self._buffer or self._waiters:
            self._flush()

    def _fail(self, error: OSError) -> None:
        if self.error is None:
            log.error("error writing to the AOF (%s): refusing writes until it recovers", error)
        self.error = error
        self.last_write_status = "err"

    # -- timers ------------------------------------------------------------

    def start(self) -> None:
        self._timer = asyncio.create_task(self._every_second())

    async def _every_second(self) -> None:
        while True:
            await asyncio.sleep(1)
            if self.error is not None:
                self.error_retry()
            elif self.fsync == FSYNC_EVERYSEC and self._unsynced and not self._in_flight:
                await self._fsync_now()

    def error_retry(self) -> None:
        """Try the pending bytes again (and the fsync they need)."""
        self.error, failed = None, self.error
        self._flush()
        if not self._in_flight:
            self.error = failed

    async def _fsync_now(self) -> None:
        self._unsynced = False
        try:
            await self._loop.run_in_executor(self._io, os.fsync, self._fd)
            self.last_fsync_monotonic = time.monotonic()
        except OSError as error:
            self._unsynced = True
            self._fail(error)

    # -- rotation and shutdown ---------------------------------------------

    async def rotate(self, new_path: Path) -> None:
        """Switch to a new increment file. Everything appended before this
        call goes to the old file (written and fsynced before this returns);
        everything after, to the new one. The switch itself is synchronous,
        so no command falls between the two."""
        old_fd, data, waiters = self._fd, self._buffer, self._waiters
        self._fd = open_increment(new_path)
        self.path = new_path
        self._buffer, self._waiters = bytearray(), []
        self.size = os.fstat(self._fd).st_size

        def finish_old() -> None:
            _write_all(old_fd, data)
            os.fsync(old_fd)
            os.close(old_fd)

        try:
            await self._loop.run_in_executor(self._io, finish_old)
        except OSError as error:
            self._fail(error)
            raise
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def close(self) -> None:
        """Write and fsync what is buffered, then close (graceful shutdown)."""
        if self._timer is not None:
            self._timer.cancel()
        data, self._buffer = self._buffer, bytearray()
        fd = self._fd

        def finish() -> None:
            _write_all(fd, data)
            os.fsync(fd)
            os.close(fd)

        try:
            await self._loop.run_in_executor(self._io, finish)
        except OSError as error:
            log.error("could not flush the AOF on shutdown: %s", error)
        self._io.shutdown(wait=True)
