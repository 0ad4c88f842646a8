"""Keyspace notifications against Redis 7.0.

Both servers run with the same notify-keyspace-events flags, and both are
followed by a pattern subscription to ``__key*__:*``: Keyspace through the
raw ``Subscribe`` stream, Redis through redis-py. Each step runs on both,
and the (pattern, channel, payload) messages it caused must be the same, in
the same order (sequence numbers are Keyspace's own and are not compared).
A step's messages are collected up to a marker published after it, so a
message that arrives late still counts against the step that caused it.

Lazily expired keys are made with ``SET key value PXAT 1`` (a deadline long
past, which both servers store as is) in a transaction with the command
that finds it: nothing can reclaim it in between, on either server, so the
"expired" event belongs to that command. The expiry cycle's "expired" is
tested with a key nobody touches. "new" (Redis 7.2) has no oracle here: its
expected events are written out.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import keyspace
import pytest
import redis
from keyspace.v1 import keyspace_service_pb2_grpc, pubsub_pb2, subscribe_pb2

from tests.blocking import Blocking, run_scenario, wait_blocked
from tests.differential import Step, outcome, step
from tests.servers import RunningServer, run_keyspace_to_exit, start_keyspace, start_redis

PATTERN = b"__key*__:*"
# Published after each step; matched by PATTERN, so it arrives in order
# with the step's own messages.
MARKER_CHANNEL = b"__keymarker__:end"
# Every class Redis 7.0 has, key misses included.
FLAGS = "KEAm"

Message = tuple[bytes | None, bytes, bytes]  # pattern, channel, payload


# -- subscribers ----------------------------------------------------------------


class KeyspaceFollower:
    """A raw Subscribe stream with one PSUBSCRIBE, read on its own thread."""

    def __init__(self, address: str) -> None:
        self._channel = grpc.insecure_channel(address)
        self._stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(self._channel)  # type: ignore[no-untyped-call]
        self._requests: queue.Queue[subscribe_pb2.SubscribeRequest | None] = queue.Queue()
        self._events: queue.Queue[subscribe_pb2.SubscriptionEvent | None] = queue.Queue()
        self._requests.put(
            subscribe_pb2.SubscribeRequest(
                action=subscribe_pb2.SUBSCRIBE_ACTION_PSUBSCRIBE, channels=[PATTERN]
            )
        )
        self._call = self._stub.Subscribe(iter(self._requests.get, None))
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        first = self._next(10)
        assert first.WhichOneof("event") == "change", first

    def _read(self) -> None:
        try:
            for response in self._call:
                for event in response.events:
                    self._events.put(event)
        except grpc.RpcError:
            pass
        self._events.put(None)

    def _next(self, timeout: float) -> subscribe_pb2.SubscriptionEvent:
        event = self._events.get(timeout=timeout)
        assert event is not None, "the Subscribe stream ended"
        return event

    def mark(self) -> None:
        request = pubsub_pb2.PublishRequest(channel=MARKER_CHANNEL, message=b"")
        self._stub.Publish(request, timeout=10)

    def next_message(self, timeout: float) -> Message:
        while True:
            event = self._next(timeout)
            if event.WhichOneof("event") == "message":
                message = event.message
                pattern = message.pattern if message.HasField("pattern") else None
                return pattern, message.channel, message.payload

    def close(self) -> None:
        self._requests.put(None)
        self._call.cancel()
        self._channel.close()


class RedisFollower:
    """A redis-py pattern subscription on its own connection."""

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._pubsub = client.pubsub()  # type: ignore[no-untyped-call]
        self._pubsub.psubscribe(PATTERN)
        confirmation = self._pubsub.get_message(timeout=10)
        assert confirmation is not None and confirmation["type"] == "psubscribe"

    def mark(self) -> None:
        self._client.publish(MARKER_CHANNEL, b"")

    def next_message(self, timeout: float) -> Message:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise queue.Empty
            message = self._pubsub.get_message(timeout=left)
            if message is not None and message["type"] == "pmessage":
                return message["pattern"], message["channel"], message["data"]

    def close(self) -> None:
        self._pubsub.close()


Follower = KeyspaceFollower | RedisFollower


def collect(follower: Follower) -> list[Message]:
    """The messages published since the last call, up to a new marker."""
    follower.mark()
    messages: list[Message] = []
    while True:
        message = follower.next_message(10)
        if message[1] == MARKER_CHANNEL:
            return messages
        messages.append(message)


def events(messages: Sequence[Message]) -> list[tuple[str, str]]:
    """The keyevent messages as (event, key): the readable summary used in
    the expectations written by hand."""
    prefix = b"__keyevent@0__:"
    return [
        (channel.removeprefix(prefix).decode(), payload.decode())
        for _pattern, channel, payload in messages
        if channel.startswith(prefix)
    ]


# -- steps --------------------------------------------------------------------


@dataclass(frozen=True)
class Tx:
    """Steps run as one MULTI/EXEC transaction; their replies are not
    compared (the single steps compare those)."""

    steps: tuple[Step, ...]

    def __repr__(self) -> str:
        return f"Tx{self.steps!r}"


Action = Step | Tx


def tx(*steps: Step) -> Tx:
    return Tx(steps)


def expired(key: str, then: Step) -> Tx:
    """``then`` run on ``key`` just after it expired (see the module docstring)."""
    return tx(step("set", key, "gone", pxat=1), then)


def apply(client: Any, action: Action) -> Any:
    if isinstance(action, Step):
        return outcome(client, action)
    pipe = client.pipeline(transaction=True)
    for s in action.steps:
        getattr(pipe, s.method)(*s.args, **s.kwargs)
    pipe.execute(raise_on_error=False)
    return None


# -- servers --------------------------------------------------------------------


@dataclass
class Side:
    """One server under test: a client and a follower of its notifications."""

    client: Any
    follower: Follower
    make_client: Callable[[], Any]

    def run(self, action: Action) -> tuple[Any, list[Message]]:
        result = apply(self.client, action)
        return result, collect(self.follower)

    def close(self) -> None:
        self.follower.close()
        self.client.close()


@pytest.fixture(scope="module")
def notifying_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = start_redis(tmp_path_factory.mktemp("redis-notify"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def notifying_keyspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    data = tmp_path_factory.mktemp("keyspace-notify") / "data"
    server = start_keyspace(data, "--notify-keyspace-events", FLAGS)
    yield server
    server.stop()


def redis_side(server: RunningServer, flags: str) -> Side:
    def make_client() -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=server.port, protocol=2)

    client = make_client()
    client.config_set("notify-keyspace-events", flags)
    client.flushall()
    return Side(client, RedisFollower(client), make_client)


def keyspace_side(server: RunningServer) -> Side:
    def make_client() -> keyspace.Client:
        return keyspace.Client(server.address, timeout=30)

    client = make_client()
    client.flushall()
    return Side(client, KeyspaceFollower(server.address), make_client)


@dataclass
class Sides:
    keyspace: Side
    redis: Side

    def compare(self, actions: Sequence[Action]) -> None:
        """Run each action on both servers: the same reply, the same messages."""
        for number, action in enumerate(actions, start=1):
            expected = self.redis.run(action)
            actual = self.keyspace.run(action)
            assert actual == expected, (
                f"step {number} {action!r}:\n  keyspace {actual!r}\n  redis    {expected!r}"
            )


@contextmanager
def both(
    keyspace_server: RunningServer, redis_server: RunningServer, flags: str
) -> Iterator[Sides]:
    sides = Sides(keyspace_side(keyspace_server), redis_side(redis_server, flags))
    try:
        yield sides
    finally:
        sides.keyspace.close()
        sides.redis.close()


@pytest.fixture
def sides(notifying_keyspace: RunningServer, notifying_redis: RunningServer) -> Iterator[Sides]:
    """The two servers with every class on (the Keyspace one started so,
    the Redis one set so), emptied."""
    with both(notifying_keyspace, notifying_redis, FLAGS) as pair:
        yield pair


# -- every command family -------------------------------------------------------

s = step
FAR = 4_000_000_000  # a unix time in seconds long after any test run
SORTED = sorted  # for replies whose order Redis leaves undefined

SCENARIOS = [
    # Strings.
    pytest.param(
        [
            s("set", "a", "1"),
            s("set", "a", "2", nx=True),
            s("set", "a", "3", xx=True),
            s("set", "b", "1", xx=True),
            s("set", "a", "4", get=True),
            s("set", "n", "4", get=True),
            s("set", "c", "v", ex=100),
            s("set", "c", "w", keepttl=True),
            s("set", "d", "v", px=100_000),
            s("set", "e", "v", exat=FAR),
            s("set", "f", "v", pxat=FAR * 1000),
        ],
        id="set",
    ),
    pytest.param(
        [
            s("setnx", "a", "1"),
            s("setnx", "a", "2"),
            s("setex", "b", 100, "v"),
            s("psetex", "c", 100_000, "v"),
            s("getset", "a", "9"),
            s("getset", "n", "1"),
            s("set", "h", "v", ex=0),
        ],
        id="setnx-setex-getset",
    ),
    pytest.param(
        [
            s("mset", {"a": "1", "b": "2"}),
            s("msetnx", {"a": "1", "c": "3"}),
            s("msetnx", {"c": "3", "d": "4"}),
        ],
        id="mset-msetnx",
    ),
    pytest.param(
        [
            s("append", "a", "x"),
            s("append", "a", "yz"),
            s("append", "a", ""),
            s("append", "e", ""),
            s("setrange", "a", 1, "Q"),
            s("setrange", "b", 0, ""),
            s("setrange", "a", 0, ""),
            s("setrange", "c", 3, "x"),
        ],
        id="append-setrange",
    ),
    pytest.param(
        [
            s("incr", "a"),
            s("decr", "a"),
            s("incrby", "a", 5),
            s("decrby", "a", 2),
            s("incrbyfloat", "a", 1.5),
            s("incrbyfloat", "a", 0),
            s("incrbyfloat", "f", 2.5),
            s("set", "s", "x"),
            s("incr", "s"),
            s("incrbyfloat", "s", 1),
            s("lpush", "l", "x"),
            s("incr", "l"),
        ],
        id="incr-family",
    ),
    pytest.param(
        [
            s("set", "a", "1"),
            s("getdel", "a"),
            s("getdel", "a"),
            s("set", "b", "1"),
            s("getex", "b"),
            s("getex", "b", ex=100),
            s("getex", "b", persist=True),
            s("getex", "b", persist=True),
            s("getex", "b", pxat=1),
            s("getex", "n", ex=1),
        ],
        id="getdel-getex",
    ),
    pytest.param(
        [
            s("get", "n"),
            s("mget", "a", "n", "m"),
            s("strlen", "n"),
            s("getrange", "n", 0, 1),
            s("lcs", "n", "m"),
            s("set", "w", "v"),
            s("get", "w"),
            s("mget", "w", "w"),
        ],
        id="string-reads",
    ),
    # Keys.
    pytest.param(
        [
            s("mset", {"a": "1", "b": "2"}),
            s("delete", "a", "n", "b", "a"),
            s("delete", "a"),
            s("set", "c", "1"),
            s("unlink", "c", "n"),
            s("unlink", "c"),
        ],
        id="del-unlink",
    ),
    pytest.param(
        [
            s("set", "a", "1"),
            s("set", "b", "2"),
            s("rename", "a", "b"),
            s("rename", "b", "b"),
            s("renamenx", "b", "c"),
            s("set", "d", "1"),
            s("renamenx", "c", "d"),
            s("renamenx", "d", "d"),
            s("rename", "n", "x"),
            s("set", "t", "1", ex=100),
            s("rename", "t", "u"),
        ],
        id="rename",
    ),
    pytest.param(
        [
            s("set", "a", "1"),
            s("copy", "a", "b"),
            s("copy", "a", "b"),
            s("copy", "a", "b", replace=True),
            s("copy", "n", "z"),
            s("copy", "a", "a"),
            s("hset", "h", "f", "v"),
            s("expire", "h", 100),
            s("copy", "h", "i"),
        ],
        id="copy",
    ),
    pytest.param(
        [
            s("exists", "n", "n"),
            s("touch", "n"),
            s("type", "n"),
            s("object", "encoding", "n"),
            s("ttl", "n"),
            s("pttl", "n"),
            s("expiretime", "n"),
            s("pexpiretime", "n"),
            s("set", "a", "1"),
            s("exists", "a", "n"),
            s("object", "encoding", "a"),
            s("type", "a"),
        ],
        id="key-reads",
    ),
    pytest.param(
        [
            s("set", "a", "1"),
            s("expire", "a", 100),
            s("expire", "a", 100, nx=True),
            s("expire", "a", 200, gt=True),
            s("expire", "n", 1),
            s("pexpire", "a", 100_000),
            s("expireat", "a", FAR),
            s("pexpireat", "a", 1),
            s("set", "a", "1"),
            s("expire", "a", 0),
            s("set", "a", "1"),
            s("expire", "a", -5),
            s("set", "a", "1", ex=100),
            s("persist", "a"),
            s("persist", "a"),
            s("persist", "n"),
        ],
        id="expire-persist",
    ),
    pytest.param(
        [
            s("mset", {"a": "1", "b": "2"}),
            s("hset", "h", "f", "v"),
            s("expire", "a", 100),
            s("flushall"),
            s("set", "c", "1"),
            s("flushdb"),
            s("dbsize"),
            s("keys", "*"),
            s("scan", 0),
        ],
        id="flush-and-keyspace-reads",
    ),
    # Hashes.
    pytest.param(
        [
            s("hset", "h", "f", "v"),
            s("hset", "h", "f", "v"),
            s("hset", "h", mapping={"a": "1", "b": "2"}),
            s("hsetnx", "h", "f", "v"),
            s("hsetnx", "h", "g", "v"),
            s("hdel", "h", "x"),
            s("hdel", "h", "f", "g"),
            s("hincrby", "h", "n", 1),
            s("hincrbyfloat", "h", "n", 1.5),
            s("hincrby", "h", "n", 1),
            s("hdel", "h", "a", "b", "n"),
            s("hdel", "h", "a"),
            s("hincrbyfloat", "i", "x", 2.5),
            s("hset", "j", "f", "x"),
            s("hincrby", "j", "f", 1),
        ],
        id="hash-writes",
    ),
    pytest.param(
        [
            s("hget", "n", "f"),
            s("hmget", "n", "f", "g"),
            s("hgetall", "n"),
            s("hkeys", "n"),
            s("hvals", "n"),
            s("hlen", "n"),
            s("hexists", "n", "f"),
            s("hstrlen", "n", "f"),
            s("hrandfield", "n"),
            s("hscan", "n", 0),
        ],
        id="hash-reads",
    ),
    # Lists.
    pytest.param(
        [
            s("lpushx", "l", "a"),
            s("rpush", "l", "a", "b", "c", "a"),
            s("lpushx", "l", "z"),
            s("rpushx", "l", "y"),
            s("lpush", "l", "1", "2"),
        ],
        id="push",
    ),
    pytest.param(
        [
            s("rpush", "l", "a", "b", "a"),
            s("linsert", "l", "BEFORE", "n", "q"),
            s("linsert", "l", "AFTER", "a", "q"),
            s("linsert", "n", "AFTER", "a", "q"),
            s("lset", "l", 0, "w"),
            s("lset", "n", 0, "w"),
            s("lrem", "l", 0, "n"),
            s("lrem", "l", 1, "a"),
            s("lrem", "l", 0, "n"),
            s("lrem", "l", -5, "b"),
            s("lrem", "l", 0, "w"),
            s("lrem", "l", 0, "q"),
        ],
        id="linsert-lset-lrem",
    ),
    pytest.param(
        [
            s("rpush", "l", "a", "b", "c", "d"),
            s("lpop", "l", 0),
            s("lpop", "l"),
            s("rpop", "l"),
            s("rpop", "l", 5),
            s("lpop", "n"),
            s("rpop", "n", 2),
        ],
        id="pop",
    ),
    pytest.param(
        [
            s("rpush", "l", "a", "b", "c"),
            s("ltrim", "l", 0, -1),
            s("ltrim", "l", 1, -1),
            s("ltrim", "l", 5, 6),
            s("ltrim", "n", 0, 1),
        ],
        id="ltrim",
    ),
    pytest.param(
        [
            s("rpush", "l", "a"),
            s("rpoplpush", "l", "l"),
            s("rpoplpush", "l", "m"),
            s("lmove", "m", "m", "RIGHT", "LEFT"),
            s("rpush", "m", "b"),
            s("lmove", "m", "o", "LEFT", "RIGHT"),
            s("lmove", "n", "x", "LEFT", "LEFT"),
            s("set", "s", "v"),
            s("lmove", "m", "s", "LEFT", "LEFT"),
            s("rpoplpush", "m", "s"),
        ],
        id="lmove-rpoplpush",
    ),
    pytest.param(
        [
            s("rpush", "x", "1"),
            s("lmpop", 2, "n", "x", direction="LEFT", count=9),
            s("rpush", "x", "1", "2", "3"),
            s("lmpop", 1, "x", direction="RIGHT"),
            s("blpop", ["n", "x"], 0),
            s("brpop", ["x"], 0),
            s("rpush", "x", "1", "2"),
            s("blmove", "x", "y", 0, "LEFT", "LEFT"),
            s("brpoplpush", "y", "x", 0),
            s("blmpop", 0, 1, "x", direction="RIGHT", count=2),
            s("lmpop", 1, "n", direction="LEFT"),
        ],
        id="lmpop-and-blocking-served-at-once",
    ),
    pytest.param(
        [
            s("lrange", "n", 0, 1),
            s("lindex", "n", 0),
            s("llen", "n"),
            s("lpos", "n", "a"),
        ],
        id="list-reads",
    ),
    # Sets.
    pytest.param(
        [
            s("sadd", "s", "1", "2"),
            s("sadd", "s", "1"),
            s("srem", "s", "x"),
            s("srem", "s", "1"),
            s("srem", "s", "2", "3"),
            s("srem", "n", "1"),
            s("sismember", "n", "a"),
            s("smembers", "n"),
            s("scard", "n"),
            s("smismember", "n", ["a"]),
            s("srandmember", "n"),
            s("sscan", "n", 0),
        ],
        id="sadd-srem-reads",
    ),
    pytest.param(
        [
            s("sadd", "s", "1", "2", "3"),
            s("spop", "s", 0),
            s("spop", "n"),
            s("spop", "n", 2),
            s("spop", "s", 5, normalize=SORTED),
            s("sadd", "t", "1"),
            s("spop", "t"),
            s("sadd", "u", "1", "2", "3"),
            s("spop", "u", 1, normalize=len),
        ],
        id="spop",
    ),
    pytest.param(
        [
            s("sadd", "s", "1"),
            s("smove", "s", "s", "1"),
            s("smove", "s", "t", "2"),
            s("smove", "s", "t", "1"),
            s("sadd", "u", "1"),
            s("smove", "t", "u", "1"),
            s("smove", "n", "t", "1"),
            s("sadd", "v", "1", "2"),
            s("smove", "v", "w", "1"),
        ],
        id="smove",
    ),
    pytest.param(
        [
            s("sadd", "a", "1", "2"),
            s("sadd", "b", "2", "3"),
            s("sunionstore", "d", "a", "n"),
            s("sdiffstore", "d", "a", "n"),
            s("sinterstore", "d", "a", "b"),
            s("sinterstore", "d", "a", "n"),
            s("sinterstore", "d", "a", "n"),
            s("sdiffstore", "d", "n", "a"),
            s("sunionstore", "a", "a", "b"),
            s("sinter", "a", "n"),
            s("sunion", "n", "a", normalize=SORTED),
            s("sdiff", "a", "n", normalize=SORTED),
            s("sintercard", 2, ["a", "n"]),
        ],
        id="set-algebra",
    ),
    # Sorted sets.
    pytest.param(
        [
            s("zadd", "z", {"a": 1}),
            s("zadd", "z", {"a": 1}),
            s("zadd", "z", {"b": 2}, xx=True),
            s("zadd", "y", {"a": 1}, xx=True),
            s("zadd", "z", {"a": 5}, nx=True),
            s("zadd", "z", {"a": 1}, incr=True),
            s("zincrby", "z", 0, "a"),
            s("zadd", "z", {"a": 1}, gt=True),
            s("zadd", "z", {"a": 3}, ch=True),
            s("zadd", "z", {"a": 4, "c": 1}, lt=True),
            s("zincrby", "z", 1, "b"),
            s("zincrby", "x", 1, "m"),
        ],
        id="zadd-zincrby",
    ),
    pytest.param(
        [
            s("zadd", "z", {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}),
            s("zpopmin", "z", 0),
            s("zpopmax", "z"),
            s("zpopmin", "z", 1),
            s("zremrangebyrank", "z", 0, 0),
            s("zremrangebyrank", "z", 5, 9),
            s("zremrangebyscore", "z", 9, 10),
            s("zadd", "z", {"f": 6}),
            s("zremrangebyscore", "z", 4, 4),
            s("zremrangebylex", "z", "[x", "+"),
            s("zremrangebylex", "z", "-", "+"),
            s("zpopmin", "n"),
            s("zremrangebyrank", "n", 0, 1),
            s("zadd", "z", {"a": 1, "b": 2}),
            s("zrem", "z", "x"),
            s("zrem", "z", "a", "x"),
            s("zrem", "z", "b", "x"),
            s("zrem", "n", "a"),
            s("zadd", "y", {"a": 1, "b": 2}),
            s("zpopmax", "y", 9),
        ],
        id="zrem-zpop-zremrange",
    ),
    pytest.param(
        [
            s("zadd", "z", {"a": 1, "b": 2}),
            s("zmpop", 2, ["n", "z"], min=True, count=5),
            s("zadd", "z", {"a": 1, "b": 2}),
            s("zmpop", 1, ["z"], max=True),
            s("bzpopmax", ["z"], 0),
            s("zadd", "z", {"a": 1, "b": 2}),
            s("bzpopmin", ["n", "z"], 0),
            s("bzmpop", 0, 1, ["z"], min=True, count=3),
            s("zmpop", 1, ["n"], min=True),
        ],
        id="zmpop-and-blocking-served-at-once",
    ),
    pytest.param(
        [
            s("zadd", "z", {"a": 1, "b": 2}),
            s("sadd", "s", "a"),
            s("zunionstore", "d", ["z", "n"]),
            s("zinterstore", "d", ["z", "s"]),
            s("zinterstore", "d", ["z", "n"]),
            s("zdiffstore", "d", ["n"]),
            s("zdiffstore", "d", ["z", "s"]),
            s("zrangestore", "e", "n", 0, -1),
            s("zrangestore", "e", "z", 0, -1),
            s("zrangestore", "e", "z", 5, 6),
            s("zrangestore", "e", "z", 5, 6),
            s("zunion", ["z", "n"]),
            s("zinter", ["z", "n"]),
            s("zdiff", ["n", "z"]),
            s("zintercard", 2, ["z", "n"]),
        ],
        id="zset-algebra",
    ),
    pytest.param(
        [
            s("zscore", "n", "a"),
            s("zcard", "n"),
            s("zrange", "n", 0, -1),
            s("zrank", "n", "a"),
            s("zrevrank", "n", "a"),
            s("zmscore", "n", ["a"]),
            s("zcount", "n", 0, 1),
            s("zlexcount", "n", "-", "+"),
            s("zrangebyscore", "n", 0, 1),
            s("zrandmember", "n"),
            s("zscan", "n", 0),
        ],
        id="zset-reads",
    ),
    # Keys found past their deadline: "expired" at the lookup, in order with
    # the command's own events.
    pytest.param(
        [
            expired("k", s("get", "k")),
            expired("k", s("set", "k", "v")),
            expired("k", s("set", "k", "v", nx=True)),
            expired("k", s("set", "k", "v", xx=True)),
            expired("k", s("mset", {"k": "1", "j": "2"})),
            expired("k", s("setex", "k", 10, "v")),
            expired("k", s("incr", "k")),
            expired("k", s("append", "k", "x")),
            expired("k", s("getdel", "k")),
            expired("k", s("getex", "k", persist=True)),
        ],
        id="expired-strings",
    ),
    pytest.param(
        [
            expired("k", s("delete", "k", "j")),
            expired("k", s("exists", "k")),
            expired("k", s("object", "encoding", "k")),
            expired("k", s("ttl", "k")),
            expired("k", s("expire", "k", 100)),
            expired("k", s("persist", "k")),
            expired("k", s("rename", "k", "j")),
            tx(s("set", "k", "v"), s("set", "j", "gone", pxat=1), s("rename", "k", "j")),
            expired("k", s("copy", "k", "c")),
            tx(s("set", "k", "v"), s("set", "j", "gone", pxat=1), s("copy", "k", "j")),
        ],
        id="expired-keys",
    ),
    pytest.param(
        [
            expired("k", s("hset", "k", "f", "v")),
            expired("k", s("hget", "k", "f")),
            expired("k", s("lpush", "k", "x")),
            expired("k", s("rpop", "k")),
            s("rpush", "l", "a"),
            expired("m", s("lmove", "l", "m", "LEFT", "LEFT")),
            expired("k", s("sadd", "k", "x")),
            s("sadd", "s", "1"),
            expired("t", s("smove", "s", "t", "1")),
            expired("k", s("zadd", "k", {"m": 1})),
            expired("k", s("zpopmin", "k")),
        ],
        id="expired-collections",
    ),
    pytest.param(
        [
            # Each a lone key: which key a scan or RANDOMKEY visits first
            # is each server's own.
            expired("k", s("scan", 0)),
            expired("k", s("scan", 0, _type="string")),
            expired("k", s("randomkey")),
            # These leave the key alone: EXISTS then finds it expired.
            tx(s("set", "k", "gone", pxat=1), s("scan", 0, match="j*"), s("exists", "k")),
            tx(s("set", "k", "gone", pxat=1), s("keys", "*"), s("exists", "k")),
            tx(s("set", "k", "gone", pxat=1), s("dbsize"), s("exists", "k")),
        ],
        id="expired-by-keyspace-walks",
    ),
    pytest.param(
        [
            s("sadd", "a", "1"),
            s("zadd", "z", {"a": 1}),
            expired("d", s("sinterstore", "d", "a")),
            # An empty result deletes the destination without looking it up,
            # as Redis's dbDelete: "del", not "expired".
            expired("d", s("sinterstore", "d", "a", "n")),
            expired("d", s("zunionstore", "d", ["z"])),
            expired("d", s("zunionstore", "d", ["n"])),
            expired("d", s("zrangestore", "d", "z", 0, -1)),
            expired("d", s("zrangestore", "d", "n", 0, -1)),
        ],
        id="expired-store-destinations",
    ),
]


@pytest.mark.parametrize("actions", SCENARIOS)
def test_events_match_redis(sides: Sides, actions: list[Action]) -> None:
    sides.compare(actions)


# -- blocked clients served later -----------------------------------------------

BLOCKING = [
    pytest.param(
        Blocking(waiters=[s("blpop", ["l"], 0)], then=[s("rpush", "l", "a", "b")]),
        id="blpop",
    ),
    pytest.param(
        Blocking(waiters=[s("brpop", ["n", "l"], 0)], then=[s("lpush", "l", "a")]),
        id="brpop-empties",
    ),
    pytest.param(
        Blocking(
            waiters=[s("blpop", ["l"], 0), s("blpop", ["l"], 0)],
            then=[s("rpush", "l", "a", "b", "c")],
        ),
        id="two-waiters",
    ),
    pytest.param(
        Blocking(waiters=[s("blmove", "l", "m", 0, "LEFT", "RIGHT")], then=[s("rpush", "l", "a")]),
        id="blmove",
    ),
    pytest.param(
        Blocking(waiters=[s("brpoplpush", "l", "m", 0)], then=[s("lpush", "l", "a", "b")]),
        id="brpoplpush",
    ),
    pytest.param(
        Blocking(
            setup=[s("set", "s", "v")],
            waiters=[s("blmove", "l", "s", 0, "LEFT", "LEFT")],
            then=[s("rpush", "l", "a"), s("delete", "s"), s("rpush", "l", "b")],
        ),
        id="blmove-onto-wrong-type",
    ),
    pytest.param(
        Blocking(
            waiters=[s("blmpop", 0, 2, "n", "l", direction="LEFT", count=2)],
            then=[s("rpush", "l", "a", "b", "c")],
        ),
        id="blmpop",
    ),
    pytest.param(
        Blocking(waiters=[s("bzpopmin", ["z"], 0)], then=[s("zadd", "z", {"a": 1})]),
        id="bzpopmin",
    ),
    pytest.param(
        Blocking(
            waiters=[s("bzmpop", 0, 1, ["z"], max=True, count=5)],
            then=[s("zadd", "z", {"a": 1, "b": 2})],
        ),
        id="bzmpop",
    ),
    pytest.param(
        Blocking(
            waiters=[s("blpop", ["l"], 0)],
            then=[s("set", "l", "x"), s("delete", "l"), s("rpush", "l", "a")],
        ),
        id="blpop-skips-other-type",
    ),
]


@pytest.mark.parametrize("scenario", BLOCKING)
def test_blocked_clients_served_later_match_redis(sides: Sides, scenario: Blocking) -> None:
    """A waiter's pop is reported when it is served, after the command that
    fed it (Redis serves blocked clients once that command is done)."""
    expected = run_scenario(sides.redis.make_client, scenario), collect(sides.redis.follower)
    actual = run_scenario(sides.keyspace.make_client, scenario), collect(sides.keyspace.follower)
    assert actual == expected


def test_blocked_client_served_after_a_transaction(sides: Sides) -> None:
    """The waiter is served once EXEC is done, after both pushes."""
    wait = s("blpop", ["l"], 0)
    feed = tx(s("rpush", "l", "a"), s("rpush", "l", "b"))

    def run(side: Side) -> tuple[Any, list[Message]]:
        waiter = side.make_client()
        result: list[Any] = []
        thread = threading.Thread(target=lambda: result.append(outcome(waiter, wait)))
        thread.start()
        wait_blocked(side.client, 1)
        apply(side.client, feed)
        thread.join(10)
        waiter.close()
        return result, collect(side.follower)

    assert run(sides.keyspace) == run(sides.redis)


# -- the expiry cycle -------------------------------------------------------------


def _until_expired(follower: Follower, count: int) -> list[Message]:
    """Messages up to the ``count``-th "expired" keyevent (waiting for the
    server's expiry cycle), then up to a marker."""
    messages: list[Message] = []
    seen = 0
    while seen < count:
        message = follower.next_message(10)
        messages.append(message)
        seen += message[1] == b"__keyevent@0__:expired"
    return messages + collect(follower)


def _left_to_expire(side: Side, keys: Sequence[str]) -> list[Message]:
    """Give each key a short TTL, touch nothing, and return every message
    up to the last key's "expired" from the server's expiry cycle."""
    for n, key in enumerate(keys):
        apply(side.client, s("set", key, "v", px=30 + 10 * n))
    return _until_expired(side.follower, len(keys))


def test_expiry_cycle_publishes_expired(sides: Sides) -> None:
    """A key nobody touches is reclaimed by the expiry cycle, which
    publishes "expired" as it deletes it."""
    expected = _left_to_expire(sides.redis, ["k"])
    actual = _left_to_expire(sides.keyspace, ["k"])
    assert actual == expected
    assert events(actual) == [("set", "k"), ("expire", "k"), ("expired", "k")]
    sides.compare([s("exists", "k")])  # gone: a plain miss, nothing expires now


def test_expiry_cycle_publishes_every_key_it_reclaims(sides: Sides) -> None:
    keys = [f"k{n}" for n in range(8)]
    expected = _left_to_expire(sides.redis, keys)
    actual = _left_to_expire(sides.keyspace, keys)
    # Redis samples keys at random, so only the set of messages compares.
    assert sorted(actual) == sorted(expected)
    assert len(actual) == 3 * 2 * len(keys)


# -- which classes and channels the flags enable ------------------------------------

# A step of every class: $ g l s h z, x (and m) through a lazily expired key,
# m on its own.
EVERY_CLASS: list[Action] = [
    s("set", "a", "1"),
    s("expire", "a", 100),
    s("lpush", "l", "x"),
    s("sadd", "s", "x"),
    s("hset", "h", "f", "v"),
    s("zadd", "z", {"m": 1}),
    s("get", "n"),
    expired("k", s("get", "k")),
    s("delete", "a", "l"),
]


@pytest.mark.parametrize(
    "flags",
    [
        pytest.param("K", id="K-alone-publishes-nothing"),
        pytest.param("E", id="E-alone-publishes-nothing"),
        pytest.param("KA", id="keyspace-channel-only"),
        pytest.param("EA", id="keyevent-channel-only"),
        pytest.param("g$lshzxe", id="classes-without-K-or-E-publish-nothing"),
        pytest.param("KE", id="K-and-E-without-classes-publish-nothing"),
        pytest.param("KEA", id="A-leaves-out-keymiss"),
        pytest.param("KEm", id="keymiss-only"),
        pytest.param("K$s", id="strings-and-sets"),
        pytest.param("Elgx", id="lists-generic-expired"),
        pytest.param("KEhz", id="hashes-zsets"),
    ],
)
def test_flags_choose_classes_and_channels(
    servers: list[RunningServer], notifying_redis: RunningServer, tmp_path: Path, flags: str
) -> None:
    server = start_keyspace(tmp_path / "data", "--notify-keyspace-events", flags)
    servers.append(server)
    with both(server, notifying_redis, flags) as pair:
        pair.compare(EVERY_CLASS)


def test_notifications_off_by_default(
    servers: list[RunningServer], notifying_redis: RunningServer, tmp_path: Path
) -> None:
    server = start_keyspace(tmp_path / "data")
    servers.append(server)
    with both(server, notifying_redis, "") as pair:
        pair.compare(EVERY_CLASS)
        assert pair.keyspace.run(s("set", "b", "1")) == (True, [])


def _error_line(log: str) -> str:
    errors = [line for line in log.splitlines() if "error:" in line]
    assert len(errors) == 1, log
    return errors[0]


@pytest.mark.parametrize("letters", ["KEX", "KE ", "kea", "KE$x!"])
def test_invalid_flag_letter_refuses_to_start(tmp_path: Path, letters: str) -> None:
    status, log = run_keyspace_to_exit(tmp_path / "data", "--notify-keyspace-events", letters)
    assert status != 0
    assert "--notify-keyspace-events" in _error_line(log)
    assert "Traceback" not in log


def test_invalid_flag_letter_in_config_file_refuses_to_start(tmp_path: Path) -> None:
    config = tmp_path / "keyspace.conf"
    config.write_text("notify-keyspace-events KEQ\n")
    status, log = run_keyspace_to_exit(tmp_path / "data", "--config", str(config))
    assert status != 0
    line = _error_line(log)
    assert f"{config}:1:" in line and "notify-keyspace-events" in line
    assert "Traceback" not in log


# -- "new" (Redis 7.2: a key created), written out ---------------------------------

NEW_ONLY: list[tuple[Action, list[tuple[str, str]]]] = [
    (s("set", "a", "1"), [("new", "a")]),
    (s("set", "a", "2"), []),
    (s("set", "b", "1", nx=True), [("new", "b")]),
    (s("set", "c", "1", xx=True), []),
    (s("mset", {"a": "3", "m": "1"}), [("new", "m")]),
    (s("msetnx", {"p": "1", "q": "2"}), [("new", "p"), ("new", "q")]),
    (s("setex", "e", 100, "v"), [("new", "e")]),
    (s("getset", "g", "1"), [("new", "g")]),
    (s("incr", "i"), [("new", "i")]),
    (s("incr", "i"), []),
    (s("incrbyfloat", "f", 1.5), [("new", "f")]),
    (s("append", "d", "x"), [("new", "d")]),
    (s("setrange", "r", 2, "x"), [("new", "r")]),
    (s("setrange", "z0", 0, ""), []),
    (s("hset", "h", "f", "v"), [("new", "h")]),
    (s("hset", "h", "g", "v"), []),
    (s("hincrby", "hi", "f", 1), [("new", "hi")]),
    (s("hincrbyfloat", "hf", "f", 1), [("new", "hf")]),
    (s("hsetnx", "hn", "f", "v"), [("new", "hn")]),
    (s("lpush", "l", "x", "y"), [("new", "l")]),
    (s("rpush", "l", "z"), []),
    (s("lpushx", "lx", "x"), []),
    (s("lmove", "l", "l2", "LEFT", "RIGHT"), [("new", "l2")]),
    (s("rpoplpush", "l", "l2"), []),
    (s("sadd", "s", "1", "2"), [("new", "s")]),
    (s("sadd", "s", "3"), []),
    (s("smove", "s", "s2", "1"), [("new", "s2")]),
    (s("sunionstore", "su", "s", "s2"), [("new", "su")]),
    (s("sunionstore", "su", "s"), []),
    (s("sinterstore", "si", "s", "nothing"), []),
    (s("zadd", "z", {"m": 1}), [("new", "z")]),
    (s("zadd", "z", {"n": 1}), []),
    (s("zadd", "zx", {"m": 1}, xx=True), []),
    (s("zincrby", "zi", 1, "m"), [("new", "zi")]),
    (s("zunionstore", "zu", ["z"]), [("new", "zu")]),
    (s("zrangestore", "zr", "z", 0, -1), [("new", "zr")]),
    (s("zrangestore", "zr", "z", 0, 0), []),
    # RENAME and COPY REPLACE delete the destination, then add it anew.
    (s("rename", "a", "a2"), [("new", "a2")]),
    (s("rename", "a2", "b"), [("new", "b")]),
    (s("renamenx", "b", "b2"), [("new", "b2")]),
    (s("copy", "b2", "c2"), [("new", "c2")]),
    (s("copy", "b2", "c2", replace=True), [("new", "c2")]),
    (s("copy", "b2", "c2"), []),
    # Storing over a key past its deadline creates it anew.
    (tx(s("set", "k", "gone", pxat=1), s("set", "k", "v")), [("new", "k"), ("new", "k")]),
    (tx(s("set", "k", "gone", pxat=1), s("rpush", "k", "v")), [("new", "k")]),
    (s("delete", "k"), []),
    (s("set", "a", "1", nx=True, ex=100), [("new", "a")]),
    (s("hset", "a", "f", "v"), []),
]


def test_new_reports_each_key_created(servers: list[RunningServer], tmp_path: Path) -> None:
    server = start_keyspace(tmp_path / "data", "--notify-keyspace-events", "En")
    servers.append(server)
    side = keyspace_side(server)
    try:
        for number, (action, expected) in enumerate(NEW_ONLY, start=1):
            _result, messages = side.run(action)
            assert events(messages) == expected, f"step {number} {action!r}"
    finally:
        side.close()


def test_new_comes_before_the_commands_own_event(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    """As Redis 7.2's dbAdd, "new" fires when the key is added: before the
    event of the command adding it, after what expired on the way."""
    server = start_keyspace(tmp_path / "data", "--notify-keyspace-events", "KEAn")
    servers.append(server)
    side = keyspace_side(server)
    steps: list[tuple[Action, list[tuple[str, str]]]] = [
        (s("set", "a", "1", ex=100), [("new", "a"), ("set", "a"), ("expire", "a")]),
        (s("hset", "h", "f", "v"), [("new", "h"), ("hset", "h")]),
        (s("set", "b", "1"), [("new", "b"), ("set", "b")]),
        (s("rename", "a", "b"), [("new", "b"), ("rename_from", "a"), ("rename_to", "b")]),
        (s("rpush", "l", "x"), [("new", "l"), ("rpush", "l")]),
        (
            s("lmove", "l", "m", "LEFT", "RIGHT"),
            [("new", "m"), ("rpush", "m"), ("lpop", "l"), ("del", "l")],
        ),
        (s("sadd", "s", "1"), [("new", "s"), ("sadd", "s")]),
        (
            s("smove", "s", "t", "1"),
            [("srem", "s"), ("del", "s"), ("new", "t"), ("sadd", "t")],
        ),
        (
            tx(s("set", "k", "gone", pxat=1), s("incr", "k")),
            [
                ("new", "k"),
                ("set", "k"),
                ("expire", "k"),
                ("expired", "k"),
                ("new", "k"),
                ("incrby", "k"),
            ],
        ),
    ]
    try:
        for number, (action, expected) in enumerate(steps, start=1):
            _result, messages = side.run(action)
            assert events(messages) == expected, f"step {number} {action!r}"
            assert len(messages) == 2 * len(expected)  # K and E: both channels
    finally:
        side.close()


# -- random command sequences ------------------------------------------------------

# Keys by the type their commands want, with one key ("x") that every type
# shares so that WRONGTYPE errors come up too.
STRINGS, HASHES, LISTS, SETS, ZSETS = (
    [f"{prefix}1", f"{prefix}2", "x"] for prefix in ("s", "h", "l", "t", "z")
)
EVERY_KEY = sorted({*STRINGS, *HASHES, *LISTS, *SETS, *ZSETS})
MEMBERS = ["1", "2", "x"]
Pick = Callable[[random.Random], Step]


def _m(r: random.Random) -> str:
    return r.choice(MEMBERS)


def _some(r: random.Random, keys: list[str]) -> list[str]:
    return r.sample(keys, r.randint(1, 2))


def _sign(ttl: int) -> int:
    """A TTL reply without its exact seconds, which depend on timing."""
    return min(ttl, 1)


def _end(r: random.Random) -> str:
    return r.choice(["LEFT", "RIGHT"])


# Deterministic commands of every type (no SPOP or random reads: their
# choices would make the two servers' data differ).
POOL: list[Pick] = [
    lambda r: s("set", r.choice(STRINGS), _m(r)),
    lambda r: s("set", r.choice(STRINGS), _m(r), nx=True, ex=100),
    lambda r: s("set", r.choice(STRINGS), _m(r), xx=True, get=True),
    lambda r: s("append", r.choice(STRINGS), _m(r)),
    lambda r: s("incr", r.choice(STRINGS)),
    lambda r: s("incrbyfloat", r.choice(STRINGS), 1.5),
    lambda r: s("setrange", r.choice(STRINGS), r.randint(0, 2), r.choice(["", "z"])),
    lambda r: s("getdel", r.choice(STRINGS)),
    lambda r: s("getex", r.choice(STRINGS), persist=True),
    lambda r: s("get", r.choice(STRINGS)),
    lambda r: s("mget", *_some(r, STRINGS)),
    lambda r: s("mset", {key: _m(r) for key in _some(r, STRINGS)}),
    lambda r: s("msetnx", {key: _m(r) for key in _some(r, STRINGS)}),
    lambda r: s("delete", *_some(r, EVERY_KEY)),
    lambda r: s("exists", *_some(r, EVERY_KEY)),
    lambda r: s("type", r.choice(EVERY_KEY)),
    lambda r: s("rename", r.choice(EVERY_KEY), r.choice(EVERY_KEY)),
    lambda r: s("renamenx", r.choice(EVERY_KEY), r.choice(EVERY_KEY)),
    lambda r: s("copy", r.choice(EVERY_KEY), r.choice(EVERY_KEY), replace=r.random() < 0.5),
    lambda r: s("expire", r.choice(EVERY_KEY), 100),
    lambda r: s("pexpireat", r.choice(EVERY_KEY), 1),
    lambda r: s("persist", r.choice(EVERY_KEY)),
    lambda r: s("ttl", r.choice(EVERY_KEY), normalize=_sign),
    lambda r: s("hset", r.choice(HASHES), _m(r), _m(r)),
    lambda r: s("hsetnx", r.choice(HASHES), _m(r), _m(r)),
    lambda r: s("hdel", r.choice(HASHES), _m(r), _m(r)),
    lambda r: s("hincrby", r.choice(HASHES), _m(r), 2),
    lambda r: s("hget", r.choice(HASHES), _m(r)),
    lambda r: s("lpush", r.choice(LISTS), _m(r)),
    lambda r: s("rpush", r.choice(LISTS), _m(r), _m(r)),
    lambda r: s("rpushx", r.choice(LISTS), _m(r)),
    lambda r: s("lpop", r.choice(LISTS)),
    lambda r: s("rpop", r.choice(LISTS), 2),
    lambda r: s("lmove", r.choice(LISTS), r.choice(LISTS), _end(r), _end(r)),
    lambda r: s("lrem", r.choice(LISTS), r.choice([0, 1, -1]), _m(r)),
    lambda r: s("ltrim", r.choice(LISTS), r.randint(0, 2), -1),
    lambda r: s("linsert", r.choice(LISTS), "AFTER", _m(r), _m(r)),
    lambda r: s("lset", r.choice(LISTS), 0, _m(r)),
    lambda r: s("lmpop", 2, *r.sample(LISTS, 2), direction="LEFT", count=2),
    lambda r: s("lrange", r.choice(LISTS), 0, -1),
    lambda r: s("sadd", r.choice(SETS), _m(r), _m(r)),
    lambda r: s("srem", r.choice(SETS), _m(r)),
    lambda r: s("smove", r.choice(SETS), r.choice(SETS), _m(r)),
    lambda r: s("sinterstore", r.choice(SETS), *_some(r, SETS)),
    lambda r: s("sunionstore", r.choice(SETS), *_some(r, SETS)),
    lambda r: s("sdiffstore", r.choice(SETS), *_some(r, SETS)),
    lambda r: s("smembers", r.choice(SETS), normalize=SORTED),
    lambda r: s("zadd", r.choice(ZSETS), {_m(r): r.randint(1, 3)}),
    lambda r: s("zadd", r.choice(ZSETS), {_m(r): 1}, incr=True),
    lambda r: s("zadd", r.choice(ZSETS), {_m(r): r.randint(1, 3)}, xx=True, ch=True),
    lambda r: s("zincrby", r.choice(ZSETS), r.choice([0, 1]), _m(r)),
    lambda r: s("zrem", r.choice(ZSETS), _m(r)),
    lambda r: s("zpopmin", r.choice(ZSETS)),
    lambda r: s("zpopmax", r.choice(ZSETS), 2),
    lambda r: s("zremrangebyscore", r.choice(ZSETS), 2, 3),
    lambda r: s("zremrangebyrank", r.choice(ZSETS), 0, 0),
    lambda r: s("zunionstore", r.choice(ZSETS), _some(r, ZSETS + SETS)),
    lambda r: s("zinterstore", r.choice(ZSETS), _some(r, ZSETS + SETS)),
    lambda r: s("zrangestore", r.choice(ZSETS), r.choice(ZSETS), 0, 1),
    lambda r: s("zmpop", 2, r.sample(ZSETS, 2), min=True),
    lambda r: s("zscore", r.choice(ZSETS), _m(r)),
]


def random_actions(seed: int, length: int = 60) -> list[Action]:
    rng = random.Random(seed)
    actions: list[Action] = []
    for _ in range(length):
        chosen = rng.choice(POOL)(rng)
        if rng.random() < 0.1:
            # The command finds its first key just expired. EXISTS then
            # reclaims it if the command failed before looking at it, so
            # that the expiry cycle has nothing left to find later.
            first = chosen.args[1] if chosen.method in ("lmpop", "zmpop") else chosen.args[0]
            if isinstance(first, dict):
                first = next(iter(first))
            elif isinstance(first, list):
                first = first[0]
            actions.append(tx(*expired(first, chosen).steps, s("exists", first)))
        else:
            actions.append(chosen)
    return actions


@pytest.mark.parametrize("seed", range(25))
def test_random_sequences_match_redis(sides: Sides, seed: int) -> None:
    sides.compare(random_actions(seed))
