"""The native fast path (server/keyspace_server/fastpath/): a Pipeline
request's plain GETs and SETs run from its bytes in C, every other command
through the dispatcher, in order. These tests hold the mix to Redis's
replies and data, and check that what the fast path skips (notifications,
WATCH, snapshots, the AOF's records, INFO's counters) still happens."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import grpc
import keyspace
import pytest
import redis
from keyspace.v1 import pipeline_pb2, strings_pb2
from keyspace_server.fastpath import batch

from tests.servers import RunningServer, start_keyspace

KEYS = [b"", b"a", b"b", b"c", b"list", b"\x00\xff", b"k" * 300]


def test_the_native_extension_is_built() -> None:
    # pip install builds it; without it every command would silently take
    # the slow path and the benchmark figures would be wrong.
    assert batch.available()


def _random_step(rng: random.Random) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    key = rng.choice(KEYS)
    value = rng.choice([b"", b"v", b"\x00\x01\x02", b"x" * rng.randrange(1, 3000), b"12"])
    kind = rng.random()
    if kind < 0.35:
        return "get", (key,), {}
    if kind < 0.65:
        return "set", (key, value), {}
    options = rng.choice(
        [
            {"nx": True},
            {"xx": True},
            {"get": True},
            {"ex": 100},
            {"px": 100_000, "get": True},
            {"keepttl": True},
        ]
    )
    choices: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("set", (key, value), options),
        ("append", (key, value), {}),  # a string changed in place
        ("rpush", (b"list", value), {}),  # GET and APPEND of it: WRONGTYPE
        ("expire", (key, 100), {}),  # a key with a TTL leaves the fast path
        ("persist", (key,), {}),
        ("delete", (key,), {}),
        ("incr", (b"c",), {}),
        ("mget", (KEYS[1], KEYS[2], KEYS[3]), {}),
    ]
    return rng.choice(choices)


def _normalized(result: Any) -> Any:
    if isinstance(result, Exception):
        return ("error", str(result))
    return result


@pytest.mark.parametrize("seed", range(6))
def test_mixed_batches_match_redis(kv: keyspace.Client, r: redis.Redis, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        steps = [_random_step(rng) for _ in range(rng.randrange(1, 80))]
        results = []
        for client in (kv, r):
            pipe = client.pipeline(transaction=False)
            for method, args, kwargs in steps:
                getattr(pipe, method)(*args, **kwargs)
            results.append([_normalized(x) for x in pipe.execute(raise_on_error=False)])
        ours, theirs = results
        for step, mine, redis_reply in zip(steps, ours, theirs, strict=True):
            assert mine == redis_reply, step
    for key in KEYS:
        assert kv.type(key) == r.type(key)
        if r.type(key) == b"string":
            assert kv.get(key) == r.get(key)
        assert (kv.ttl(key) > 0) == (r.ttl(key) > 0)


def test_tables_of_every_size_read_back_exactly(kv: keyspace.Client) -> None:
    # The batch hashes a window of keys ahead and prefetches their slots in
    # the KeyTable, then looks them up with those hashes: across the table's
    # resizes as it grows, each key must still read back exactly, among keys
    # with a TTL and keys it has never seen.
    written = 0
    for total in (50, 3_000, 70_000):
        pipe = kv.pipeline(transaction=False)
        for number in range(written, total):
            pipe.set(b"key:%012d" % number, b"v%d" % number)
            if number % 7 == 0:
                pipe.expire(b"key:%012d" % number, 1000)
        pipe.execute()
        written = total
        rng = random.Random(total)
        numbers = [rng.randrange(total * 2) for _ in range(2_000)]
        pipe = kv.pipeline(transaction=False)
        for number in numbers:
            pipe.get(b"key:%012d" % number)
        expected = [b"v%d" % n if n < total else None for n in numbers]
        assert pipe.execute() == expected


def test_a_key_past_its_deadline_is_expired_not_read(kv: keyspace.Client) -> None:
    kv.set("short", "lived", px=20)
    kv.set("long", "lived", px=100_000)
    time.sleep(0.05)
    pipe = kv.pipeline(transaction=False)
    pipe.get("short").get("long").set("long", "again").ttl("long")
    assert pipe.execute() == [None, b"lived", True, -1]
    assert kv.info("stats")["expired_keys"] >= 1


def test_fast_reads_count_hits_and_misses(kv: keyspace.Client) -> None:
    before = kv.info("stats")
    pipe = kv.pipeline(transaction=False)
    pipe.set("here", "1").get("here").get("here").get("missing")
    pipe.execute()
    after = kv.info("stats")
    assert after["keyspace_hits"] - before["keyspace_hits"] == 2
    assert after["keyspace_misses"] - before["keyspace_misses"] == 1
    assert kv.dbsize() == 1


def test_a_fast_set_aborts_the_transaction_watching_its_key(kv: keyspace.Client) -> None:
    with kv.pipeline() as transaction:
        transaction.watch("watched")
        pipe = kv.pipeline(transaction=False)
        pipe.set("other", "1").set("watched", "changed")
        pipe.execute()
        transaction.multi()
        transaction.set("watched", "mine")
        with pytest.raises(keyspace.WatchError):
            transaction.execute()
    assert kv.get("watched") == b"changed"


def test_notifications_turned_on_within_a_batch_report_the_sets_after(
    kv: keyspace.Client,
) -> None:
    subscriber = kv.pubsub()
    subscriber.subscribe("__keyevent@0__:set")
    assert subscriber.get_message(timeout=5)["type"] == "subscribe"
    try:
        pipe = kv.pipeline(transaction=False)
        pipe.set("before", "1").config_set("notify-keyspace-events", "E$").set("after", "2")
        pipe.execute()
        message = subscriber.get_message(timeout=5)
        assert message is not None and message["data"] == b"after"
        assert subscriber.get_message(timeout=0.2) is None
    finally:
        kv.config_set("notify-keyspace-events", "")
        subscriber.close()


def _restarted(server: RunningServer, servers: list[RunningServer]) -> RunningServer:
    server.stop()
    again = start_keyspace(server.data_dir, "--appendonly", "yes", port=server.port)
    servers.append(again)
    return again


def test_fast_writes_are_logged_and_replayed(servers: list[RunningServer], tmp_path: Path) -> None:
    server = start_keyspace(tmp_path / "data", "--appendonly", "yes")
    servers.append(server)
    client = keyspace.Client(server.address)
    expected: dict[bytes, bytes] = {}
    rng = random.Random(7)
    pipe = client.pipeline(transaction=False)
    for i in range(3000):
        key = rng.choice([b"", b"k%d" % (i % 500), b"\x00\xff%d" % i])
        value = rng.choice([b"", b"v%d" % i, bytes(range(256))])
        pipe.set(key, value)
        expected[key] = value
        if i == 1500:
            # A rewrite starts a snapshot mid-batch: the SETs after it
            # must reach both the snapshot's successor and the new file.
            pipe.bgrewriteaof()
    pipe.execute()
    client.close()
    server = _restarted(server, servers)
    client = keyspace.Client(server.address)
    try:
        assert client.dbsize() == len(expected)
        for key, value in expected.items():
            assert client.get(key) == value
    finally:
        client.close()


@pytest.mark.parametrize(
    "garbage",
    [b"\x0a\x05\xaa", b"\x0a\x03\xaa\x01\x05", b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"],
    ids=["truncated", "nested-length-past-the-end", "overlong-varint"],
)
def test_nothing_of_a_malformed_request_runs(
    kv: keyspace.Client, address: str, garbage: bytes
) -> None:
    plain_set = pipeline_pb2.PipelineRequest(
        commands=[pipeline_pb2.Command(set=strings_pb2.SetRequest(key=b"half", value=b"done"))]
    ).SerializeToString()
    channel = grpc.insecure_channel(address, options=[("grpc.use_local_subchannel_pool", 1)])
    try:
        stream = channel.stream_stream("/keyspace.v1.KeyspaceService/Pipeline")
        with pytest.raises(grpc.RpcError) as raised:
            list(stream(iter([plain_set + garbage]), timeout=10))
        assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    finally:
        channel.close()
    assert kv.get("half") is None


def test_a_malformed_request_ends_the_stream_and_the_server_goes_on(
    kv: keyspace.Client, address: str
) -> None:
    kv.set("kept", "yes")
    channel = grpc.insecure_channel(address, options=[("grpc.use_local_subchannel_pool", 1)])
    try:
        stream = channel.stream_stream("/keyspace.v1.KeyspaceService/Pipeline")
        with pytest.raises(grpc.RpcError) as raised:
            list(stream(iter([b"\x0a\x05\xaa"]), timeout=10))
        assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "PipelineRequest could not be parsed" in (raised.value.details() or "")
    finally:
        channel.close()
    assert kv.get("kept") == b"yes"
