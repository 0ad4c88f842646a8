"""Sorted sets, checked against redis-server 7.0.

Deterministic behaviour is compared step by step with ``compare``. ZRANK
and ZREVRANK WITHSCORE are Redis 7.2 (the 7.0 oracle rejects them), so they
are checked against what 7.2 documents. ZRANDMEMBER's random picks are
checked by properties on both servers, so that the properties are Redis's.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from typing import Any

import keyspace
import keyspace.asyncio
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyspace.commands.base import Call
from keyspace.v1 import zsets_pb2 as pb

from tests.differential import Step, compare, step
from tests.servers import RunningServer

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)


def unordered(result: Any) -> Any:
    """A reply whose order Redis leaves undefined, sorted."""
    return sorted(result)


def scan_unordered(result: tuple[int, list[Any]]) -> tuple[int, list[Any]]:
    cursor, pairs = result
    return cursor, sorted(pairs)


def encoding(key: str) -> Step:
    return step("object", "encoding", key)


def everything(key: str) -> Step:
    return step("zrange", key, 0, -1, withscores=True)


FIVE = step("zadd", "z", {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
# Equal scores: ordered by member bytes; the lexicographic commands need it.
LEX = step("zadd", "l", {m: 0 for m in ["a", "b", "c", "d", "e", "f", "g"]})
TIES = step("zadd", "t", {"b": 1, "a": 1, "aa": 1, "B": 1, "": 1, b"\xff": 1, b"\x00": 1})
INFINITE = step("zadd", "i", {"lo": "-inf", "mid": 0, "hi": "+inf", "neg": -2.5})
STRING = step("set", "str", "v")
MANY = {f"m{n:03d}": n for n in range(129)}

# -- ZADD ------------------------------------------------------------------------


def _zadd_flag_scenarios() -> dict[str, list[Step]]:
    """Every ZADD flag combination redis-py lets through, on an existing
    member, a new member and a missing key."""
    scenarios: dict[str, list[Step]] = {}
    for condition, comparison, ch, incr in itertools.product(
        [None, "nx", "xx"], [None, "gt", "lt"], [False, True], [False, True]
    ):
        if condition == "nx" and comparison:
            continue  # redis-py refuses it (DataError); tested below
        flags: dict[str, Any] = {name: True for name in (condition, comparison) if name}
        if ch:
            flags["ch"] = True
        if incr:
            flags["incr"] = True
        name = "-".join(flags) or "plain"
        updates = (
            [{"a": 3}, {"a": -1}, {"a": 1}, {"new": 7}]
            if incr
            else [
                {"a": 3, "b": 0, "new": 7, "n2": 1},
                {"a": -1, "b": 2, "c": 3},
            ]
        )
        steps = [step("zadd", "z", {"a": 1, "b": 2})]
        for mapping in updates:
            steps += [step("zadd", "z", mapping, **flags), everything("z")]
        steps += [step("zadd", "missing", {"x": 1}, **flags), everything("missing")]
        scenarios[f"zadd-{name}"] = steps
    return scenarios


SCENARIOS: dict[str, list[Step]] = {
    **_zadd_flag_scenarios(),
    "zadd-new-existing-and-repeated-in-one-call": [
        step("zadd", "z", {"a": 1, "b": 2}),
        step("zadd", "z", {"a": 5, "c": 3}, ch=True),
        step("zadd", "z", {"a": 5}, ch=True),
        everything("z"),
        step("zcard", "z"),
        step("type", "z"),
    ],
    "zadd-score-texts": [
        step("zadd", "z", {"a": "1.5", "b": "-3", "c": "1e3", "d": "+inf", "e": "-inf"}),
        step("zadd", "z", {"f": "0x10", "g": ".5", "h": "5.", "i": "inf", "j": "-Infinity"}),
        step("zadd", "z", {"k": "1e-310", "l": "+2", "m": 10**20, "n": 1.25}),
        everything("z"),
    ],
    "zadd-bad-scores": [
        step("zadd", "z", {"a": 1}),
        step("zadd", "z", {"a": "abc"}),
        step("zadd", "z", {"a": ""}),
        step("zadd", "z", {"a": " 1"}),
        step("zadd", "z", {"a": "1 "}),
        step("zadd", "z", {"a": "nan"}),
        step("zadd", "z", {"a": float("nan")}),
        step("zadd", "z", {"a": "1e999"}),
        step("zadd", "z", {"a": "1e-400"}),
        step("zadd", "z", {"a": 10**400}),
        step("zadd", "z", {"b": 2, "a": "x"}),
        step("zadd", "z", {"a": "1"}, incr=True),
        step("zincrby", "z", "x", "a"),
        step("zincrby", "z", float("nan"), "a"),
        everything("z"),
    ],
    "zadd-errors-before-wrongtype": [
        STRING,
        step("zadd", "str", {"a": "nan"}),
        step("zadd", "str", {"a": 1}, xx=True),
        step("zadd", "str", {"a": 1}, incr=True, xx=True),
        step("zincrby", "str", 1, "a"),
    ],
    "zadd-incr-nan-is-refused": [
        step("zadd", "z", {"a": "inf"}),
        step("zadd", "z", {"a": "-inf"}, incr=True),
        step("zincrby", "z", "-inf", "a"),
        step("zincrby", "z", "+inf", "a"),
        step("zscore", "z", "a"),
    ],
    "zadd-incr-aborted-replies-nil": [
        step("zadd", "z", {"a": 5}),
        step("zadd", "z", {"a": 1}, incr=True, nx=True),
        step("zadd", "z", {"b": 1}, incr=True, xx=True),
        step("zadd", "z", {"a": -1}, incr=True, gt=True),
        step("zadd", "z", {"a": 1}, incr=True, lt=True),
        step("zadd", "z", {"a": 0}, incr=True, gt=True),
        step("zadd", "z", {"a": 0}, incr=True),
        step("zadd", "nokey", {"a": 1}, incr=True, xx=True),
        step("exists", "nokey"),
    ],
    "zadd-gt-lt-add-new-members": [
        step("zadd", "z", {"a": 5}),
        step("zadd", "z", {"a": 1, "b": 1}, gt=True, ch=True),
        step("zadd", "z", {"a": 9, "c": 1}, lt=True, ch=True),
        step("zadd", "z", {"a": 9, "d": 1}, xx=True, gt=True, ch=True),
        everything("z"),
    ],
    "zadd-same-score-is-no-change": [
        step("zadd", "z", {"a": 1}),
        step("zadd", "z", {"a": 1.0}, ch=True),
        step("zadd", "z", {"a": "1e0"}, ch=True),
        step("zincrby", "z", 0, "a"),
    ],
    "zadd-binary-and-empty-members": [
        step("zadd", "z", {b"\x00\xff": 1, b"": 1, b"\xff": 1, b"\x00": 1, "é": 1}),
        everything("z"),
        step("zscore", "z", b""),
        step("zrank", "z", b"\xff"),
    ],
    "zadd-equal-scores-ordered-by-member-bytes": [
        TIES,
        everything("t"),
        step("zrevrange", "t", 0, -1),
    ],
    "zadd-infinite-scores": [
        INFINITE,
        everything("i"),
        step("zscore", "i", "lo"),
        step("zincrby", "i", 1, "hi"),
        step("zincrby", "i", "-inf", "lo"),
        everything("i"),
    ],
    "zadd-negative-zero": [
        step("zadd", "z", {"a": "-0", "b": 0, "c": "-0.0"}),
        step("zrange", "z", 0, -1, withscores=True, score_cast_func=str),
        step("zscore", "z", "a"),
        step("zadd", "z", {"a": 0}, ch=True),
    ],
    "zadd-wrongtype": [STRING, step("zadd", "str", {"a": 1}), step("zincrby", "str", 1, "a")],
    "zincrby-creates-and-adds": [
        step("zincrby", "z", 2.5, "a"),
        step("zincrby", "z", -1, "a"),
        step("zincrby", "z", "1e2", "b"),
        step("zincrby", "z", "0.1", "c"),
        step("zincrby", "z", "0.2", "c"),
        everything("z"),
    ],
    # -- ZREM, ZCARD, ZSCORE, ZMSCORE ---------------------------------------------
    "zrem-members-and-deletes-when-empty": [
        step("zadd", "z", {"a": 1, "b": 2, "c": 3}),
        step("zrem", "z", "a", "x", "a"),
        step("zrem", "z", "b", "c", "d"),
        step("exists", "z"),
        step("zrem", "z", "a"),
        step("zrem", "z"),
        STRING,
        step("zrem", "str", "a"),
    ],
    "zcard-zscore-zmscore": [
        FIVE,
        step("zcard", "z"),
        step("zcard", "missing"),
        step("zscore", "z", "c"),
        step("zscore", "z", "x"),
        step("zscore", "missing", "x"),
        step("zmscore", "z", ["a", "x", "e"]),
        step("zmscore", "missing", ["a", "b"]),
        STRING,
        step("zcard", "str"),
        step("zscore", "str", "a"),
        step("zmscore", "str", ["a"]),
    ],
    # -- ZCOUNT and ZLEXCOUNT ----------------------------------------------------
    "zcount-bounds": [
        FIVE,
        step("zcount", "z", 2, 4),
        step("zcount", "z", "(2", "(4"),
        step("zcount", "z", "(2", 4),
        step("zcount", "z", "-inf", "+inf"),
        step("zcount", "z", "-inf", "(1"),
        step("zcount", "z", "(5", "+inf"),
        step("zcount", "z", 4, 2),
        step("zcount", "z", 3, "(3"),
        step("zcount", "z", "(3", 3),
        step("zcount", "z", 3, 3),
        step("zcount", "z", "", "(3"),
        step("zcount", "z", "(", 10),
        step("zcount", "z", " 2", "0x4"),
        step("zcount", "z", "2.5", "4.000"),
        step("zcount", "z", 2, 10**400),
        step("zcount", "missing", 0, 1),
    ],
    "zcount-infinite-members": [
        INFINITE,
        step("zcount", "i", "-inf", "-inf"),
        step("zcount", "i", "(-inf", "+inf"),
        step("zcount", "i", "inf", "inf"),
        step("zcount", "i", "(-inf", "(inf"),
        step("zcount", "i", "(inf", "inf"),
    ],
    "zcount-bad-bounds": [
        FIVE,
        step("zcount", "z", "x", 1),
        step("zcount", "z", 1, "(x"),
        step("zcount", "z", "nan", 1),
        step("zcount", "z", 1, "((2"),
        step("zcount", "z", "1 ", 2),
        step("zcount", "z", " ", 2),
        step("zcount", "z", "[1", 2),
        STRING,
        step("zcount", "str", "x", 1),
        step("zcount", "str", 1, 2),
    ],
    "zlexcount-bounds": [
        LEX,
        step("zlexcount", "l", "-", "+"),
        step("zlexcount", "l", "[b", "[d"),
        step("zlexcount", "l", "(b", "(d"),
        step("zlexcount", "l", "(b", "[d"),
        step("zlexcount", "l", "[d", "[b"),
        step("zlexcount", "l", "[c", "(c"),
        step("zlexcount", "l", "[c", "[c"),
        step("zlexcount", "l", "-", "[c"),
        step("zlexcount", "l", "[c", "+"),
        step("zlexcount", "l", "+", "-"),
        step("zlexcount", "l", "-", "-"),
        step("zlexcount", "l", "+", "+"),
        step("zlexcount", "l", "[", "[bb"),
        step("zlexcount", "l", "(", "+"),
        step("zlexcount", "l", "[z", "+"),
        step("zlexcount", "l", "-", "(a"),
        step("zlexcount", "missing", "-", "+"),
    ],
    "zlexcount-bad-bounds": [
        LEX,
        step("zlexcount", "l", "a", "+"),
        step("zlexcount", "l", "-", "b"),
        step("zlexcount", "l", "", "+"),
        step("zlexcount", "l", "+a", "+"),
        step("zlexcount", "l", "-", "-x"),
        STRING,
        step("zlexcount", "str", "a", "+"),
        step("zlexcount", "str", "-", "+"),
    ],
    "zlexcount-mixed-scores-listpack": [
        step("zadd", "m", {"a": 3, "b": 1, "c": 2, "d": 0, "e": 5}),
        step("zlexcount", "m", "[b", "[d"),
        step("zlexcount", "m", "-", "[c"),
        step("zlexcount", "m", "(a", "+"),
        step("zrangebylex", "m", "[b", "[d"),
        step("zrevrangebylex", "m", "[d", "[b"),
        step("zrangebylex", "m", "-", "+", 1, 2),
        step("zrevrangebylex", "m", "+", "-", 1, 2),
        step("zremrangebylex", "m", "[b", "[c"),
        everything("m"),
    ],
    # -- ZRANK and ZREVRANK ---------------------------------------------------------
    "zrank-zrevrank": [
        FIVE,
        TIES,
        step("zrank", "z", "a"),
        step("zrank", "z", "e"),
        step("zrevrank", "z", "a"),
        step("zrevrank", "z", "e"),
        step("zrank", "z", "x"),
        step("zrevrank", "missing", "x"),
        step("zrank", "t", "aa"),
        step("zrevrank", "t", b"\x00"),
        STRING,
        step("zrank", "str", "a"),
        step("zrevrank", "str", "a"),
    ],
    # -- ZRANGE by rank ----------------------------------------------------------------
    "zrange-ranks": [
        FIVE,
        step("zrange", "z", 0, -1),
        step("zrange", "z", 1, 3, withscores=True),
        step("zrange", "z", -2, -1),
        step("zrange", "z", -100, 100),
        step("zrange", "z", 3, 1),
        step("zrange", "z", 5, 10),
        step("zrange", "z", -1, -2),
        step("zrange", "z", 0, -6),
        step("zrange", "z", 0, 0),
        step("zrange", "z", INT64_MIN, INT64_MAX),
        step("zrange", "z", "1", "2"),
        step("zrange", "z", "x", 2),
        step("zrange", "z", 1.5, 2),
        step("zrange", "missing", 0, -1),
    ],
    "zrange-rev-ranks": [
        FIVE,
        step("zrange", "z", 0, -1, desc=True),
        step("zrange", "z", 0, 1, desc=True, withscores=True),
        step("zrange", "z", -2, -1, desc=True),
        step("zrevrange", "z", 1, 3),
        step("zrevrange", "z", 0, -1, withscores=True),
        step("zrevrange", "z", 4, 100),
        step("zrevrange", "z", 3, 1),
        step("zrevrange", "missing", 0, -1),
    ],
    "zrange-limit-needs-byscore-or-bylex": [
        FIVE,
        step("zrange", "z", 0, -1, offset=0, num=1),
        step("zrange", "z", 0, -1, offset=0, num=0),
        step("zrange", "z", 0, -1, offset=5, num=-1),
        step("zrange", "z", "x", "y", offset=1, num=1),
        step("zrange", "z", 0, -1, offset="x", num=1),
        step("zrange", "missing", 0, -1, offset=1, num=2),
        STRING,
        step("zrange", "str", 0, -1, offset=1, num=1),
    ],
    "zrange-score-cast-func": [
        step("zadd", "z", {"a": 1.5, "b": 2, "c": "inf", "d": 0.1}),
        step("zrange", "z", 0, -2, withscores=True, score_cast_func=int),
        step("zrange", "z", 0, -1, withscores=True, score_cast_func=bytes),
        step("zrevrange", "z", 0, -1, withscores=True, score_cast_func=str),
        step("zrangebyscore", "z", 0, 5, withscores=True, score_cast_func=bytes),
    ],
    # -- ZRANGE BYSCORE, ZRANGEBYSCORE, ZREVRANGEBYSCORE -----------------------------
    "zrange-byscore": [
        FIVE,
        step("zrange", "z", 2, 4, byscore=True),
        step("zrange", "z", "(2", "+inf", byscore=True, withscores=True),
        step("zrange", "z", "-inf", "(3", byscore=True),
        step("zrange", "z", 4, 2, byscore=True),
        step("zrange", "z", 1, 5, byscore=True, offset=1, num=2),
        step("zrange", "z", 1, 5, byscore=True, offset=1, num=-1),
        step("zrange", "z", 1, 5, byscore=True, offset=0, num=0),
        step("zrange", "z", 1, 5, byscore=True, offset=-1, num=2),
        step("zrange", "z", 1, 5, byscore=True, offset=5, num=2),
        step("zrange", "z", 1, 5, byscore=True, offset=4, num=10),
        step("zrange", "z", "x", 5, byscore=True),
    ],
    "zrange-byscore-rev-reads-start-as-max": [
        FIVE,
        step("zrange", "z", 4, 2, byscore=True, desc=True),
        step("zrange", "z", 2, 4, byscore=True, desc=True),
        step("zrange", "z", "+inf", "-inf", byscore=True, desc=True, withscores=True),
        step("zrange", "z", "(5", "(1", byscore=True, desc=True),
        step("zrange", "z", 5, 1, byscore=True, desc=True, offset=1, num=2),
        step("zrange", "z", 5, 1, byscore=True, desc=True, offset=3, num=-1),
        step("zrange", "z", 5, 1, byscore=True, desc=True, offset=-2, num=1),
        step("zrange", "z", 5, 1, byscore=True, desc=True, offset=4, num=1),
    ],
    "zrangebyscore": [
        FIVE,
        INFINITE,
        step("zrangebyscore", "z", 2, 4),
        step("zrangebyscore", "z", "(2", "(5", withscores=True),
        step("zrangebyscore", "z", "-inf", "+inf", 1, 3),
        step("zrangebyscore", "z", "-inf", "+inf", 2, -1, withscores=True),
        step("zrangebyscore", "z", "-inf", "+inf", 0, 0),
        step("zrangebyscore", "z", "-inf", "+inf", -1, 3),
        step("zrangebyscore", "z", "-inf", "+inf", 10, 3),
        step("zrangebyscore", "i", "-inf", "-inf", withscores=True),
        step("zrangebyscore", "i", "(-inf", "(inf", withscores=True),
        step("zrangebyscore", "z", "x", 1),
        step("zrangebyscore", "z", 1, "x", 0, 1),
        step("zrangebyscore", "z", 1, 2, "x", 1),
        step("zrangebyscore", "missing", 0, 1),
    ],
    "zrevrangebyscore": [
        FIVE,
        INFINITE,
        step("zrevrangebyscore", "z", 4, 2),
        step("zrevrangebyscore", "z", "(5", "(2", withscores=True),
        step("zrevrangebyscore", "z", "+inf", "-inf", 1, 2),
        step("zrevrangebyscore", "z", "+inf", "-inf", 3, -1),
        step("zrevrangebyscore", "z", "+inf", "-inf", -1, 1),
        step("zrevrangebyscore", "z", 2, 4),
        step("zrevrangebyscore", "i", "+inf", "+inf", withscores=True),
        step("zrevrangebyscore", "i", "(inf", "(-inf", withscores=True),
        step("zrevrangebyscore", "z", "x", 1),
        STRING,
        step("zrevrangebyscore", "str", 1, 0),
    ],
    # -- ZRANGE BYLEX, ZRANGEBYLEX, ZREVRANGEBYLEX ---------------------------------
    "zrange-bylex": [
        LEX,
        step("zrange", "l", "[b", "[d", bylex=True),
        step("zrange", "l", "(b", "(e", bylex=True),
        step("zrange", "l", "-", "+", bylex=True, offset=2, num=3),
        step("zrange", "l", "-", "+", bylex=True, offset=-1, num=3),
        step("zrange", "l", "-", "+", bylex=True, offset=7, num=3),
        step("zrange", "l", "+", "-", bylex=True, desc=True),
        step("zrange", "l", "[e", "[b", bylex=True, desc=True, offset=1, num=2),
        step("zrange", "l", "[b", "[e", bylex=True, desc=True),
        step("zrange", "l", "x", "+", bylex=True),
        step("zrange", "missing", "-", "+", bylex=True),
    ],
    "zrangebylex-zrevrangebylex": [
        LEX,
        TIES,
        step("zrangebylex", "l", "-", "+"),
        step("zrangebylex", "l", "[c", "+", 1, 2),
        step("zrangebylex", "l", "-", "(c"),
        step("zrangebylex", "l", "[aa", "(d"),
        step("zrangebylex", "l", "[c", "[c"),
        step("zrangebylex", "l", "(c", "[c"),
        step("zrangebylex", "l", "-", "+", 0, -1),
        step("zrangebylex", "l", "-", "+", 3, 0),
        step("zrevrangebylex", "l", "+", "-"),
        step("zrevrangebylex", "l", "[e", "(b", 1, 10),
        step("zrevrangebylex", "l", "(c", "-"),
        step("zrevrangebylex", "l", "-", "+"),
        step("zrangebylex", "t", "-", "+"),
        step("zrangebylex", "t", "[", "(b"),
        step("zrangebylex", "t", "(", "+"),
        step("zrangebylex", "t", b"[\x00", b"[\xff"),
        step("zrangebylex", "l", "[a", "b"),
        step("zrevrangebylex", "l", "b", "[a"),
        STRING,
        step("zrangebylex", "str", "-", "+"),
        step("zrangebylex", "str", "bad", "+"),
    ],
    # -- ZRANGESTORE -------------------------------------------------------------------
    "zrangestore": [
        FIVE,
        LEX,
        step("zrangestore", "d", "z", 1, 3),
        everything("d"),
        step("zrangestore", "d", "z", 2, 4, byscore=True),
        everything("d"),
        step("zrangestore", "d", "z", 4, 1, byscore=True, desc=True, offset=1, num=2),
        everything("d"),
        step("zrangestore", "d", "l", "[b", "[d", bylex=True),
        everything("d"),
        step("zrangestore", "d", "l", "+", "-", bylex=True, desc=True, offset=0, num=2),
        everything("d"),
        step("zrangestore", "d", "z", 0, 1, desc=True),
        everything("d"),
        step("zrangestore", "d", "z", 10, 20),
        step("exists", "d"),
        step("zrangestore", "d", "z", 0, -1, offset=1, num=1),
        step("zrangestore", "z", "z", 0, 1),
        everything("z"),
        step("zrangestore", "d", "z", "x", 1, byscore=True),
    ],
    "zrangestore-overwrites-any-type-and-deletes-when-empty": [
        FIVE,
        STRING,
        step("expire", "str", 100),
        step("zrangestore", "str", "z", 0, 1),
        step("type", "str"),
        step("ttl", "str"),
        step("zrangestore", "str", "missing", 0, 1),
        step("exists", "str"),
        step("zrangestore", "d", "str", 0, 1),
        step("set", "s2", "v"),
        step("zrangestore", "d", "s2", 0, 1),
        step("zrangestore", "d", "s2", "bad", 1, byscore=True),
    ],
    # -- ZREMRANGEBY* ----------------------------------------------------------------------
    "zremrangebyrank": [
        FIVE,
        step("zremrangebyrank", "z", 1, 2),
        everything("z"),
        step("zremrangebyrank", "z", -1, -1),
        step("zremrangebyrank", "z", 5, 10),
        step("zremrangebyrank", "z", 2, 1),
        step("zremrangebyrank", "z", -100, 100),
        step("exists", "z"),
        step("zremrangebyrank", "missing", 0, -1),
        step("zremrangebyrank", "z", "x", 1),
        STRING,
        step("zremrangebyrank", "str", 0, 1),
    ],
    "zremrangebyscore": [
        FIVE,
        step("zremrangebyscore", "z", "(1", 3),
        everything("z"),
        step("zremrangebyscore", "z", 5, 1),
        step("zremrangebyscore", "z", "-inf", "(5"),
        step("zremrangebyscore", "z", "(5", "+inf"),
        step("zremrangebyscore", "z", "x", "+inf"),
        step("zremrangebyscore", "z", "-inf", "+inf"),
        step("exists", "z"),
        STRING,
        step("zremrangebyscore", "str", "x", 1),
        step("zremrangebyscore", "str", 0, 1),
    ],
    "zremrangebylex": [
        LEX,
        step("zremrangebylex", "l", "(a", "[c"),
        everything("l"),
        step("zremrangebylex", "l", "[z", "+"),
        step("zremrangebylex", "l", "x", "+"),
        step("zremrangebylex", "l", "-", "+"),
        step("exists", "l"),
        STRING,
        step("zremrangebylex", "str", "x", "+"),
        step("zremrangebylex", "str", "-", "+"),
    ],
    # -- ZPOPMIN, ZPOPMAX, ZMPOP --------------------------------------------------------------
    "zpopmin-zpopmax": [
        FIVE,
        step("zpopmin", "z"),
        step("zpopmax", "z"),
        step("zpopmin", "z", 2),
        step("zpopmax", "z", 0),
        step("zpopmax", "z", 10),
        step("exists", "z"),
        step("zpopmin", "z"),
        step("zpopmax", "missing", 3),
        step("zpopmin", "missing", -1),
        step("zpopmin", "missing", "x"),
        STRING,
        step("zpopmin", "str"),
        step("zpopmax", "str", 0),
        step("zpopmax", "str", -1),
    ],
    "zmpop": [
        FIVE,
        step("zadd", "y", {"p": 1.5, "q": "inf"}),
        step("zmpop", 2, ["missing", "z"], min=True),
        step("zmpop", 1, ["z"], max=True, count=2),
        step("zmpop", 2, ["y", "z"], max=True, count=10),
        step("exists", "y"),
        step("zmpop", 1, ["missing"], min=True),
        step("zmpop", 1, ["z"], min=True, count=0),
        step("zmpop", 1, ["z"], min=True, count=-1),
        step("zmpop", 1, ["z"], min=True, count="x"),
        step("zmpop", 0, ["z"], min=True),
        step("zmpop", 0, [], min=True),
        step("zmpop", 2, ["z"], min=True),
        step("zmpop", 1, ["z", "y"], min=True),
        step("zmpop", "x", ["z"], min=True),
        STRING,
        step("zmpop", 2, ["str", "z"], min=True),
        step("zmpop", 2, ["z", "str"], min=True, count=10),
        step("zmpop", 2, ["z", "str"], min=True),
    ],
    # -- ZRANDMEMBER (deterministic cases) ----------------------------------------------------
    "zrandmember-deterministic": [
        FIVE,
        step("zrandmember", "z", 5),
        step("zrandmember", "z", 50, withscores=True),
        step("zrandmember", "z", 0),
        step("zrandmember", "z", 0, withscores=True),
        step("zrandmember", "missing"),
        step("zrandmember", "missing", 3),
        step("zrandmember", "missing", -3, withscores=True),
        step("zrandmember", "z", withscores=True),
        step("zrandmember", "missing", withscores=True),
        step("zrandmember", "z", "x"),
        step("zrandmember", "z", INT64_MIN),
        step("zrandmember", "z", INT64_MAX, withscores=True),
        step("zrandmember", "z", -(2**62) - 1, withscores=True),
        step("zadd", "one", {"only": 7}),
        step("zrandmember", "one", -3, withscores=True),
        step("zrandmember", "one"),
        STRING,
        step("zrandmember", "str"),
        step("zrandmember", "str", 0),
        step("zrandmember", "str", INT64_MIN),
    ],
    # -- ZUNION, ZINTER, ZDIFF and STORE forms -------------------------------------------------
    "zunion-zinter-zdiff": [
        step("zadd", "a", {"x": 1, "y": 2, "z": 3}),
        step("zadd", "b", {"y": 10, "z": 20, "w": 5}),
        step("zunion", ["a", "b"]),
        step("zunion", ["a", "b"], withscores=True),
        step("zunion", ["a", "missing"], withscores=True),
        step("zinter", ["a", "b"], withscores=True),
        step("zinter", ["a", "b", "missing"], withscores=True),
        step("zinter", ["b", "a"]),
        step("zdiff", ["a", "b"]),
        step("zdiff", ["a", "b"], withscores=True),
        step("zdiff", ["b", "a"], withscores=True),
        step("zdiff", ["a", "a"], withscores=True),
        step("zdiff", ["missing", "a"]),
        step("zdiff", ["a"], withscores=True),
        step("zunion", ["missing"]),
    ],
    "zunion-zinter-weights-and-aggregates": [
        step("zadd", "a", {"x": 1, "y": 2, "z": 3}),
        step("zadd", "b", {"y": 10, "z": 20, "w": 5}),
        step("zunion", {"a": 2, "b": 0.5}, withscores=True),
        step("zunion", {"a": 2, "b": -1}, aggregate="MIN", withscores=True),
        step("zunion", {"a": 2, "b": -1}, aggregate="max", withscores=True),
        step("zunion", ["a", "b"], aggregate="Sum", withscores=True),
        step("zinter", {"a": 3, "b": 1}, withscores=True),
        step("zinter", {"a": 3, "b": 1}, aggregate="MIN", withscores=True),
        step("zinter", {"a": 3, "b": 1}, aggregate="MAX", withscores=True),
        step("zinter", {"a": "inf", "b": 1}, withscores=True),
        step("zunion", {"a": 0, "b": "0x2"}, withscores=True),
        step("zunion", {"a": "x", "b": 1}),
        step("zunion", {"a": float("nan"), "b": 1}),
        step("zunion", {"a": " 1", "b": 1}),
        step("zunion", ["a", "b"], aggregate="COUNT"),
    ],
    "zunion-infinities-sum-to-zero": [
        step("zadd", "p", {"m": "inf", "n": "-inf", "o": 1}),
        step("zadd", "q", {"m": "-inf", "n": "-inf", "o": "inf"}),
        step("zunion", ["p", "q"], withscores=True),
        step("zinter", ["p", "q"], withscores=True),
        step("zunion", {"p": 0, "q": 1}, withscores=True),
        step("zinter", {"p": 1, "q": 0}, withscores=True),
        step("zinter", {"p": 1, "q": 0}, aggregate="MIN", withscores=True),
        step("zinter", {"p": 0, "q": 1}, aggregate="MAX", withscores=True),
        step("zunionstore", "d", {"p": 1, "q": -1}),
        everything("d"),
        step("zunion", ["p", "p"], aggregate="max", withscores=True),
    ],
    "zunion-sets-count-as-score-one": [
        step("sadd", "s", "x", "y", "1", "2"),
        step("sadd", "big", *[f"e{n}" for n in range(600)]),
        step("zadd", "a", {"x": 5, "q": 2, "1": 9}),
        step("zunion", ["s", "a"], withscores=True),
        step("zinter", {"s": 2, "a": 1}, withscores=True),
        step("zdiff", ["s", "a"], withscores=True),
        step("zdiff", ["a", "s"], withscores=True),
        step("zunionstore", "d", ["s"]),
        everything("d"),
        encoding("d"),
        step("zinterstore", "d", ["s", "s"], aggregate="max"),
        everything("d"),
        step("zintercard", 2, ["s", "a"]),
        step("zunionstore", "big2", ["big"]),
        encoding("big2"),
        step("zcard", "big2"),
    ],
    "zunion-wrongtype-in-any-position": [
        step("zadd", "a", {"x": 1}),
        STRING,
        step("lpush", "list", "x"),
        step("zunion", ["a", "str"]),
        step("zunion", ["missing", "list"]),
        step("zinter", ["missing", "str"]),
        step("zdiff", ["a", "str"]),
        step("zdiff", ["str", "a"]),
        step("zunionstore", "d", ["a", "str"]),
        step("zinterstore", "d", {"str": 1, "a": "x"}),
        step("zdiffstore", "d", ["missing", "str"]),
        step("zintercard", 2, ["a", "str"]),
        step("zintercard", 2, ["a", "str"], limit=-1),
        step("exists", "d"),
    ],
    "zunion-key-count-errors": [
        step("zadd", "a", {"x": 1}),
        step("zunion", []),
        step("zunion", [], withscores=True),
        step("zunion", [], aggregate="min"),
        step("zinter", []),
        step("zinter", {}, aggregate="max"),
        step("zdiff", []),
        step("zdiff", [], withscores=True),
        step("zunionstore", "d", []),
        step("zunionstore", "d", [], aggregate="sum"),
        step("zinterstore", "d", []),
        step("zdiffstore", "d", []),
    ],
    "zstore-forms": [
        step("zadd", "a", {"x": 1, "y": 2, "z": 3}),
        step("zadd", "b", {"y": 10, "z": 20, "w": 5}),
        STRING,
        step("expire", "str", 100),
        step("zunionstore", "str", {"a": 1, "b": 2}),
        step("ttl", "str"),
        everything("str"),
        step("zunionstore", "d", ["a", "b"], aggregate="MIN"),
        everything("d"),
        step("zinterstore", "d", {"a": 2, "b": 1}, aggregate="MAX"),
        everything("d"),
        step("zinterstore", "d", ["a", "b"]),
        everything("d"),
        step("zdiffstore", "d", ["b", "a"]),
        everything("d"),
        step("zinterstore", "d", ["a", "missing"]),
        step("exists", "d"),
        step("zdiffstore", "a", ["a", "b"]),
        everything("a"),
        step("zunionstore", "a", ["a", "b"]),
        everything("a"),
        step("zdiffstore", "d", ["missing", "b"]),
        step("exists", "d"),
    ],
    "zstore-encodings": [
        step("zadd", "big", MANY),
        step("zadd", "long", {"x" * 65: 1, "y": 2}),
        step("zadd", "small", {"a": 1}),
        step("zunionstore", "d", ["small"]),
        encoding("d"),
        step("zunionstore", "d", ["big"]),
        encoding("d"),
        step("zinterstore", "d", ["long", "long"]),
        encoding("d"),
        step("zdiffstore", "d", ["big", "small"]),
        encoding("d"),
        step("zrangestore", "d", "big", 0, 127),
        encoding("d"),
        step("zrangestore", "d", "big", 0, 128),
        encoding("d"),
        step("zrangestore", "d", "long", 0, -1),
        encoding("d"),
        step("zdiffstore", "d", ["big", "big"]),
        step("exists", "d"),
    ],
    "zintercard": [
        step("zadd", "a", {"x": 1, "y": 2, "z": 3}),
        step("zadd", "b", {"y": 10, "z": 20, "w": 5}),
        step("zintercard", 2, ["a", "b"]),
        step("zintercard", 2, ["a", "b"], limit=1),
        step("zintercard", 2, ["a", "b"], limit=5),
        step("zintercard", 1, ["a"], limit=0),
        step("zintercard", 2, ["a", "missing"]),
        step("zintercard", 2, ["a", "b"], limit=-1),
        step("zintercard", 2, ["a", "b"], limit="x"),
        step("zintercard", 0, []),
        step("zintercard", 0, ["a"]),
        step("zintercard", 3, ["a", "b"]),
        step("zintercard", "x", ["a"]),
    ],
    # -- encodings -------------------------------------------------------------------------
    "encoding-listpack-to-skiplist-at-129-members": [
        step("zadd", "z", {f"m{n}": n for n in range(128)}),
        encoding("z"),
        step("zadd", "z", {"m0": 5}),
        encoding("z"),
        step("zadd", "z", {"extra": 1}),
        encoding("z"),
        step("zremrangebyrank", "z", 0, -3),
        encoding("z"),
        step("zcard", "z"),
    ],
    "encoding-skiplist-for-a-65-byte-member": [
        step("zadd", "z", {"x" * 64: 1}),
        encoding("z"),
        step("zadd", "z", {"y" * 65: 1}),
        encoding("z"),
        step("zrem", "z", "y" * 65),
        encoding("z"),
        step("zadd", "first", {"y" * 65: 1}),
        encoding("first"),
        step("copy", "z", "c"),
        encoding("c"),
    ],
    "negative-zero-listpack-and-skiplist": [
        step("zadd", "a", {"m": 0}),
        step("zunion", {"a": -1}, withscores=True, score_cast_func=bytes),
        step("zunionstore", "d", {"a": -1}),
        step("zscore", "d", "m"),
        step("zrange", "d", 0, -1, withscores=True, score_cast_func=bytes),
        step("zadd", "big", MANY),
        step("zincrby", "big", "-0", "new"),
        step("zrange", "big", 0, 0, withscores=True, score_cast_func=bytes),
        step("zrandmember", "big", 300, withscores=True),
    ],
    "other-types-commands-on-a-zset": [
        FIVE,
        step("get", "z"),
        step("incr", "z"),
        step("append", "z", "x"),
        step("strlen", "z"),
        step("lpush", "z", "x"),
        step("llen", "z"),
        step("sadd", "z", "x"),
        step("smembers", "z"),
        step("hset", "z", "f", "v"),
        step("hgetall", "z"),
        step("type", "z"),
        step("set", "z", "now a string"),
        step("zcard", "z"),
    ],
    "in-place-changes-keep-the-ttl-stores-clear-it": [
        FIVE,
        step("expire", "z", 100),
        step("zadd", "z", {"f": 6}),
        step("zincrby", "z", 1, "a"),
        step("zrem", "z", "b"),
        step("zpopmin", "z"),
        step("zremrangebyrank", "z", 0, 0),
        step("zrangestore", "z2", "z", 0, -1),
        step("ttl", "z"),
        step("ttl", "z2"),
        step("expire", "z2", 100),
        step("zunionstore", "z2", ["z"]),
        step("ttl", "z2"),
        step("copy", "z", "z3"),
        step("zrange", "z3", 0, -1, withscores=True),
        step("ttl", "z3"),
    ],
    # -- ZSCAN on a listpack (whole, in one call) ----------------------------------------------
    "zscan-listpack": [
        FIVE,
        step("zscan", "z"),
        step("zscan", "z", 0, count=1),
        step("zscan", "z", 123),
        step("zscan", "z", "0"),
        step("zscan", "z", 0, match="[a-c]"),
        step("zscan", "z", 0, match="nothing"),
        step("zscan", "z", 0, score_cast_func=int),
        step("zscan", "z", 0, count=0),
        step("zscan", "z", 0, count=-1),
        step("zscan", "missing", 0),
        step("zscan", "missing", 0, count=0),
        step("zscan", "z", "x"),
        STRING,
        step("zscan", "str", 0),
        step("zscan", "str", "x"),
    ],
}


@pytest.mark.parametrize("steps", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_scenario(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


# -- redis-py's client-side checks ------------------------------------------------------------

DATA_ERRORS = [
    step("zadd", "z", {}),
    step("zadd", "z", {"a": 1}, nx=True, xx=True),
    step("zadd", "z", {"a": 1}, gt=True, lt=True),
    step("zadd", "z", {"a": 1, "b": 2}, incr=True),
    step("zadd", "z", {"a": 1}, nx=True, gt=True),
    step("zadd", "z", {"a": True}),
    step("zmscore", "z", []),
    step("zrange", "z", 0, 1, byscore=True, bylex=True),
    step("zrange", "z", 0, 1, byscore=True, offset=1),
    step("zrange", "z", "-", "+", bylex=True, withscores=True),
    step("zrangebyscore", "z", 0, 1, start=1),
    step("zrevrangebylex", "z", "+", "-", num=1),
    step("zmpop", 1, ["z"]),
    step("zmpop", 1, ["z"], min=True, max=True),
    step("bzmpop", 1, 1, ["z"]),
    step("zunion", ["z"], aggregate="avg"),
    step("zmpop", 1, ["z"], min=True, count=None),
]


@pytest.mark.parametrize("s", DATA_ERRORS, ids=repr)
def test_data_errors_like_redis_py(kv: keyspace.Client, r: redis.Redis, s: Step) -> None:
    with pytest.raises(redis.DataError) as expected:
        getattr(r, s.method)(*s.args, **s.kwargs)
    with pytest.raises(keyspace.DataError) as actual:
        getattr(kv, s.method)(*s.args, **s.kwargs)
    assert str(actual.value) == str(expected.value)


# -- what redis-py cannot send ----------------------------------------------------------------


def _raw(kv: keyspace.Client, rpc: str, request: Any) -> Any:
    return kv._send(Call(rpc, request, lambda response: response))


RAW_ERRORS = [
    (
        "ZAdd",
        pb.ZAddRequest(
            key=b"z",
            condition=pb.Z_ADD_CONDITION_NX,
            comparison=pb.Z_ADD_COMPARISON_LT,
            members=[pb.ScoreMember(score=1, member=b"a")],
        ),
        "ERR GT, LT, and/or NX options at the same time are not compatible",
    ),
    ("ZAdd", pb.ZAddRequest(key=b"z"), "ERR wrong number of arguments for 'zadd' command"),
    (
        "ZAdd",
        pb.ZAddRequest(key=b"z", incr=True, members=[pb.ScoreMember(), pb.ScoreMember()]),
        "ERR INCR option supports a single increment-element pair",
    ),
    (
        "ZCount",
        pb.ZCountRequest(key=b"z", min=pb.ScoreBound(value=math.nan)),
        "ERR min or max is not a float",
    ),
    (
        "ZLexCount",
        pb.ZLexCountRequest(key=b"z", max=pb.LexBound(kind=pb.LEX_BOUND_KIND_INCLUSIVE)),
        "ERR min or max not valid string range item",
    ),
    (
        "ZRangeByLex",
        pb.ZRangeByLexRequest(key=b"z", min=pb.LexBound(kind=pb.LEX_BOUND_KIND_INCLUSIVE)),
        "ERR min or max not valid string range item",
    ),
    (
        "ZRange",
        pb.ZRangeRequest(
            key=b"z",
            by_lex=pb.LexRange(
                min=pb.LexBound(kind=pb.LEX_BOUND_KIND_NEGATIVE_INFINITY),
                max=pb.LexBound(kind=pb.LEX_BOUND_KIND_POSITIVE_INFINITY),
            ),
            withscores=True,
        ),
        "ERR syntax error, WITHSCORES not supported in combination with BYLEX",
    ),
    ("ZMPop", pb.ZMPopRequest(keys=[b"z"]), "ERR syntax error"),
    ("ZMPop", pb.ZMPopRequest(where=pb.Z_POP_WHERE_MIN), "ERR numkeys should be greater than 0"),
    (
        "ZUnion",
        pb.ZUnionRequest(keys=[b"a", b"b"], weights=[1]),
        "ERR syntax error",
    ),
    (
        "ZUnion",
        pb.ZUnionRequest(keys=[b"a"], weights=[math.nan, 1]),
        "ERR weight value is not a float",
    ),
    ("ZUnion", pb.ZUnionRequest(keys=[b"a"], weights=[1, 2]), "ERR syntax error"),
    (
        "ZInter",
        pb.ZInterRequest(keys=[b"a"], aggregate=7),  # type: ignore[arg-type]  # not in the enum
        "ERR syntax error",
    ),
    (
        "ZInterCard",
        pb.ZInterCardRequest(),
        "ERR at least 1 input key is needed for 'zintercard' command",
    ),
    ("ZRem", pb.ZRemRequest(key=b"z"), "ERR wrong number of arguments for 'zrem' command"),
    (
        "ZMScore",
        pb.ZMScoreRequest(key=b"z"),
        "ERR wrong number of arguments for 'zmscore' command",
    ),
    (
        "BZPopMin",
        pb.BZPopMinRequest(timeout=1),
        "ERR wrong number of arguments for 'bzpopmin' command",
    ),
    ("BZPopMax", pb.BZPopMaxRequest(keys=[b"z"], timeout=-1), "ERR timeout is negative"),
]


@pytest.mark.parametrize(
    ("rpc", "request_message", "error"), RAW_ERRORS, ids=[f"{e[0]}-{e[2]}" for e in RAW_ERRORS]
)
def test_schema_only_errors(
    kv: keyspace.Client, rpc: str, request_message: Any, error: str
) -> None:
    kv.zadd("z", {"a": 1})
    with pytest.raises(keyspace.ResponseError) as failure:
        _raw(kv, rpc, request_message)
    assert failure.value.redis_message == error
    assert kv.zrange("z", 0, -1, withscores=True) == [(b"a", 1.0)]


# -- ZRANK and ZREVRANK WITHSCORE (Redis 7.2; the 7.0 oracle lacks them) -----------------


def test_zrank_withscore(kv: keyspace.Client) -> None:
    kv.zadd("z", {"a": 1.5, "b": 2, "c": "inf"})
    assert kv.zrank("z", "a", withscore=True) == [0, 1.5]
    assert kv.zrank("z", "c", withscore=True) == [2, math.inf]
    assert kv.zrevrank("z", "a", withscore=True) == [2, 1.5]
    assert kv.zrevrank("z", "b", withscore=True, score_cast_func=int) == [1, 2]
    assert kv.zrevrank("z", "b", withscore=True, score_cast_func=bytes) == [1, b"2"]
    assert kv.zrank("z", "x", withscore=True) is None
    assert kv.zrevrank("missing", "x", withscore=True) is None
    assert kv.zrank("z", "b") == 1
    kv.set("str", "v")
    with pytest.raises(keyspace.WrongTypeError):
        kv.zrank("str", "a", withscore=True)


# -- ZRANDMEMBER by properties ---------------------------------------------------------------


@pytest.fixture(params=["keyspace", "redis"])
def client(request: pytest.FixtureRequest, kv: keyspace.Client, r: redis.Redis) -> Any:
    return kv if request.param == "keyspace" else r


@pytest.mark.parametrize("size", [5, 40, 300])
def test_zrandmember_properties(client: Any, size: int) -> None:
    scores = {f"m{n}": n / 2 for n in range(size)}
    client.zadd("z", scores)
    members = {m.encode() for m in scores}
    for _ in range(20):
        assert client.zrandmember("z") in members
        for count in (1, 3, size // 2, size - 1):
            picked = client.zrandmember("z", count)
            assert len(picked) == count and len(set(picked)) == count
            assert set(picked) <= members
        repeated = client.zrandmember("z", -size * 2, withscores=True)
        assert len(repeated) == size * 4
        for member, score in zip(repeated[::2], repeated[1::2], strict=True):
            assert float(score) == scores[member.decode()]
    assert client.zcard("z") == size


def test_zrandmember_order(client: Any) -> None:
    """Distinct picks from a listpack at least three times the count come in
    set order; the whole set comes from the highest score down."""
    client.zadd("z", {f"m{n:02d}": n for n in range(30)})
    for _ in range(20):
        picked = client.zrandmember("z", 10)
        assert picked == sorted(picked)
    assert client.zrandmember("z", 30) == [f"m{n:02d}".encode() for n in range(29, -1, -1)]


def test_zrandmember_negative_count_covers_the_set(kv: keyspace.Client) -> None:
    kv.zadd("z", {"a": 1, "b": 2, "c": 3})
    picked = kv.zrandmember("z", -3_000)
    assert {member: picked.count(member) for member in set(picked)}.keys() == {b"a", b"b", b"c"}
    assert all(800 <= picked.count(member) <= 1_200 for member in set(picked))  # sd ~ 26


def test_zrandmember_refuses_an_unsendable_count(kv: keyspace.Client) -> None:
    kv.zadd("z", {"a": 1})
    with pytest.raises(keyspace.ResponseError, match="grpc-max-message-size"):
        kv.zrandmember("z", -INT64_MAX)


# -- ZSCAN over a skiplist ----------------------------------------------------------------------

BIG = {f"member:{n}": n for n in range(1_000)}


@pytest.mark.parametrize("count", [None, 7, 100, 5_000])
def test_zscan_full_iteration(client: Any, count: int | None) -> None:
    client.zadd("z", BIG)
    seen: list[tuple[bytes, float]] = []
    cursor, calls = 0, 0
    while True:
        cursor, batch = client.zscan("z", cursor, count=count)
        seen.extend(batch)
        calls += 1
        if cursor == 0:
            break
    assert sorted(seen) == sorted((m.encode(), float(s)) for m, s in BIG.items())
    if count == 5_000:
        assert calls == 1
    matched = set(client.zscan_iter("z", match="member:1*", count=count, score_cast_func=int))
    assert matched == {(m.encode(), s) for m, s in BIG.items() if m.startswith("member:1")}


def test_zscan_complete_while_the_set_changes(kv: keyspace.Client) -> None:
    kv.zadd("z", BIG)
    members = list(BIG)
    removed: set[bytes] = set()
    seen: list[bytes] = []
    cursor, number = 0, 0
    while True:
        cursor, batch = kv.zscan("z", cursor, count=50)
        seen.extend(member for member, _score in batch)
        doomed = [members[(number * 37 + k) % len(members)] for k in range(5)]
        kv.zrem("z", *doomed)
        removed.update(m.encode() for m in doomed)
        kv.zadd("z", {f"new:{number}": -1})
        number += 1
        if cursor == 0:
            break
    kept = {m.encode() for m in BIG} - removed
    assert kept <= set(seen), "a member present throughout was missed"
    assert len(seen) == len(set(seen))


def test_async_zscan_iter(keyspace_server: RunningServer, kv: keyspace.Client) -> None:
    kv.zadd("z", BIG)

    async def collect() -> list[tuple[bytes, float]]:
        client = keyspace.asyncio.Client(keyspace_server.address, timeout=30)
        try:
            return [pair async for pair in client.zscan_iter("z", count=300)]
        finally:
            await client.close()

    assert sorted(asyncio.run(collect())) == sorted((m.encode(), float(s)) for m, s in BIG.items())


# -- big sets: the skiplist paths ----------------------------------------------------------------

BIG_LEX = {f"k{n:04d}": 0 for n in range(300)}


def test_skiplist_ranges_match_redis(kv: keyspace.Client, r: redis.Redis) -> None:
    steps = [
        step("zadd", "z", BIG),
        step("zadd", "l", BIG_LEX),
        encoding("z"),
        step("zrange", "z", 100, 110, withscores=True),
        step("zrange", "z", -5, -1, desc=True),
        step("zrangebyscore", "z", "(10", 20, withscores=True),
        step("zrevrangebyscore", "z", 900, "(880", 2, 5),
        step("zcount", "z", "(100", 600),
        step("zrank", "z", "member:500"),
        step("zrevrank", "z", "member:500"),
        step("zrangebylex", "l", "[k0100", "(k0110"),
        step("zrevrangebylex", "l", "(k0200", "-", 5, 5),
        step("zlexcount", "l", "(k0010", "[k0290"),
        step("zlexcount", "l", "-", "+"),
        step("zremrangebylex", "l", "[k0050", "(k0250"),
        step("zcard", "l"),
        step("zremrangebyscore", "z", 100, "(900"),
        step("zremrangebyrank", "z", 10, 20),
        step("zpopmax", "z", 3),
        step("zpopmin", "z", 3),
        step("zcard", "z"),
        step("zunionstore", "u", ["z", "l"]),
        step("zinter", ["z", "z"], withscores=True, normalize=lambda pairs: pairs[:20]),
    ]
    compare(kv, r, steps)


# -- pipelines ------------------------------------------------------------------------------------

PIPELINE_STEPS = [
    step("zadd", "a", {"x": 1, "y": 2, "z": 3}),
    step("zadd", "a", {"x": 5}, incr=True),
    step("zincrby", "a", 1, "y"),
    step("zrange", "a", 0, -1, withscores=True),
    step("zrangebyscore", "a", "(1", "+inf"),
    step("zcount", "a", "x", 1),
    step("zlexcount", "a", "x", "+"),
    step("zscore", "a", "x"),
    step("zmscore", "a", ["x", "q"]),
    step("zrank", "a", "z"),
    step("zunionstore", "u", {"a": 2, "b": 1}),
    step("zpopmin", "u", 2),
    step("zmpop", 1, ["u"], max=True),
    step("zrandmember", "a", 10, withscores=True),
    step("bzpopmin", ["empty"], 0),
    step("bzmpop", 0, 1, ["empty"], min=True),
    step("bzpopmax", ["a"], 0),
    step("zscan", "a", 0),
    step("set", "str", "v"),
    step("zadd", "str", {"a": 1}),
    encoding("a"),
]


def test_pipeline_matches_redis_transaction(kv: keyspace.Client, r: redis.Redis) -> None:
    """Inside MULTI Redis does not block: BZPOPMIN on an empty key replies
    nil at once, which is what a Keyspace pipeline does in either mode."""

    def run(client: Any, transaction: bool) -> list[Any]:
        client.flushall()
        with client.pipeline(transaction=transaction) as pipe:
            for s in PIPELINE_STEPS:
                getattr(pipe, s.method)(*s.args, **s.kwargs)
            results = pipe.execute(raise_on_error=False)
        return [("error", str(x)) if isinstance(x, Exception) else x for x in results]

    expected = run(r, transaction=True)
    assert run(kv, transaction=True) == expected
    assert run(kv, transaction=False) == expected


# -- random command sequences against Redis ---------------------------------------------------

KEYS = st.sampled_from(["a", "b", "c", "s", "str"])
MEMBER = st.sampled_from(["a", "b", "c", "d", "aa", "", b"\x00", b"\xff", "x" * 65])
MEMBERS = st.lists(MEMBER, min_size=1, max_size=3)
SCORE = st.sampled_from([0, 1, 2, 2.5, -1, -0.5, "inf", "-inf", 1e300, "-0", 3])
MAPPING = st.dictionaries(MEMBER, SCORE, min_size=1, max_size=4)
SCORE_BOUND = st.sampled_from(["-inf", "+inf", "0", "(0", "1", "(1", "2.5", "(2.5", "(inf"])
LEX_BOUND = st.sampled_from(["-", "+", "[a", "(a", "[b", "(aa", "[", "(", "[d", "(c"])
RANK = st.integers(-6, 6)
KEY_LISTS = st.lists(st.sampled_from(["a", "b", "c", "s", "str", "l"]), min_size=1, max_size=3)
FLAGS = st.sampled_from(
    [
        {},
        {"nx": True},
        {"xx": True},
        {"gt": True},
        {"lt": True},
        {"ch": True},
        {"xx": True, "lt": True},
    ]
)
AGGREGATE = st.sampled_from([None, "SUM", "MIN", "MAX"])
OFFSET_NUM = st.sampled_from([(None, None), (0, 1), (1, 2), (1, -1), (-1, 1), (0, 0)])


def _zrange_byscore(key: str, low: str, high: str, desc: bool, limit: tuple[Any, Any]) -> Step:
    offset, num = limit
    return step(
        "zrange", key, low, high, byscore=True, desc=desc, offset=offset, num=num, withscores=True
    )


def _score_steps() -> st.SearchStrategy[Step]:
    return st.one_of(
        st.builds(lambda k, m, f: step("zadd", k, m, **f), KEYS, MAPPING, FLAGS),
        st.builds(lambda k, s, m: step("zadd", k, {m: s}, incr=True), KEYS, SCORE, MEMBER),
        st.builds(lambda k, s, m: step("zincrby", k, s, m), KEYS, SCORE, MEMBER),
        st.builds(lambda k, ms: step("zrem", k, *ms), KEYS, MEMBERS),
        st.builds(lambda k: step("zcard", k), KEYS),
        st.builds(lambda k, m: step("zscore", k, m), KEYS, MEMBER),
        st.builds(lambda k, ms: step("zmscore", k, ms), KEYS, MEMBERS),
        st.builds(lambda k, m: step("zrank", k, m), KEYS, MEMBER),
        st.builds(lambda k, m: step("zrevrank", k, m), KEYS, MEMBER),
        st.builds(lambda k, a, b: step("zcount", k, a, b), KEYS, SCORE_BOUND, SCORE_BOUND),
        st.builds(
            lambda k, a, b, d, w: step("zrange", k, a, b, desc=d, withscores=w),
            KEYS,
            RANK,
            RANK,
            st.booleans(),
            st.booleans(),
        ),
        st.builds(_zrange_byscore, KEYS, SCORE_BOUND, SCORE_BOUND, st.booleans(), OFFSET_NUM),
        st.builds(lambda d, k, a, b: step("zrangestore", d, k, a, b), KEYS, KEYS, RANK, RANK),
        st.builds(lambda k, a, b: step("zremrangebyrank", k, a, b), KEYS, RANK, RANK),
        st.builds(
            lambda k, a, b: step("zremrangebyscore", k, a, b), KEYS, SCORE_BOUND, SCORE_BOUND
        ),
        st.builds(lambda k, n: step("zpopmin", k, n), KEYS, st.sampled_from([None, 0, 1, 3])),
        st.builds(lambda k, n: step("zpopmax", k, n), KEYS, st.sampled_from([None, 0, 1, 3])),
    )


def _lex_steps() -> st.SearchStrategy[Step]:
    """Lexicographic ranges on "l", whose members all score 0: with mixed
    scores a skiplist's answer depends on its random levels."""
    return st.one_of(
        st.builds(lambda ms: step("zadd", "l", dict.fromkeys(ms, 0)), MEMBERS),
        st.builds(lambda ms: step("zrem", "l", *ms), MEMBERS),
        st.builds(lambda a, b: step("zlexcount", "l", a, b), LEX_BOUND, LEX_BOUND),
        st.builds(
            lambda a, b, d: step("zrange", "l", a, b, bylex=True, desc=d),
            LEX_BOUND,
            LEX_BOUND,
            st.booleans(),
        ),
        st.builds(
            lambda a, b, o: step("zrangebylex", "l", a, b, o, 2),
            LEX_BOUND,
            LEX_BOUND,
            st.integers(-1, 3),
        ),
        st.builds(lambda a, b: step("zrevrangebylex", "l", a, b), LEX_BOUND, LEX_BOUND),
        st.builds(lambda a, b: step("zremrangebylex", "l", a, b), LEX_BOUND, LEX_BOUND),
    )


def _combining_steps() -> st.SearchStrategy[Step]:
    return st.one_of(
        st.builds(
            lambda ks, n: step("zmpop", len(ks), ks, min=True, count=n),
            KEY_LISTS,
            st.integers(1, 3),
        ),
        st.builds(
            lambda ks, a, w: step("zunion", ks, aggregate=a, withscores=w),
            KEY_LISTS,
            AGGREGATE,
            st.booleans(),
        ),
        st.builds(
            lambda ks, a: step("zinter", ks, aggregate=a, withscores=True), KEY_LISTS, AGGREGATE
        ),
        st.builds(lambda ks: step("zdiff", ks, withscores=True), KEY_LISTS),
        st.builds(
            lambda d, ks, a: step("zunionstore", d, dict.fromkeys(ks, 2), aggregate=a),
            KEYS,
            KEY_LISTS,
            AGGREGATE,
        ),
        st.builds(
            lambda d, ks, a: step("zinterstore", d, ks, aggregate=a), KEYS, KEY_LISTS, AGGREGATE
        ),
        st.builds(lambda d, ks: step("zdiffstore", d, ks), KEYS, KEY_LISTS),
        st.builds(lambda ks: step("zintercard", len(ks), ks), KEY_LISTS),
        st.builds(lambda k: step("zrandmember", k, 100, withscores=True), KEYS),
        st.builds(lambda k: step("zscan", k, 0, count=1000, normalize=scan_unordered), KEYS),
        st.builds(encoding, KEYS),
        st.builds(lambda m: step("sadd", "s", m), MEMBER),
        st.just(step("set", "str", "v")),
    )


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.one_of(_score_steps(), _lex_steps(), _combining_steps()), min_size=1, max_size=25
    )
)
def test_random_sequences_match_redis(
    kv: keyspace.Client, r: redis.Redis, steps: list[Step]
) -> None:
    kv.flushall()
    r.flushall()
    compare(kv, r, [step("set", "str", "v"), *steps])
