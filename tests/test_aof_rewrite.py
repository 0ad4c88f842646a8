"""AOF rewrite (BGREWRITEAOF, automatic rewrites) and snapshots (SAVE,
BGSAVE, LASTSAVE).

Most tests run real server processes on a --dir of their own and compare
whole datasets: before and after a rewrite, before and after a restart, and
after kill -9 at random points of a rewrite against a model of every
acknowledged write. A few in-process tests pin down what the copy-before-
write dump relies on."""

from __future__ import annotations

import asyncio
import copy
import datetime
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyspace
import redis
from keyspace.v1 import common_pb2, strings_pb2
from keyspace_server.commands.table import TABLE
from keyspace_server.config import Config
from keyspace_server.context import Context
from keyspace_server.keyspace import now_ms
from keyspace_server.persistence import records, snapshot
from keyspace_server.persistence.loader import load
from keyspace_server.persistence.manifest import BASE, Entry, Manifest
from keyspace_server.types import kinds
from keyspace_server.types.hashes import Hash
from keyspace_server.types.lists import List
from keyspace_server.types.sets import Set
from keyspace_server.types.zsets import ZSet

from tests.dumps import Entry as DumpEntry
from tests.dumps import differences
from tests.servers import RunningServer, start_tracked

ALWAYS = ("--appendfsync", "always")
HOUR_MS = 3_600_000
AOF_DIR = "appendonlydir"
MANIFEST = "appendonly.aof.manifest"


# -- servers and dumps ---------------------------------------------------------------------------


def client_of(server: RunningServer) -> keyspace.Client:
    return keyspace.Client(server.address, timeout=60)


def _queue_read(pipe: Any, key: bytes, kind: bytes) -> None:
    if kind == b"string":
        pipe.get(key)
    elif kind == b"hash":
        pipe.hgetall(key)
    elif kind == b"list":
        pipe.lrange(key, 0, -1)
    elif kind == b"set":
        pipe.smembers(key)
    else:
        assert kind == b"zset", (key, kind)
        pipe.zrange(key, 0, -1, withscores=True)


def bulk_dump(client: keyspace.Client, batch: int = 2000) -> dict[bytes, DumpEntry]:
    """tests.dumps.dump's entries, read through pipelines: that one sends a
    call per read, too slow for the datasets here."""
    keys = sorted(client.keys("*"))
    entries: dict[bytes, DumpEntry] = {}
    for start_at in range(0, len(keys), batch):
        chunk = keys[start_at : start_at + batch]
        pipe = client.pipeline(transaction=False)
        for key in chunk:
            pipe.type(key)
            pipe.pexpiretime(key)
        meta = pipe.execute()
        pipe = client.pipeline(transaction=False)
        for key, kind in zip(chunk, meta[0::2], strict=True):
            _queue_read(pipe, key, kind)
        values = pipe.execute()
        for key, kind, deadline, value in zip(chunk, meta[0::2], meta[1::2], values, strict=True):
            entries[key] = (kind, sorted(value) if kind == b"set" else value, deadline)
    return entries


def assert_same(expected: dict[bytes, DumpEntry], actual: dict[bytes, DumpEntry]) -> None:
    lines = differences(expected, actual)
    assert not lines, f"{len(lines)} keys differ:\n" + "\n".join(lines[:20])


def persistence(client: keyspace.Client) -> dict[str, Any]:
    info: dict[str, Any] = client.info("persistence")
    return info


def wait_for(condition: Callable[[], bool], timeout: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.02)


def wait_rewrites(client: keyspace.Client, count: int, timeout: float = 60) -> None:
    """Wait until ``count`` rewrites have succeeded and none runs."""

    def done() -> bool:
        info = persistence(client)
        assert info["aof_last_bgrewrite_status"] == "ok", info
        return bool(info["aof_rewrites"] >= count and not info["aof_rewrite_in_progress"])

    wait_for(done, timeout, f"{count} AOF rewrites")


def aof_files(data_dir: Path) -> list[str]:
    return sorted(path.name for path in (data_dir / AOF_DIR).iterdir())


def manifest_lines(data_dir: Path) -> list[str]:
    return (data_dir / AOF_DIR / MANIFEST).read_text().splitlines()


def aof_bytes(data_dir: Path) -> int:
    return sum(path.stat().st_size for path in (data_dir / AOF_DIR).glob("*.aof"))


def populate(client: keyspace.Client, strings: int, big: int = 3000, seed: int = 0) -> None:
    """Strings (some with a TTL, binary, empty), counters, and each
    container type both small and larger than a snapshot's record chunk."""
    rng = random.Random(seed)
    pipe = client.pipeline(transaction=False)
    for i in range(strings):
        if i % 7 == 0:
            pipe.set(f"s:{i}", f"value-{i}-{rng.random()}", px=HOUR_MS + i)
        else:
            pipe.set(f"s:{i}", f"value-{i}")
        if len(pipe) >= 2000:
            pipe.execute()
            pipe = client.pipeline(transaction=False)
    for j in range(50):
        pipe.set(f"c:{j}", 0)
    pipe.set(b"bin\x00\xff", b"\x00\x01\xfe\xff")
    pipe.set("empty", b"")
    for j in range(20):
        pipe.hset(f"h:{j}", mapping={f"f{n}": n * j for n in range(10)})
        pipe.rpush(f"l:{j}", *range(j + 1))
        pipe.sadd(f"iset:{j}", *range(j, j + 5))
        pipe.zadd(f"z:{j}", {f"m{n}": n / 3 for n in range(8)})
    pipe.hset("bighash", mapping={f"field-{n}": f"v{n}" for n in range(big)})
    pipe.hset("widehash", mapping={"big": b"x" * 200_000, "small": b"y"})
    pipe.rpush("biglist", *(f"e{n}" for n in range(big)))
    pipe.sadd("bigset", *(f"member-{n}" for n in range(big)))
    pipe.zadd("bigzset", {f"m{n}": rng.uniform(-1e6, 1e6) for n in range(big)})
    pipe.zadd("special", {"inf": float("inf"), "ninf": float("-inf"), "zero": 0, "tiny": 5e-324})
    pipe.pexpire("h:3", HOUR_MS)
    pipe.pexpire("biglist", 2 * HOUR_MS)
    pipe.pexpire("bigzset", 3 * HOUR_MS)
    pipe.execute()


# -- rewrite: the dataset is kept, the AOF shrinks ----------------------------------------------


def test_rewrite_keeps_the_dataset_and_shrinks_the_aof(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        populate(client, strings=3000)
        for _round in range(10):  # history a rewrite drops
            pipe = client.pipeline(transaction=False)
            for j in range(50):
                pipe.incr(f"c:{j}", 7)
                pipe.rpush("scratch", j)
                pipe.lpop("scratch")
            for i in range(0, 3000, 3):
                pipe.append(f"s:{i}", "+")
            pipe.execute()
        before = bulk_dump(client)
        size_before = aof_bytes(tmp_data)
        assert persistence(client)["aof_current_size"] == size_before
        assert client.bgrewriteaof() is True
        wait_rewrites(client, 1)
        assert_same(before, bulk_dump(client))
        info = persistence(client)
    size_after = aof_bytes(tmp_data)
    assert size_after < size_before * 0.8, (size_before, size_after)
    assert info["aof_current_size"] == size_after
    assert info["aof_base_size"] > 0
    files = aof_files(tmp_data)
    base = [name for name in files if name.endswith(".base.aof")]
    increments = [name for name in files if name.endswith(".incr.aof")]
    assert len(base) == 1 and len(increments) == 1, files
    assert manifest_lines(tmp_data) == [
        f"file {base[0]} seq {base[0].split('.')[2]} type b",
        f"file {increments[0]} seq {increments[0].split('.')[2]} type i",
    ]
    assert (tmp_data / AOF_DIR / base[0]).read_bytes()[:16] == records.file_header(
        records.KIND_BASE
    )
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        assert_same(before, bulk_dump(client))
        # A second rewrite replaces the first one's base.
        client.set("after", "restart")
        before = bulk_dump(client)
        assert client.bgrewriteaof() is True
        wait_rewrites(client, 1)
    assert len([name for name in aof_files(tmp_data) if name.endswith(".base.aof")]) == 1
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        assert_same(before, bulk_dump(client))
    assert "replayed" not in server.log(), server.log()


# -- rewrite while clients write ----------------------------------------------------------------


def _random_write(client: keyspace.Client, rng: random.Random, strings: int, tag: str) -> None:
    """One write of many kinds, mostly on keys that existed when the
    rewrite began (those the copy-before-write must save first), several
    of them not idempotent (INCR, APPEND, RPUSH, LPOP, ZINCRBY)."""
    s = f"s:{rng.randrange(strings)}"
    c = f"c:{rng.randrange(50)}"
    n = f"new:{tag}:{rng.randrange(200)}"
    choice = rng.randrange(16)
    if choice == 0:
        client.incr(c)
    elif choice == 1:
        client.append(s, "!")
    elif choice == 2:
        client.delete(s)
    elif choice == 3:
        client.mset({s: "mset", n: "mset-new"})
    elif choice == 4:
        client.rename(f"s:{rng.randrange(strings)}", n) if client.exists(s) else None
    elif choice == 5:
        client.hset("bighash", f"field-{rng.randrange(5000)}", tag)
    elif choice == 6:
        client.hdel("bighash", f"field-{rng.randrange(5000)}")
    elif choice == 7:
        client.rpush("biglist", tag)
    elif choice == 8:
        client.lpop("biglist")
    elif choice == 9:
        client.sadd("bigset", tag)
    elif choice == 10:
        client.zincrby("bigzset", 1.5, f"m{rng.randrange(3000)}")
    elif choice == 11:
        client.pexpire(s, HOUR_MS)
    elif choice == 12:
        client.lmove("biglist", f"l:{rng.randrange(20)}", "LEFT", "RIGHT")
    elif choice == 13:
        client.smove("bigset", f"iset:{rng.randrange(20)}", f"member-{rng.randrange(3000)}")
    elif choice == 14:
        client.copy(f"h:{rng.randrange(20)}", n, replace=True)
    else:
        client.set(n, tag, px=HOUR_MS)


class Writers:
    """Threads writing through clients of their own until stopped."""

    def __init__(self, server: RunningServer, count: int, strings: int) -> None:
        self.stopping = threading.Event()
        self.writes = 0
        self.errors: list[BaseException] = []
        self._threads = [
            threading.Thread(target=self._run, args=(server, n, strings)) for n in range(count)
        ]

    def _run(self, server: RunningServer, n: int, strings: int) -> None:
        rng = random.Random(n)
        try:
            with client_of(server) as client:
                while not self.stopping.is_set():
                    _random_write(client, rng, strings, f"w{n}")
                    self.writes += 1
        except BaseException as error:
            self.errors.append(error)

    def __enter__(self) -> Writers:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopping.set()
        for thread in self._threads:
            thread.join()
        assert not self.errors, self.errors


def test_writes_during_a_rewrite_are_all_there_after_restart(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    strings = 60_000
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        populate(client, strings=strings, big=5000)
        with Writers(server, 3, strings) as writers:
            time.sleep(0.1)
            writes_before = writers.writes
            assert client.bgrewriteaof() is True
            wait_rewrites(client, 1)
            writes_during = writers.writes - writes_before
            time.sleep(0.1)
        assert writes_during > 50, writes_during
        before = bulk_dump(client)
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        assert_same(before, bulk_dump(client))
    assert "replayed" not in server.log(), server.log()


def test_flushall_during_a_rewrite(servers: list[RunningServer], tmp_data: Path) -> None:
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        for rewrites, flush in ((1, "flushall"), (2, "flushdb")):
            populate(client, strings=80_000)
            client.set("s:1", "before the rewrite")
            assert client.bgrewriteaof() is True
            wait_for(lambda: persistence(client)["current_save_keys_processed"] > 0)
            # One batch, so that the INFO shows where the walk stood.
            pipe = client.pipeline(transaction=False)
            pipe.info("persistence")
            pipe.append("s:1", " and during it")
            getattr(pipe, flush)()
            pipe.set("s:1", "after the flush")
            pipe.incr("c:1")
            pipe.rpush("biglist", "fresh")
            info = pipe.execute()[0]
            assert info["aof_rewrite_in_progress"] == 1
            assert 0 < info["current_save_keys_processed"] < info["current_save_keys_total"]
            wait_rewrites(client, rewrites)
            assert client.dbsize() == 3
        client.set("last", "1")
        before = bulk_dump(client)
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        assert_same(before, bulk_dump(client))


# -- kill -9 at random points of a rewrite -------------------------------------------------------


Op = tuple[str, bytes, bytes]


def _next_op(rng: random.Random, i: int, model: dict[bytes, DumpEntry]) -> Op:
    """An acknowledged write whose effect the model can apply."""
    choice = i % 5
    if choice == 0:
        return ("rpush", b"log", str(i).encode())
    if choice == 1:
        return ("incr", f"c:{rng.randrange(50)}".encode(), b"")
    if choice == 2:
        return ("hset", b"bighash", f"w{i}".encode())
    if choice == 3:
        key = f"s:{rng.randrange(30_000)}".encode()
        return ("append", key, b"+") if key in model else ("set", key, b"back")
    return ("del", f"s:{rng.randrange(30_000)}".encode(), b"")


def _send(client: keyspace.Client, op: Op) -> None:
    name, key, argument = op
    if name == "rpush":
        client.rpush(key, argument)
    elif name == "incr":
        client.incr(key)
    elif name == "hset":
        client.hset(key, argument, argument)
    elif name == "append":
        client.append(key, argument)
    elif name == "set":
        client.set(key, argument)
    else:
        client.delete(key)


def _apply(model: dict[bytes, DumpEntry], op: Op) -> None:
    name, key, argument = op
    entry = model.get(key)
    if name == "rpush":
        values = entry[1] if entry else []
        values.append(argument)
        model[key] = (b"list", values, entry[2] if entry else -1)
    elif name == "incr":
        assert entry is not None
        model[key] = (b"string", str(int(entry[1]) + 1).encode(), -1)
    elif name == "hset":
        assert entry is not None
        entry[1][argument] = argument
    elif name == "append":
        assert entry is not None
        model[key] = (b"string", entry[1] + argument, entry[2])
    elif name == "set":
        model[key] = (b"string", argument, -1)
    else:
        model.pop(key, None)


class ModelWriter(threading.Thread):
    """Sends writes one at a time (appendfsync always: a reply means it is
    on disk) and applies each acknowledged one to the model, until the
    server dies; the write it was waiting for then may or may not count."""

    def __init__(self, server: RunningServer, model: dict[bytes, DumpEntry], seed: int) -> None:
        super().__init__()
        self.server, self.model, self.rng = server, model, random.Random(seed)
        self.pending: Op | None = None
        self.acknowledged = 0
        self.start_at = seed * 1_000_000
        # Set just before the kill: a write sent after it would only wait
        # for gRPC to give up reconnecting.
        self.stopping = threading.Event()

    def run(self) -> None:
        client = keyspace.Client(self.server.address, timeout=5)
        i = self.start_at
        try:
            while not self.stopping.is_set():
                op = _next_op(self.rng, i, self.model)
                self.pending = op
                _send(client, op)
                _apply(self.model, op)
                self.pending = None
                self.acknowledged += 1
                i += 1
        except Exception:
            pass  # the server was killed
        finally:
            client.close()

    def outcomes(self) -> list[dict[bytes, DumpEntry]]:
        """The datasets a restart may show: without, or with, the write in
        flight when the server died."""
        if self.pending is None:
            return [self.model]
        with_pending = dict(self.model)
        key = self.pending[1]
        if key in with_pending:
            with_pending[key] = copy.deepcopy(with_pending[key])
        _apply(with_pending, self.pending)
        return [self.model, with_pending]


def _rewrite_was_cut_short(data_dir: Path) -> bool:
    """Whether the files show a rewrite in progress: more than one
    increment named, or a base the manifest does not name."""
    lines = manifest_lines(data_dir)
    named = {line.split()[1] for line in lines}
    bases = [name for name in aof_files(data_dir) if name.endswith(".base.aof")]
    increments = [line for line in lines if line.endswith("type i")]
    return len(increments) > 1 or any(name not in named for name in bases)


def test_kill_9_at_random_points_of_rewrites_keeps_every_acknowledged_write(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        populate(client, strings=30_000, big=20_000)
        model = bulk_dump(client)
    # Where in a rewrite each kill lands, as a share of how long the first
    # one took (which runs to its end): spread over all of its steps.
    shares = [0.1, 0.3, 0.5, 0.7, 0.9, 1.2]
    random.Random(20240601).shuffle(shares)
    duration = 0.0
    cut_short = 0
    for iteration, share in enumerate([0.0, *shares]):
        writer = ModelWriter(server, model, seed=iteration + 1)
        writer.start()
        with client_of(server) as client:
            wait_for(lambda w=writer: w.acknowledged > 5, what="the writer")
            started = time.monotonic()
            assert client.bgrewriteaof() is True
            if iteration == 0:
                wait_rewrites(client, 1)
                duration = time.monotonic() - started
            else:
                time.sleep(share * duration)
        writer.stopping.set()
        server.process.kill()
        server.process.wait()
        cut_short += _rewrite_was_cut_short(tmp_data)
        # The writer learns of the kill only once gRPC gives up on the
        # connection: start the next server meanwhile.
        server = start_tracked(servers, tmp_data, *ALWAYS)
        writer.join()
        assert writer.acknowledged > 0
        with client_of(server) as client:
            actual = bulk_dump(client)
        outcomes = writer.outcomes()
        if actual != outcomes[-1]:
            assert_same(outcomes[0], actual)
        model = actual
        # What the crash left half-done is gone: only named files remain.
        named = {line.split()[1] for line in manifest_lines(tmp_data)}
        assert set(aof_files(tmp_data)) == named | {MANIFEST}
    assert cut_short >= 3, f"only {cut_short} kills hit a rewrite (duration {duration:.2f}s)"


# -- automatic rewrites -------------------------------------------------------------------------


def test_automatic_rewrite_once_the_aof_has_grown(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(
        servers,
        tmp_data,
        "--auto-aof-rewrite-min-size",
        "200kb",
        "--auto-aof-rewrite-percentage",
        "100",
    )
    with client_of(server) as client:
        pipe = client.pipeline(transaction=False)
        for i in range(1500):  # about 60 KB: below the minimum size
            pipe.set(f"k{i % 100}", "x" * 20)
        pipe.execute()
        time.sleep(0.5)
        assert persistence(client)["aof_rewrites"] == 0
        for rewrites, value in ((1, "y"), (2, "z")):
            # About 40 KB a batch, until the AOF passes the minimum size
            # (it has grown far more than 100% over the last base by then).
            deadline = time.monotonic() + 20
            while persistence(client)["aof_rewrites"] < rewrites:
                assert time.monotonic() < deadline, persistence(client)
                pipe = client.pipeline(transaction=False)
                for i in range(1000):
                    pipe.set(f"k{i % 100}", value * 20)
                pipe.execute()
            wait_rewrites(client, rewrites)
            assert aof_bytes(tmp_data) < 120_000
        before = bulk_dump(client)
    assert "automatic AOF rewrite" in server.log()
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        assert_same(before, bulk_dump(client))


# -- INFO persistence and the one-job-at-a-time rule --------------------------------------------


def test_info_fields_and_concurrent_requests(servers: list[RunningServer], tmp_data: Path) -> None:
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        info = persistence(client)
        expected_start = {
            "loading": 0,
            "aof_enabled": 1,
            "aof_rewrite_in_progress": 0,
            "aof_rewrite_scheduled": 0,
            "aof_last_rewrite_time_sec": -1,
            "aof_current_rewrite_time_sec": -1,
            "aof_last_bgrewrite_status": "ok",
            "aof_last_write_status": "ok",
            "rdb_changes_since_last_save": 0,
            "rdb_bgsave_in_progress": 0,
            "rdb_last_bgsave_status": "ok",
            "aof_base_size": 0,
        }
        assert {name: info[name] for name in expected_start} == expected_start
        assert abs(info["rdb_last_save_time"] - time.time()) < 60
        assert info["aof_current_size"] == aof_bytes(tmp_data) > 0
        populate(client, strings=20_000)
        dirty = persistence(client)["rdb_changes_since_last_save"]
        assert dirty > 20_000
        # One batch runs in one turn of the event loop: all of these see
        # the rewrite the first one started.
        pipe = client.pipeline(transaction=False)
        pipe.bgrewriteaof()
        pipe.info("persistence")
        pipe.bgrewriteaof()
        pipe.bgsave(schedule=False)
        pipe.bgsave(schedule=True)
        pipe.save()
        pipe.info("persistence")
        replies = pipe.execute(raise_on_error=False)
        assert replies[0] is True
        during = replies[1]
        assert during["aof_rewrite_in_progress"] == 1
        assert during["aof_current_rewrite_time_sec"] == 0
        assert isinstance(replies[2], keyspace.ResponseError)
        assert str(replies[2]) == "Background append only file rewriting already in progress"
        assert isinstance(replies[3], keyspace.ResponseError)
        assert str(replies[3]).startswith("Another child process is active (AOF?)")
        assert replies[4] is True  # scheduled
        assert replies[5] is True  # SAVE is allowed during a rewrite, as in Redis
        scheduled = replies[6]
        assert scheduled["rdb_changes_since_last_save"] == 0
        assert scheduled["rdb_saves"] == 1
        wait_rewrites(client, 1)
        wait_for(lambda: persistence(client)["rdb_saves"] == 2, what="the scheduled BGSAVE")
        wait_for(lambda: not persistence(client)["rdb_bgsave_in_progress"], what="BGSAVE")
        info = persistence(client)
        assert info["aof_last_rewrite_time_sec"] >= 0
        assert info["aof_current_rewrite_time_sec"] == -1
        assert info["aof_last_bgrewrite_status"] == "ok"
        assert info["rdb_last_bgsave_status"] == "ok"
        assert info["rdb_last_bgsave_time_sec"] >= 0
        assert info["aof_base_size"] > 0
        wait_for(
            lambda: persistence(client)["aof_current_size"] == aof_bytes(tmp_data),
            what="aof_current_size to count what was written",
        )
        # BGREWRITEAOF while a BGSAVE runs is scheduled, as in Redis.
        pipe = client.pipeline(transaction=False)
        pipe.bgsave(schedule=False)
        pipe.bgsave()
        pipe.bgrewriteaof()
        pipe.info("persistence")
        replies = pipe.execute(raise_on_error=False)
        assert replies[0] is True
        assert str(replies[1]) == "Background save already in progress"
        assert replies[2] is True
        assert replies[3]["aof_rewrite_scheduled"] == 1
        assert replies[3]["rdb_bgsave_in_progress"] == 1
        wait_rewrites(client, 2)
        assert persistence(client)["aof_rewrite_scheduled"] == 0
        client.set("one", "more")
        assert persistence(client)["rdb_changes_since_last_save"] == 1


def test_replies_and_return_types_match_redis(
    servers: list[RunningServer], tmp_data: Path, r: redis.Redis
) -> None:
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        for target in (client, r):
            saved = target.lastsave()
            assert type(saved) is datetime.datetime
            assert abs(saved.timestamp() - time.time()) < 3600
            assert target.save() is True
            assert target.bgsave() is True
            wait_for(lambda t=target: not t.info("persistence")["rdb_bgsave_in_progress"])
            assert target.bgrewriteaof() is True
            wait_for(lambda t=target: not t.info("persistence")["aof_rewrite_in_progress"])
            assert target.lastsave() >= saved


# -- snapshots: SAVE, BGSAVE, LASTSAVE ----------------------------------------------------------


def test_save_and_bgsave_are_what_a_restart_loads_with_appendonly_no(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    off = ("--appendonly", "no")
    server = start_tracked(servers, tmp_data, *off)
    with client_of(server) as client:
        assert persistence(client)["aof_enabled"] == 0
        populate(client, strings=2000)
        first = client.lastsave()
        time.sleep(1.1)  # LASTSAVE has a resolution of seconds
        assert persistence(client)["rdb_changes_since_last_save"] > 0
        assert client.save() is True
        assert client.lastsave() > first
        info = persistence(client)
        assert info["rdb_changes_since_last_save"] == 0 and info["rdb_saves"] == 1
        assert (tmp_data / "dump.kdb").read_bytes()[:16] == records.file_header(records.KIND_BASE)
        saved = bulk_dump(client)
    assert not (tmp_data / AOF_DIR).exists()
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data, *off)
    with client_of(server) as client:
        assert_same(saved, bulk_dump(client))
        # BGSAVE saves the dataset as of the command: writes in the same
        # batch right after it are not in the file.
        client.set("last", "in the snapshot")
        pipe = client.pipeline(transaction=False)
        pipe.bgsave()
        pipe.set("last", "after the snapshot")
        pipe.incr("c:1")
        pipe.delete("bighash")
        pipe.execute()
        wait_for(lambda: persistence(client)["rdb_saves"] == 1, what="BGSAVE")
        assert persistence(client)["rdb_changes_since_last_save"] == 3
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data, *off)
    with client_of(server) as client:
        saved[b"last"] = (b"string", b"in the snapshot", -1)
        assert_same(saved, bulk_dump(client))
    # Nothing is loaded from the snapshot with appendonly yes: the AOF rules.
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        assert client.dbsize() == 0


def test_bgrewriteaof_with_appendonly_no_writes_a_base_as_redis_7_does(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, "--appendonly", "no")
    with client_of(server) as client:
        populate(client, strings=500)
        before = bulk_dump(client)
        assert client.bgrewriteaof() is True
        wait_rewrites(client, 1)
    (base,) = aof_files(tmp_data)[:1]
    assert aof_files(tmp_data) == [base, MANIFEST] and base.endswith(".base.aof")
    assert manifest_lines(tmp_data) == [f"file {base} seq 1 type b"]
    assert server.stop() == 0
    # The base is a whole AOF: a start with appendonly yes loads it.
    server = start_tracked(servers, tmp_data)
    with client_of(server) as client:
        assert_same(before, bulk_dump(client))


# -- what a crash during a rewrite leaves behind -------------------------------------------------


def test_start_after_a_crash_between_naming_the_new_increment_and_switching(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        for i in range(100):
            client.set(f"k{i}", i)
    assert server.stop() == 0
    directory = tmp_data / AOF_DIR
    (increment,) = [line.split()[1] for line in manifest_lines(tmp_data)]
    # The state of step 1 of a rewrite, plus a torn last record in the file
    # written last, and leftovers of an earlier rewrite.
    with open(directory / increment, "ab") as file:
        file.write(records.encode(b"\x00" * 40)[:30])
    (directory / "appendonly.aof.2.incr.aof").write_bytes(
        records.file_header(records.KIND_INCREMENT)
    )
    (directory / "appendonly.aof.3.base.aof").write_bytes(b"partial")
    (directory / "appendonly.aof.9.incr.aof").write_bytes(b"stray")
    (directory / MANIFEST).write_text(
        f"file {increment} seq 1 type i\nfile appendonly.aof.2.incr.aof seq 2 type i\n"
    )
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        assert client.dbsize() == 100 and client.get("k99") == b"99"
        client.set("k100", 100)
        assert client.bgrewriteaof() is True
        wait_rewrites(client, 1)
    assert "dropping its 30 bytes" in server.log()
    assert "appendonly.aof.9.incr.aof" not in aof_files(tmp_data)
    assert server.stop() == 0
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        assert client.dbsize() == 101


# -- in process: what the copy-before-write dump relies on --------------------------------------


def test_command_keys_of_mset_are_the_keys_of_its_pairs() -> None:
    request = strings_pb2.MSetRequest(
        pairs=[common_pb2.KeyValue(key=b"a", value=b"1"), common_pb2.KeyValue(key=b"b")]
    )
    assert TABLE["mset"].keys(request) == [b"a", b"b"]
    assert TABLE["msetnx"].keys(strings_pb2.MSetNxRequest(pairs=request.pairs)) == [b"a", b"b"]


def test_every_write_command_names_the_keys_it_changes() -> None:
    """The dump serializes a key before a write only if the command table
    says the command touches it; the flushes are handled apart, and EXEC's
    commands each go through dispatch.run, naming their own keys."""
    unnamed = [name for name, entry in TABLE.items() if entry.write and not entry.key_fields]
    assert sorted(unnamed) == ["exec", "flushall", "flushdb"]
    assert [name for name, entry in TABLE.items() if entry.runs_commands] == ["exec"]


def test_flushing_replaces_the_dicts_and_leaves_the_old_ones_alone() -> None:
    ctx = Context(config=Config())
    ctx.db.set(b"k", b"v")
    ctx.db.set_expiry(b"k", now_ms() + HOUR_MS)
    data, expires = ctx.db.data, ctx.db.expires
    for name in ("flushall", "flushdb"):
        entry = TABLE[name]
        entry.handler(ctx, entry.request_type())
        assert ctx.db.data is not data and ctx.db.expires is not expires
        assert list(data) == [b"k"] and list(expires) == [b"k"]


def _sample_values() -> dict[bytes, Any]:
    values: dict[bytes, Any] = {b"plain": b"v", b"empty": b"", b"raw": bytearray(b"ab\x00")}
    big_hash = Hash()
    for n in range(2500):
        big_hash[b"f%d" % n] = b"v%d" % n
    values[b"hash"] = big_hash
    values[b"list"] = List(b"e%d" % n for n in range(2001))
    values[b"set"] = Set(b"%d" % n for n in range(1000))
    zset = ZSet()
    for n, score in enumerate([float("inf"), float("-inf"), -0.5, 1e300, 5e-324]):
        zset.insert(b"m%d" % n, score)
    values[b"zset"] = zset
    fat = List([b"x" * (3 * 1024 * 1024)] * 4)
    values[b"fat"] = fat
    return values


def test_snapshot_records_recreate_every_type_with_its_ttl(tmp_path: Path) -> None:
    values = _sample_values()
    deadlines = {b"plain": now_ms() + HOUR_MS, b"hash": now_ms() + HOUR_MS, b"set": 1}
    # Chunks: 2500 fields in 3 records, then the expiry; 12 MB in 2 records.
    assert len(snapshot.key_records(b"hash", values[b"hash"], deadlines[b"hash"])) == 4
    assert len(snapshot.key_records(b"fat", values[b"fat"], None)) == 2
    assert len(snapshot.key_records(b"plain", values[b"plain"], deadlines[b"plain"])) == 1
    path = tmp_path / "snapshot.kdb"
    snapshot.save(values, deadlines, path)
    loaded = Context(config=Config())
    entry = Entry(path.name, 0, BASE)
    stats = asyncio.run(load(loaded, tmp_path, Manifest(base=entry)))
    assert stats.failed_commands == 0
    db = loaded.db
    assert set(db.data) == set(values)
    assert db.expires == deadlines  # a past deadline is kept, to expire once served
    for key, value in values.items():
        got = db.data[key]
        assert kinds.type_name(got) == kinds.type_name(value), key
        if isinstance(value, ZSet):
            assert got.scores == value.scores
        elif isinstance(value, Set):
            assert got.members == value.members
        elif isinstance(value, bytes | bytearray):
            assert bytes(got) == bytes(value)
        else:
            assert list(got.items() if isinstance(got, dict) else got) == list(
                value.items() if isinstance(value, dict) else value
            )
