"""Hashes, checked against redis-server 7.0.

Deterministic behaviour is compared step by step with ``compare``. While a
hash is small (a listpack in Redis) its order is insertion order on both
servers, so HKEYS, HVALS, HSCAN and an HRANDFIELD asking for the whole hash
are compared exactly; once a hash is a hashtable, replies are compared as
sets. Random picks are checked by properties, and NOVALUES (Redis 7.4, newer
than the oracle) without the oracle.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import keyspace
import keyspace.asyncio
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.differential import Step, compare, outcome, step
from tests.servers import RunningServer

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
LDBL_MAX = "1.18973149535723176502e+4932"


def unordered(result: Any) -> Any:
    """A list reply whose order Redis leaves undefined, as a sorted list."""
    return sorted(result)


def encoding(key: str) -> Step:
    return step("object", "encoding", key)


def fields(count: int, prefix: str = "f") -> dict[str, str]:
    return {f"{prefix}{i}": str(i) for i in range(count)}


SCENARIOS: dict[str, list[Step]] = {
    "hset-and-read": [
        step("hset", "h", "f", "v"),
        step("hset", "h", "f", "w"),
        step("hset", "h", mapping={"a": 1, "b": 2.5, "c": "x"}),
        step("hset", "h", items=["d", "1", "e", "2"]),
        step("hset", "h", "k", "v", mapping={"m": "1"}, items=["i", "1"]),
        step("hset", "h", items=["dup", "1", "dup", "2"]),
        step("hget", "h", "dup"),
        step("hgetall", "h"),
        step("hkeys", "h"),
        step("hvals", "h"),
        step("hlen", "h"),
    ],
    "hset-odd-items": [step("hset", "h", items=["a"]), step("exists", "h")],
    "hset-odd-items-on-existing-hash": [
        step("hset", "h", "a", "1"),
        step("hset", "h", items=["b", "2", "c"]),
        step("hgetall", "h"),
    ],
    "hsetnx": [
        step("hsetnx", "h", "f", "1"),
        step("hsetnx", "h", "f", "2"),
        step("hsetnx", "h", "g", "3"),
        step("hgetall", "h"),
    ],
    "missing-key": [
        step("hget", "nope", "f"),
        step("hmget", "nope", ["a", "b"]),
        step("hgetall", "nope"),
        step("hexists", "nope", "f"),
        step("hlen", "nope"),
        step("hstrlen", "nope", "f"),
        step("hkeys", "nope"),
        step("hvals", "nope"),
        step("hdel", "nope", "f"),
        step("hrandfield", "nope"),
        step("hrandfield", "nope", 3),
        step("hrandfield", "nope", -3, withvalues=True),
        step("hscan", "nope"),
        step("hscan", "nope", 7, count=0),
        step("exists", "nope"),
    ],
    "missing-fields": [
        step("hset", "h", "a", "1"),
        step("hget", "h", "b"),
        step("hmget", "h", "a", "b", "a"),
        step("hmget", "h", ["b", "a"]),
        step("hexists", "h", "a"),
        step("hexists", "h", "b"),
        step("hstrlen", "h", "a"),
        step("hstrlen", "h", "b"),
    ],
    "hmget-without-fields": [step("hset", "h", "a", "1"), step("hmget", "h", [])],
    "hdel": [
        step("hset", "h", mapping={"a": 1, "b": 2, "c": 3}),
        step("hdel", "h", "a", "a", "zz"),
        step("hdel", "h", "zz"),
        step("hkeys", "h"),
        step("hdel", "h", "b", "c"),
        step("exists", "h"),
        step("type", "h"),
        step("hlen", "h"),
        step("hgetall", "h"),
    ],
    "hdel-without-fields": [step("hset", "h", "a", "1"), step("hdel", "h")],
    "order-is-insertion-order": [
        step("hset", "h", mapping={"c": 1, "a": 2, "b": 3}),
        step("hset", "h", "a", "updated"),
        step("hdel", "h", "c"),
        step("hset", "h", "c", "back"),
        step("hkeys", "h"),
        step("hvals", "h"),
        step("hscan", "h"),
    ],
    "binary-fields-and-values": [
        step("hset", "h", b"\x00\xff", b"\x00"),
        step("hset", "h", b"", b""),
        step("hset", "h", "\u00e9", b"\xff" * 10),
        step("hget", "h", b"\x00\xff"),
        step("hget", "h", b""),
        step("hstrlen", "h", "\u00e9"),
        step("hstrlen", "h", b""),
        step("hexists", "h", b""),
        step("hgetall", "h"),
        step("hkeys", "h"),
        step("hdel", "h", b""),
        step("hscan", "h", match=b"\x00*"),
    ],
    "hincrby": [
        step("hincrby", "h", "n"),
        step("hincrby", "h", "n", 41),
        step("hincrby", "h", "n", -100),
        step("hincrby", "h", "n", "5"),
        step("hget", "h", "n"),
        step("hset", "h", "max", INT64_MAX),
        step("hincrby", "h", "max", 1),
        step("hset", "h", "min", INT64_MIN),
        step("hincrby", "h", "min", -1),
        step("hincrby", "h", "min", INT64_MAX),
        step("hget", "h", "min"),
        step("hincrby", "h", "n", "1.5"),
        step("hincrby", "h", "n", 2**63),
        step("hincrby", "h", "n", "x"),
    ],
    "hincrby-non-integer-values": [
        step("hset", "h", mapping={"f": "1.5", "s": " 1", "z": "007", "m": "-0", "e": ""}),
        step("hset", "h", mapping={"p": "+1", "big": "9223372036854775808", "w": "1 "}),
        step("hincrby", "h", "f", 1),
        step("hincrby", "h", "s", 1),
        step("hincrby", "h", "z", 1),
        step("hincrby", "h", "m", 1),
        step("hincrby", "h", "e", 1),
        step("hincrby", "h", "p", 1),
        step("hincrby", "h", "big", 1),
        step("hincrby", "h", "w", 1),
        step("hgetall", "h"),
    ],
    "hincrbyfloat": [
        step("hincrbyfloat", "h", "x"),
        step("hincrbyfloat", "h", "x", 0.1),
        step("hincrbyfloat", "h", "y", 0.1),
        step("hincrbyfloat", "h", "y", 0.2),
        step("hget", "h", "y"),
        step("hset", "h", "e", "5.0e3"),
        step("hincrbyfloat", "h", "e", 2.0e2),
        step("hget", "h", "e"),
        step("hincrbyfloat", "h", "e", -5200),
        step("hget", "h", "e"),
        step("hincrbyfloat", "h", "i", "3"),
        step("hincrbyfloat", "h", "i", "-1.5e1"),
        step("hset", "h", "hex", "0x10"),
        step("hincrbyfloat", "h", "hex", 1),
        step("hincrbyfloat", "h", "tiny", 1e-300),
        step("hgetall", "h"),
    ],
    "hincrbyfloat-errors": [
        step("hset", "h", mapping={"s": "abc", "sp": " 1", "e": "", "inf": "inf", "n": "1"}),
        step("hincrbyfloat", "h", "s", 1),
        step("hincrbyfloat", "h", "sp", 1),
        step("hincrbyfloat", "h", "e", 1),
        step("hincrbyfloat", "h", "inf", 1),
        step("hincrbyfloat", "h", "n", "x"),
        step("hincrbyfloat", "h", "n", "nan"),
        step("hincrbyfloat", "h", "n", "inf"),
        step("hincrbyfloat", "h", "n", float("inf")),
        step("hincrbyfloat", "h", "n", float("-inf")),
        step("hgetall", "h"),
    ],
    "hincrbyfloat-beyond-double-range": [
        step("hset", "h", "g", "1e4000"),
        step("hincrbyfloat", "h", "g", -1.5),
        step("hstrlen", "h", "g"),
        step("hincrbyfloat", "h", "p", 1e300),
        step("hstrlen", "h", "p"),
        encoding("h"),
    ],
    "hrandfield-deterministic": [
        step("hset", "h", mapping={"c": 1, "a": 2, "b": 3}),
        step("hrandfield", "h", 0),
        step("hrandfield", "h", 0, withvalues=True),
        step("hrandfield", "h", 3),
        step("hrandfield", "h", 100),
        step("hrandfield", "h", 100, withvalues=True),
        step("hrandfield", "h", INT64_MAX),
        step("hrandfield", "h", "4611686018427387903", withvalues=True),
    ],
    "hrandfield-errors": [
        step("hset", "h", "a", "1"),
        step("hrandfield", "h", withvalues=True),
        step("hrandfield", "h", INT64_MIN),
        step("hrandfield", "h", 4611686018427387904, withvalues=True),
        step("hrandfield", "h", -4611686018427387904, withvalues=True),
        step("hrandfield", "h", "x"),
        step("hrandfield", "h", 2**63),
        step("hrandfield", "nope", withvalues=True),
        step("hrandfield", "nope", INT64_MIN),
    ],
    "hscan-small": [
        step("hset", "h", mapping={"a1": 1, "b1": 2, "a2": 3, "c": 4}),
        step("hscan", "h"),
        step("hscan", "h", 0, match="a*"),
        step("hscan", "h", 0, match="zz*"),
        step("hscan", "h", 0, count=1),
        step("hscan", "h", 12345, count=2),
        step("hscan", "h", -1),
        step("hscan", "h", ""),
        step("hscan", "h", "+0"),
        step("hscan", "h", "-0"),
        step("hscan", "h", 2**64 - 1),
        step("hscan", "h", 0, match="*"),
        step("hscan", "h", 0, match=""),
    ],
    "hscan-errors": [
        step("hset", "h", "a", "1"),
        step("hscan", "h", 0, count=0),
        step("hscan", "h", 0, count=-1),
        step("hscan", "h", 0, count="x"),
        step("hscan", "h", "abc"),
        step("hscan", "h", " 0"),
        step("hscan", "h", "0 "),
        step("hscan", "h", "+"),
        step("hscan", "h", 1.5),
        step("hscan", "h", 2**64),
        step("hscan", "h", "18446744073709551616"),
        step("hscan", "nope", "abc"),
        step("set", "s", "v"),
        step("hscan", "s", "abc"),
        step("hscan", "s", 0, count=0),
    ],
    "emptied-hash-is-deleted": [
        step("hset", "h", "a", "1"),
        step("expire", "h", 100),
        step("hdel", "h", "a"),
        step("exists", "h"),
        step("type", "h"),
        step("ttl", "h"),
        step("hset", "h", "a", "1"),
        step("ttl", "h"),
    ],
    "ttl-survives-changes": [
        step("hset", "h", "a", "1"),
        step("expire", "h", 100),
        step("hset", "h", "b", "2"),
        step("hincrby", "h", "c", 1),
        step("hincrbyfloat", "h", "d", 1.5),
        step("hsetnx", "h", "e", "1"),
        step("hdel", "h", "a"),
        step("ttl", "h"),
    ],
}


@pytest.mark.parametrize("steps", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_scenario(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


def test_hincrbyfloat_near_long_double_max(kv: keyspace.Client, r: redis.Redis) -> None:
    compare(
        kv,
        r,
        [
            step("hset", "h", "big", LDBL_MAX),
            step("hincrbyfloat", "h", "big", 1e308),
            step("hget", "h", "big"),
        ],
    )


HASH_COMMANDS_ON_STRING = [
    step("hset", "s", "f", "v"),
    step("hsetnx", "s", "f", "v"),
    step("hget", "s", "f"),
    step("hmget", "s", ["f"]),
    step("hgetall", "s"),
    step("hdel", "s", "f"),
    step("hexists", "s", "f"),
    step("hlen", "s"),
    step("hstrlen", "s", "f"),
    step("hkeys", "s"),
    step("hvals", "s"),
    step("hincrby", "s", "f", 1),
    step("hincrbyfloat", "s", "f", 1.5),
    step("hincrbyfloat", "s", "f", float("inf")),
    step("hrandfield", "s"),
    step("hrandfield", "s", 0),
    step("hrandfield", "s", -2, withvalues=True),
    step("hrandfield", "s", withvalues=True),
    step("hscan", "s"),
    step("get", "s"),
]

STRING_COMMANDS_ON_HASH = [
    step("get", "h"),
    step("incr", "h"),
    step("incrbyfloat", "h", 1.5),
    step("append", "h", "x"),
    step("strlen", "h"),
    step("getrange", "h", 0, 1),
    step("setrange", "h", 0, "x"),
    step("mget", ["h", "s"]),
    step("hgetall", "h"),
]


@pytest.mark.parametrize("command", HASH_COMMANDS_ON_STRING, ids=repr)
def test_hash_command_on_a_string_is_wrongtype(
    kv: keyspace.Client, r: redis.Redis, command: Step
) -> None:
    compare(kv, r, [step("set", "s", "v"), command, step("get", "s"), step("type", "s")])


@pytest.mark.parametrize("command", STRING_COMMANDS_ON_HASH, ids=repr)
def test_string_command_on_a_hash_is_wrongtype(
    kv: keyspace.Client, r: redis.Redis, command: Step
) -> None:
    compare(kv, r, [step("hset", "h", "f", "v"), step("set", "s", "1"), command])


def test_set_overwrites_a_hash(kv: keyspace.Client, r: redis.Redis) -> None:
    compare(
        kv,
        r,
        [
            step("hset", "h", "f", "v"),
            step("set", "h", "s"),
            step("get", "h"),
            step("hset", "h", "f", "v"),
            step("delete", "h"),
            step("hset", "h", "f", "v"),
            step("type", "h"),
        ],
    )


@pytest.mark.parametrize(
    "arguments",
    [{}, {"mapping": {}}, {"items": []}, {"mapping": {}, "items": []}],
    ids=["nothing", "empty-mapping", "empty-items", "both-empty"],
)
def test_hset_without_pairs_is_a_data_error(
    kv: keyspace.Client, r: redis.Redis, arguments: dict[str, Any]
) -> None:
    with pytest.raises(redis.DataError) as expected:
        r.hset("h", **arguments)
    with pytest.raises(keyspace.DataError) as actual:
        kv.hset("h", **arguments)
    assert str(actual.value) == str(expected.value)


def test_hset_with_a_none_value_is_a_data_error(kv: keyspace.Client, r: redis.Redis) -> None:
    with pytest.raises(redis.DataError) as expected:
        r.hset("h", "f", None)
    with pytest.raises(keyspace.DataError) as actual:
        kv.hset("h", "f", None)
    assert str(actual.value) == str(expected.value)


def test_return_types_match_redis_py(kv: keyspace.Client, r: redis.Redis) -> None:
    for client in (kv, r):
        assert type(client.hsetnx("h", "f", "1")) is int
        assert type(client.hexists("h", "f")) is bool
        assert type(client.hincrbyfloat("h", "x", 1)) is float
        assert type(client.hgetall("h")) is dict


# -- OBJECT ENCODING -----------------------------------------------------------

ENCODINGS: dict[str, list[Step]] = {
    "512-fields-stay-listpack-513-convert": [
        step("hset", "h", mapping=fields(512)),
        encoding("h"),
        step("hset", "h", "f0", "again"),
        encoding("h"),
        step("hset", "h", "one-more", "1"),
        encoding("h"),
        step("hdel", "h", "one-more", "f1", "f2"),
        encoding("h"),
        step("hlen", "h"),
    ],
    "513-fields-at-once": [step("hset", "h", mapping=fields(513)), encoding("h")],
    "hsetnx-513th-field": [
        step("hset", "h", mapping=fields(512)),
        step("hsetnx", "h", "new", "1"),
        encoding("h"),
    ],
    "hincrby-513th-field": [
        step("hset", "h", mapping=fields(512)),
        step("hincrby", "h", "new", 1),
        encoding("h"),
    ],
    "64-byte-value-stays-65-converts": [
        step("hset", "h", "f", "x" * 64),
        encoding("h"),
        step("hset", "h", "f", "x" * 65),
        encoding("h"),
        step("hset", "h", "f", "short"),
        encoding("h"),
        step("hget", "h", "f"),
    ],
    "65-byte-field": [step("hset", "h", "f" * 65, "v"), encoding("h")],
    "64-byte-field": [step("hset", "h", "f" * 64, "v" * 64), encoding("h")],
    "hsetnx-existing-field-with-long-value": [
        step("hset", "h", "f", "1"),
        step("hsetnx", "h", "f", "x" * 65),
        encoding("h"),
    ],
    "hsetnx-new-long-field": [
        step("hset", "h", "f", "1"),
        step("hsetnx", "h", "g" * 65, "1"),
        encoding("h"),
    ],
    "hincrby-long-field": [
        step("hset", "h", "f", "1"),
        step("hincrby", "h", "g" * 65, 1),
        encoding("h"),
    ],
    "hincrbyfloat-long-result": [
        step("hset", "h", "f", "1"),
        step("hincrbyfloat", "h", "f", 1e70),
        encoding("h"),
        step("hget", "h", "f"),
    ],
    "converted-hash-survives-emptying": [
        step("hset", "h", "f", "x" * 65),
        step("hdel", "h", "f"),
        step("hset", "h", "f", "1"),
        encoding("h"),
    ],
    "copy-keeps-encoding": [
        step("hset", "h", "f", "x" * 65),
        step("hdel", "h", "f"),
        step("hset", "h", "g", "x" * 65),
        step("hset", "h", "g", "1"),
        step("copy", "h", "c"),
        encoding("c"),
        step("hgetall", "c"),
    ],
}


@pytest.mark.parametrize("steps", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_object_encoding(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


def test_big_hash_commands_agree_as_sets(kv: keyspace.Client, r: redis.Redis) -> None:
    big = fields(600)
    compare(
        kv,
        r,
        [
            step("hset", "h", mapping=big),
            step("hkeys", "h", normalize=unordered),
            step("hvals", "h", normalize=unordered),
            step("hgetall", "h"),
            step("hrandfield", "h", 600, normalize=unordered),
            step("hrandfield", "h", 1000, withvalues=True, normalize=len),
            step("hdel", "h", *big),
            step("exists", "h"),
        ],
    )


# -- HRANDFIELD by properties -----------------------------------------------------


def _pairs(flat: list[bytes]) -> list[tuple[bytes, bytes]]:
    return list(zip(flat[::2], flat[1::2], strict=True))


@pytest.mark.parametrize("size", [5, 600], ids=["listpack", "hashtable"])
def test_hrandfield_properties(kv: keyspace.Client, r: redis.Redis, size: int) -> None:
    data = {f"f{i}".encode(): str(i).encode() for i in range(size)}
    for client in (kv, r):
        client.hset("h", mapping=data)
        single = client.hrandfield("h")
        assert single in data
        for count in (1, 3, size - 1, size, size + 5):
            picked = client.hrandfield("h", count)
            assert len(picked) == min(count, size)
            assert len(set(picked)) == len(picked)
            assert set(picked) <= data.keys()
            pairs = _pairs(client.hrandfield("h", count, withvalues=True))
            assert len(pairs) == min(count, size)
            assert len({name for name, _ in pairs}) == len(pairs)
            assert all(data[name] == value for name, value in pairs)
        for count in (-1, -3, -size, -3 * size):
            picked = client.hrandfield("h", count)
            assert len(picked) == -count
            assert set(picked) <= data.keys()
            pairs = _pairs(client.hrandfield("h", count, withvalues=True))
            assert len(pairs) == -count
            assert all(data[name] == value for name, value in pairs)
        # Repeats do happen when asking for many more picks than fields.
        assert len(set(client.hrandfield("h", -10 * size))) < 10 * size


def test_hrandfield_of_a_listpack_keeps_the_hash_order(kv: keyspace.Client) -> None:
    kv.hset("h", mapping={f"f{i:02}": i for i in range(20)})
    order = kv.hkeys("h")
    for _ in range(20):
        picked = kv.hrandfield("h", 7)
        assert picked == [name for name in order if name in picked]


def test_hrandfield_picks_every_field_eventually(kv: keyspace.Client) -> None:
    kv.hset("h", mapping=fields(10))
    seen = {kv.hrandfield("h") for _ in range(300)}
    assert len(seen) == 10
    assert len(set(kv.hrandfield("h", -1000))) == 10


def test_hrandfield_too_many_repeats_is_refused(kv: keyspace.Client) -> None:
    # Redis would try to stream 2**62 replies; one gRPC reply cannot hold them.
    kv.hset("h", "a", "1")
    with pytest.raises(keyspace.ResponseError) as error:
        kv.hrandfield("h", -(2**62), withvalues=True)
    assert error.value.reason == "ERR"
    assert kv.hrandfield("nope", -(2**62)) == []


# -- HSCAN -------------------------------------------------------------------------


def full_scan(client: Any, key: str, **options: Any) -> tuple[dict[bytes, bytes], int]:
    """Every batch of an HSCAN iteration merged, and the number of calls."""
    cursor, found, calls = 0, {}, 0
    while True:
        cursor, batch = client.hscan(key, cursor, **options)
        found.update(batch)
        calls += 1
        if cursor == 0:
            return found, calls


@pytest.mark.parametrize("size", [10, 1000], ids=["listpack", "hashtable"])
def test_hscan_iteration_equals_hgetall(kv: keyspace.Client, r: redis.Redis, size: int) -> None:
    data = fields(size)
    for client in (kv, r):
        client.hset("h", mapping=data)
        found, calls = full_scan(client, "h", count=10)
        assert found == client.hgetall("h")
        assert (calls == 1) == (size == 10)
        matched, _ = full_scan(client, "h", match="f1*", count=50)
        assert matched == {k: v for k, v in client.hgetall("h").items() if k.startswith(b"f1")}
        assert dict(client.hscan_iter("h", count=7)) == client.hgetall("h")


def test_hscan_novalues(kv: keyspace.Client) -> None:
    # NOVALUES is Redis 7.4's; the 7.0 oracle rejects it, so no comparison.
    kv.hset("small", mapping={"a": 1, "b": 2, "c": 3})
    assert kv.hscan("small", no_values=True) == (0, [b"a", b"b", b"c"])
    assert kv.hscan("small", match="[ab]", no_values=True) == (0, [b"a", b"b"])
    assert kv.hscan("nope", no_values=True) == (0, [])
    kv.hset("big", mapping=fields(1000))
    cursor, names = 0, []
    while True:
        cursor, batch = kv.hscan("big", cursor, count=100, no_values=True)
        assert all(isinstance(name, bytes) for name in batch)
        names.extend(batch)
        if cursor == 0:
            break
    assert sorted(names) == sorted(kv.hkeys("big"))
    assert sorted(kv.hscan_iter("big", no_values=True)) == sorted(kv.hkeys("big"))


def test_hscan_while_the_hash_changes(kv: keyspace.Client, r: redis.Redis) -> None:
    rng = random.Random(7)
    for client in (kv, r):
        client.hset("h", mapping=fields(1000))
        stable = {f"f{i}".encode() for i in range(1000) if i % 3}
        deletable = [f"f{i}" for i in range(1000) if i % 3 == 0]
        ever_present = {f"f{i}".encode() for i in range(1000)}
        cursor, seen, added = 0, set(), 0
        while True:
            cursor, batch = client.hscan("h", cursor, count=25)
            seen.update(batch)
            for _ in range(5):
                name = f"new{added}"
                client.hset("h", name, "x")
                ever_present.add(name.encode())
                added += 1
            if deletable:
                client.hdel("h", deletable.pop(rng.randrange(len(deletable))))
            if cursor == 0:
                break
        assert stable <= seen, client
        assert seen <= ever_present


def test_hscan_cursor_of_another_hash_is_invalid(kv: keyspace.Client) -> None:
    kv.hset("a", mapping=fields(600))
    kv.hset("b", mapping=fields(600))
    cursor, _ = kv.hscan("a", 0)
    assert cursor != 0
    with pytest.raises(keyspace.ResponseError, match="invalid cursor"):
        kv.hscan("b", cursor)
    # The cursor still continues its own hash, and may be repeated.
    assert kv.hscan("a", cursor) == kv.hscan("a", cursor)


def test_hscan_iter_async(keyspace_server: RunningServer, kv: keyspace.Client) -> None:
    kv.hset("h", mapping=fields(700))

    async def scan() -> tuple[dict[bytes, bytes], list[bytes]]:
        async with keyspace.asyncio.Client(keyspace_server.address) as client:
            pairs = {name: value async for name, value in client.hscan_iter("h", count=50)}
            names = [name async for name in client.hscan_iter("h", no_values=True)]
            return pairs, names

    pairs, names = asyncio.run(scan())
    assert pairs == kv.hgetall("h")
    assert sorted(names) == sorted(pairs)


# -- Pipeline ------------------------------------------------------------------------


PIPELINE_STEPS = [
    step("hset", "p", mapping={"a": 1, "b": "x", "c": 2.5}),
    step("hsetnx", "p", "a", "2"),
    step("hget", "p", "a"),
    step("hmget", "p", ["a", "zz", "b"]),
    step("hgetall", "p"),
    step("hincrby", "p", "a", 10),
    step("hincrby", "p", "b", 1),
    step("hincrbyfloat", "p", "c", 0.25),
    step("hexists", "p", "b"),
    step("hstrlen", "p", "b"),
    step("hkeys", "p"),
    step("hvals", "p"),
    step("hrandfield", "p", 10, withvalues=True),
    step("hrandfield", "p", withvalues=True),
    step("hscan", "p", 0, match="[ab]"),
    step("hdel", "p", "a", "b", "c"),
    step("hlen", "p"),
    step("exists", "p"),
]


def _run_pipeline(client: Any) -> list[Any]:
    pipe = client.pipeline(transaction=False)
    for s in PIPELINE_STEPS:
        getattr(pipe, s.method)(*s.args, **s.kwargs)
    results = pipe.execute(raise_on_error=False)
    return [
        ("error", str(result)) if isinstance(result, Exception) else result for result in results
    ]


def test_pipeline_matches_unary_calls_and_redis(kv: keyspace.Client, r: redis.Redis) -> None:
    piped = _run_pipeline(kv)
    assert piped == _run_pipeline(r)
    kv.flushall()
    assert piped == [outcome(kv, s) for s in PIPELINE_STEPS]


# -- random command sequences ------------------------------------------------------------

KEYS = st.sampled_from(["h1", "h2", "s"])
FIELDS = st.sampled_from(["a", "b", "c", b"\x00"])
VALUES = st.sampled_from(["1", "-7", "2.5", "x", "", "9223372036854775807", "1e3"])
COMMANDS = st.one_of(
    st.builds(
        lambda k, m: step("hset", k, mapping=m), KEYS, st.dictionaries(FIELDS, VALUES, min_size=1)
    ),
    st.builds(lambda k, f, v: step("hsetnx", k, f, v), KEYS, FIELDS, VALUES),
    st.builds(lambda k, f: step("hget", k, f), KEYS, FIELDS),
    st.builds(lambda k, fs: step("hmget", k, fs), KEYS, st.lists(FIELDS, min_size=1, max_size=3)),
    st.builds(lambda k: step("hgetall", k), KEYS),
    st.builds(lambda k, fs: step("hdel", k, *fs), KEYS, st.lists(FIELDS, min_size=1, max_size=3)),
    st.builds(lambda k, f: step("hexists", k, f), KEYS, FIELDS),
    st.builds(lambda k: step("hlen", k), KEYS),
    st.builds(lambda k, f: step("hstrlen", k, f), KEYS, FIELDS),
    st.builds(lambda k: step("hkeys", k), KEYS),
    st.builds(lambda k: step("hvals", k), KEYS),
    st.builds(
        lambda k, f, n: step("hincrby", k, f, n),
        KEYS,
        FIELDS,
        st.sampled_from([1, -3, INT64_MAX, INT64_MIN, 0]),
    ),
    st.builds(
        lambda k, f, n: step("hincrbyfloat", k, f, n),
        KEYS,
        FIELDS,
        st.sampled_from([0.1, -2.5, 1e20, 3, "1e-5"]),
    ),
    # A count covering the whole (small) hash is deterministic in Redis.
    st.builds(
        lambda k, c, w: step("hrandfield", k, c, withvalues=w),
        KEYS,
        st.sampled_from([0, 4, 10]),
        st.booleans(),
    ),
    st.builds(
        lambda k, m: step("hscan", k, 0, match=m),
        KEYS,
        st.sampled_from([None, "*", "[ab]", "\x00"]),
    ),
    st.builds(lambda k: step("set", k, "v"), KEYS),
    st.builds(lambda k: step("exists", k), KEYS),
    st.builds(lambda k: step("type", k), KEYS),
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(COMMANDS, min_size=1, max_size=25))
def test_random_command_sequences(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    kv.flushall()
    r.flushall()
    compare(kv, r, steps)
