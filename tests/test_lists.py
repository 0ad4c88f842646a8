"""List commands, compared step by step with redis-server 7.0.

Each scenario runs the same calls through the Keyspace SDK and redis-py;
results and error texts must be identical. Blocking commands appear here
only where they do not wait (data present, bad arguments, pipelines); the
waiting itself is exercised in test_blocking_lists.py.
"""

from __future__ import annotations

from typing import Any

import keyspace
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.differential import Step, compare, step

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
BINARY = b"\x00\xff\r\n\x80 bin"


def abc(key: str = "l") -> Step:
    """A list a b c a b c d (duplicates for LPOS, LREM, LINSERT)."""
    return step("rpush", key, "a", "b", "c", "a", "b", "c", "d")


def contents(key: str = "l") -> Step:
    return step("lrange", key, 0, -1)


def exists(key: str = "l") -> Step:
    return step("exists", key)


def kind(key: str = "l") -> Step:
    return step("type", key)


SCENARIOS: dict[str, list[Step]] = {
    # -- pushing ---------------------------------------------------------------
    "lpush-order": [step("lpush", "l", "a", "b", "c"), contents(), step("llen", "l")],
    "rpush-order": [
        step("rpush", "l", "a", "b", "c"),
        contents(),
        kind(),
        step("object", "encoding", "l"),
    ],
    "push-both-ends": [
        step("rpush", "l", 1, 2),
        step("lpush", "l", 0, -1),
        step("rpush", "l", 3.5),
        contents(),
    ],
    "push-no-values": [
        step("lpush", "l"),
        step("rpush", "l"),
        step("lpushx", "l"),
        step("rpushx", "l"),
        exists(),
    ],
    "push-binary-and-empty": [
        step("rpush", "l", BINARY, b"", "é"),
        contents(),
        step("lindex", "l", 0),
        step("lpos", "l", b""),
    ],
    "pushx-missing": [step("lpushx", "l", "a"), step("rpushx", "l", "a", "b"), exists()],
    "pushx-existing": [
        step("rpush", "l", "m"),
        step("lpushx", "l", "a", "b"),
        step("rpushx", "l", "y", "z"),
        contents(),
    ],
    "push-large-batch": [
        step("rpush", "l", *range(500)),
        step("llen", "l"),
        step("lrange", "l", 250, 255),
    ],
    # -- popping ---------------------------------------------------------------
    "lpop-rpop-single": [abc(), step("lpop", "l"), step("rpop", "l"), contents()],
    "pop-missing": [
        step("lpop", "l"),
        step("rpop", "l"),
        step("lpop", "l", 2),
        step("rpop", "l", 0),
    ],
    "pop-count": [abc(), step("lpop", "l", 2), step("rpop", "l", 2), contents()],
    "pop-count-zero": [abc(), step("lpop", "l", 0), step("rpop", "l", 0), step("llen", "l")],
    "pop-count-over-length": [abc(), step("rpop", "l", 100), exists(), step("lpop", "l", 100)],
    "pop-count-int64-max": [abc(), step("lpop", "l", INT64_MAX), exists()],
    "pop-count-negative": [
        abc(),
        step("lpop", "l", -1),
        step("rpop", "l", -5),
        step("lpop", "missing", -1),
        step("lpop", "l", INT64_MIN),
        step("llen", "l"),
    ],
    "pop-count-not-a-number": [
        abc(),
        step("lpop", "l", "x"),
        step("rpop", "l", "1.5"),
        step("lpop", "l", 2**64),
    ],
    "pop-last-deletes": [
        step("rpush", "l", "only"),
        step("rpop", "l"),
        exists(),
        step("lpop", "l"),
    ],
    # -- reading ---------------------------------------------------------------
    "llen": [step("llen", "l"), abc(), step("llen", "l")],
    "lrange-indexes": [
        abc(),
        step("lrange", "l", 0, 0),
        step("lrange", "l", 1, 3),
        step("lrange", "l", -3, -1),
        step("lrange", "l", -100, 2),
        step("lrange", "l", 5, 100),
        step("lrange", "l", 4, 2),
        step("lrange", "l", 7, 10),
        step("lrange", "l", -1, -3),
        step("lrange", "l", -8, -8),
        step("lrange", "l", INT64_MIN, INT64_MAX),
        step("lrange", "l", INT64_MAX, INT64_MIN),
        step("lrange", "l", 3, -2),
    ],
    "lrange-long-list-tail": [
        step("rpush", "l", *range(300)),
        step("lrange", "l", 280, 290),
        step("lrange", "l", -5, -1),
        step("lrange", "l", 10, 12),
        step("lrange", "l", 100, 250),
    ],
    "lrange-missing": [step("lrange", "l", 0, -1)],
    "lrange-not-integer": [abc(), step("lrange", "l", "a", 1), step("lrange", "l", 0, "1.0")],
    "lindex": [
        abc(),
        step("lindex", "l", 0),
        step("lindex", "l", 6),
        step("lindex", "l", 7),
        step("lindex", "l", -1),
        step("lindex", "l", -7),
        step("lindex", "l", -8),
        step("lindex", "l", INT64_MIN),
        step("lindex", "l", INT64_MAX),
        step("lindex", "missing", 0),
        step("lindex", "l", "x"),
    ],
    # -- LSET --------------------------------------------------------------------
    "lset": [
        abc(),
        step("lset", "l", 0, "A"),
        step("lset", "l", -1, "D"),
        step("lset", "l", 3, BINARY),
        contents(),
    ],
    "lset-out-of-range": [
        abc(),
        step("lset", "l", 7, "x"),
        step("lset", "l", -8, "x"),
        step("lset", "l", INT64_MAX, "x"),
        step("lset", "l", INT64_MIN, "x"),
        contents(),
    ],
    "lset-missing": [step("lset", "l", 0, "x"), exists()],
    # -- LINSERT ------------------------------------------------------------------
    "linsert": [
        abc(),
        step("linsert", "l", "BEFORE", "a", "x"),
        step("linsert", "l", "after", "c", "y"),
        step("linsert", "l", "After", "d", "z"),
        step("linsert", "l", "before", "nope", "w"),
        contents(),
    ],
    "linsert-missing": [step("linsert", "l", "BEFORE", "a", "x"), exists()],
    "linsert-bad-position": [
        abc(),
        step("linsert", "l", "MIDDLE", "a", "x"),
        step("linsert", "missing", "", "a", "x"),
        contents(),
    ],
    "linsert-binary-pivot": [
        step("rpush", "l", BINARY, b""),
        step("linsert", "l", "AFTER", b"", "end"),
        step("linsert", "l", "BEFORE", BINARY, "start"),
        contents(),
    ],
    # -- LREM ----------------------------------------------------------------------
    "lrem-from-head": [
        abc(),
        step("lrem", "l", 1, "a"),
        contents(),
        step("lrem", "l", 5, "b"),
        contents(),
    ],
    "lrem-from-tail": [
        abc(),
        step("lrem", "l", -1, "c"),
        contents(),
        step("lrem", "l", -2, "a"),
        contents(),
    ],
    "lrem-all": [abc(), step("lrem", "l", 0, "a"), contents(), step("lrem", "l", 0, "zz")],
    "lrem-empties": [
        step("rpush", "l", "x", "x", "x"),
        step("lrem", "l", 0, "x"),
        exists(),
        step("lrem", "l", 0, "x"),
    ],
    "lrem-count-extremes": [
        abc(),
        step("lrem", "l", INT64_MIN, "b"),
        step("lrem", "l", INT64_MAX, "c"),
        contents(),
        step("lrem", "l", "x", "a"),
    ],
    # -- LTRIM ---------------------------------------------------------------------
    "ltrim-middle": [abc(), step("ltrim", "l", 1, 3), contents()],
    "ltrim-negative": [abc(), step("ltrim", "l", -3, -2), contents()],
    "ltrim-beyond": [abc(), step("ltrim", "l", -100, 100), contents()],
    "ltrim-to-empty": [abc(), step("ltrim", "l", 5, 2), exists()],
    "ltrim-start-past-end": [abc(), step("ltrim", "l", 7, 10), exists()],
    "ltrim-extremes": [
        abc(),
        step("ltrim", "l", INT64_MIN, INT64_MAX),
        contents(),
        step("ltrim", "l", INT64_MAX, INT64_MIN),
        exists(),
    ],
    "ltrim-missing": [step("ltrim", "l", 0, 1), exists()],
    "ltrim-keep-one": [abc(), step("ltrim", "l", -1, -1), contents()],
    # -- LPOS ----------------------------------------------------------------------
    "lpos-first": [abc(), step("lpos", "l", "a"), step("lpos", "l", "d"), step("lpos", "l", "zz")],
    "lpos-rank": [
        abc(),
        step("lpos", "l", "a", rank=1),
        step("lpos", "l", "a", rank=2),
        step("lpos", "l", "a", rank=3),
        step("lpos", "l", "a", rank=-1),
        step("lpos", "l", "a", rank=-2),
        step("lpos", "l", "a", rank=-3),
        step("lpos", "l", "c", rank=INT64_MAX),
    ],
    "lpos-rank-int64-min": [
        abc(),
        step("lpos", "l", "b", rank=INT64_MIN),
        step("lpos", "l", "b", rank=INT64_MIN, count=1),
        step("lpos", "l", "b", rank=INT64_MIN, count=0, maxlen=3),
    ],
    "lpos-count": [
        abc(),
        step("lpos", "l", "a", count=0),
        step("lpos", "l", "a", count=1),
        step("lpos", "l", "b", count=5),
        step("lpos", "l", "zz", count=2),
        step("lpos", "l", "c", rank=-1, count=0),
        step("lpos", "l", "c", rank=2, count=2),
        step("lpos", "l", "c", rank=3, count=0),
    ],
    "lpos-maxlen": [
        abc(),
        step("lpos", "l", "a", maxlen=3),
        step("lpos", "l", "a", maxlen=4),
        step("lpos", "l", "a", rank=2, maxlen=3),
        step("lpos", "l", "a", count=0, maxlen=4),
        step("lpos", "l", "d", rank=-1, maxlen=1),
        step("lpos", "l", "c", rank=-1, count=0, maxlen=2),
        step("lpos", "l", "a", maxlen=0),
    ],
    "lpos-errors": [
        abc(),
        step("lpos", "l", "a", rank=0),
        step("lpos", "l", "a", count=-1),
        step("lpos", "l", "a", maxlen=-1),
        step("lpos", "l", "a", rank=0, count=-1),
        step("lpos", "l", "a", count="x"),
        step("lpos", "l", "a", maxlen="x"),
        step("lpos", "l", "a", rank="x"),
        step("lpos", "missing", "a", rank=0),
    ],
    "lpos-missing": [
        step("lpos", "l", "a"),
        step("lpos", "l", "a", count=0),
        step("lpos", "l", "a", rank=-1),
    ],
    # -- LMOVE / RPOPLPUSH ----------------------------------------------------------
    "lmove-directions": [
        step("rpush", "s", "1", "2", "3", "4"),
        step("lmove", "s", "d"),
        step("lmove", "s", "d", "RIGHT", "LEFT"),
        step("lmove", "s", "d", "left", "left"),
        step("lmove", "s", "d", "Right", "right"),
        contents("d"),
        exists("s"),
        step("lmove", "s", "d"),
    ],
    "lmove-same-key-rotation": [
        step("rpush", "l", "1", "2", "3"),
        step("lmove", "l", "l", "LEFT", "RIGHT"),
        contents(),
        step("lmove", "l", "l", "RIGHT", "LEFT"),
        contents(),
        step("lmove", "l", "l", "LEFT", "LEFT"),
        contents(),
    ],
    "lmove-same-key-single": [
        step("rpush", "l", "only"),
        step("lmove", "l", "l", "LEFT", "RIGHT"),
        step("rpoplpush", "l", "l"),
        contents(),
    ],
    "lmove-bad-direction": [
        step("rpush", "s", "1"),
        step("lmove", "s", "d", "UP", "LEFT"),
        step("lmove", "s", "d", "LEFT", "DOWN"),
        step("lmove", "missing", "d", "x", "y"),
        contents("s"),
    ],
    "lmove-missing-source": [step("lmove", "s", "d"), exists("d"), step("rpoplpush", "s", "d")],
    "rpoplpush": [
        step("rpush", "s", "1", "2", "3"),
        step("rpush", "d", "x"),
        step("rpoplpush", "s", "d"),
        step("rpoplpush", "s", "d"),
        contents("s"),
        contents("d"),
    ],
    "rpoplpush-empties-source": [
        step("rpush", "s", "1"),
        step("rpoplpush", "s", "d"),
        exists("s"),
        contents("d"),
    ],
    # -- LMPOP -----------------------------------------------------------------------
    "lmpop-first-nonempty": [
        step("rpush", "b", "1", "2", "3"),
        step("rpush", "c", "x"),
        step("lmpop", 3, "a", "b", "c", direction="LEFT"),
        step("lmpop", 3, "a", "b", "c", direction="right", count=5),
        step("lmpop", 3, "a", "b", "c", direction="LEFT", count=2),
        step("lmpop", 3, "a", "b", "c", direction="LEFT"),
        exists("c"),
    ],
    "lmpop-count": [
        abc(),
        step("lmpop", 1, "l", direction="LEFT", count=3),
        step("lmpop", 1, "l", direction="RIGHT", count=INT64_MAX),
        exists(),
    ],
    "lmpop-errors": [
        abc(),
        step("lmpop", 1, "l", direction="LEFT", count=0),
        step("lmpop", 1, "l", direction="LEFT", count=-1),
        step("lmpop", 1, "l", direction="LEFT", count="x"),
        step("lmpop", 1, "l", direction="MIDDLE"),
        step("lmpop", 1, "l", direction="MIDDLE", count=0),
        step("lmpop", 0, "l", direction="LEFT"),
        step("lmpop", -1, "l", direction="LEFT"),
        step("lmpop", "x", "l", direction="LEFT"),
        step("lmpop", 2, "l", direction="LEFT"),
        step("lmpop", 3, "l", direction="LEFT", count=2),
        step("lmpop", 1, "l", "m", direction="LEFT"),
        step("lmpop", 1, direction="LEFT"),
        step("llen", "l"),
    ],
    "lmpop-numkeys-counts-count-word": [
        abc(),
        step("lmpop", 1, "l", "LEFT", "COUNT", direction="2"),
        step("llen", "l"),
    ],
    "lmpop-all-missing": [
        step("lmpop", 2, "a", "b", direction="LEFT"),
        step("lmpop", 1, "a", direction="RIGHT", count=3),
    ],
    # -- blocking commands that do not wait --------------------------------------------
    "blpop-serves-at-once": [
        step("rpush", "b", "1", "2"),
        step("rpush", "c", "3"),
        step("blpop", ["a", "b", "c"], 1),
        step("brpop", ["a", "c", "b"], 0),
        step("blpop", "b", timeout=None),
        exists("b"),
    ],
    "blpop-same-key-twice": [step("rpush", "k", "1"), step("blpop", ["k", "k"], 1)],
    "blpop-errors": [
        step("rpush", "k", "1"),
        step("blpop", "k", -1),
        step("brpop", "k", "x"),
        step("blpop", "k", "-0.5"),
        step("blpop", "k", 1e30),
        step("blpop", "k", float("inf")),
        step("blpop", "k", float("nan")),
        step("blpop", [], 1),
        step("brpop", [], 1),
        step("llen", "k"),
    ],
    "blpop-sub-millisecond-negative-is-zero": [
        step("rpush", "k", "1"),
        step("blpop", "k", -0.0005),
    ],
    "blmove-serves-at-once": [
        step("rpush", "s", "1", "2"),
        step("blmove", "s", "d", 1, "RIGHT", "LEFT"),
        step("blmove", "s", "d", 0),
        step("brpoplpush", "d", "e", 1),
        contents("d"),
        contents("e"),
        exists("s"),
    ],
    "blmove-errors": [
        step("rpush", "s", "1"),
        step("blmove", "s", "d", 1, "UP", "LEFT"),
        step("blmove", "s", "d", -1, "UP", "LEFT"),
        step("blmove", "s", "d", -1),
        step("brpoplpush", "s", "d", -1),
        step("blmove", "s", "d", "nope"),
        contents("s"),
    ],
    "blmove-same-key": [
        step("rpush", "l", "1", "2"),
        step("blmove", "l", "l", 1, "LEFT", "RIGHT"),
        contents(),
    ],
    "blmpop-serves-at-once": [
        step("rpush", "b", "1", "2", "3"),
        step("blmpop", 1, 2, "a", "b", direction="RIGHT", count=2),
        step("blmpop", 0, 2, "a", "b", direction="LEFT"),
        exists("b"),
    ],
    "blmpop-errors": [
        step("rpush", "k", "1"),
        step("blmpop", 1, 1, "k", direction="LEFT", count=0),
        step("blmpop", -1, 1, "k", direction="LEFT", count=0),
        step("blmpop", -1, 1, "k", direction="LEFT"),
        step("blmpop", "x", 1, "k", direction="LEFT"),
        step("blmpop", 1, 0, "k", direction="LEFT"),
        step("blmpop", -1, 0, "k", direction="LEFT"),
        step("blmpop", 1, 1, "k", direction="SIDEWAYS"),
        step("blmpop", 1, 2, "k", direction="LEFT"),
        step("llen", "k"),
    ],
    # -- WRONGTYPE, both ways ------------------------------------------------------------
    "wrongtype-list-commands-on-string": [
        step("set", "s", "v"),
        step("lpush", "s", "a"),
        step("rpush", "s", "a"),
        step("lpushx", "s", "a"),
        step("rpushx", "s", "a"),
        step("lpop", "s"),
        step("rpop", "s", 2),
        step("llen", "s"),
        step("lrange", "s", 0, -1),
        step("lindex", "s", 0),
        step("lset", "s", 0, "x"),
        step("linsert", "s", "BEFORE", "a", "x"),
        step("lrem", "s", 0, "a"),
        step("ltrim", "s", 0, 1),
        step("lpos", "s", "a"),
        step("lmove", "s", "d"),
        step("rpoplpush", "s", "d"),
        step("lmpop", 1, "s", direction="LEFT"),
        step("blpop", "s", 1),
        step("brpop", "s", 1),
        step("blmove", "s", "d", 1),
        step("brpoplpush", "s", "d", 1),
        step("blmpop", 1, 1, "s", direction="LEFT"),
        step("get", "s"),
    ],
    "wrongtype-string-commands-on-list": [
        abc(),
        step("get", "l"),
        step("append", "l", "x"),
        step("incr", "l"),
        step("strlen", "l"),
        step("getrange", "l", 0, 1),
        step("llen", "l"),
    ],
    "wrongtype-errors-checked-before": [
        step("set", "s", "v"),
        step("lpop", "s", -1),
        step("linsert", "s", "MIDDLE", "a", "x"),
        step("lpos", "s", "a", rank=0),
        step("lmove", "s", "d", "UP", "LEFT"),
        step("blpop", "s", -1),
        step("lmpop", 1, "s", direction="LEFT", count=0),
    ],
    "wrongtype-destination": [
        step("rpush", "s", "1"),
        step("set", "d", "v"),
        step("lmove", "s", "d"),
        step("rpoplpush", "s", "d"),
        step("blmove", "s", "d", 1),
        contents("s"),
        step("lmove", "missing", "d"),
        step("blmove", "missing", "d", 0.01),
    ],
    "wrongtype-multi-key-order": [
        step("set", "s", "v"),
        step("rpush", "l", "1"),
        step("lmpop", 2, "l", "s", direction="LEFT"),
        step("rpush", "l", "2"),
        step("lmpop", 3, "missing", "s", "l", direction="LEFT"),
        step("blpop", ["missing", "l", "s"], 1),
        step("blpop", ["missing", "s"], 1),
    ],
    # -- keys, TTL and type commands on lists -----------------------------------------------
    "list-keeps-ttl-when-changed": [
        abc(),
        step("expire", "l", 100),
        step("rpush", "l", "e"),
        step("lpop", "l"),
        step("lset", "l", 0, "z"),
        step("ltrim", "l", 0, 3),
        step("ttl", "l"),
    ],
    "list-copy-rename-del": [
        abc(),
        step("copy", "l", "c"),
        step("rpush", "c", "extra"),
        step("llen", "l"),
        step("rename", "c", "r"),
        contents("r"),
        step("delete", "l", "r"),
        exists(),
    ],
}


@pytest.mark.parametrize("steps", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_scenario(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


# -- pipelines (compared with MULTI, where blocking commands do not wait) -----------------


def _results(pipe: Any) -> list[Any]:
    """A pipeline's results with errors as comparable ("error", text) pairs."""
    return [
        ("error", str(result)) if isinstance(result, Exception) else result
        for result in pipe.execute(raise_on_error=False)
    ]


def _queue(pipe: Any, steps: list[Step]) -> None:
    for s in steps:
        getattr(pipe, s.method)(*s.args, **s.kwargs)


PIPELINES: dict[str, list[Step]] = {
    "push-pop-read": [
        step("rpush", "l", "a", "b", "c"),
        step("lpush", "l", "z"),
        step("lpop", "l"),
        step("rpop", "l", 2),
        step("lrange", "l", 0, -1),
        step("lpos", "l", "a", count=0),
        step("lset", "l", 0, "x"),
        step("ltrim", "l", 0, 0),
        step("lindex", "l", 0),
        step("llen", "l"),
    ],
    "errors-in-the-middle": [
        step("set", "s", "v"),
        step("rpush", "l", "1"),
        step("lpush", "s", "x"),
        step("lset", "missing", 0, "x"),
        step("lset", "l", 5, "x"),
        step("linsert", "l", "NOWHERE", "1", "x"),
        step("lpop", "l", -1),
        step("lmpop", 1, "l", direction="LEFT", count=0),
        step("lrange", "l", 0, -1),
    ],
    "blocking-on-empty-replies-nil": [
        step("blpop", "q", 0),
        step("brpop", ["q", "p"], 5),
        step("blmove", "q", "d", 0),
        step("brpoplpush", "q", "d", 0),
        step("blmpop", 0, 2, "q", "p", direction="LEFT", count=3),
        step("exists", "d"),
    ],
    "blocking-with-data-serves": [
        step("rpush", "q", "1", "2", "3", "4", "5"),
        step("blpop", "q", 0),
        step("brpop", ["x", "q"], 0),
        step("blmove", "q", "d", 0, "LEFT", "LEFT"),
        step("brpoplpush", "q", "d", 0),
        step("blmpop", 0, 2, "x", "q", direction="LEFT", count=3),
        step("blpop", "q", 0),
        step("lrange", "d", 0, -1),
    ],
    "blocking-errors": [
        step("set", "s", "v"),
        step("blpop", "s", 0),
        step("blpop", "q", -1),
        step("blmpop", 0, 1, "q", direction="LEFT", count=0),
    ],
    "push-then-blocking-pop": [
        step("blpop", "q", 0),
        step("rpush", "q", "late"),
        step("blpop", "q", 0),
        step("exists", "q"),
    ],
}


@pytest.mark.parametrize("steps", list(PIPELINES.values()), ids=list(PIPELINES))
def test_pipeline(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    expected_pipe = r.pipeline(transaction=True)
    actual_pipe = kv.pipeline()
    _queue(expected_pipe, steps)
    _queue(actual_pipe, steps)
    assert _results(actual_pipe) == _results(expected_pipe)


# -- property: random sequences of non-blocking commands ------------------------------------

KEYS = st.sampled_from(["a", "b", "s"])  # "s" often holds a string
ELEMENTS = st.sampled_from(["x", "y", "z", "", "x" * 3, "\x00"])
SMALL = st.integers(min_value=-6, max_value=6)
SIDES = st.sampled_from(["LEFT", "RIGHT"])
COUNTS = st.one_of(st.none(), st.integers(min_value=-1, max_value=5))


def _steps() -> st.SearchStrategy[Step]:
    return st.one_of(
        st.builds(
            lambda k, v: step("lpush", k, *v), KEYS, st.lists(ELEMENTS, min_size=1, max_size=4)
        ),
        st.builds(
            lambda k, v: step("rpush", k, *v), KEYS, st.lists(ELEMENTS, min_size=1, max_size=4)
        ),
        st.builds(lambda k, v: step("lpushx", k, v), KEYS, ELEMENTS),
        st.builds(lambda k, v: step("rpushx", k, v), KEYS, ELEMENTS),
        st.builds(lambda k, c: step("lpop", k, c), KEYS, COUNTS),
        st.builds(lambda k, c: step("rpop", k, c), KEYS, COUNTS),
        st.builds(lambda k: step("llen", k), KEYS),
        st.builds(lambda k, a, b: step("lrange", k, a, b), KEYS, SMALL, SMALL),
        st.builds(lambda k, i: step("lindex", k, i), KEYS, SMALL),
        st.builds(lambda k, i, v: step("lset", k, i, v), KEYS, SMALL, ELEMENTS),
        st.builds(
            lambda k, w, p, v: step("linsert", k, w, p, v),
            KEYS,
            st.sampled_from(["BEFORE", "AFTER"]),
            ELEMENTS,
            ELEMENTS,
        ),
        st.builds(lambda k, c, v: step("lrem", k, c, v), KEYS, SMALL, ELEMENTS),
        st.builds(lambda k, a, b: step("ltrim", k, a, b), KEYS, SMALL, SMALL),
        st.builds(
            lambda k, v, rank, count, maxlen: step(
                "lpos", k, v, rank=rank, count=count, maxlen=maxlen
            ),
            KEYS,
            ELEMENTS,
            st.one_of(st.none(), st.integers(min_value=-3, max_value=3)),
            st.one_of(st.none(), st.integers(min_value=0, max_value=3)),
            st.one_of(st.none(), st.integers(min_value=0, max_value=4)),
        ),
        st.builds(lambda s, d, f, t: step("lmove", s, d, f, t), KEYS, KEYS, SIDES, SIDES),
        st.builds(lambda s, d: step("rpoplpush", s, d), KEYS, KEYS),
        st.builds(
            lambda ks, d, c: step("lmpop", len(ks), *ks, direction=d, count=c),
            st.lists(KEYS, min_size=1, max_size=3),
            SIDES,
            st.integers(min_value=1, max_value=4),
        ),
        st.builds(lambda k, v: step("set", k, v), st.just("s"), ELEMENTS),
        st.builds(lambda k: step("delete", k), KEYS),
    )


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(_steps(), min_size=1, max_size=25))
def test_random_sequences(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    kv.flushall()
    r.flushall()
    final = [step("lrange", key, 0, -1) for key in ("a", "b")] + [step("type", "s")]
    compare(kv, r, [*steps, *final])
