"""Sets, checked against redis-server 7.0.

Deterministic behaviour is compared step by step with ``compare``; SPOP and
SRANDMEMBER are checked by properties (on both servers, so the properties
are Redis's) and by a uniformity check loose enough never to flake.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import keyspace
import keyspace.asyncio
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyspace.commands.base import Call
from keyspace.v1 import sets_pb2

from tests.differential import Step, compare, step
from tests.servers import RunningServer

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)


def unordered(result: Any) -> Any:
    """A list reply whose order Redis leaves undefined, as a sorted list."""
    return sorted(result)


def scan_unordered(result: tuple[int, list[bytes]]) -> tuple[int, list[bytes]]:
    cursor, members = result
    return cursor, sorted(members)


def encoding(key: str) -> Step:
    return step("object", "encoding", key)


WRONGTYPE_STEPS = [
    step("sadd", "str", "a"),
    step("srem", "str", "a"),
    step("scard", "str"),
    step("sismember", "str", "a"),
    step("smismember", "str", ["a", "b"]),
    step("smembers", "str"),
    step("spop", "str"),
    step("spop", "str", 0),
    step("spop", "str", 2),
    step("srandmember", "str"),
    step("srandmember", "str", 0),
    step("srandmember", "str", -2),
    step("smove", "str", "s", "a"),
    step("smove", "s", "str", "a"),
    step("smove", "s", "str", "absent"),
    step("sinter", ["s", "str"]),
    step("sintercard", 2, ["s", "str"]),
    step("sinterstore", "dst", ["s", "str"]),
    step("sunion", ["s", "str"]),
    step("sunionstore", "dst", ["s", "str"]),
    step("sdiff", ["s", "str"]),
    step("sdiff", ["str", "s"]),
    step("sdiffstore", "dst", ["s", "str"]),
    step("sscan", "str", 0),
    step("sscan", "str", 0, count=0),
]

SCENARIOS: dict[str, list[Step]] = {
    # -- SADD, SREM, SCARD, SISMEMBER, SMISMEMBER, SMEMBERS ---------------
    "sadd-new-existing-and-repeated": [
        step("sadd", "s", "a", "b", "a"),
        step("sadd", "s", "b", "c"),
        step("scard", "s"),
        step("smembers", "s"),
        step("type", "s"),
    ],
    "sadd-without-members": [step("sadd", "s"), step("exists", "s")],
    "sadd-numbers-as-redis-py-sends-them": [
        step("sadd", "s", 1, 2.5, -3, 10**20),
        step("smembers", "s"),
        step("sismember", "s", 1),
        step("sismember", "s", "2.5"),
    ],
    "binary-members": [
        step("sadd", "s", b"\x00\xff", b"", b"a\r\nb", "é"),
        step("smembers", "s"),
        step("sismember", "s", b""),
        step("smismember", "s", [b"\x00\xff", b"\x00", "é"]),
        step("srem", "s", b""),
        step("smembers", "s"),
        step("sscan", "s", 0, match=b"\x00*", normalize=scan_unordered),
    ],
    "srem-present-and-absent": [
        step("sadd", "s", "a", "b", "c"),
        step("srem", "s", "a", "x", "a"),
        step("smembers", "s"),
        step("srem", "s", "b", "c"),
        step("exists", "s"),
        step("smembers", "s"),
    ],
    "srem-missing-key": [step("srem", "nokey", "a"), step("exists", "nokey")],
    "srem-without-members": [step("sadd", "s", "a"), step("srem", "s")],
    "scard-missing-key": [step("scard", "nokey")],
    "sismember": [
        step("sadd", "s", "a", "1"),
        step("sismember", "s", "a"),
        step("sismember", "s", "b"),
        step("sismember", "s", 1),
        step("sismember", "nokey", "a"),
    ],
    "smismember": [
        step("sadd", "s", "a", "b"),
        step("smismember", "s", ["a", "x", "b", "a"]),
        step("smismember", "s", "x", "b"),
        step("smismember", "nokey", ["a"]),
        step("smismember", "s", []),
    ],
    "smembers-missing-key": [step("smembers", "nokey")],
    # -- SPOP and SRANDMEMBER, the deterministic cases ---------------------
    "spop-missing-key": [
        step("spop", "nokey"),
        step("spop", "nokey", 3),
        step("spop", "nokey", 0),
    ],
    "spop-count-errors": [
        step("sadd", "s", "a"),
        step("spop", "s", -1),
        step("spop", "nokey", -1),
        step("spop", "s", "x"),
        step("spop", "s", 2**63),
        step("spop", "s", INT64_MIN),
        step("scard", "s"),
    ],
    "spop-count-zero": [step("sadd", "s", "a"), step("spop", "s", 0), step("scard", "s")],
    "spop-last-member-deletes": [
        step("sadd", "s", "only"),
        step("spop", "s"),
        step("exists", "s"),
        step("spop", "s"),
    ],
    "spop-count-covers-set": [
        step("sadd", "s", "a", "b", "c"),
        step("spop", "s", 5, normalize=unordered),
        step("exists", "s"),
    ],
    "spop-count-equals-size-intset-order": [
        step("sadd", "s", 30, 10, 20),
        step("spop", "s", 3),
        step("exists", "s"),
    ],
    "spop-count-max-int64": [
        step("sadd", "s", "a", "b"),
        step("spop", "s", INT64_MAX, normalize=unordered),
        step("exists", "s"),
    ],
    "spop-keeps-ttl": [
        step("sadd", "s", "a", "b", "c"),
        step("expire", "s", 100),
        step("spop", "s", 1, normalize=len),
        step("ttl", "s"),
    ],
    "srandmember-missing-key": [
        step("srandmember", "nokey"),
        step("srandmember", "nokey", 5),
        step("srandmember", "nokey", -5),
        step("srandmember", "nokey", 0),
    ],
    "srandmember-count-errors": [
        step("sadd", "s", "a"),
        step("srandmember", "s", "x"),
        step("srandmember", "nokey", "x"),
        step("srandmember", "s", INT64_MIN),
        step("srandmember", "nokey", INT64_MIN),
        step("srandmember", "s", 2**63),
    ],
    "srandmember-count-zero": [step("sadd", "s", "a"), step("srandmember", "s", 0)],
    "srandmember-single-member": [
        step("sadd", "s", "a"),
        step("srandmember", "s"),
        step("srandmember", "s", 1),
        step("srandmember", "s", -3),
        step("scard", "s"),
    ],
    "srandmember-count-covers-set": [
        step("sadd", "s", "a", "b", "c"),
        step("srandmember", "s", 3, normalize=unordered),
        step("srandmember", "s", INT64_MAX, normalize=unordered),
        step("scard", "s"),
    ],
    "srandmember-count-covers-intset-order": [
        step("sadd", "s", 3, 1, 2),
        step("srandmember", "s", 10),
    ],
    # -- SMOVE -----------------------------------------------------------
    "smove-to-new-set": [
        step("sadd", "a", "x", "y"),
        step("smove", "a", "b", "x"),
        step("smembers", "a"),
        step("smembers", "b"),
    ],
    "smove-last-member-deletes-source": [
        step("sadd", "a", "x"),
        step("smove", "a", "b", "x"),
        step("exists", "a"),
        step("smembers", "b"),
    ],
    "smove-member-already-in-destination": [
        step("sadd", "a", "x", "y"),
        step("sadd", "b", "x"),
        step("smove", "a", "b", "x"),
        step("smembers", "a"),
        step("smembers", "b"),
    ],
    "smove-absent-member": [
        step("sadd", "a", "x"),
        step("smove", "a", "b", "z"),
        step("exists", "b"),
    ],
    "smove-missing-source": [
        step("smove", "nokey", "b", "x"),
        step("set", "str", "v"),
        step("smove", "nokey", "str", "x"),
        step("exists", "b"),
    ],
    "smove-same-key": [
        step("sadd", "a", "x"),
        step("smove", "a", "a", "x"),
        step("smove", "a", "a", "z"),
        step("smembers", "a"),
        step("set", "str", "v"),
        step("smove", "str", "str", "x"),
    ],
    "smove-encodings": [
        step("sadd", "a", "1", "x"),
        step("smove", "a", "b", "1"),
        step("object", "encoding", "b"),
        step("smove", "a", "b", "x"),
        step("object", "encoding", "b"),
        step("sadd", "c", "y"),
        step("smove", "c", "d", "y"),
        step("object", "encoding", "d"),
    ],
    # -- SINTER, SINTERCARD, SINTERSTORE -----------------------------------
    "sinter": [
        step("sadd", "a", "1", "2", "3", "x"),
        step("sadd", "b", "2", "3", "4", "x"),
        step("sadd", "c", "3", "x", "y"),
        step("sinter", ["a", "b"]),
        step("sinter", "a", "b", "c"),
        step("sinter", ["a"]),
        step("sinter", ["a", "a"]),
        step("sinter", ["a", "nokey"]),
        step("sinter", ["nokey", "a"]),
        step("sinter", []),
    ],
    "sintercard": [
        step("sadd", "a", "1", "2", "3", "4"),
        step("sadd", "b", "2", "3", "4", "5"),
        step("sintercard", 2, ["a", "b"]),
        step("sintercard", 2, ["a", "b"], limit=2),
        step("sintercard", 2, ["a", "b"], limit=3),
        step("sintercard", 2, ["a", "b"], limit=10),
        step("sintercard", 2, ["a", "b"], limit=INT64_MAX),
        step("sintercard", 1, ["a"]),
        step("sintercard", 2, ["a", "nokey"]),
        step("sintercard", 1, ["nokey"], limit=1),
    ],
    "sintercard-errors": [
        step("sadd", "a", "1"),
        step("sintercard", 0, []),
        step("sintercard", -1, ["a"]),
        step("sintercard", "x", ["a"]),
        step("sintercard", 2**63, ["a"]),
        step("sintercard", 1, ["a"], limit=-1),
        step("sintercard", 1, ["nokey"], limit=-1),
        step("sintercard", 1, ["a"], limit="x"),
        step("sintercard", 1, ["a"], limit=2**63),
    ],
    "sintercard-numkeys-disagreeing-with-keys": [
        step("sadd", "a", "1"),
        step("sadd", "LIMIT", "1"),
        step("sintercard", 2, ["a"]),
        step("sintercard", 3, ["a"]),
        step("sintercard", 4, ["a"]),
        step("sintercard", 1, ["a", "b"]),
        step("sintercard", 1, ["a", "limit"], limit=2),
        step("sintercard", 1, ["a", "limit", "5"], limit=0),
    ],
    "sinterstore": [
        step("sadd", "a", "1", "2", "x"),
        step("sadd", "b", "2", "x", "y"),
        step("sinterstore", "dst", ["a", "b"]),
        step("smembers", "dst"),
        step("object", "encoding", "dst"),
        step("sinterstore", "dst", "a", "b"),
        step("sinterstore", "a", ["a", "b"]),
        step("smembers", "a"),
        step("sinterstore", "dst", []),
    ],
    "sinterstore-overwrites-other-type-and-ttl": [
        step("sadd", "a", "x"),
        step("set", "dst", "v", ex=100),
        step("sinterstore", "dst", ["a"]),
        step("type", "dst"),
        step("ttl", "dst"),
        step("smembers", "dst"),
    ],
    "sinterstore-empty-result-deletes": [
        step("sadd", "a", "x"),
        step("sadd", "b", "y"),
        step("set", "dst", "v"),
        step("sinterstore", "dst", ["a", "b"]),
        step("exists", "dst"),
        step("set", "dst", "v"),
        step("sinterstore", "dst", ["a", "nokey"]),
        step("exists", "dst"),
        step("sinterstore", "dst", ["a", "nokey"]),
    ],
    # -- SUNION, SUNIONSTORE -------------------------------------------------
    "sunion": [
        step("sadd", "a", "1", "2", "x"),
        step("sadd", "b", "2", "y"),
        step("sunion", ["a", "b"]),
        step("sunion", "a", "b", "nokey"),
        step("sunion", ["nokey"]),
        step("sunion", ["a", "a"]),
        step("sunion", []),
    ],
    "sunionstore": [
        step("sadd", "a", "1", "2"),
        step("sadd", "b", "2", "3"),
        step("sunionstore", "dst", ["a", "b"]),
        step("smembers", "dst"),
        step("object", "encoding", "dst"),
        step("set", "str", "v", ex=100),
        step("sunionstore", "str", ["a", "nokey"]),
        step("type", "str"),
        step("ttl", "str"),
        step("sunionstore", "dst", ["nokey", "nokey2"]),
        step("exists", "dst"),
        step("sunionstore", "dst", []),
        step("sunionstore", "a", ["a", "b"]),
        step("smembers", "a"),
    ],
    # -- SDIFF, SDIFFSTORE ---------------------------------------------------
    "sdiff": [
        step("sadd", "a", "1", "2", "3", "x"),
        step("sadd", "b", "2", "y"),
        step("sadd", "c", "3"),
        step("sdiff", ["a", "b"]),
        step("sdiff", "a", "b", "c"),
        step("sdiff", ["a"]),
        step("sdiff", ["a", "a"]),
        step("sdiff", ["a", "b", "a"]),
        step("sdiff", ["a", "nokey"]),
        step("sdiff", ["nokey", "a"]),
        step("sdiff", ["b", "a"]),
        step("sdiff", []),
    ],
    "sdiffstore": [
        step("sadd", "a", "1", "2", "3", "x"),
        step("sadd", "b", "x", "y"),
        step("sdiffstore", "dst", ["a", "b"]),
        step("smembers", "dst"),
        step("object", "encoding", "dst"),
        step("object", "encoding", "a"),
        step("sdiffstore", "dst", ["a", "a"]),
        step("exists", "dst"),
        step("set", "dst", "v"),
        step("sdiffstore", "dst", ["nokey", "a"]),
        step("exists", "dst"),
        step("sdiffstore", "dst", []),
        step("sdiffstore", "a", ["a", "b"]),
        step("smembers", "a"),
    ],
    # -- WRONGTYPE -----------------------------------------------------------
    "wrongtype-set-commands-on-a-string": [
        step("set", "str", "v"),
        step("sadd", "s", "a"),
        *WRONGTYPE_STEPS,
        step("get", "str"),
        step("smembers", "s"),
        step("exists", "dst"),
    ],
    "wrongtype-string-commands-on-a-set": [
        step("sadd", "s", "a"),
        step("get", "s"),
        step("incr", "s"),
        step("append", "s", "x"),
        step("strlen", "s"),
        step("smembers", "s"),
    ],
    "wrongtype-wins-over-a-missing-key": [
        step("set", "str", "v"),
        step("set", "dst", "keep"),
        step("sinter", ["nokey", "str"]),
        step("sintercard", 2, ["nokey", "str"]),
        step("sinterstore", "dst", ["nokey", "str"]),
        step("sunion", ["nokey", "str"]),
        step("sunionstore", "dst", ["nokey", "str"]),
        step("sdiff", ["nokey", "str"]),
        step("sdiffstore", "dst", ["nokey", "str"]),
        step("get", "dst"),
    ],
    # -- SSCAN ---------------------------------------------------------------
    "sscan-missing-key": [
        step("sscan", "nokey"),
        step("sscan", "nokey", 0, count=0),
        step("sscan", "nokey", 0, match="*"),
    ],
    "sscan-count-errors": [
        step("sadd", "s", "a"),
        step("sscan", "s", 0, count=0),
        step("sscan", "s", 0, count=-1),
        step("sadd", "i", 1),
        step("sscan", "i", 0, count=0),
    ],
    "sscan-invalid-cursor-text": [
        step("sadd", "s", "a"),
        step("sscan", "s", "abc"),
        step("sscan", "nokey", "abc"),
    ],
    "sscan-intset-whole-in-one-call": [
        step("sadd", "i", 5, 3, -1, 10, 100),
        step("sscan", "i", 0, count=1),
        step("sscan", "i", 12345),
        step("sscan", "i", 0, match="1*"),
        step("sscan", "i", 0, match="nothing"),
    ],
    "sscan-small-hashtable": [
        step("sadd", "s", "apple", "avocado", "banana", "cherry", "1"),
        step("sscan", "s", normalize=scan_unordered),
        step("sscan", "s", 0, count=1000, normalize=scan_unordered),
        step("sscan", "s", 0, match="a*", count=1000, normalize=scan_unordered),
        step("sscan", "s", 0, match="[bc]*", count=1000, normalize=scan_unordered),
        step("sscan_iter", "s", normalize=unordered),
        step("sscan_iter", "s", match="*an*", count=2, normalize=unordered),
    ],
    # -- OBJECT ENCODING -----------------------------------------------------
    "encoding-intset-until-a-non-integer": [
        step("sadd", "s", 1, 2, 3),
        encoding("s"),
        step("sadd", "s", "a"),
        encoding("s"),
        step("srem", "s", "a"),
        encoding("s"),
        step("sadd", "t", "a", 1),
        encoding("t"),
    ],
    "encoding-non-canonical-integers": [
        step("sadd", "a", "01"),
        encoding("a"),
        step("sadd", "b", "-0"),
        encoding("b"),
        step("sadd", "c", "+1"),
        encoding("c"),
        step("sadd", "d", " 1"),
        encoding("d"),
        step("sadd", "e", str(INT64_MAX), str(INT64_MIN)),
        encoding("e"),
        step("sadd", "f", str(INT64_MAX + 1)),
        encoding("f"),
        step("sadd", "g", "1.0"),
        encoding("g"),
    ],
    "encoding-hashtable-at-513-members": [
        step("sadd", "s", *range(512)),
        encoding("s"),
        step("sadd", "s", 5),
        encoding("s"),
        step("sadd", "s", 512),
        encoding("s"),
        step("srem", "s", 512, 511),
        encoding("s"),
        step("sadd", "t", *range(513)),
        encoding("t"),
        step("scard", "t"),
    ],
    "encoding-of-stored-results": [
        # A hashtable of integers only: the stored copies are new intsets.
        step("sadd", "h", "a", *range(6)),
        step("srem", "h", "a"),
        encoding("h"),
        step("sinterstore", "d1", ["h"]),
        encoding("d1"),
        step("sunionstore", "d2", ["h"]),
        encoding("d2"),
        step("sdiffstore", "d3", ["h", "nokey"]),
        encoding("d3"),
        step("sadd", "big", *range(300)),
        step("sadd", "big2", *range(300, 600)),
        step("sunionstore", "d4", ["big", "big2"]),
        encoding("d4"),
        step("sadd", "words", "x", "1"),
        step("sunionstore", "d5", ["words", "big"]),
        encoding("d5"),
        step("sinterstore", "d6", ["words", "big"]),
        encoding("d6"),
    ],
    "encoding-spop-rebuild-of-the-kept-members": [
        # Keeping at most a fifth of what is popped rebuilds the set, and a
        # rebuilt set of integers is an intset again (Redis's SPOP case 3).
        step("sadd", "h", "a", *range(6)),
        step("srem", "h", "a"),
        step("spop", "h", 5, normalize=len),
        encoding("h"),
        step("scard", "h"),
        step("sadd", "k", "a", *range(6)),
        step("srem", "k", "a"),
        step("spop", "k", 1, normalize=len),
        encoding("k"),
        step("sadd", "w", "a", "b", "c", "d", "e", "f"),
        step("spop", "w", 5, normalize=len),
        encoding("w"),
        # 400 kept of 3,600: back to an intset; 600 kept: over 512, a hashtable.
        step("sadd", "big", "a", *range(3_600)),
        step("srem", "big", "a"),
        step("spop", "big", 3_200, normalize=len),
        encoding("big"),
        step("sadd", "big2", "a", *range(3_600)),
        step("srem", "big2", "a"),
        step("spop", "big2", 3_000, normalize=len),
        encoding("big2"),
    ],
    "encoding-copy": [
        step("sadd", "s", 1, 2),
        step("copy", "s", "c"),
        encoding("c"),
        step("sadd", "c", "x"),
        encoding("c"),
        encoding("s"),
        step("smembers", "s"),
    ],
    "ttl-kept-by-changes": [
        step("sadd", "s", "a"),
        step("expire", "s", 100),
        step("sadd", "s", "b"),
        step("srem", "s", "a"),
        step("sadd", "t", "z"),
        step("smove", "t", "s", "z"),
        step("ttl", "s"),
    ],
}


@pytest.mark.parametrize("steps", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_scenario(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


# -- SPOP and SRANDMEMBER by their properties --------------------------------

MEMBERS = [str(n).encode() for n in range(50)] + [f"m{n}".encode() for n in range(50)]


@pytest.fixture(params=["keyspace", "redis"])
def client(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("kv" if request.param == "keyspace" else "r")


def test_spop_count_removes_distinct_members(client: Any) -> None:
    client.sadd("s", *MEMBERS)
    popped = client.spop("s", 10)
    assert len(popped) == 10 and len(set(popped)) == 10
    assert set(popped) <= set(MEMBERS)
    assert client.scard("s") == 90
    assert client.smismember("s", popped) == [0] * 10
    assert client.smembers("s") == set(MEMBERS) - set(popped)


def test_spop_count_most_of_the_set(client: Any) -> None:
    client.sadd("s", *MEMBERS)
    popped = client.spop("s", 95)
    assert len(set(popped)) == 95 and set(popped) <= set(MEMBERS)
    assert client.smembers("s") == set(MEMBERS) - set(popped)


def test_spop_until_empty_returns_each_member_once(client: Any) -> None:
    client.sadd("s", *MEMBERS)
    popped = [client.spop("s") for _ in MEMBERS]
    assert sorted(popped) == sorted(MEMBERS)
    assert client.exists("s") == 0
    assert client.spop("s") is None


def test_srandmember_distinct_and_unchanged(client: Any) -> None:
    client.sadd("s", *MEMBERS)
    for count in (1, 5, 40, 99):
        picked = client.srandmember("s", count)
        assert len(picked) == count and len(set(picked)) == count
        assert set(picked) <= set(MEMBERS)
    assert client.srandmember("s") in MEMBERS
    assert client.smembers("s") == set(MEMBERS)


def test_srandmember_negative_count_repeats(client: Any) -> None:
    client.sadd("s", "a", "b", "c")
    picked = client.srandmember("s", -100)
    assert len(picked) == 100
    assert set(picked) <= {b"a", b"b", b"c"}
    assert len(set(picked)) < len(picked)  # more picks than members
    assert client.scard("s") == 3


def test_reply_types_are_redis_pys(kv: keyspace.Client, r: redis.Redis) -> None:
    calls: list[tuple[str, tuple[Any, ...]]] = [
        ("sadd", ("s", "a", "b")),
        ("sismember", ("s", "a")),
        ("sismember", ("s", "z")),
        ("smismember", ("s", ["a", "z"])),
        ("smove", ("s", "t", "a")),
        ("smove", ("s", "t", "z")),
        ("smembers", ("s",)),
        ("sinter", (["s"],)),
        ("srandmember", ("s", 1)),
        ("srandmember", ("s",)),
        ("spop", ("s", 0)),
        ("sscan", ("s",)),
    ]
    for method, arguments in calls:
        expected = getattr(r, method)(*arguments)
        actual = getattr(kv, method)(*arguments)
        assert type(actual) is type(expected), method
        if isinstance(expected, list | tuple):
            assert [type(x) for x in actual] == [type(x) for x in expected], method


RAW_ERRORS = {
    "spop-negative-count": (
        "SPop",
        sets_pb2.SPopRequest(key=b"nokey", count=-1),
        "value is out of range, must be positive",
    ),
    "sintercard-no-keys": (
        "SInterCard",
        sets_pb2.SInterCardRequest(keys=[]),
        "numkeys should be greater than 0",
    ),
    "sintercard-negative-limit": (
        "SInterCard",
        sets_pb2.SInterCardRequest(keys=[b"nokey"], limit=-1),
        "LIMIT can't be negative",
    ),
    "sinterstore-no-keys": (
        "SInterStore",
        sets_pb2.SInterStoreRequest(destination=b"d"),
        "wrong number of arguments for 'sinterstore' command",
    ),
    "sscan-count-zero": (
        "SScan",
        sets_pb2.SScanRequest(key=b"s", count=0),
        "syntax error",
    ),
}


@pytest.mark.parametrize(
    ("rpc", "request_message", "message"), list(RAW_ERRORS.values()), ids=list(RAW_ERRORS)
)
def test_server_validates_what_the_sdk_checks_first(
    kv: keyspace.Client, rpc: str, request_message: Any, message: str
) -> None:
    # The SDK rejects these before sending, as Redis would; a client of the
    # gRPC API alone must get the same answer from the server.
    kv.sadd("s", "a")
    with pytest.raises(keyspace.ResponseError) as raised:
        kv._send(Call(rpc, request_message, lambda response: response))
    assert str(raised.value) == message


def test_srandmember_count_beyond_one_reply_is_refused(kv: keyspace.Client) -> None:
    # Keyspace only: no gRPC message could carry the reply (Redis would try).
    kv.sadd("s", "a")
    with pytest.raises(keyspace.ResourceExhaustedError, match="too large"):
        kv.srandmember("s", -(2**40))
    assert kv.srandmember("s", -3) == [b"a", b"a", b"a"]


# Bounds many standard deviations wide: a false failure is practically
# impossible, while a biased pick (one member twice as likely) fails.


def test_srandmember_uniform(kv: keyspace.Client) -> None:
    kv.sadd("s", "a", "b", "c", "d")
    counts = Counter(kv.srandmember("s", -20_000))
    assert set(counts) == {b"a", b"b", b"c", b"d"}
    assert all(4_500 <= n <= 5_500 for n in counts.values()), counts  # sd ~ 61


def test_srandmember_distinct_picks_uniform(kv: keyspace.Client) -> None:
    kv.sadd("s", "a", "b", "c", "d")
    with kv.pipeline() as pipe:
        for _ in range(4_000):
            pipe.srandmember("s", 2)
        picks = pipe.execute()
    counts = Counter(member for pair in picks for member in pair)
    assert all(len(set(pair)) == 2 for pair in picks)
    assert all(1_700 <= n <= 2_300 for n in counts.values()), counts  # sd ~ 32


def test_spop_uniform(kv: keyspace.Client) -> None:
    members = ["a", "b", "c", "d"]
    with kv.pipeline() as pipe:
        for _ in range(4_000):
            pipe.sadd("s", *members)
            pipe.spop("s")
        replies = pipe.execute()
    counts = Counter(replies[1::2])
    assert set(counts) == {b"a", b"b", b"c", b"d"}
    assert all(700 <= n <= 1_300 for n in counts.values()), counts  # sd ~ 27


# -- SSCAN over a hashtable --------------------------------------------------

BIG = [f"member:{n}" for n in range(2_000)]


@pytest.mark.parametrize("count", [None, 7, 100, 5_000])
def test_sscan_full_iteration_equals_smembers(client: Any, count: int | None) -> None:
    client.sadd("s", *BIG)
    seen: list[bytes] = []
    cursor, calls = 0, 0
    while True:
        cursor, batch = client.sscan("s", cursor, count=count)
        seen.extend(batch)
        calls += 1
        if cursor == 0:
            break
    assert set(seen) == client.smembers("s")
    if count == 5_000:
        assert calls == 1
    assert set(client.sscan_iter("s", match="member:1*", count=count)) == {
        m.encode() for m in BIG if m.startswith("member:1")
    }


def test_sscan_complete_while_the_set_changes(kv: keyspace.Client) -> None:
    kv.sadd("s", *BIG)
    removed: set[bytes] = set()
    added: set[bytes] = set()
    seen: list[bytes] = []
    cursor, step_number = 0, 0
    while True:
        cursor, batch = kv.sscan("s", cursor, count=50)
        seen.extend(batch)
        # Between calls, remove some original members and add new ones.
        doomed = [BIG[(step_number * 37 + k) % len(BIG)] for k in range(5)]
        kv.srem("s", *doomed)
        removed.update(m.encode() for m in doomed)
        fresh = [f"new:{step_number}:{k}" for k in range(5)]
        kv.sadd("s", *fresh)
        added.update(m.encode() for m in fresh)
        step_number += 1
        if cursor == 0:
            break
    kept = {m.encode() for m in BIG} - removed
    assert kept <= set(seen), "a member present throughout was missed"
    assert set(seen) <= {m.encode() for m in BIG} | added
    assert len(seen) == len(set(seen)), "Keyspace's snapshot cursors never repeat"


def test_sscan_cursor_of_another_key_is_invalid(kv: keyspace.Client) -> None:
    kv.sadd("s", *BIG)
    kv.sadd("t", *BIG)
    cursor, _ = kv.sscan("s", 0, count=10)
    assert cursor != 0
    with pytest.raises(keyspace.ResponseError, match="invalid cursor"):
        kv.sscan("t", cursor)


def test_async_sscan_iter(keyspace_server: RunningServer, kv: keyspace.Client) -> None:
    kv.sadd("s", *BIG)

    async def collect() -> list[bytes]:
        client = keyspace.asyncio.Client(keyspace_server.address, timeout=30)
        try:
            return [member async for member in client.sscan_iter("s", count=300)]
        finally:
            await client.close()

    seen = asyncio.run(collect())
    assert sorted(seen) == sorted(m.encode() for m in BIG)


# -- pipelines ---------------------------------------------------------------

PIPELINE_STEPS = [
    step("sadd", "a", "1", "2", "3", "x"),
    step("sadd", "b", "2", "3", "y"),
    step("sadd", "a"),
    step("srem", "a", "x", "z"),
    step("scard", "a"),
    step("sismember", "a", "1"),
    step("smismember", "a", ["1", "9"]),
    step("smembers", "a"),
    step("smove", "a", "b", "1"),
    step("sinter", ["a", "b"]),
    step("sintercard", 2, ["a", "b"], limit=1),
    step("sinterstore", "i", ["a", "b"]),
    step("sunion", ["a", "b"]),
    step("sunionstore", "u", ["a", "b"]),
    step("sdiff", ["b", "a"]),
    step("sdiffstore", "d", ["b", "a"]),
    step("spop", "a", 0),
    step("srandmember", "nokey", 3),
    step("spop", "d", 10, normalize=unordered),
    step("sscan", "i", 0),
    step("set", "str", "v"),
    step("sadd", "str", "x"),
    step("spop", "str"),
    step("object", "encoding", "u"),
]


def test_pipeline_matches_unary_calls(kv: keyspace.Client) -> None:
    def shown(result: Any) -> Any:
        return ("error", str(result)) if isinstance(result, Exception) else result

    unary = []
    for s in PIPELINE_STEPS:
        try:
            unary.append(getattr(kv, s.method)(*s.args, **s.kwargs))
        except keyspace.ResponseError as error:
            unary.append(error)
    kv.flushall()
    with kv.pipeline() as pipe:
        for s in PIPELINE_STEPS:
            getattr(pipe, s.method)(*s.args, **s.kwargs)
        piped = pipe.execute(raise_on_error=False)
    assert [shown(x) for x in piped] == [shown(x) for x in unary]


def test_pipeline_matches_redis(kv: keyspace.Client, r: redis.Redis) -> None:
    def run(client: Any) -> list[Any]:
        with client.pipeline(transaction=False) as pipe:
            for s in PIPELINE_STEPS:
                getattr(pipe, s.method)(*s.args, **s.kwargs)
            results = pipe.execute(raise_on_error=False)
        return [
            ("error", str(x)) if isinstance(x, Exception) else s.normalize(x) if s.normalize else x
            for s, x in zip(PIPELINE_STEPS, results, strict=True)
        ]

    assert run(kv) == run(r)


# -- random command sequences against Redis ----------------------------------

KEYS = st.sampled_from(["a", "b", "c", "str"])
MEMBER = st.sampled_from(["1", "2", "3", "-7", "01", "x", "y", b"\x00", ""])
MEMBER_LISTS = st.lists(MEMBER, min_size=1, max_size=5)
KEY_LISTS = st.lists(KEYS, min_size=1, max_size=3)


def _sequence_step() -> st.SearchStrategy[Step]:
    return st.one_of(
        st.builds(lambda k, ms: step("sadd", k, *ms), KEYS, MEMBER_LISTS),
        st.builds(lambda k, ms: step("srem", k, *ms), KEYS, MEMBER_LISTS),
        st.builds(lambda k: step("scard", k), KEYS),
        st.builds(lambda k, m: step("sismember", k, m), KEYS, MEMBER),
        st.builds(lambda k, ms: step("smismember", k, ms), KEYS, MEMBER_LISTS),
        st.builds(lambda k: step("smembers", k), KEYS),
        st.builds(lambda s, d, m: step("smove", s, d, m), KEYS, KEYS, MEMBER),
        st.builds(lambda ks: step("sinter", ks), KEY_LISTS),
        st.builds(
            lambda ks, n: step("sintercard", len(ks), ks, limit=n),
            KEY_LISTS,
            st.integers(0, 3),
        ),
        st.builds(lambda d, ks: step("sinterstore", d, ks), KEYS, KEY_LISTS),
        st.builds(lambda ks: step("sunion", ks), KEY_LISTS),
        st.builds(lambda d, ks: step("sunionstore", d, ks), KEYS, KEY_LISTS),
        st.builds(lambda ks: step("sdiff", ks), KEY_LISTS),
        st.builds(lambda d, ks: step("sdiffstore", d, ks), KEYS, KEY_LISTS),
        st.builds(lambda k: step("spop", k, 100, normalize=unordered), KEYS),
        st.builds(lambda k: step("srandmember", k, 100, normalize=unordered), KEYS),
        st.builds(lambda k: step("sscan", k, 0, count=100, normalize=scan_unordered), KEYS),
        st.builds(lambda k: step("object", "encoding", k), KEYS),
        st.builds(lambda k: step("type", k), KEYS),
        st.just(step("set", "str", "v")),
    )


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_sequence_step(), min_size=1, max_size=25))
def test_random_sequences_match_redis(
    kv: keyspace.Client, r: redis.Redis, steps: list[Step]
) -> None:
    kv.flushall()
    r.flushall()
    compare(kv, r, [step("set", "str", "v"), *steps])
