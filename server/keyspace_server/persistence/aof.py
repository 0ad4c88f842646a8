"""Appending commands to the AOF, and making them durable per appendfsync.

Every write command's effect is appended to an in-memory buffer as it runs,
and the buffer is written once per turn of the event loop, so writes reach
the file in the order the commands ran. Every fsync runs in one dedicated
I/O thread, so the event loop never waits for the disk to sync.

appendfsync always: a write's reply waits for the fsync that covers it. The
write and its fsync run in the I/O thread; while one is in flight, the
commands that run meanwhile accumulate and share the next one (group
commit), so concurrency raises throughput instead of queueing one fsync per
command.
appendfsync everysec: the buffer is written from the loop (to the page
cache, as Redis's main thread does) and a timer fsyncs once a second in the
I/O thread; replies never wait. A crash loses at most about a second.
appendfsync no: the buffer is written; the OS decides when it reaches the disk.

A failed write or fsync (ENOSPC, EIO) puts the file in an error state: the
file is cut back to its last whole record, the bytes that did not make it
are kept and written again every second, the commands waiting on them are
answered with a MISCONF error, and new write commands are refused until a
retry succeeds. Reads go on being served.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import errno
import logging
import os
import time
from collections.abc import Callable
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
        try:
            _write_all(fd, records.file_header(records.KIND_INCREMENT))
            os.fsync(fd)
        except OSError:
            # Leave it empty, not with half a header a later start rejects.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)
            raise
    return fd


class _JobFailedError(OSError):
    """A write job that failed; ``valid_size`` is where the file's whole,
    written records ended before it (what a retry cuts the file back to)."""

    def __init__(self, cause: OSError, valid_size: int) -> None:
        super().__init__(cause.errno, cause.strerror)
        self.valid_size = valid_size


def _write_job(fd: int, truncate_to: int | None, data: bytes | bytearray, sync: bool) -> int:
    """Write ``data`` at the end of the file (first cutting it back to
    ``truncate_to``, what a failed job left), fsync if ``sync``, and return
    the file's new size.

    On failure the file is cut back to where it was, so that neither a torn
    record (a partial write) nor bytes whose fsync failed stay in it: the
    retry writes them again from there. Re-writing rather than fsyncing
    again matters: after a failed fsync Linux may mark the pages clean, and
    a second fsync then succeeds without the data being on disk."""
    if truncate_to is not None:
        os.ftruncate(fd, truncate_to)
    start = os.fstat(fd).st_size
    try:
        _write_all(fd, data)
        if sync:
            os.fsync(fd)
    except OSError as error:
        with contextlib.suppress(OSError):  # the retry cuts it back anyway
            os.ftruncate(fd, start)
        raise _JobFailedError(error, start) from error
    return start + len(data)


class AppendOnlyFile:
    def __init__(self, fd: int, path: Path, fsync: str) -> None:
        self.fsync = fsync
        self._fd = fd
        self.path = path
        # Appended but not yet handed to a write job, and the waiters
        # (appendfsync always) that need it durable.
        self._buffer = bytearray()
        self._waiters: list[asyncio.Future[None]] = []
        # The one write job in flight, and the waiters it resolves.
        self._job: asyncio.Future[int] | None = None
        self._job_waiters: list[asyncio.Future[None]] = []
        self._flush_scheduled = False
        self._unsynced = False
        # Set after a failed job: the file's size before it, which the retry
        # cuts the file back to before writing the same bytes again.
        self._truncate_to: int | None = None
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

    def _refusal(self) -> errors.CommandError:
        error = self.error
        reason = (error.strerror or str(error)) if error is not None else "I/O error"
        return errors.misconf_aof(reason)

    def check_writable(self) -> None:
        """Refuse a write command while the disk is failing, as Redis's
        MISCONF does, so that nothing is acknowledged that is not logged."""
        if self.error is not None:
            raise self._refusal()

    def append(self, payload: bytes) -> None:
        self._buffer += records.encode(payload)
        self._schedule_flush()

    def durable(self) -> asyncio.Future[None] | None:
        """Under ``always``, a future resolved once everything appended so far
        is fsynced (failed with MISCONF if the disk refuses); else None, also
        when nothing is waiting to be written (a batch of reads)."""
        if self.fsync != FSYNC_ALWAYS:
            return None
        if self.error is not None:
            # What was appended sits in the buffer until a retry succeeds:
            # answer now rather than leave the caller hanging for minutes.
            # (A batch of reads gets this too; only write replies use it.)
            refused: asyncio.Future[None] = self._loop.create_future()
            refused.set_exception(self._refusal())
            return refused
        if not self._buffer and self._job is None:
            return None  # every job fsyncs: all appended so far is on disk
        waiter: asyncio.Future[None] = self._loop.create_future()
        if self._buffer:
            self._waiters.append(waiter)
            self._schedule_flush()
        else:
            self._job_waiters.append(waiter)  # the job in flight covers it
        return waiter

    def _schedule_flush(self) -> None:
        # Flushing on the next turn of the loop, not now, lets every command
        # of this turn (a whole pipeline batch) share one write.
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self._loop.call_soon(self._flush)

    def _flush(self, retry: bool = False, sync: bool | None = None) -> None:
        """Start writing what is buffered (the next job); ``sync`` asks for an
        fsync after it (by default: under always, and for a retry under
        everysec, whose failure may have been the timer's fsync)."""
        self._flush_scheduled = False
        if self._job is not None:
            return  # the job in flight starts the next one when done
        if self.error is not None and not retry:
            return  # the retry timer tries again
        # A retry or an asked-for fsync runs even with nothing to write.
        if sync is None:
            if not retry and not self._buffer and not self._waiters:
                return
            sync = self.fsync == FSYNC_ALWAYS or (retry and self.fsync == FSYNC_EVERYSEC)
        data, self._buffer = self._buffer, bytearray()
        waiters, self._waiters = self._waiters, []
        truncate_to, fd = self._truncate_to, self._fd
        if not sync:
            # No fsync to wait for: write() here, on the loop, as Redis does
            # in its main thread. The page cache takes it in microseconds,
            # while handing it to the I/O thread costs more than the write
            # (GIL round trips): about 30% more server CPU per SET, measured
            # with scripts/bench-durability's load.
            # Never while the I/O thread fsyncs (a job in flight, see above):
            # a write() then can block behind the fsync on a busy disk.
            try:
                size = _write_job(fd, truncate_to, data, False)
            except OSError as error:
                self._finished(fd, data, waiters, False, retry, error)
            else:
                self._finished(fd, data, waiters, False, retry, size)
            return
        self._job_waiters = waiters
        job = self._loop.run_in_executor(self._io, _write_job, fd, truncate_to, data, sync)
        self._job = job
        job.add_done_callback(lambda done: self._job_done(done, fd, data, sync, retry))

    def _job_done(
        self, job: asyncio.Future[int], fd: int, data: bytearray, sync: bool, retry: bool
    ) -> None:
        waiters, self._job_waiters = self._job_waiters, []
        self._job = None
        if job.cancelled():  # the loop is closing
            return
        failure = job.exception()
        if failure is None:
            self._finished(fd, data, waiters, sync, retry, job.result())
        elif isinstance(failure, OSError):
            self._finished(fd, data, waiters, sync, retry, failure)
        else:  # not an I/O error, but the bytes are no more written for it
            self._finished(fd, data, waiters, sync, retry, OSError(errno.EIO, str(failure)))

    def _finished(
        self,
        fd: int,
        data: bytearray,
        waiters: list[asyncio.Future[None]],
        sync: bool,
        retry: bool,
        outcome: int | OSError,
    ) -> None:
        """Account for a job: ``outcome`` is the file's new size, or the error."""
        if not isinstance(outcome, OSError):
            if fd == self._fd:  # not a file rotated away meanwhile
                self.size = outcome
                self._truncate_to = None
            if sync:
                self.last_fsync_monotonic = time.monotonic()
            self._unsynced = not sync and self.fsync != FSYNC_NO
            # Only a retry ends the error state: a job started before the
            # timer's fsync failed proves nothing about that failure.
            if retry and self.error is not None:
                log.warning("AOF writes succeed again: accepting writes")
                self.error = None
                self.last_write_status = "ok"
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)
            if self._buffer or self._waiters:
                self._flush()
            return
        # Keep the bytes, ahead of anything newer, for the retry; the file
        # goes back to where it was before them.
        self._buffer = data + self._buffer
        if isinstance(outcome, _JobFailedError) and fd == self._fd:
            self._truncate_to = outcome.valid_size
        self._fail(outcome)
        # Nothing pending is written before a retry succeeds, so the waiters
        # of the commands since are refused too (they get no acknowledgement;
        # their effect may still reach the file, as after a timeout).
        refusal = self._refusal()
        waiters, self._waiters = waiters + self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_exception(refusal)

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
            try:
                if self.error is not None:
                    self.error_retry()
                elif self.fsync == FSYNC_EVERYSEC and self._unsynced:
                    # An fsync job (in the I/O thread): writes wait for it.
                    # If it fails, the bytes written since the last fsync are
                    # not written again (no longer buffered): as in Redis, a
                    # later successful fsync ends the error state, and the
                    # loss a crash can cause stays the last second's.
                    self._flush(sync=True)
            except Exception:  # a bug here must not end the retries
                log.exception("AOF timer failed")

    def error_retry(self) -> None:
        """Try the pending bytes again (and the fsync they need). Writes stay
        refused until the attempt has succeeded."""
        self._flush(retry=True)

    # -- rotation and shutdown ---------------------------------------------

    async def _idle(self) -> None:
        """Wait until no write job is in flight (its done callback may start
        the next one, hence the loop)."""
        while self._job is not None:
            await asyncio.wait([self._job])

    async def rotate(self, new_path: Path, on_switch: Callable[[], None] | None = None) -> None:
        """Switch to a new increment file. Everything appended before this
        call goes to the old file (written and fsynced before this returns);
        everything after, to the new one. The switch itself is synchronous,
        so no command falls between the two.

        Refused (OSError) while the AOF is in its error state. If finishing
        the old file fails, its last bytes go to the start of the new file
        instead (the old one is cut back to its last whole record, and the
        new one has nothing yet: finishing is the job in flight, which every
        later write waits for), so the order of the records is kept.

        ``on_switch`` is called at the switch, in the same synchronous step:
        what it records (BGREWRITEAOF's snapshot) is exactly as of the
        point that divides the two files."""
        await self._idle()
        if self.error is not None:
            raise OSError(self.error.errno, self.error.strerror)
        old_fd, data, waiters = self._fd, self._buffer, self._waiters
        self._fd = open_increment(new_path)
        self.path = new_path
        self._buffer, self._waiters = bytearray(), []
        self.size = os.fstat(self._fd).st_size
        self._truncate_to = None
        if on_switch is not None:
            on_switch()

        def finish_old() -> int:
            try:
                return _write_job(old_fd, None, data, True)
            finally:
                os.close(old_fd)

        job = self._loop.run_in_executor(self._io, finish_old)
        self._job, self._job_waiters = job, waiters
        job.add_done_callback(lambda done: self._job_done(done, old_fd, data, True, False))
        await asyncio.wait([job])
        failure = job.exception()
        if failure is not None:
            raise failure

    async def close(self) -> None:
        """Write and fsync what is buffered, then close (graceful shutdown)."""
        if self._timer is not None:
            self._timer.cancel()
        await self._idle()
        data, self._buffer = self._buffer, bytearray()
        waiters, self._waiters = self._waiters, []
        fd, truncate_to = self._fd, self._truncate_to

        def finish() -> None:
            try:
                _write_job(fd, truncate_to, data, True)
            finally:
                os.close(fd)

        outcome: errors.CommandError | None = None
        try:
            await self._loop.run_in_executor(self._io, finish)
        except OSError as error:
            log.error("could not flush the AOF on shutdown: %s", error)
            self._fail(error)
            outcome = self._refusal()
        for waiter in waiters:
            if not waiter.done():
                if outcome is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(outcome)
        self._io.shutdown(wait=True)
