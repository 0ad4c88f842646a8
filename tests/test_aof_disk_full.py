"""The AOF when the disk refuses writes: MISCONF refusals, reads going on,
recovery without a restart once there is room again, and nothing
acknowledged lost.

The server tests run keyspace-server with its --dir on a 2 MiB tmpfs, fill
the tmpfs with a filler file, write until the disk is full, then delete the
filler. Mounting needs root (CAP_SYS_ADMIN); without it they are skipped,
except under CI, where they must run. The in-process tests inject write and
fsync failures into the AOF's I/O and need no privileges.
"""

from __future__ import annotations

import asyncio
import errno
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import grpc
import keyspace
import pytest
from keyspace.exceptions import ResponseError
from keyspace.v1 import pipeline_pb2, strings_pb2
from keyspace_server.errors import CommandError
from keyspace_server.persistence import records
from keyspace_server.persistence.aof import AppendOnlyFile, open_increment

from tests.servers import RunningServer, start_keyspace, wait_for_log

ENOSPC_REFUSAL = "MISCONF Errors writing to the AOF file: No space left on device"
EIO_REFUSAL = "MISCONF Errors writing to the AOF file: Input/output error"
FAILED_PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION.value[0]
VALUE = b"v" * 1000
# Room left beside the filler: some dozens of 1 KB writes fit before it is full.
ROOM = 64 * 1024
RECOVERY_TIMEOUT = 5.0  # seconds; the AOF retries once a second


# -- a small tmpfs as the data folder -------------------------------------------


def _mount_tmpfs(mountpoint: Path) -> str | None:
    """Mount a 2 MiB tmpfs; None on success, else why it could not be."""
    if shutil.which("mount") is None:
        return "the mount command is not installed"
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return result.stderr.strip() or f"mount exited with {result.returncode}"
    return None


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs for the server's --dir (its log goes beside it, on the
    ordinary disk, so that a full tmpfs does not also break logging)."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    failure = _mount_tmpfs(mountpoint)
    if failure is not None:
        message = f"cannot mount a tmpfs to fill (needs root / CAP_SYS_ADMIN): {failure}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield mountpoint
    finally:
        if subprocess.run(["umount", str(mountpoint)], capture_output=True).returncode != 0:
            # Still busy (a server a failed test left running): detach it.
            subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True)


def free_bytes(path: Path) -> int:
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def fill(disk: Path, room: int = ROOM) -> Path:
    """A filler file that leaves about ``room`` bytes free on the tmpfs."""
    filler = disk / "filler"
    with open(filler, "wb") as file:
        file.write(b"\0" * (free_bytes(disk) - room))
    return filler


# Tests ask for ``disk`` before ``servers`` (conftest.py), so pytest stops
# the servers before it unmounts the tmpfs.


def start(servers: list[RunningServer], disk: Path, fsync: str) -> keyspace.Client:
    server = start_keyspace(disk, "--appendfsync", fsync)
    servers.append(server)
    return keyspace.Client(server.address, timeout=10)


def write_until_refused(kv: keyspace.Client, acknowledged: dict[bytes, bytes]) -> ResponseError:
    """SET keys until the server refuses one; the acknowledged ones are
    added to ``acknowledged``."""
    for number in range(len(acknowledged), len(acknowledged) + 10_000):
        key = b"key:%d" % number
        try:
            kv.set(key, VALUE)
        except ResponseError as refusal:
            return refusal
        acknowledged[key] = VALUE
    raise AssertionError("the disk never filled up")


def assert_misconf(error: ResponseError) -> None:
    assert error.redis_message == ENOSPC_REFUSAL
    assert error.code == FAILED_PRECONDITION


def wait_until_writable(kv: keyspace.Client, acknowledged: dict[bytes, bytes]) -> float:
    """Seconds until a SET is accepted again."""
    started = time.monotonic()
    while True:
        try:
            kv.set(b"recovered", b"yes")
        except ResponseError as refusal:
            assert_misconf(refusal)
            if time.monotonic() - started > RECOVERY_TIMEOUT:
                raise AssertionError("writes still refused after space was freed") from None
            time.sleep(0.05)
            continue
        acknowledged[b"recovered"] = b"yes"
        return time.monotonic() - started


def assert_all_present(kv: keyspace.Client, acknowledged: dict[bytes, bytes]) -> None:
    keys = list(acknowledged)
    values = kv.mget(keys)
    missing = [key for key, value in zip(keys, values, strict=True) if value != acknowledged[key]]
    assert missing == [], f"{len(missing)} acknowledged writes lost, e.g. {missing[:3]}"


# -- the server on a disk that fills up -------------------------------------------


@pytest.mark.parametrize("fsync", ["always", "everysec"])
def test_full_disk_refuses_writes_serves_reads_and_recovers(
    disk: Path, servers: list[RunningServer], fsync: str
) -> None:
    kv = start(servers, disk, fsync)
    filler = fill(disk)
    acknowledged: dict[bytes, bytes] = {}
    assert_misconf(write_until_refused(kv, acknowledged))
    assert len(acknowledged) > 10
    wait_for_log(servers[-1], "error writing to the AOF")

    # Refused from then on, whatever the write, across retries that fail.
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        writes: list[Callable[[], object]] = [
            lambda: kv.set(b"refused", b"x"),
            lambda: kv.incr(b"counter"),
            lambda: kv.rpush(b"list", b"x"),
            lambda: kv.delete(b"key:0"),
        ]
        for write in writes:
            with pytest.raises(ResponseError) as refused:
                write()
            assert_misconf(refused.value)
        time.sleep(0.1)

    # Reads go on, unary and pipelined; a batch of reads is answered at once,
    # not after the next (failing) retry of the disk.
    assert kv.get(b"key:0") == VALUE
    assert kv.exists(b"refused", b"counter", b"list") == 0
    with kv.pipeline(transaction=False) as pipe:
        pipe.get(b"key:1").strlen(b"key:2").dbsize()
        started = time.monotonic()
        got, length, size = pipe.execute()
        assert time.monotonic() - started < 0.5
    assert (got, length) == (VALUE, len(VALUE))
    assert size >= len(acknowledged)

    # Room again: writes are accepted without a restart.
    filler.unlink()
    assert wait_until_writable(kv, acknowledged) < RECOVERY_TIMEOUT
    for number in range(20):
        key = b"after:%d" % number
        kv.set(key, VALUE)
        acknowledged[key] = VALUE
    assert_all_present(kv, acknowledged)
    kv.close()

    assert servers[-1].stop() == 0
    kv = start(servers, disk, fsync)
    assert_all_present(kv, acknowledged)
    kv.close()


def test_always_acknowledged_writes_survive_a_kill_on_a_full_disk(
    disk: Path, servers: list[RunningServer]
) -> None:
    """Under always an acknowledged write is in the file, so SIGKILL while
    the disk is full loses none of them; and the failed write was cut back,
    so the file loads without a truncated tail."""
    kv = start(servers, disk, "always")
    filler = fill(disk)
    acknowledged: dict[bytes, bytes] = {}
    assert_misconf(write_until_refused(kv, acknowledged))
    kv.close()
    servers[-1].process.send_signal(signal.SIGKILL)
    servers[-1].process.wait()

    kv = start(servers, disk, "always")  # starts on the still full disk
    assert "truncated" not in servers[-1].log()
    assert_all_present(kv, acknowledged)
    with pytest.raises(ResponseError) as refused:
        kv.set(b"still-full", VALUE * 100)
    assert_misconf(refused.value)

    filler.unlink()
    wait_until_writable(kv, acknowledged)
    assert_all_present(kv, acknowledged)
    kv.close()


def test_always_pipeline_batch_gets_misconf_for_its_writes(
    disk: Path, servers: list[RunningServer]
) -> None:
    """A batch whose writes the disk refuses: each write reply is MISCONF
    (none is acknowledged), its reads are answered, the stream and the
    server go on."""
    kv = start(servers, disk, "always")
    kv.set(b"before", b"ok")
    filler = fill(disk)
    batch = 200  # about 200 KB of records: more than the room left
    with kv.pipeline(transaction=False) as pipe:
        pipe.get(b"before")
        for number in range(batch):
            pipe.set(b"batch:%d" % number, VALUE)
        pipe.get(b"before")
        replies = pipe.execute(raise_on_error=False)
    assert replies[0] == replies[-1] == b"ok"
    for reply in replies[1:-1]:
        assert isinstance(reply, ResponseError)
        assert_misconf(reply)

    # The next batch's writes are refused up front; its reads still answered.
    with kv.pipeline(transaction=False) as pipe:
        pipe.set(b"next", b"x").get(b"before").incr(b"counter")
        refused_set, got, refused_incr = pipe.execute(raise_on_error=False)
    assert got == b"ok"
    assert_misconf(refused_set)
    assert_misconf(refused_incr)
    assert servers[-1].process.poll() is None

    filler.unlink()
    acknowledged = {b"before": b"ok"}
    wait_until_writable(kv, acknowledged)
    with kv.pipeline(transaction=False) as pipe:
        for number in range(batch):
            pipe.set(b"batch:%d" % number, VALUE)
            acknowledged[b"batch:%d" % number] = VALUE
        assert all(reply is True for reply in pipe.execute())
    kv.close()

    assert servers[-1].stop() == 0
    kv = start(servers, disk, "always")
    assert_all_present(kv, acknowledged)
    kv.close()


# -- injected failures, in process ---------------------------------------------


def set_payload(number: int) -> bytes:
    request = strings_pb2.SetRequest(key=b"key:%d" % number, value=b"value")
    return pipeline_pb2.Command(set=request).SerializeToString()


def logged_payloads(path: Path) -> list[bytes]:
    """The records of an increment file, which must hold nothing else."""
    data = path.read_bytes()
    scan = records.scan(data)
    assert scan.damage is records.Damage.NONE, scan.detail
    return [payload for _offset, payload in records.iter_records(data)]


class Faults:
    """os.write / os.fsync of the AOF module failing on demand: ``writes``
    and ``fsyncs`` say how many calls fail. With ``partial`` set, a failing
    write is preceded by a short one of that many bytes, as when a write
    runs out of space (the kernel returns a short count, then ENOSPC)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fd: int) -> None:
        self.writes = 0
        self.fsyncs = 0
        self.partial = 0
        real_write, real_fsync = os.write, os.fsync
        short_written = False

        def write(target: int, data: bytes | memoryview) -> int:
            nonlocal short_written
            if target == fd and self.writes:
                if self.partial and not short_written and len(data) > self.partial:
                    short_written = True
                    return real_write(target, bytes(data[: self.partial]))
                short_written = False
                self.writes -= 1
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(target, data)

        def fsync(target: int) -> None:
            if target == fd and self.fsyncs:
                self.fsyncs -= 1
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            real_fsync(target)

        # The AOF module calls os.write / os.fsync through the os module.
        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "fsync", fsync)


def run_with_aof(
    tmp_path: Path,
    fsync: str,
    monkeypatch: pytest.MonkeyPatch,
    scenario: Callable[[AppendOnlyFile, Faults], Awaitable[None]],
) -> Path:
    """Run the coroutine ``scenario(aof, faults)`` on a fresh AOF (no timer:
    the scenario calls error_retry itself); returns the file's path."""
    path = tmp_path / "appendonly.aof.1.incr.aof"

    async def main() -> None:
        fd = open_increment(path)
        aof = AppendOnlyFile(fd, path, fsync)
        faults = Faults(monkeypatch, fd)
        try:
            await scenario(aof, faults)
        finally:
            monkeypatch.undo()
            await aof.close()

    asyncio.run(main())
    return path


async def settle(aof: AppendOnlyFile) -> None:
    """Let the scheduled flush start, then wait for the write jobs to end."""
    await asyncio.sleep(0)
    await aof._idle()


def test_fsync_failure_under_always_refuses_waiters_and_rewrites_on_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def scenario(aof: AppendOnlyFile, faults: Faults) -> None:
        aof.append(set_payload(1))
        first = aof.durable()
        assert first is not None
        await first
        assert aof.durable() is None  # nothing pending: a batch of reads does not wait

        faults.fsyncs = 1
        aof.append(set_payload(2))
        second = aof.durable()
        assert second is not None
        with pytest.raises(CommandError) as refused:
            await second
        assert refused.value.message == EIO_REFUSAL
        with pytest.raises(CommandError):
            aof.check_writable()
        # While failing, even a batch of reads is answered at once.
        failing = aof.durable()
        assert failing is not None and failing.done()
        with pytest.raises(CommandError):
            failing.result()

        aof.error_retry()
        await settle(aof)
        aof.check_writable()
        aof.append(set_payload(3))
        third = aof.durable()
        assert third is not None
        await third

    path = run_with_aof(tmp_path, "always", monkeypatch, scenario)
    # The record whose fsync failed was written again, once, in its place.
    assert logged_payloads(path) == [set_payload(n) for n in (1, 2, 3)]


def test_partial_write_is_cut_back_and_written_whole_by_the_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def scenario(aof: AppendOnlyFile, faults: Faults) -> None:
        aof.append(set_payload(1))
        await settle(aof)
        size = aof.path.stat().st_size
        faults.writes, faults.partial = 2, 7
        aof.append(set_payload(2))
        aof.append(set_payload(3))
        await settle(aof)
        with pytest.raises(CommandError) as refused:
            aof.check_writable()
        assert refused.value.message == ENOSPC_REFUSAL
        # The torn record did not stay in the file.
        assert aof.path.stat().st_size == size
        aof.error_retry()  # fails again
        await settle(aof)
        assert aof.error is not None
        assert aof.path.stat().st_size == size
        aof.error_retry()
        await settle(aof)
        assert aof.error is None
        aof.append(set_payload(4))
        await settle(aof)

    path = run_with_aof(tmp_path, "everysec", monkeypatch, scenario)
    assert logged_payloads(path) == [set_payload(n) for n in (1, 2, 3, 4)]


def test_everysec_fsync_failure_ends_with_a_successful_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def scenario(aof: AppendOnlyFile, faults: Faults) -> None:
        aof.append(set_payload(1))
        await settle(aof)
        faults.fsyncs = 1
        aof._flush(sync=True)  # what the timer does once a second
        await settle(aof)
        with pytest.raises(CommandError) as refused:
            aof.check_writable()
        assert refused.value.message == EIO_REFUSAL
        # Nothing is left to write, but the retry still has to fsync.
        aof.error_retry()
        await settle(aof)
        assert aof.error is None
        assert faults.fsyncs == 0

    path = run_with_aof(tmp_path, "everysec", monkeypatch, scenario)
    assert logged_payloads(path) == [set_payload(1)]


def test_waiters_of_commands_queued_behind_a_failing_job_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Commands that ran while the failing job was in flight do not hang
    until the disk recovers: they are refused with it."""

    async def scenario(aof: AppendOnlyFile, faults: Faults) -> None:
        faults.writes = 1
        aof.append(set_payload(1))
        first = aof.durable()
        await asyncio.sleep(0)  # the job for record 1 is in flight
        aof.append(set_payload(2))
        second = aof.durable()
        assert first is not None and second is not None
        outcomes = await asyncio.gather(first, second, return_exceptions=True)
        assert all(isinstance(outcome, CommandError) for outcome in outcomes)
        aof.error_retry()
        await settle(aof)
        assert aof.error is None

    path = run_with_aof(tmp_path, "always", monkeypatch, scenario)
    assert logged_payloads(path) == [set_payload(1), set_payload(2)]


def test_close_writes_what_a_failed_job_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def scenario(aof: AppendOnlyFile, faults: Faults) -> None:
        faults.writes, faults.partial = 1, 5
        aof.append(set_payload(1))
        await settle(aof)
        assert aof.error is not None
        # The disk has room again by the time the server shuts down.

    path = run_with_aof(tmp_path, "no", monkeypatch, scenario)
    assert logged_payloads(path) == [set_payload(1)]


def test_rotate_is_refused_while_failing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async def scenario(aof: AppendOnlyFile, faults: Faults) -> None:
        faults.writes = 1
        aof.append(set_payload(1))
        await settle(aof)
        with pytest.raises(OSError):
            await aof.rotate(tmp_path / "appendonly.aof.2.incr.aof")
        assert not (tmp_path / "appendonly.aof.2.incr.aof").exists()

    path = run_with_aof(tmp_path, "everysec", monkeypatch, scenario)
    assert logged_payloads(path) == [set_payload(1)]
