"""Replaying the AOF rebuilds exactly the dataset that was served: every key,
its type, its value and its absolute deadline, whatever time the replay runs
at and whichever random choices the commands made. Each test runs real
server processes and restarts them on the same --dir."""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import keyspace
import keyspace_server.commands.dispatch
import keyspace_server.keyspace
import pytest
from keyspace.v1 import lists_pb2
from keyspace_server.commands import dispatch
from keyspace_server.commands.table import TABLE
from keyspace_server.config import Config
from keyspace_server.context import Context
from keyspace_server.persistence.loader import apply
from keyspace_server.types.lists import List

from tests.dumps import differences, dump
from tests.servers import RunningServer, start_tracked

ALWAYS = ("--appendfsync", "always")
HOUR_MS = 3_600_000


def restart(servers: list[RunningServer], server: RunningServer, *extra: str) -> RunningServer:
    """Stop ``server`` gracefully and start another on its --dir."""
    assert server.stop() == 0, server.log()
    return start_tracked(servers, server.data_dir, *extra)


def client_of(server: RunningServer) -> keyspace.Client:
    return keyspace.Client(server.address, timeout=30)


def aof_size(data_dir: Path) -> int:
    """Bytes in the AOF folder: under appendfsync always a write's record
    is on disk before its reply."""
    return sum(path.stat().st_size for path in (data_dir / "appendonlydir").glob("*.aof"))


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def assert_same_after_restart(
    servers: list[RunningServer], server: RunningServer, *extra: str
) -> RunningServer:
    with client_of(server) as client:
        before = dump(client)
    server = restart(servers, server, *extra)
    with client_of(server) as client:
        after = dump(client)
    assert not differences(before, after), "\n".join(differences(before, after))
    # A replayed command failing means it met another state than it did live.
    assert "replayed" not in server.log(), server.log()
    return server


def wait_blocked(client: keyspace.Client, count: int) -> None:
    deadline = time.monotonic() + 10
    while client.info("clients")["blocked_clients"] < count:
        assert time.monotonic() < deadline, "the client never blocked"
        time.sleep(0.005)


class InThread:
    """A blocking call made by another client, whose result is kept."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self.result: Any = None
        self._thread = threading.Thread(target=self._run, args=(call,))
        self._thread.start()

    def _run(self, call: Callable[[], Any]) -> None:
        try:
            self.result = call()
        except keyspace.KeyspaceError as error:
            self.result = error

    def join(self) -> Any:
        self._thread.join(15)
        assert not self._thread.is_alive()
        return self.result


# -- a random workload -----------------------------------------------------------

STRINGS = [b"s%d" % i for i in range(6)]
HASHES = [b"h%d" % i for i in range(4)]
LISTS = [b"l%d" % i for i in range(5)]
SETS = [b"t%d" % i for i in range(5)]
ZSETS = [b"z%d" % i for i in range(5)]
ANY = STRINGS + HASHES + LISTS + SETS + ZSETS
# Keys only the blocking episodes use, so that they are missing when waited on.
WAITED = [b"w%d" % i for i in range(3)]

Op = Callable[[Any], object]


class Workload:
    """Random commands over every type, most of them writes, many with TTLs
    both long (they outlive the test) and short (they expire during it)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ops: list[Callable[[], Op]] = [
            *[self.string_op] * 6,
            *[self.key_op] * 6,
            *[self.hash_op] * 3,
            *[self.list_op] * 4,
            *[self.set_op] * 3,
            *[self.zset_op] * 4,
            self.read_op,
        ]

    # -- arguments

    def pick(self, keys: list[bytes]) -> bytes:
        # Now and then a key of another type, to exercise WRONGTYPE too.
        return self.rng.choice(ANY if self.rng.random() < 0.05 else keys)

    def value(self) -> bytes:
        rng = self.rng
        choice = rng.random()
        if choice < 0.3:
            return str(rng.randint(-5, 40)).encode()
        if choice < 0.95:
            return rng.choice([b"a", b"b", b"c", b"dd", b"eee", b"x y"])
        return b"long" * rng.randint(17, 30)  # beyond the listpack limits

    def ttl_ms(self) -> int:
        if self.rng.random() < 0.4:
            return HOUR_MS + self.rng.randint(0, 10**6)
        return self.rng.randint(10, 300)

    def expire_flags(self) -> dict[str, bool]:
        flag = self.rng.choice([None, None, "nx", "xx", "gt", "lt"])
        return {} if flag is None else {flag: True}

    # -- commands by type

    def string_op(self) -> Op:
        rng, k, v = self.rng, self.pick(STRINGS), self.value()
        ttl = self.ttl_ms()
        choices: list[Op] = [
            lambda c: c.set(k, v),
            lambda c: c.set(k, v, px=ttl),
            lambda c: c.set(k, v, ex=3600 + rng.randint(0, 99), get=True),
            lambda c: c.set(k, v, pxat=now_ms() + ttl, nx=True),
            lambda c: c.set(k, v, exat=now_ms() // 1000 + 7200, xx=True),
            lambda c: c.set(k, v, keepttl=True, get=rng.random() < 0.5),
            lambda c: c.setnx(k, v),
            lambda c: c.setex(k, 3600 + rng.randint(0, 99), v),
            lambda c: c.psetex(k, ttl, v),
            lambda c: c.getset(k, v),
            lambda c: c.getdel(k),
            lambda c: c.getex(k, px=ttl),
            lambda c: c.getex(k, ex=3600),
            lambda c: c.getex(k, persist=True),
            lambda c: c.getex(k),
            lambda c: c.mset({k: v, self.pick(STRINGS): self.value()}),
            lambda c: c.msetnx({k: v, self.pick(STRINGS): self.value()}),
            lambda c: c.append(k, v),
            lambda c: c.setrange(k, rng.randint(0, 8), v),
            lambda c: c.incr(k),
            lambda c: c.incrby(k, rng.randint(-50, 50)),
            lambda c: c.decrby(k, rng.randint(-5, 5)),
            lambda c: c.incrbyfloat(k, rng.choice([0.1, -2.5, 1e3, 3.0, 1 / 3])),
        ]
        return rng.choice(choices)

    def key_op(self) -> Op:
        rng = self.rng
        a, b = rng.choice(ANY), rng.choice(ANY)
        ttl, flags = self.ttl_ms(), self.expire_flags()
        choices: list[Op] = [
            lambda c: c.delete(a, b),
            lambda c: c.unlink(a),
            lambda c: c.rename(a, b),
            lambda c: c.renamenx(a, b),
            lambda c: c.copy(a, b, replace=rng.random() < 0.5),
            lambda c: c.expire(a, 3600 + rng.randint(0, 99), **flags),
            lambda c: c.pexpire(a, ttl, **flags),
            lambda c: c.expireat(a, now_ms() // 1000 + rng.choice([-10, 7200]), **flags),
            lambda c: c.pexpireat(a, now_ms() + rng.choice([-5, ttl]), **flags),
            lambda c: c.persist(a),
        ]
        return rng.choice(choices)

    def hash_op(self) -> Op:
        rng, k = self.rng, self.pick(HASHES)
        field = rng.choice([b"f1", b"f2", b"f3", b"n", b"x"])
        choices: list[Op] = [
            lambda c: c.hset(k, mapping={field: self.value(), b"f%d" % rng.randint(1, 6): b"v"}),
            lambda c: c.hsetnx(k, field, self.value()),
            lambda c: c.hdel(k, field, b"f2"),
            lambda c: c.hincrby(k, field, rng.randint(-9, 9)),
            lambda c: c.hincrbyfloat(k, field, rng.choice([0.1, 2.5, -1e2, 1 / 7])),
        ]
        return rng.choice(choices)

    def list_op(self) -> Op:
        rng = self.rng
        k, other = self.pick(LISTS), self.pick(LISTS)
        values = [self.value() for _ in range(rng.randint(1, 4))]
        side, other_side = rng.choice(["LEFT", "RIGHT"]), rng.choice(["LEFT", "RIGHT"])
        choices: list[Op] = [
            lambda c: c.lpush(k, *values),
            lambda c: c.rpush(k, *values),
            lambda c: c.lpushx(k, *values),
            lambda c: c.rpushx(k, *values),
            lambda c: c.linsert(k, rng.choice(["BEFORE", "AFTER"]), values[0], b"ins"),
            lambda c: c.lset(k, rng.randint(-3, 3), values[0]),
            lambda c: c.lpop(k, rng.choice([None, 0, 2])),
            lambda c: c.rpop(k, rng.choice([None, 1, 3])),
            lambda c: c.lrem(k, rng.randint(-2, 2), values[0]),
            lambda c: c.ltrim(k, rng.randint(-3, 2), rng.randint(-3, 5)),
            lambda c: c.lmove(k, other, side, other_side),
            lambda c: c.rpoplpush(k, other),
            lambda c: c.lmpop(2, k, other, direction=side, count=rng.randint(1, 3)),
            lambda c: c.blpop([k, other], timeout=0.01),
            lambda c: c.brpop([k, other], timeout=0.01),
            lambda c: c.blmove(k, other, 0.01, side, other_side),
            lambda c: c.brpoplpush(k, other, 0.01),
            lambda c: c.blmpop(0.01, 2, k, other, direction=side, count=2),
        ]
        return rng.choice(choices)

    def set_op(self) -> Op:
        rng = self.rng
        k, a, b = self.pick(SETS), self.pick(SETS), self.pick(SETS)
        members = [self.value() for _ in range(rng.randint(1, 6))]
        choices: list[Op] = [
            lambda c: c.sadd(k, *members),
            lambda c: c.sadd(k, *[str(rng.randint(0, 30)).encode() for _ in range(8)]),
            lambda c: c.srem(k, *members),
            lambda c: c.spop(k),
            lambda c: c.spop(k, rng.randint(0, 6)),
            lambda c: c.smove(k, a, members[0]),
            lambda c: c.sinterstore(k, [a, b]),
            lambda c: c.sunionstore(k, [a, b]),
            lambda c: c.sdiffstore(k, [a, b]),
        ]
        return rng.choice(choices)

    def zset_op(self) -> Op:
        rng = self.rng
        k, a, b = self.pick(ZSETS), self.pick(ZSETS), self.pick(ZSETS)
        mapping = {self.value(): rng.choice([0, 1.5, -2, 7, 1e9]) for _ in range(rng.randint(1, 4))}
        flag = rng.choice([{}, {"nx": True}, {"xx": True}, {"gt": True}, {"ch": True}])
        member = next(iter(mapping))
        where = rng.choice([{"min": True}, {"max": True}])
        choices: list[Op] = [
            lambda c: c.zadd(k, mapping, **flag),
            lambda c: c.zadd(k, {member: 2.5}, incr=True),
            lambda c: c.zincrby(k, rng.choice([1, -0.5, 10]), member),
            lambda c: c.zrem(k, member, b"a"),
            lambda c: c.zrangestore(k, a, 0, rng.randint(-2, 3)),
            lambda c: c.zremrangebyrank(k, 0, rng.randint(0, 2)),
            lambda c: c.zremrangebyscore(k, -2, 1.5),
            lambda c: c.zremrangebylex(k, "[a", "(c"),
            lambda c: c.zpopmin(k, rng.choice([None, 2])),
            lambda c: c.zpopmax(k),
            lambda c: c.zmpop(2, [k, a], count=rng.randint(1, 3), **where),
            lambda c: c.bzpopmin([k, a], timeout=0.01),
            lambda c: c.bzpopmax([k, a], timeout=0.01),
            lambda c: c.bzmpop(0.01, 2, [k, a], count=2, **where),
            lambda c: c.zunionstore(k, {a: 2, b: 1}, aggregate=rng.choice(["SUM", "MAX"])),
            lambda c: c.zinterstore(k, [a, b]),
            lambda c: c.zdiffstore(k, [a, b]),
        ]
        return rng.choice(choices)

    def read_op(self) -> Op:
        # Reads expire keys lazily, which the AOF logs as DELs.
        k = self.rng.choice(ANY)
        return self.rng.choice(
            [lambda c: c.get(k), lambda c: c.exists(k), lambda c: c.pttl(k), lambda c: c.type(k)]
        )

    def next_op(self) -> Op:
        return self.rng.choice(self.ops)()

    # -- blocking pops served by another client

    def blocked_episode(self, main: keyspace.Client, other: keyspace.Client) -> None:
        """Another client blocks on missing keys; this one then creates a key
        of the wrong type (a waiter skips it) and one it can serve."""
        rng = self.rng
        main.delete(*WAITED)
        first, second = WAITED[0], WAITED[1]
        destination = rng.choice(LISTS)
        kind = rng.choice(["blpop", "brpop", "blmpop", "blmove", "brpoplpush", "bzpop", "bzmpop"])
        calls: dict[str, Callable[[], Any]] = {
            "blpop": lambda: other.blpop([first, second], timeout=10),
            "brpop": lambda: other.brpop([first, second], timeout=10),
            "blmpop": lambda: other.blmpop(10, 2, first, second, direction="RIGHT", count=2),
            "blmove": lambda: other.blmove(second, destination, 10, "LEFT", "LEFT"),
            "brpoplpush": lambda: other.brpoplpush(second, destination, 10),
            "bzpop": lambda: other.bzpopmax([first, second], timeout=10),
            "bzmpop": lambda: other.bzmpop(10, 2, [first, second], min=True, count=2),
        }
        if kind in ("blmove", "brpoplpush") and rng.random() < 0.5:
            # A destination whose TTL passes while the client waits.
            main.delete(destination)
            main.rpush(destination, b"old")
            main.pexpire(destination, 1)
        waiter = InThread(calls[kind])
        wait_blocked(main, 1)
        main.set(first, b"not a list or zset")
        elements = [self.value() for _ in range(rng.randint(1, 3))]
        if kind.startswith("bz"):
            main.zadd(second, {element: rng.randint(0, 9) for element in elements})
        else:
            main.rpush(second, *elements)
        waiter.join()

    def run(self, main: keyspace.Client, other: keyspace.Client, commands: int) -> None:
        for number in range(commands):
            if number == commands // 3:
                main.flushall()
            roll = self.rng.random()
            if roll < 0.03:
                self.blocked_episode(main, other)
            elif roll < 0.08:
                pipe = main.pipeline(transaction=self.rng.random() < 0.5)
                for _ in range(self.rng.randint(2, 12)):
                    self.next_op()(pipe)
                pipe.execute(raise_on_error=False)
            elif roll < 0.12:
                time.sleep(0.05)  # let short TTLs run out, and the expiry cycle run
            else:
                with contextlib.suppress(keyspace.ResponseError):
                    self.next_op()(main)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_random_workload_replays_to_the_same_dataset(
    servers: list[RunningServer], tmp_data: Path, seed: int
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as main, client_of(server) as other:
        Workload(seed).run(main, other, 600)
        assert main.info("stats")["expired_keys"] > 0  # during the run, lazily or not
        # The short TTLs (at most 300 ms) run out; the long ones outlive the
        # test, so that nothing expires between the two dumps.
        time.sleep(0.4)
        assert main.dbsize() > 0
    assert_same_after_restart(servers, server, *ALWAYS)


# -- one behaviour at a time -----------------------------------------------------


def test_a_key_expired_and_created_again_keeps_its_new_value(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    # --hz 1: the expiry cycle rarely runs, so most keys expire on lookup.
    server = start_tracked(servers, tmp_data, *ALWAYS, "--hz", "1")
    with client_of(server) as client:
        client.set(b"string", b"old", px=30)
        client.rpush(b"list", b"old1", b"old2")
        client.pexpire(b"list", 30)
        client.hset(b"hash", mapping={b"old": b"1"})
        client.pexpire(b"hash", 30)
        client.sadd(b"set", b"old")
        client.pexpire(b"set", 30)
        client.zadd(b"zset", {b"old": 1})
        client.pexpire(b"zset", 30)
        client.set(b"retyped", b"old", px=30)
        time.sleep(0.1)
        client.set(b"string", b"new")
        client.rpush(b"list", b"new")
        client.hincrby(b"hash", b"new", 5)
        client.sadd(b"set", b"new")
        client.zincrby(b"zset", 2, b"new")
        client.lpush(b"retyped", b"now a list")
    server = assert_same_after_restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        assert client.get(b"string") == b"new"
        assert client.lrange(b"list", 0, -1) == [b"new"]
        assert client.hgetall(b"hash") == {b"new": b"5"}
        assert client.smembers(b"set") == {b"new"}
        assert client.zrange(b"zset", 0, -1, withscores=True) == [(b"new", 2.0)]
        assert client.lrange(b"retyped", 0, -1) == [b"now a list"]
        assert all(client.pexpiretime(key) == -1 for key in client.keys("*"))


def test_keys_the_expiry_cycle_deleted_stay_deleted(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS, "--hz", "50")
    with client_of(server) as client:
        client.set(b"gone", b"v", px=20)
        client.set(b"kept", b"v")
        deadline = time.monotonic() + 5
        while client.info("stats")["expired_keys"] < 1:
            assert time.monotonic() < deadline
            time.sleep(0.01)
    server = restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        # The DEL was logged: the key is not even there waiting to expire.
        assert client.dbsize() == 1
        assert client.keys("*") == [b"kept"]


def test_relative_ttls_keep_their_absolute_deadline(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        client.set(b"set-ex", b"v", ex=3600)
        client.set(b"set-px", b"v", px=HOUR_MS)
        client.set(b"set-get", b"v", px=HOUR_MS + 1, get=True)
        client.setex(b"setex", 3600, b"v")
        client.psetex(b"psetex", HOUR_MS, b"v")
        for key in (b"expire", b"pexpire", b"getex-ex", b"getex-px", b"renamed", b"copied"):
            client.set(key, b"v")
        client.expire(b"expire", 3600)
        client.pexpire(b"pexpire", HOUR_MS)
        client.getex(b"getex-ex", ex=3600)
        client.getex(b"getex-px", px=HOUR_MS)
        client.pexpire(b"renamed", HOUR_MS)
        client.rename(b"renamed", b"renamed-to")
        client.pexpire(b"copied", HOUR_MS)
        client.copy(b"copied", b"copied-to")
        client.rpush(b"list", b"a")
        client.expire(b"list", 3600)
        client.incrbyfloat(b"float", 1.5)
        client.expire(b"float", 3600)
        client.incrbyfloat(b"float", 1.5)  # keeps the TTL
        deadlines = {key: client.pexpiretime(key) for key in client.keys("*")}
        assert all(deadline > now_ms() for deadline in deadlines.values())
    # Replayed a second later, a relative TTL would end a second later.
    time.sleep(1.1)
    server = assert_same_after_restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        assert {key: client.pexpiretime(key) for key in client.keys("*")} == deadlines
        assert client.get(b"float") == b"3"


def test_an_expiry_in_the_past_replays_as_a_delete(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        for key in (b"expireat", b"pexpire", b"getex", b"kept"):
            client.set(key, b"v")
        assert client.expireat(b"expireat", 1) is True
        assert client.pexpire(b"pexpire", -1) is True
        client.getex(b"getex", pxat=1)
        assert client.keys("*") == [b"kept"]
        # Logged as DELs, nothing of these keys is left to replay.
        client.set(b"expireat", b"again")
    server = assert_same_after_restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        assert sorted(client.keys("*")) == [b"expireat", b"kept"]


def test_spop_and_float_increments_replay_what_they_did(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        client.sadd(b"set", *[b"m%d" % i for i in range(50)])
        popped = {client.spop(b"set")} | set(client.spop(b"set", 10))
        client.sadd(b"whole", b"a", b"b")
        client.spop(b"whole", 5)
        client.incrbyfloat(b"float", 0.1)
        client.incrbyfloat(b"float", 0.2)
        client.hincrbyfloat(b"hash", b"f", 10.5)
        client.hincrbyfloat(b"hash", b"f", 0.1)
        client.hincrbyfloat(b"hash", b"long", 1e70)  # beyond the listpack limit
        encodings = {key: client.object("encoding", key) for key in (b"set", b"hash")}
        members = client.smembers(b"set")
    server = assert_same_after_restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        assert client.smembers(b"set") == members
        assert not popped & members
        assert client.exists(b"whole") == 0
        assert client.get(b"float") == b"0.3"
        assert client.hget(b"hash", b"f") == b"10.6"
        assert {key: client.object("encoding", key) for key in encodings} == encodings


def test_spop_that_rebuilds_an_intset_keeps_its_encoding_and_order(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        # 600 integers are a hashtable; keeping 50 makes SPOP rebuild an intset.
        client.sadd(b"set", *[str(i).encode() for i in range(600)])
        client.expire(b"set", 3600)
        client.spop(b"set", 550)
        assert client.object("encoding", b"set") == b"intset"
        # A hashtable lists members in its own order; the intset sorts them.
        client.sadd(b"listed", *[str(i).encode() for i in range(600)], b"word")
        client.spop(b"listed", 300)
        before = {
            key: (client.object("encoding", key), client.sscan(key, 0, count=1000)[1])
            for key in (b"set", b"listed")
        }
    server = assert_same_after_restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        after = {
            key: (client.object("encoding", key), client.sscan(key, 0, count=1000)[1])
            for key in (b"set", b"listed")
        }
        assert after == before


def test_blocked_pops_log_what_they_took_when_served(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS, "--hz", "1")
    with client_of(server) as main, client_of(server) as other:
        # BLPOP on [a, b]: a becomes a string (the waiter skips it), b a list.
        # Replaying "BLPOP a b" would fail with WRONGTYPE on a.
        waiter = InThread(lambda: other.blpop([b"a", b"b"], timeout=10))
        wait_blocked(main, 1)
        main.set(b"a", b"string")
        main.rpush(b"b", b"x", b"y")
        assert waiter.join() == (b"b", b"x")
        # BLMOVE onto a destination whose TTL passed while it waited: the
        # destination expires, then the element starts a new list there.
        main.rpush(b"dst", b"old")
        main.pexpire(b"dst", 30)
        waiter = InThread(lambda: other.blmove(b"src", b"dst", 10, "LEFT", "RIGHT"))
        wait_blocked(main, 1)
        time.sleep(0.1)
        main.rpush(b"src", b"moved", b"stays")
        assert waiter.join() == b"moved"
        assert main.lrange(b"dst", 0, -1) == [b"moved"]
        # BZMPOP on [z1, z2] served from z2, with a count.
        waiter = InThread(lambda: other.bzmpop(10, 2, [b"z1", b"z2"], max=True, count=2))
        wait_blocked(main, 1)
        main.zadd(b"z2", {b"p": 1, b"q": 2, b"r": 3})
        assert waiter.join() == [b"z2", [[b"r", b"3"], [b"q", b"2"]]]
        # BRPOPLPUSH and BZPOPMIN woken by one pipeline.
        first = InThread(lambda: other.brpoplpush(b"l", b"l2", 10))
        wait_blocked(main, 1)
        with client_of(server) as third:
            second = InThread(lambda: third.bzpopmin([b"z3"], timeout=10))
            wait_blocked(main, 2)
            pipe = main.pipeline()
            pipe.rpush(b"l", b"1", b"2")
            pipe.zadd(b"z3", {b"m": 1, b"n": 2})
            pipe.execute()
            assert first.join() == b"2"
            assert second.join() == (b"z3", b"m", 1.0)
    server = assert_same_after_restart(servers, server, *ALWAYS)
    with client_of(server) as client:
        assert client.lrange(b"b", 0, -1) == [b"y"]
        assert client.lrange(b"src", 0, -1) == [b"stays"]
        assert client.lrange(b"dst", 0, -1) == [b"moved"]
        assert client.zrange(b"z2", 0, -1) == [b"p"]
        assert client.lrange(b"l2", 0, -1) == [b"2"]
        assert client.zrange(b"z3", 0, -1) == [b"n"]


def test_reads_and_writes_that_change_nothing_are_not_logged(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        client.set(b"s", b"1", ex=3600)
        client.hset(b"h", mapping={b"f": b"v"})
        client.rpush(b"l", b"a", b"b")
        client.sadd(b"t", b"m", b"n")
        client.zadd(b"z", {b"m": 1})
        size = aof_size(tmp_data)
        assert size > 0
        client.get(b"s")
        client.mget([b"s", b"missing"])
        client.strlen(b"s")
        client.hgetall(b"h")
        client.hget(b"h", b"f")
        client.lrange(b"l", 0, -1)
        client.llen(b"l")
        client.smembers(b"t")
        client.srandmember(b"t", 2)
        client.zrange(b"z", 0, -1, withscores=True)
        client.zscore(b"z", b"m")
        client.exists(b"s", b"h")
        client.type(b"l")
        client.ttl(b"s")
        client.pexpiretime(b"s")
        client.keys("*")
        client.scan(0)
        client.randomkey()
        client.dbsize()
        client.info()
        pipe = client.pipeline()
        pipe.get(b"s").hgetall(b"h").lrange(b"l", 0, -1).smembers(b"t").zcard(b"z")
        pipe.execute()
        assert aof_size(tmp_data) == size
        # Writes that found nothing to do.
        assert client.set(b"s", b"2", nx=True) is None
        assert client.set(b"missing", b"2", xx=True) is None
        assert client.setnx(b"s", b"2") is False
        assert client.msetnx({b"s": b"2", b"new": b"2"}) is False
        assert client.getdel(b"missing") is None
        assert client.getex(b"s") == b"1"
        assert client.getex(b"h2", persist=True) is None
        assert client.persist(b"l") is False
        assert client.expire(b"missing", 10) is False
        assert client.expire(b"s", 10, nx=True) is False
        assert client.pexpire(b"s", 10, gt=True) is False
        assert client.delete(b"missing") == 0
        assert client.renamenx(b"s", b"h") is False
        assert client.copy(b"missing", b"x") is False
        assert client.hdel(b"h", b"nofield") == 0
        assert client.hsetnx(b"h", b"f", b"other") == 0
        assert client.lpushx(b"missing", b"a") == 0
        assert client.linsert(b"l", "BEFORE", b"nopivot", b"x") == -1
        assert client.lpop(b"missing") is None
        assert client.lrem(b"l", 0, b"absent") == 0
        assert client.lmove(b"missing", b"l", "LEFT", "LEFT") is None
        assert client.lmpop(1, b"missing", direction="LEFT") is None
        assert client.sadd(b"t", b"m") == 0
        assert client.srem(b"t", b"absent") == 0
        assert client.spop(b"missing") is None
        assert client.smove(b"t", b"t2", b"absent") is False
        assert client.zadd(b"z", {b"m": 1}) == 0
        assert client.zrem(b"z", b"absent") == 0
        assert client.zremrangebyscore(b"z", 5, 10) == 0
        assert client.zpopmin(b"missing") == []
        assert client.setrange(b"s", 0, b"") == 1
        # A blocking command in a pipeline does not wait: it times out at once.
        pipe = client.pipeline()
        pipe.blpop([b"missing"], timeout=0).bzpopmin([b"missing"], timeout=0)
        assert pipe.execute() == [None, None]
        assert aof_size(tmp_data) == size


def test_failed_commands_are_not_logged(servers: list[RunningServer], tmp_data: Path) -> None:
    server = start_tracked(servers, tmp_data, *ALWAYS)
    with client_of(server) as client:
        client.set(b"s", b"text")
        client.rpush(b"l", b"a")
        client.zadd(b"z", {b"m": float("inf")})
        size = aof_size(tmp_data)
        failing: list[Callable[[], object]] = [
            lambda: client.incr(b"s"),
            lambda: client.incrbyfloat(b"s", 1.0),
            lambda: client.lpush(b"s", b"x"),
            lambda: client.set(b"l", b"x", get=True),
            lambda: client.getex(b"s", px=-5),
            lambda: client.lset(b"l", 5, b"x"),
            lambda: client.rename(b"missing", b"x"),
            lambda: client.hincrby(b"l", b"f", 1),
            lambda: client.sadd(b"s", b"m"),
            lambda: client.zincrby(b"z", float("-inf"), b"m"),
            lambda: client.zunionstore(b"dest", [b"z", b"s"]),
            lambda: client.blmove(b"l", b"s", 0.01, "LEFT", "LEFT"),
            lambda: client.spop(b"l"),
        ]
        for call in failing:
            with pytest.raises(keyspace.ResponseError):
                call()
        pipe = client.pipeline()
        pipe.incr(b"s").lpush(b"s", b"x").sadd(b"l", b"m")
        results = pipe.execute(raise_on_error=False)
        assert all(isinstance(result, keyspace.ResponseError) for result in results)
        assert aof_size(tmp_data) == size
        assert client.lrange(b"l", 0, -1) == [b"a"]
    assert_same_after_restart(servers, server, *ALWAYS)


def test_without_appendonly_nothing_is_written_or_kept(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    server = start_tracked(servers, tmp_data, "--appendonly", "no")
    with client_of(server) as client:
        client.set(b"s", b"v", ex=3600)
        client.rpush(b"l", b"a")
        client.incrbyfloat(b"f", 1.5)
        assert client.dbsize() == 3
    server = restart(servers, server, "--appendonly", "no")
    assert not (tmp_data / "appendonlydir").exists()
    with client_of(server) as client:
        assert client.dbsize() == 0


# -- in process: a race no server process can be made to lose on demand --------


class RecordingAof:
    """Stands in for the AOF: keeps the records the commands append."""

    def __init__(self) -> None:
        self.records: list[bytes] = []

    def check_writable(self) -> None:
        pass

    def append(self, payload: bytes) -> None:
        self.records.append(payload)


def lists_of(ctx: Context) -> dict[bytes, list[bytes]]:
    """The database's lists, as plain lists."""
    assert all(type(value) is List for value in ctx.db.data.values())
    return {key: list(cast(List, value)) for key, value in ctx.db.data.items()}


def test_a_key_cannot_expire_between_two_lookups_of_one_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """RPOPLPUSH k k looks k up twice. Had the clock crossed k's deadline in
    between, the live command would rotate a list that replay finds deleted
    (its DEL is logged first). One clock per command, as Redis, rules it out."""
    deadline = 1_000_000
    ticks = [deadline - 100]

    def clock() -> int:
        return ticks.pop(0) if len(ticks) > 1 else ticks[0]

    monkeypatch.setattr(keyspace_server.keyspace, "now_ms", clock)
    monkeypatch.setattr(keyspace_server.commands.dispatch, "now_ms", clock, raising=False)
    ctx = Context(config=Config())
    ctx.aof = RecordingAof()
    push = lists_pb2.RPushRequest(key=b"k", elements=[b"a", b"b", b"c"])
    dispatch.run(ctx, TABLE["rpush"], push)
    dispatch.run(ctx, TABLE["pexpire"], TABLE["pexpire"].request_type(key=b"k", milliseconds=100))
    # The command starts 1 ms before the deadline; any later reading is past it.
    ticks[:] = [deadline - 1, deadline]
    move = lists_pb2.RPopLPushRequest(source=b"k", destination=b"k")
    assert dispatch.run(ctx, TABLE["rpoplpush"], move) == lists_pb2.RPopLPushResponse(element=b"c")
    assert lists_of(ctx) == {b"k": [b"c", b"a", b"b"]}
    replayed = Context(config=Config())
    replayed.db.loading = True
    for record in ctx.aof.records:
        assert apply(replayed, record)
    assert lists_of(replayed) == lists_of(ctx)
    assert replayed.db.expires == ctx.db.expires == {b"k": deadline}
