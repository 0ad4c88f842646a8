"""A damaged AOF, on real server processes: a tail cut at every byte of the
last records, random bit flips, damaged headers and manifests, and a long
load's LOADING state; with keyspace-check-aof's verdicts and repairs.

The history written is modelled here, independently of the server, so that
"the server loaded a prefix" is checked against what was really written
rather than against the server's own replay.
"""

from __future__ import annotations

import concurrent.futures
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import grpc
import keyspace
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from keyspace.v1 import keyspace_service_pb2_grpc, pipeline_pb2, strings_pb2, zsets_pb2
from keyspace_server.persistence import records
from keyspace_server.tools import check_aof

from tests.servers import (
    RunningServer,
    kill,
    run_keyspace_to_exit,
    spawn_on,
    start_keyspace_quickly,
    wait_for_port,
    wait_until_serving,
)

AOF_DIR = "appendonlydir"
MANIFEST = "appendonly.aof.manifest"
FIRST = "appendonly.aof.1.incr.aof"
SECOND = "appendonly.aof.2.incr.aof"
# The tail is cut at every byte of this many last records.
CUT_RECORDS = 3
FLIP_TRIALS = 70
# Cases run at once: each mostly waits for server processes.
WORKERS = 3
HEADER = records.file_header(records.KIND_INCREMENT)

# -- the written history and its model -------------------------------------------

Op = tuple[str, bytes, tuple[bytes, ...]]
Value = bytes | list[bytes] | dict[bytes, bytes] | set[bytes]


def history() -> list[Op]:
    """Write commands of several types, each of which changes the dataset and
    is logged as exactly one record, so that a prefix of n records is the
    dataset after the first n commands."""
    ops: list[Op] = []
    for i in range(10):
        ops += [
            ("set", b"str:%d" % (i % 4), (b"v%d" % i,)),
            ("rpush", b"list", (b"%d" % i,)),
            ("incr", b"counter", ()),
            ("hset", b"hash", (b"f%d" % (i % 3), b"%d" % i)),
        ]
    return [
        *ops,
        ("hset", b"hash", (b"last", b"1")),
        ("rpush", b"list", (b"end", b"x")),
        # Short records last: the tail is cut at each of their bytes.
        ("del", b"str:0", ()),
        ("incr", b"counter", ()),
        ("sadd", b"set", (b"a", b"b")),
    ]


def run_op(client: keyspace.Client, op: Op) -> None:
    name, key, args = op
    if name == "set":
        client.set(key, args[0])
    elif name == "rpush":
        client.rpush(key, *args)
    elif name == "incr":
        client.incr(key)
    elif name == "hset":
        client.hset(key, args[0], args[1])
    elif name == "sadd":
        client.sadd(key, *args)
    else:
        assert name == "del"
        client.delete(key)


def model(ops: list[Op]) -> dict[bytes, Value]:
    data: dict[bytes, Value] = {}
    for name, key, args in ops:
        if name == "set":
            data[key] = args[0]
        elif name == "rpush":
            stored = data.setdefault(key, [])
            assert isinstance(stored, list)
            stored.extend(args)
        elif name == "incr":
            current = data.get(key, b"0")
            assert isinstance(current, bytes)
            data[key] = b"%d" % (int(current) + 1)
        elif name == "hset":
            fields = data.setdefault(key, {})
            assert isinstance(fields, dict)
            fields[args[0]] = args[1]
        elif name == "sadd":
            members = data.setdefault(key, set())
            assert isinstance(members, set)
            members.update(args)
        else:
            data.pop(key, None)
    return data


def dump(client: keyspace.Client) -> dict[bytes, Value]:
    data: dict[bytes, Value] = {}
    for key in client.keys("*"):
        kind = client.type(key)
        if kind == b"string":
            data[key] = client.get(key)
        elif kind == b"list":
            data[key] = client.lrange(key, 0, -1)
        elif kind == b"hash":
            data[key] = client.hgetall(key)
        elif kind == b"set":
            data[key] = client.smembers(key)
        else:
            raise AssertionError(f"unexpected {kind!r} at {key!r}")
    return data


def dataset(server: RunningServer) -> dict[bytes, Value]:
    with keyspace.Client(server.address, timeout=10) as client:
        return dump(client)


@dataclass(frozen=True)
class Built:
    """An AOF written by a real server: one increment file."""

    data_dir: Path
    ops: list[Op]
    data: bytes
    starts: list[int]  # each record's offset

    @property
    def ends(self) -> list[int]:
        return [*self.starts[1:], len(self.data)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    data_dir = tmp_path_factory.mktemp("built") / "data"
    ops = history()
    server = start_keyspace_quickly(data_dir, "--appendfsync", "always")
    try:
        with keyspace.Client(server.address, timeout=10) as client:
            for op in ops:
                run_op(client, op)
            assert dump(client) == model(ops)
    finally:
        assert server.stop() == 0
    data = (data_dir / AOF_DIR / FIRST).read_bytes()
    starts = [offset for offset, _payload in records.iter_records(data)]
    assert len(starts) == len(ops), "each command of the history must log one record"
    return Built(data_dir, ops, data, starts)


def aof_copy(built: Built, where: Path, content: bytes | None = None) -> Path:
    """A data folder holding ``built``'s AOF, its file replaced by ``content``;
    the AOF file's path."""
    shutil.copytree(built.data_dir, where)
    path = where / AOF_DIR / FIRST
    if content is not None:
        path.write_bytes(content)
    return path


def tool(path: Path, *, fix: bool = False) -> tuple[int, str]:
    """keyspace-check-aof's check, in this process and thread-safely (the
    console script is the same function around argument parsing; it runs as
    a process in the tool's own tests); its report on one line."""
    lines: list[str] = []
    status = check_aof.check(path, fix_it=fix, assume_yes=True, write=lines.append)
    return status, " ".join(" ".join(lines).split())


def in_parallel(case: Callable[[int], None], items: Iterable[int]) -> None:
    """Run independent cases a few at a time: each mostly waits on server
    processes starting, so this cuts the wall time on two cores."""
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        for future in [pool.submit(case, item) for item in items]:
            future.result()  # re-raises the first failure


def start_or_refuse(data_dir: Path, *extra: str) -> tuple[RunningServer, bool]:
    """A server that either serves (True) or exits refusing to (False)."""
    server = spawn_on(data_dir, *extra)
    try:
        wait_for_port(server.port, server.process)
        wait_until_serving(server.address, server.process)
    except RuntimeError:  # the process exited
        return server, False
    return server, True


# -- a tail cut at every byte ------------------------------------------------------


def test_a_tail_cut_at_any_byte_loads_exactly_the_records_before_the_cut(
    built: Built, tmp_path: Path
) -> None:
    def case(cut: int) -> None:
        whole = sum(1 for end in built.ends if end <= cut)
        good_end = built.ends[whole - 1]
        dropped = cut - good_end
        expected = model(built.ops[:whole])
        folder = tmp_path / f"cut-{cut}"
        refused = aof_copy(built, folder / "refused", built.data[:cut])
        loaded = aof_copy(built, folder / "loaded", built.data[:cut])
        where = f"cut at {cut} ({dropped} bytes of record {whole}): "

        if dropped:
            status, log = run_keyspace_to_exit(refused.parent.parent, "--aof-load-truncated", "no")
            assert status == 1, where + log
            assert f"cannot start: {refused} ends with a truncated record" in log, where + log
            assert f"offset {good_end}" in log and "keyspace-check-aof --fix" in log, where + log
            assert refused.stat().st_size == cut, "a refused load must not change the file"
            status, report = tool(refused.parent)
            assert status == check_aof.EXIT_DAMAGED, where + report
            assert f"truncated tail: {records.scan(built.data[:cut]).detail}" in report
            assert f"offset {good_end}" in report, where + report
            assert f"--fix cuts the file to {good_end} bytes" in report, where + report

        server = start_keyspace_quickly(loaded.parent.parent)
        try:
            assert dataset(server) == expected, where
            log = server.log()
        finally:
            kill(server)
        if dropped:
            warning = f"{loaded}: last record is truncated: dropping its {dropped} bytes"
            assert warning in log, where + log
            assert loaded.stat().st_size == good_end, where
        else:
            assert "truncated" not in log, where + log

        if dropped:
            status, report = tool(refused.parent, fix=True)
            assert status == check_aof.EXIT_SOUND, where + report
            assert refused.stat().st_size == good_end, where
            backup = refused.with_name(refused.name + ".bak")
            assert backup.read_bytes() == built.data[:cut], "the backup is the file as it was"
            # Repaired: it now loads even where a truncated tail is refused.
            server = start_keyspace_quickly(refused.parent.parent, "--aof-load-truncated", "no")
            try:
                assert dataset(server) == expected, where
                assert "truncated" not in server.log(), where + server.log()
            finally:
                kill(server)
        shutil.rmtree(folder)

    in_parallel(case, range(built.starts[-CUT_RECORDS], len(built.data)))


def test_a_zero_filled_tail_is_an_unfinished_write(built: Built, tmp_path: Path) -> None:
    # What XFS or ext4 data=writeback can leave after a crash: the file grew,
    # the data never landed. Nothing was written there, so nothing is lost.
    path = aof_copy(built, tmp_path / "data", built.data + bytes(300))
    status, report = tool(path)
    assert status == check_aof.EXIT_DAMAGED
    assert f"300 zero bytes at offset {len(built.data)}" in report
    server = start_keyspace_quickly(tmp_path / "data")
    try:
        assert dataset(server) == model(built.ops)
        assert "dropping its 300 bytes" in server.log()
    finally:
        kill(server)


# -- random bit flips ------------------------------------------------------------------


def two_files(built: Built) -> tuple[bytes, bytes]:
    """``built``'s records split over two increment files, as after a
    rotation: the last-record leniency belongs to the second only."""
    payloads = [payload for _offset, payload in records.iter_records(built.data)]
    half = len(payloads) // 2
    first = HEADER + b"".join(records.encode(p) for p in payloads[:half])
    second = HEADER + b"".join(records.encode(p) for p in payloads[half:])
    return first, second


def write_two_files(where: Path, first: bytes, second: bytes) -> Path:
    folder = where / AOF_DIR
    folder.mkdir(parents=True)
    (folder / FIRST).write_bytes(first)
    (folder / SECOND).write_bytes(second)
    (folder / MANIFEST).write_text(f"file {FIRST} seq 1 type i\nfile {SECOND} seq 2 type i\n")
    return folder


def record_at(data: bytes, offset: int) -> int:
    """The start of the record holding byte ``offset`` (of the original file)."""
    start = records.HEADER_SIZE
    for record_start, _payload in records.iter_records(data):
        if record_start > offset:
            break
        start = record_start
    return start


def test_random_bit_flips_load_a_prefix_or_refuse_naming_file_and_offset(
    built: Built, tmp_path: Path
) -> None:
    first, second = two_files(built)
    total = len(first) + len(second)
    last_start = record_at(second, len(second) - 1)
    near_end = len(first) + record_at(second, last_start - 1)
    all_but_last = model(built.ops[:-1])
    rng = random.Random(20261124)
    # Half the trials anywhere; half in the last two records, where the one
    # lenient case (a torn last record) lives. Drawn up front, so the seed
    # alone decides them whatever order the trials run in.
    trials = [
        rng.sample(range((0 if n % 2 else near_end) * 8, total * 8), rng.choice((1, 1, 2, 3)))
        for n in range(FLIP_TRIALS)
    ]
    outcomes: list[bool] = []

    def trial(number: int) -> None:
        files = [bytearray(first), bytearray(second)]
        flipped: list[tuple[int, int]] = []  # (file index, offset)
        for bit in trials[number]:
            byte = bit // 8
            index, offset = (0, byte) if byte < len(first) else (1, byte - len(first))
            files[index][offset] ^= 1 << (bit % 8)
            flipped.append((index, offset))
        where = f"trial {number}: flipped {sorted(flipped)}: "
        # Only damage to the last record's payload looks like a torn write:
        # its 12-byte header (length, payload checksum, header checksum) is
        # checksummed itself, and damage there is plain corruption.
        lenient = all(
            index == 1 and offset >= last_start + records.RECORD_HEADER_SIZE
            for index, offset in flipped
        )
        folder = write_two_files(tmp_path / f"flip-{number}" / "data", *map(bytes, files))

        status, report = tool(folder)
        assert status == check_aof.EXIT_DAMAGED, where + report
        server, serving = start_or_refuse(folder.parent)
        loaded = None
        try:
            if serving:
                loaded = dataset(server)
        finally:
            kill(server)
        log = server.log()
        if lenient:
            assert serving, where + log
            assert loaded == all_but_last, where
            assert "last record is truncated" in log, where + log
        else:
            assert not serving and server.process.returncode == 1, where + log
            assert " ready: " not in log, "a refusing server must never have served"
            index, offset = min(flipped)
            assert f"cannot start: {folder / (FIRST, SECOND)[index]}" in log, where + log
            if offset >= records.HEADER_SIZE:
                original = (first, second)[index]
                assert f"offset {record_at(original, offset)}" in log, where + log
            else:
                assert "header" in log and "offset" in log, where + log

        # The tool agrees with the server: it repairs exactly what the
        # server tolerates, and changes nothing else.
        again = write_two_files(tmp_path / f"flip-{number}" / "again", *map(bytes, files))
        status, report = tool(again, fix=True)
        if lenient:
            assert status == check_aof.EXIT_SOUND, where + report
        else:
            assert status == check_aof.EXIT_DAMAGED, where + report
            assert "Not fixing anything" in report, where + report
            assert (again / FIRST).read_bytes() == files[0], "a refused fix changes nothing"
            assert (again / SECOND).read_bytes() == files[1], "a refused fix changes nothing"
        shutil.rmtree(folder.parent.parent)
        outcomes.append(lenient)

    in_parallel(trial, range(FLIP_TRIALS))
    print(f"bit flips: {sum(outcomes)} torn last records loaded, {outcomes.count(False)} refused")
    assert sum(outcomes) >= 5 and outcomes.count(False) >= 20, "the seed must hit both outcomes"


# -- damaged headers and manifests -------------------------------------------------------


def _damage_magic(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:4] = b"XXXX"
    path.write_bytes(bytes(data))


def _damage_version(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[12:14] = struct.pack("<H", 7)
    path.write_bytes(bytes(data))


def _damage_kind(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[14] = ord("Z")
    path.write_bytes(bytes(data))


def _damage_reserved(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[15] = 1
    path.write_bytes(bytes(data))


HEADER_DAMAGE = {
    "magic": (_damage_magic, "not a Keyspace AOF file (bad header at offset 0)"),
    "version": (_damage_version, "AOF format version 7 (at offset 12) is not supported"),
    "kind": (_damage_kind, "damaged AOF header (unknown file kind b'Z' at offset 14)"),
    "reserved": (_damage_reserved, "damaged AOF header (reserved byte at offset 15 is not zero)"),
}


@pytest.mark.parametrize("damage", sorted(HEADER_DAMAGE))
def test_a_damaged_header_stops_startup_with_a_clear_error(
    built: Built, tmp_path: Path, damage: str
) -> None:
    damage_file, message = HEADER_DAMAGE[damage]
    path = aof_copy(built, tmp_path / "data")
    damage_file(path)
    status, log = run_keyspace_to_exit(tmp_path / "data")
    assert status == 1
    assert f"cannot start: {path}: {message}" in log
    assert "Traceback" not in log
    status, report = tool(tmp_path / "data", fix=True)
    assert status == check_aof.EXIT_DAMAGED
    assert f"DAMAGED: {path}: {message}" in report


def test_an_empty_last_increment_holds_nothing(built: Built, tmp_path: Path) -> None:
    # Left empty on purpose when its header could not be written (ENOSPC):
    # the server loads the files before it and writes the header itself.
    first, _second = two_files(built)
    folder = write_two_files(tmp_path / "data", first, b"")
    status, report = tool(folder)
    assert status == check_aof.EXIT_SOUND, report
    assert "ok: empty" in report
    server = start_keyspace_quickly(tmp_path / "data")
    try:
        half = len(built.ops) // 2
        assert dataset(server) == model(built.ops[:half])
    finally:
        assert server.stop() == 0
    assert (folder / SECOND).read_bytes() == HEADER


def test_a_partial_header_in_the_last_increment_never_strands_new_writes(
    built: Built, tmp_path: Path
) -> None:
    first, second = two_files(built)
    folder = write_two_files(tmp_path / "data", first, second[:9])
    status, report = tool(folder)
    assert status == check_aof.EXIT_DAMAGED
    assert "9 bytes, shorter than the 16-byte header" in report
    # Refusing to start is fine; serving is fine if what it then
    # acknowledges survives a restart. Acknowledging writes that the next
    # start cannot load is not.
    server, serving = start_or_refuse(tmp_path / "data")
    if serving:
        with keyspace.Client(server.address, timeout=10) as client:
            client.set(b"after", b"restart")
        assert server.stop() == 0
        server = start_keyspace_quickly(tmp_path / "data")
        try:
            with keyspace.Client(server.address, timeout=10) as client:
                assert client.get(b"after") == b"restart"
        finally:
            kill(server)
    else:
        assert "cannot start" in server.log() and str(folder / SECOND) in server.log()


MANIFEST_DAMAGE = {
    "missing file": (
        f"file {FIRST} seq 1 type i\nfile appendonly.aof.7.incr.aof seq 7 type i\n".encode(),
        "the manifest names files that do not exist: {folder}/appendonly.aof.7.incr.aof",
    ),
    "garbage text": (
        b"this is not a manifest\n",
        "{folder}/appendonly.aof.manifest:1: malformed manifest line 'this is not a manifest'",
    ),
    "bad entry": (
        b"file appendonly.aof.1.incr.aof seq one type i\n",
        "{folder}/appendonly.aof.manifest:1: invalid manifest entry",
    ),
    "two bases": (
        b"file a.aof seq 1 type b\nfile b.aof seq 2 type b\n",
        "{folder}/appendonly.aof.manifest:2: more than one base file",
    ),
}


@pytest.mark.parametrize("damage", sorted(MANIFEST_DAMAGE))
def test_a_damaged_manifest_stops_startup_with_a_clear_error(
    built: Built, tmp_path: Path, damage: str
) -> None:
    content, message = MANIFEST_DAMAGE[damage]
    folder = aof_copy(built, tmp_path / "data").parent
    (folder / MANIFEST).write_bytes(content)
    status, log = run_keyspace_to_exit(tmp_path / "data")
    assert status == 1
    assert "cannot start: " + message.format(folder=folder) in log
    assert "Traceback" not in log
    status, _report = tool(folder)
    assert status == check_aof.EXIT_DAMAGED


def test_a_binary_manifest_stops_startup_with_a_clear_error(built: Built, tmp_path: Path) -> None:
    folder = aof_copy(built, tmp_path / "data").parent
    (folder / MANIFEST).write_bytes(b"\xff\xfe\x00garbage\x80\n")
    status, report = tool(folder)
    assert status == check_aof.EXIT_DAMAGED and "not a manifest" in report
    status, log = run_keyspace_to_exit(tmp_path / "data")
    assert status == 1
    assert f"cannot start: {folder / MANIFEST}" in log
    assert "Traceback" not in log


def test_a_record_that_is_not_a_command_stops_startup_with_file_and_offset(
    built: Built, tmp_path: Path
) -> None:
    # Checksums right, content wrong: a writer bug, never to be skipped over.
    path = aof_copy(built, tmp_path / "data", built.data + records.encode(b"\xff\xff\xff"))
    status, log = run_keyspace_to_exit(tmp_path / "data")
    assert status == 1
    assert f"cannot start: {path}: a record does not hold a valid command" in log
    assert f"(record at offset {len(built.data)})" in log
    assert "Traceback" not in log
    status, report = tool(path, fix=True)
    assert status == check_aof.EXIT_DAMAGED
    assert f"CORRUPT record at offset {len(built.data)}" in report
    assert path.read_bytes() == built.data + records.encode(b"\xff\xff\xff")


# -- keyspace-check-aof as a command -----------------------------------------------------


def check_aof_command() -> list[str]:
    installed = shutil.which("keyspace-check-aof")
    return [installed] if installed else [sys.executable, "-m", "keyspace_server.tools.check_aof"]


def run_tool(
    *args: str, stdin: int | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*check_aof_command(), *args], capture_output=True, text=True, timeout=30, stdin=stdin
    )


def test_the_tool_explains_itself() -> None:
    result = run_tool("--help")
    assert result.returncode == 0
    for text in ("--fix", "--yes", "manifest", "backup", "exit status", "truncated tail"):
        assert text in result.stdout.replace("\n", " ")


def test_the_tool_reports_a_sound_aof_and_exits_zero(built: Built) -> None:
    for path in (built.data_dir, built.data_dir / AOF_DIR, built.data_dir / AOF_DIR / MANIFEST):
        result = run_tool(str(path))
        assert result.returncode == 0, result.stdout
        assert f"{len(built.starts)} valid, {len(built.data)} good bytes" in result.stdout
        assert "Result: the AOF is sound." in result.stdout


def test_the_tool_exits_2_when_there_is_nothing_to_check(tmp_path: Path) -> None:
    result = run_tool(str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    result = run_tool(str(tmp_path))
    assert result.returncode == 2
    assert "no AOF manifest" in result.stderr


def test_the_tool_refuses_to_fix_mid_file_damage(built: Built, tmp_path: Path) -> None:
    damaged = bytearray(built.data)
    victim = built.starts[5]
    damaged[victim + records.RECORD_HEADER_SIZE] ^= 0x10
    path = aof_copy(built, tmp_path / "data", bytes(damaged))
    result = run_tool("--fix", "--yes", str(path.parent))
    assert result.returncode == 1
    out = " ".join(result.stdout.split())
    assert f"CORRUPT at offset {victim}: checksum mismatch at offset {victim}" in out
    following = len(built.starts) - 6
    assert f"{following} valid records" in out and f"from offset {built.starts[6]}" in out
    assert "would silently lose those" in out and "by hand" in out
    assert f"truncate -s {victim}" in out
    assert "Not fixing anything" in out
    assert path.read_bytes() == bytes(damaged)
    assert not list(path.parent.glob("*.bak"))


def test_the_tool_will_not_cut_a_file_that_is_not_the_last(built: Built, tmp_path: Path) -> None:
    first, second = two_files(built)
    folder = write_two_files(tmp_path / "data", first[:-3], second)
    # Named alone, the file is still placed by the manifest beside it.
    for path in (folder, folder / FIRST):
        result = run_tool("--fix", "--yes", str(path))
        assert result.returncode == 1
        assert "this is not the last file" in " ".join(result.stdout.split())
        assert (folder / FIRST).read_bytes() == first[:-3]
    status, log = run_keyspace_to_exit(tmp_path / "data")
    assert status == 1 and f"cannot start: {folder / FIRST} is damaged" in log


def run_tool_on_a_terminal(answer: bytes, *args: str) -> tuple[int, str]:
    """The tool with a pseudo-terminal as its input, answering its question."""
    controller, terminal = os.openpty()
    try:
        process = subprocess.Popen(
            [*check_aof_command(), *args], stdin=terminal, stdout=subprocess.PIPE, text=True
        )
        os.write(controller, answer)
        out, _ = process.communicate(timeout=30)
    finally:
        os.close(controller)
        os.close(terminal)
    return process.returncode, out


def test_the_tool_asks_before_fixing_and_keeps_a_backup(built: Built, tmp_path: Path) -> None:
    cut = built.data[:-5]
    path = aof_copy(built, tmp_path / "data", cut)
    good_end = built.starts[-1]

    status, out = run_tool_on_a_terminal(b"n\n", "--fix", str(path))
    assert status == 1
    assert f"Cut {path} to {good_end} bytes" in out and "[y/N]" in out and "Not fixed." in out
    assert path.read_bytes() == cut and not list(path.parent.glob("*.bak"))

    # No terminal and no --yes: nobody to ask, so nothing is changed.
    result = run_tool("--fix", str(path))
    assert result.returncode == 1 and "pass --yes" in result.stdout
    assert path.read_bytes() == cut

    status, out = run_tool_on_a_terminal(b"y\n", "--fix", str(path))
    assert status == 0, out
    assert "The AOF is sound now." in out
    assert path.read_bytes() == built.data[:good_end]
    assert path.with_name(path.name + ".bak").read_bytes() == cut

    # A second repair keeps the first backup and makes a timestamped one.
    path.write_bytes(built.data[:-1])
    result = run_tool("--fix", "--yes", str(path))
    assert result.returncode == 0, result.stdout
    assert path.with_name(path.name + ".bak").read_bytes() == cut
    stamped = [p for p in path.parent.glob("*.bak") if p.name != path.name + ".bak"]
    assert len(stamped) == 1 and re.fullmatch(r".*\.aof\.\d{8}-\d{6}\.bak", stamped[0].name)
    assert stamped[0].read_bytes() == built.data[:-1]


# -- a long load -------------------------------------------------------------------------

LOAD_RECORDS = 300_000
ZSETS = 1000
PROGRESS = re.compile(
    r"loading AOF: (\d+) records, ([\d.]+) of ([\d.]+) MB \((\d+)%\), (\d+) records/s"
)


def write_big_aof(data_dir: Path) -> None:
    """300k ZADDs written straight into an AOF (much faster than through a
    server); each re-scores the same 4 members of one of 1000 sets, so the
    load takes seconds but little memory."""
    folder = data_dir / AOF_DIR
    folder.mkdir(parents=True)
    chunks = [HEADER]
    for i in range(LOAD_RECORDS):
        members = [zsets_pb2.ScoreMember(score=float(i), member=b"m%d" % j) for j in range(4)]
        request = zsets_pb2.ZAddRequest(key=b"z:%d" % (i % ZSETS), members=members)
        chunks.append(records.encode(pipeline_pb2.Command(zadd=request).SerializeToString()))
    (folder / FIRST).write_bytes(b"".join(chunks))
    (folder / MANIFEST).write_text(f"file {FIRST} seq 1 type i\n")


def test_a_long_load_answers_loading_until_it_serves(tmp_path: Path) -> None:
    write_big_aof(tmp_path / "data")
    server = spawn_on(tmp_path / "data")
    statuses: list[int] = []
    refusals: list[tuple[grpc.StatusCode, str]] = []
    sdk_refusals: list[Exception] = []
    try:
        wait_for_port(server.port, server.process)
        with keyspace.Client(server.address, timeout=10) as early:
            # redis-py's type for LOADING: a ConnectionError to retry later.
            # A write, because the SDK retries reads on UNAVAILABLE itself.
            try:
                early.set(b"probe", b"refused")
            except keyspace.ConnectionError as error:
                sdk_refusals.append(error)
        with grpc.insecure_channel(server.address) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            service = keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]
            deadline = time.monotonic() + 90
            while not statuses or statuses[-1] != health_pb2.HealthCheckResponse.SERVING:
                assert time.monotonic() < deadline, server.log()
                request = health_pb2.HealthCheckRequest(service="")
                statuses.append(health.Check(request, timeout=10).status)
                try:
                    service.Get(strings_pb2.GetRequest(key=b"absent"), timeout=10)
                except grpc.RpcError as error:
                    refusals.append((error.code(), error.details() or ""))
                time.sleep(0.05)
        with keyspace.Client(server.address, timeout=10) as client:
            assert client.dbsize() == ZSETS
            assert client.zscore(b"z:999", b"m3") == LOAD_RECORDS - 1
            assert client.zcard(b"z:0") == 4
        log = server.log()
    finally:
        server.stop()

    not_serving = health_pb2.HealthCheckResponse.NOT_SERVING
    assert statuses[0] == not_serving
    assert statuses[:-1] == [not_serving] * (len(statuses) - 1)
    assert len(refusals) >= 3, "the load must be long enough to be seen"
    assert sdk_refusals and all(isinstance(e, keyspace.BusyLoadingError) for e in sdk_refusals)
    for code, details in refusals:
        assert code == grpc.StatusCode.UNAVAILABLE
        assert details.startswith("LOADING")
    progress = [tuple(map(float, match)) for match in PROGRESS.findall(log)]
    assert progress, log
    counts = [line[0] for line in progress]
    assert counts == sorted(counts) and counts[-1] <= LOAD_RECORDS
    for _count, done, total, percent, rate in progress:
        assert 0 < done <= total and 0 < percent <= 100 and rate > 0
    assert f"AOF loaded: {LOAD_RECORDS} records" in log
    assert log.index("AOF loaded") < log.index(" ready: ")
