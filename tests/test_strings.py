"""String commands, Keyspace against redis-server.

Each table below is a list of scenarios: a readable id and the steps that
run on both servers through ``compare``, which fails at the first step whose
reply or error differs. Every scenario starts from an empty database.

Time-dependent replies (TTL, PTTL) are compared through a normaliser that
accepts the small window both servers can fall in; everything else must be
equal byte for byte.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import keyspace
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.differential import Step, compare, step

pytestmark = pytest.mark.filterwarnings("ignore:Call to deprecated:DeprecationWarning")

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
# Absolute deadlines well in the future and in the past (computed once, so
# both servers see the same arguments).
FUTURE_S = int(time.time()) + 1000
FUTURE_MS = FUTURE_S * 1000
FUTURE_DATETIME = datetime.fromtimestamp(FUTURE_S + 0.25)
PAST_S = 1_000_000_000
PAST_MS = PAST_S * 1000


def within(low: int, high: int) -> Callable[[Any], Any]:
    """Normalise a TTL-like reply: any value in [low, high] compares equal."""

    def normalize(value: Any) -> Any:
        if isinstance(value, int) and low <= value <= high:
            return f"in [{low}, {high}]"
        return value

    return normalize


def ttl(key: str, low: int, high: int) -> Step:
    return step("ttl", key, normalize=within(low, high))


def pttl(key: str, low: int, high: int) -> Step:
    return step("pttl", key, normalize=within(low, high))


def encoding(key: str = "k") -> Step:
    return step("object", "encoding", key)


def scenarios(*table: tuple[str, list[Step]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("steps", [pytest.param(s, id=name) for name, s in table])


def run(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


# -- GET and SET -------------------------------------------------------------

GET_SET = scenarios(
    ("get-missing", [step("get", "k")]),
    ("set-then-get", [step("set", "k", "v"), step("get", "k")]),
    ("set-overwrites", [step("set", "k", "a"), step("set", "k", "b"), step("get", "k")]),
    (
        "empty-value-is-not-missing",
        [
            step("set", "k", ""),
            step("get", "k"),
            step("exists", "k"),
            step("strlen", "k"),
        ],
    ),
    ("int-value", [step("set", "k", 42), step("get", "k")]),
    ("negative-int-value", [step("set", "k", -7), step("get", "k")]),
    ("float-value", [step("set", "k", 1.5), step("get", "k")]),
    (
        "memoryview-and-bytearray",
        [
            step("set", memoryview(b"k"), bytearray(b"\x00v")),
            step("get", "k"),
            step("get", bytearray(b"k")),
        ],
    ),
    ("float-key", [step("set", 1.5, "v"), step("get", "1.5")]),
    ("str-unicode-value", [step("set", "k", "héllo ✓"), step("get", "k")]),
    (
        "binary-key-and-value",
        [
            step("set", b"\x00k\xff", b"\x00\xff\x01\x00"),
            step("get", b"\x00k\xff"),
            step("get", b"\x00k"),
            step("strlen", b"\x00k\xff"),
        ],
    ),
    ("empty-key", [step("set", "", "v"), step("get", ""), step("exists", "")]),
    ("nx-on-missing", [step("set", "k", "v", nx=True), step("get", "k")]),
    ("nx-on-existing", [step("set", "k", "a"), step("set", "k", "b", nx=True), step("get", "k")]),
    ("xx-on-missing", [step("set", "k", "v", xx=True), step("get", "k"), step("exists", "k")]),
    ("xx-on-existing", [step("set", "k", "a"), step("set", "k", "b", xx=True), step("get", "k")]),
    ("get-on-missing", [step("set", "k", "v", get=True), step("get", "k")]),
    ("get-on-existing", [step("set", "k", "a"), step("set", "k", "b", get=True), step("get", "k")]),
    ("get-returns-empty-old", [step("set", "k", ""), step("set", "k", "b", get=True)]),
    (
        "get-nx-on-existing",
        [
            step("set", "k", "a"),
            step("set", "k", "b", nx=True, get=True),
            step("get", "k"),
        ],
    ),
    ("get-nx-on-missing", [step("set", "k", "b", nx=True, get=True), step("get", "k")]),
    ("get-xx-on-missing", [step("set", "k", "b", xx=True, get=True), step("exists", "k")]),
    (
        "get-xx-on-existing",
        [
            step("set", "k", "a"),
            step("set", "k", "b", xx=True, get=True),
            step("get", "k"),
        ],
    ),
    ("get-old-int", [step("set", "k", 10), step("set", "k", "x", get=True)]),
    (
        "get-with-ex",
        [
            step("set", "k", "a"),
            step("set", "k", "b", get=True, ex=10),
            ttl("k", 9, 10),
        ],
    ),
)


@GET_SET
def test_get_set(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


SET_EXPIRY = scenarios(
    ("ex", [step("set", "k", "v", ex=10), ttl("k", 9, 10), pttl("k", 9000, 10000)]),
    ("px", [step("set", "k", "v", px=10000), ttl("k", 9, 10), pttl("k", 9000, 10000)]),
    ("exat", [step("set", "k", "v", exat=FUTURE_S), ttl("k", 990, 1000)]),
    ("pxat", [step("set", "k", "v", pxat=FUTURE_MS), ttl("k", 990, 1000)]),
    ("exat-in-the-past", [step("set", "k", "v", exat=PAST_S), step("get", "k")]),
    ("pxat-in-the-past", [step("set", "k", "v", pxat=PAST_MS), step("exists", "k")]),
    ("pxat-1", [step("set", "k", "v", pxat=1), step("get", "k")]),
    ("px-1-expires", [step("set", "k", "v", px=1), step("pttl", "k", normalize=within(-2, 1))]),
    (
        "plain-set-clears-ttl",
        [
            step("set", "k", "v", ex=10),
            step("set", "k", "w"),
            step("ttl", "k"),
        ],
    ),
    (
        "keepttl-keeps-ttl",
        [
            step("set", "k", "v", ex=10),
            step("set", "k", "w", keepttl=True),
            ttl("k", 9, 10),
            step("get", "k"),
        ],
    ),
    ("keepttl-on-missing", [step("set", "k", "v", keepttl=True), step("ttl", "k")]),
    (
        "keepttl-without-ttl",
        [step("set", "k", "a"), step("set", "k", "b", keepttl=True), step("ttl", "k")],
    ),
    ("nx-with-ex", [step("set", "k", "v", nx=True, ex=10), ttl("k", 9, 10)]),
    (
        "xx-with-px-on-existing",
        [
            step("set", "k", "a"),
            step("set", "k", "b", xx=True, px=5000),
            ttl("k", 4, 5),
        ],
    ),
    (
        "failed-nx-keeps-old-ttl",
        [
            step("set", "k", "a", ex=100),
            step("set", "k", "b", nx=True, ex=10),
            ttl("k", 99, 100),
        ],
    ),
    (
        "xx-keepttl-get",
        [
            step("set", "k", "a", px=20000),
            step("set", "k", "b", xx=True, keepttl=True, get=True),
            ttl("k", 19, 20),
        ],
    ),
    ("ex-zero", [step("set", "k", "v", ex=0), step("exists", "k")]),
    ("ex-negative", [step("set", "k", "v", ex=-1), step("exists", "k")]),
    ("px-zero", [step("set", "k", "v", px=0)]),
    ("px-negative", [step("set", "k", "v", px=-100)]),
    ("exat-zero", [step("set", "k", "v", exat=0)]),
    ("exat-negative", [step("set", "k", "v", exat=-5)]),
    ("pxat-zero", [step("set", "k", "v", pxat=0)]),
    ("pxat-negative", [step("set", "k", "v", pxat=-5)]),
    ("ex-overflows-ms", [step("set", "k", "v", ex=INT64_MAX // 1000 + 1)]),
    ("ex-int64-max", [step("set", "k", "v", ex=INT64_MAX)]),
    ("ex-just-fits-ms-but-not-now", [step("set", "k", "v", ex=INT64_MAX // 1000)]),
    ("px-int64-max", [step("set", "k", "v", px=INT64_MAX)]),
    ("px-overflows-with-now", [step("set", "k", "v", px=INT64_MAX - 1000)]),
    (
        "exat-int64-max-over-1000",
        [step("set", "k", "v", exat=INT64_MAX // 1000), step("exists", "k")],
    ),
    ("exat-overflows", [step("set", "k", "v", exat=INT64_MAX // 1000 + 1)]),
    ("pxat-int64-max", [step("set", "k", "v", pxat=INT64_MAX), step("ttl", "k")]),
    ("ex-beyond-int64", [step("set", "k", "v", ex=2**63)]),
    ("px-beyond-int64", [step("set", "k", "v", px=2**64)]),
    ("exat-beyond-int64", [step("set", "k", "v", exat=2**63)]),
    ("pxat-below-int64", [step("set", "k", "v", pxat=-(2**63) - 1)]),
    (
        "invalid-expire-checked-before-nx",
        [
            step("set", "k", "a"),
            step("set", "k", "b", nx=True, ex=0),
            step("get", "k"),
        ],
    ),
    (
        "invalid-expire-checked-before-get",
        [
            step("set", "k", "a"),
            step("set", "k", "b", get=True, px=-1),
            step("get", "k"),
        ],
    ),
    ("ex-as-digit-string", [step("set", "k", "v", ex="10"), ttl("k", 9, 10)]),
    ("exat-as-string", [step("set", "k", "v", exat=str(FUTURE_S)), ttl("k", 990, 1000)]),
    ("exat-not-a-number", [step("set", "k", "v", exat="soon")]),
    ("ex-timedelta", [step("set", "k", "v", ex=timedelta(seconds=10.9)), ttl("k", 9, 10)]),
    ("px-timedelta", [step("set", "k", "v", px=timedelta(seconds=9.9999)), pttl("k", 9000, 9999)]),
    ("exat-datetime", [step("set", "k", "v", exat=FUTURE_DATETIME), ttl("k", 990, 1000)]),
    ("pxat-datetime", [step("set", "k", "v", pxat=FUTURE_DATETIME), ttl("k", 990, 1000)]),
    ("ex-zero-timedelta", [step("set", "k", "v", ex=timedelta(milliseconds=999))]),
    ("pxat-float", [step("set", "k", "v", pxat=1.5)]),
)


@SET_EXPIRY
def test_set_expiry(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- SETNX, SETEX, PSETEX, GETSET, GETDEL --------------------------------------

SET_VARIANTS = scenarios(
    ("setnx-missing", [step("setnx", "k", "v"), step("get", "k")]),
    ("setnx-existing", [step("set", "k", "a"), step("setnx", "k", "b"), step("get", "k")]),
    ("setnx-existing-empty", [step("set", "k", ""), step("setnx", "k", "b"), step("get", "k")]),
    (
        "setnx-after-expiry",
        [
            step("set", "k", "a", pxat=PAST_MS),
            step("setnx", "k", "b"),
            step("get", "k"),
        ],
    ),
    ("setex", [step("setex", "k", 10, "v"), step("get", "k"), ttl("k", 9, 10)]),
    (
        "setex-overwrites-ttl",
        [
            step("set", "k", "a", ex=100),
            step("setex", "k", 10, "b"),
            ttl("k", 9, 10),
        ],
    ),
    ("setex-zero", [step("setex", "k", 0, "v"), step("exists", "k")]),
    ("setex-negative", [step("setex", "k", -10, "v")]),
    ("setex-overflow", [step("setex", "k", INT64_MAX // 1000 + 1, "v")]),
    ("setex-int64-max", [step("setex", "k", INT64_MAX, "v")]),
    ("setex-not-integer", [step("setex", "k", "ten", "v")]),
    ("setex-float", [step("setex", "k", 1.5, "v")]),
    ("setex-beyond-int64", [step("setex", "k", 2**63, "v")]),
    ("psetex", [step("psetex", "k", 10000, "v"), step("get", "k"), pttl("k", 9000, 10000)]),
    ("psetex-zero", [step("psetex", "k", 0, "v")]),
    ("psetex-negative", [step("psetex", "k", -1, "v")]),
    ("psetex-overflow", [step("psetex", "k", INT64_MAX, "v")]),
    ("psetex-not-integer", [step("psetex", "k", "1e3", "v")]),
    ("setex-timedelta", [step("setex", "k", timedelta(minutes=1), "v"), ttl("k", 59, 60)]),
    ("psetex-timedelta", [step("psetex", "k", timedelta(seconds=1.5), "v"), pttl("k", 1000, 1500)]),
    ("getset-missing", [step("getset", "k", "v"), step("get", "k")]),
    ("getset-existing", [step("set", "k", "a"), step("getset", "k", "b"), step("get", "k")]),
    (
        "getset-clears-ttl",
        [
            step("set", "k", "a", ex=10),
            step("getset", "k", "b"),
            step("ttl", "k"),
        ],
    ),
    ("getset-binary", [step("getset", "k", b"\x00\xff"), step("getset", "k", b"")]),
    ("getdel-missing", [step("getdel", "k")]),
    ("getdel-existing", [step("set", "k", "v"), step("getdel", "k"), step("exists", "k")]),
    ("getdel-empty", [step("set", "k", ""), step("getdel", "k"), step("getdel", "k")]),
    ("getdel-int", [step("incr", "k"), step("getdel", "k")]),
)


@SET_VARIANTS
def test_set_variants(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- GETEX ------------------------------------------------------------------

GETEX = scenarios(
    ("missing", [step("getex", "k")]),
    ("no-option-keeps-ttl", [step("set", "k", "v", ex=10), step("getex", "k"), ttl("k", 9, 10)]),
    ("ex", [step("set", "k", "v"), step("getex", "k", ex=10), ttl("k", 9, 10)]),
    ("px", [step("set", "k", "v"), step("getex", "k", px=10000), pttl("k", 9000, 10000)]),
    ("exat", [step("set", "k", "v"), step("getex", "k", exat=FUTURE_S), ttl("k", 990, 1000)]),
    ("pxat", [step("set", "k", "v"), step("getex", "k", pxat=FUTURE_MS), ttl("k", 990, 1000)]),
    (
        "persist",
        [
            step("set", "k", "v", ex=10),
            step("getex", "k", persist=True),
            step("ttl", "k"),
        ],
    ),
    ("persist-without-ttl", [step("set", "k", "v"), step("getex", "k", persist=True)]),
    ("persist-missing", [step("getex", "k", persist=True)]),
    (
        "exat-in-the-past-deletes",
        [
            step("set", "k", "v"),
            step("getex", "k", exat=PAST_S),
            step("exists", "k"),
        ],
    ),
    (
        "pxat-in-the-past-deletes",
        [
            step("set", "k", "v"),
            step("getex", "k", pxat=PAST_MS),
            step("get", "k"),
        ],
    ),
    ("ex-zero", [step("set", "k", "v"), step("getex", "k", ex=0), step("get", "k")]),
    ("ex-negative", [step("set", "k", "v"), step("getex", "k", ex=-1)]),
    ("px-zero", [step("set", "k", "v"), step("getex", "k", px=0)]),
    ("exat-zero", [step("set", "k", "v"), step("getex", "k", exat=0)]),
    ("pxat-negative", [step("set", "k", "v"), step("getex", "k", pxat=-1)]),
    ("ex-overflow", [step("set", "k", "v"), step("getex", "k", ex=INT64_MAX // 1000 + 1)]),
    ("px-overflow", [step("set", "k", "v"), step("getex", "k", px=INT64_MAX)]),
    ("invalid-ex-on-missing-is-nil", [step("getex", "k", ex=0)]),
    ("invalid-px-on-missing-is-nil", [step("getex", "k", px=-5)]),
    (
        "ex-timedelta",
        [step("set", "k", "v"), step("getex", "k", ex=timedelta(hours=1)), ttl("k", 3599, 3600)],
    ),
    (
        "pxat-datetime",
        [step("set", "k", "v"), step("getex", "k", pxat=FUTURE_DATETIME), ttl("k", 990, 1000)],
    ),
    (
        "exat-datetime-in-the-past",
        [
            step("set", "k", "v"),
            step("getex", "k", exat=datetime.fromtimestamp(PAST_S)),
            step("exists", "k"),
        ],
    ),
    ("ex-on-empty-string", [step("set", "k", ""), step("getex", "k", ex=5), ttl("k", 4, 5)]),
)


@GETEX
def test_getex(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- MGET, MSET, MSETNX -------------------------------------------------------

MULTI = scenarios(
    ("mget-all-missing", [step("mget", "a", "b")]),
    ("mget-mixed", [step("set", "a", "1"), step("set", "c", ""), step("mget", "a", "b", "c")]),
    ("mget-list-argument", [step("set", "a", "1"), step("mget", ["a", "b"])]),
    ("mget-list-and-more", [step("set", "a", "1"), step("mget", ["a"], "b", "a")]),
    ("mget-single", [step("set", "a", "1"), step("mget", "a")]),
    ("mget-duplicates", [step("set", "a", "1"), step("mget", "a", "a", "a")]),
    ("mget-no-keys", [step("mget", [])]),
    ("mget-empty-tuple-then-key", [step("set", "a", "1"), step("mget", (), "a")]),
    ("mget-tuple", [step("set", "a", "1"), step("mget", ("a", "b"))]),
    ("mget-dict-keys", [step("set", "a", "1"), step("mget", {"a": 0, "b": 0})]),
    ("mget-range-of-ints", [step("set", 1, "one"), step("mget", range(3))]),
    ("mget-int-key", [step("set", 7, "seven"), step("mget", 7)]),
    ("mget-bytes-key-is-one-key", [step("set", b"ab", "x"), step("mget", b"ab")]),
    ("mget-memoryview", [step("set", b"ab", "x"), step("mget", memoryview(b"ab"), "ab")]),
    ("mget-expired", [step("set", "a", "1", pxat=PAST_MS), step("mget", "a")]),
    ("mget-binary", [step("set", b"\xff", b"\x00"), step("mget", b"\xff", b"\x00")]),
    ("mset", [step("mset", {"a": "1", "b": "2"}), step("mget", "a", "b")]),
    (
        "mset-overwrites",
        [
            step("set", "a", "x"),
            step("mset", {"a": "1", "b": 2, "c": 1.5}),
            step("mget", "a", "b", "c"),
        ],
    ),
    ("mset-clears-ttl", [step("set", "a", "x", ex=10), step("mset", {"a": "1"}), step("ttl", "a")]),
    ("mset-empty", [step("mset", {})]),
    ("mset-binary", [step("mset", {b"\x00": b"\xff", b"": b""}), step("mget", b"\x00", b"")]),
    ("msetnx-all-new", [step("msetnx", {"a": "1", "b": "2"}), step("mget", "a", "b")]),
    (
        "msetnx-one-exists",
        [
            step("set", "b", "x"),
            step("msetnx", {"a": "1", "b": "2"}),
            step("mget", "a", "b"),
        ],
    ),
    ("msetnx-empty", [step("msetnx", {})]),
    (
        "msetnx-expired-key-is-free",
        [
            step("set", "a", "x", pxat=PAST_MS),
            step("msetnx", {"a": "1"}),
            step("get", "a"),
        ],
    ),
)


@MULTI
def test_multi_key(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- APPEND, STRLEN -------------------------------------------------------------

APPEND_STRLEN = scenarios(
    ("append-missing", [step("append", "k", "ab"), step("get", "k")]),
    ("append-existing", [step("set", "k", "ab"), step("append", "k", "cd"), step("get", "k")]),
    ("append-empty-to-missing", [step("append", "k", ""), step("exists", "k"), step("get", "k")]),
    ("append-empty", [step("set", "k", "ab"), step("append", "k", ""), step("get", "k")]),
    (
        "append-binary",
        [
            step("append", "k", b"\x00"),
            step("append", "k", b"\xff\x00"),
            step("get", "k"),
        ],
    ),
    ("append-to-int", [step("set", "k", 12), step("append", "k", 3), step("incr", "k")]),
    (
        "append-keeps-ttl",
        [
            step("set", "k", "a", ex=10),
            step("append", "k", "b"),
            ttl("k", 9, 10),
        ],
    ),
    ("append-many", [step("append", "k", "x" * 30) for _ in range(4)] + [step("strlen", "k")]),
    ("strlen-missing", [step("strlen", "k")]),
    ("strlen-empty", [step("set", "k", ""), step("strlen", "k")]),
    ("strlen-int", [step("set", "k", -123), step("strlen", "k")]),
    ("strlen-unicode", [step("set", "k", "é✓"), step("strlen", "k")]),
    ("strlen-binary", [step("set", "k", b"\x00\x00\xff"), step("strlen", "k")]),
)


@APPEND_STRLEN
def test_append_strlen(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- GETRANGE -------------------------------------------------------------------

_RANGES = [
    (0, -1), (0, 0), (0, 3), (1, 2), (2, 1), (3, 3), (-1, -1), (-3, -1), (-1, -3),
    (-100, -1), (-100, 100), (0, 100), (5, 10), (20, 30), (-5, 2), (2, -2), (4, -5),
    (-20, -10), (0, -100), (INT64_MIN, INT64_MAX), (INT64_MAX, INT64_MAX), (INT64_MIN, -1),
]  # fmt: skip


@pytest.mark.parametrize("value", [b"hello", b"h", b"", b"12345", b"\x00\xff\x00"], ids=repr)
@pytest.mark.parametrize(("start", "end"), _RANGES, ids=str)
def test_getrange(kv: keyspace.Client, r: redis.Redis, value: bytes, start: int, end: int) -> None:
    compare(
        kv,
        r,
        [
            step("set", "k", value),
            step("getrange", "k", start, end),
            step("substr", "k", start, end),
        ],
    )


GETRANGE_MORE = scenarios(
    ("missing-key", [step("getrange", "k", 0, -1), step("getrange", "k", 5, 2)]),
    ("int-value", [step("set", "k", 12345), step("getrange", "k", 1, -2)]),
    ("start-not-integer", [step("set", "k", "v"), step("getrange", "k", "a", 1)]),
    ("end-not-integer", [step("getrange", "k", 0, "1.5")]),
    ("start-as-text", [step("set", "k", "hello"), step("getrange", "k", "1", "-1")]),
    ("beyond-int64", [step("set", "k", "hello"), step("getrange", "k", 0, 2**63)]),
    (
        "substr-default-end",
        [step("set", "k", "hello"), step("substr", "k", 1), step("substr", "k", -2)],
    ),
    ("float-index", [step("set", "k", "hello"), step("getrange", "k", 1.0, 2)]),
    ("leading-zero-index", [step("set", "k", "hello"), step("getrange", "k", "01", 3)]),
)


@GETRANGE_MORE
def test_getrange_more(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- SETRANGE -------------------------------------------------------------------

SETRANGE = scenarios(
    (
        "overwrite-middle",
        [step("set", "k", "Hello World"), step("setrange", "k", 6, "Redis"), step("get", "k")],
    ),
    ("offset-zero", [step("set", "k", "hello"), step("setrange", "k", 0, "J"), step("get", "k")]),
    (
        "extend-past-end",
        [step("set", "k", "abc"), step("setrange", "k", 2, "XYZ"), step("get", "k")],
    ),
    (
        "pad-with-zero-bytes",
        [step("set", "k", "ab"), step("setrange", "k", 5, "!"), step("get", "k")],
    ),
    ("missing-key-pads", [step("setrange", "k", 3, "x"), step("get", "k")]),
    ("missing-key-offset-zero", [step("setrange", "k", 0, "abc"), step("get", "k")]),
    ("empty-value-missing-key", [step("setrange", "k", 5, ""), step("exists", "k")]),
    (
        "empty-value-existing-key",
        [step("set", "k", "abc"), step("setrange", "k", 10, ""), step("get", "k")],
    ),
    ("negative-offset", [step("set", "k", "abc"), step("setrange", "k", -1, "x")]),
    ("negative-offset-missing-key", [step("setrange", "k", -1, "")]),
    ("offset-not-integer", [step("setrange", "k", "x", "a")]),
    ("offset-too-large", [step("setrange", "k", 512 * 1024 * 1024, "x"), step("exists", "k")]),
    ("offset-last-allowed-empty", [step("setrange", "k", 512 * 1024 * 1024, "")]),
    (
        "offset-too-large-existing",
        [step("set", "k", "a"), step("setrange", "k", 512 * 1024 * 1024 - 1, "xy")],
    ),
    ("offset-beyond-int64", [step("setrange", "k", 2**63, "x")]),
    ("offset-int64-max", [step("setrange", "k", INT64_MAX, "x")]),
    ("offset-int64-max-existing", [step("set", "k", "a"), step("setrange", "k", INT64_MAX, "x")]),
    (
        "offset-too-large-empty-value-existing",
        [step("set", "k", "abc"), step("setrange", "k", 2**40, "")],
    ),
    ("offset-as-text", [step("setrange", "k", "2", "x"), step("get", "k")]),
    ("offset-leading-zero", [step("setrange", "k", "02", "x")]),
    (
        "binary",
        [step("set", "k", b"\x00\x00\x00"), step("setrange", "k", 1, b"\xff"), step("get", "k")],
    ),
    ("on-int", [step("set", "k", 100), step("setrange", "k", 0, "2"), step("incr", "k")]),
    ("keeps-ttl", [step("set", "k", "abc", ex=10), step("setrange", "k", 1, "z"), ttl("k", 9, 10)]),
    ("on-empty-string", [step("set", "k", ""), step("setrange", "k", 2, "a"), step("get", "k")]),
)


@SETRANGE
def test_setrange(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- INCR, DECR, INCRBY, DECRBY -------------------------------------------------

COUNTERS = scenarios(
    ("incr-missing", [step("incr", "k"), step("get", "k")]),
    ("decr-missing", [step("decr", "k"), step("get", "k")]),
    ("incr-existing", [step("set", "k", 10), step("incr", "k"), step("incr", "k")]),
    ("incr-by-amount", [step("incr", "k", 5), step("decr", "k", 7), step("get", "k")]),
    ("incrby", [step("incrby", "k", 100), step("incrby", "k", -250), step("get", "k")]),
    ("decrby", [step("decrby", "k", 100), step("decrby", "k", -250), step("get", "k")]),
    ("incrby-zero", [step("set", "k", 5), step("incrby", "k", 0)]),
    ("incr-negative-stored", [step("set", "k", -5), step("incr", "k")]),
    ("incr-keeps-ttl", [step("set", "k", 1, ex=10), step("incr", "k"), ttl("k", 9, 10)]),
    (
        "incr-to-int64-max",
        [step("set", "k", INT64_MAX - 1), step("incr", "k"), step("incr", "k"), step("get", "k")],
    ),
    (
        "decr-to-int64-min",
        [step("set", "k", INT64_MIN + 1), step("decr", "k"), step("decr", "k"), step("get", "k")],
    ),
    ("incrby-overflow", [step("set", "k", 1), step("incrby", "k", INT64_MAX)]),
    ("incrby-underflow", [step("set", "k", -2), step("incrby", "k", INT64_MIN)]),
    ("incrby-int64-min-on-zero", [step("incrby", "k", INT64_MIN), step("get", "k")]),
    ("decrby-int64-min", [step("decrby", "k", INT64_MIN)]),
    ("decrby-int64-min-on-existing", [step("set", "k", 5), step("decrby", "k", INT64_MIN)]),
    ("decrby-int64-max", [step("set", "k", -1), step("decrby", "k", INT64_MAX)]),
    ("decrby-overflow", [step("set", "k", -2), step("decrby", "k", INT64_MAX)]),
    ("decrby-negative-overflow", [step("set", "k", 1), step("decrby", "k", -INT64_MAX)]),
    (
        "decrby-on-non-integer-with-int64-min",
        [step("set", "k", "x"), step("decrby", "k", INT64_MIN)],
    ),
    ("incr-float-value", [step("set", "k", "1.5"), step("incr", "k")]),
    ("incr-leading-space", [step("set", "k", " 1"), step("incr", "k")]),
    ("incr-trailing-space", [step("set", "k", "1 "), step("incr", "k")]),
    ("incr-leading-zero", [step("set", "k", "01"), step("incr", "k")]),
    ("incr-plus-sign", [step("set", "k", "+1"), step("incr", "k")]),
    ("incr-minus-zero", [step("set", "k", "-0"), step("incr", "k")]),
    ("incr-empty", [step("set", "k", ""), step("incr", "k")]),
    ("incr-text", [step("set", "k", "abc"), step("decr", "k")]),
    ("incr-hex", [step("set", "k", "0x10"), step("incr", "k")]),
    ("incr-2-pow-63", [step("set", "k", 2**63), step("incr", "k")]),
    ("incr-below-int64", [step("set", "k", -(2**63) - 1), step("decr", "k")]),
    ("incr-21-digits", [step("set", "k", "-09223372036854775808"), step("incr", "k")]),
    ("incr-nul-byte", [step("set", "k", b"1\x00"), step("incr", "k")]),
    ("incrby-amount-not-integer", [step("incrby", "k", "1.5")]),
    ("incrby-amount-text", [step("incrby", "k", "one")]),
    ("incrby-amount-float", [step("incrby", "k", 2.0)]),
    ("incrby-amount-beyond-int64", [step("incrby", "k", 2**63)]),
    ("incrby-amount-string", [step("incrby", "k", "-7"), step("get", "k")]),
    ("incrby-amount-plus", [step("incrby", "k", "+7")]),
    ("decrby-amount-beyond-int64", [step("decrby", "k", -(2**63) - 1)]),
    (
        "incr-after-append",
        [step("set", "k", 1), step("append", "k", "0"), step("incr", "k"), step("get", "k")],
    ),
    ("incr-bool-amount", [step("incrby", "k", "true")]),
)


@COUNTERS
def test_counters(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- INCRBYFLOAT ------------------------------------------------------------------

FLOATS = scenarios(
    ("missing", [step("incrbyfloat", "k", 1.5), step("get", "k")]),
    ("default-amount", [step("incrbyfloat", "k"), step("get", "k")]),
    (
        "point1-plus-point2",
        [step("incrbyfloat", "k", 0.1), step("incrbyfloat", "k", 0.2), step("get", "k")],
    ),
    ("10.5-plus-0.1", [step("set", "k", "10.5"), step("incrbyfloat", "k", 0.1), step("get", "k")]),
    (
        "exponent-stored",
        [step("set", "k", "5.0e3"), step("incrbyfloat", "k", 200), step("get", "k")],
    ),
    ("3-minus-3", [step("set", "k", 3), step("incrbyfloat", "k", -3), step("get", "k")]),
    ("negative-result", [step("set", "k", 1), step("incrbyfloat", "k", -3.25), step("get", "k")]),
    ("negative-zero", [step("incrbyfloat", "k", -0.0), step("get", "k")]),
    ("int-amount", [step("set", "k", 7), step("incrbyfloat", "k", 3), step("get", "k")]),
    ("large-exponent", [step("incrbyfloat", "k", 1e20), step("get", "k")]),
    ("larger-exponent", [step("incrbyfloat", "k", 1.5e300), step("strlen", "k")]),
    ("small-exponent", [step("incrbyfloat", "k", 1e-10), step("get", "k")]),
    ("tiny-rounds-to-zero", [step("incrbyfloat", "k", 1e-20), step("get", "k")]),
    ("tiny-negative", [step("incrbyfloat", "k", -1e-20), step("get", "k")]),
    ("half-ulp-at-17-digits", [step("incrbyfloat", "k", 5e-18), step("get", "k")]),
    ("max-double", [step("incrbyfloat", "k", 1.7976931348623157e308), step("strlen", "k")]),
    (
        "max-double-twice",
        [
            step("incrbyfloat", "k", 1.7976931348623157e308),
            step("incrbyfloat", "k", 1.7976931348623157e308),
            step("getrange", "k", 0, 20),
        ],
    ),
    ("precision-1/3", [step("incrbyfloat", "k", 1 / 3), step("get", "k")]),
    ("many-tenths", [step("incrbyfloat", "k", 0.1) for _ in range(10)] + [step("get", "k")]),
    (
        "inf-increment",
        [step("set", "k", 1), step("incrbyfloat", "k", float("inf")), step("get", "k")],
    ),
    ("minus-inf-increment", [step("incrbyfloat", "k", float("-inf")), step("exists", "k")]),
    ("nan-increment", [step("incrbyfloat", "k", float("nan"))]),
    ("stored-inf", [step("set", "k", "inf"), step("incrbyfloat", "k", 1)]),
    ("stored-minus-infinity", [step("set", "k", "-Infinity"), step("incrbyfloat", "k", 1)]),
    ("stored-nan", [step("set", "k", "nan"), step("incrbyfloat", "k", 1)]),
    (
        "stored-1e400",
        [
            step("set", "k", "1e400"),
            step("incrbyfloat", "k", 1),
            step("strlen", "k"),
            step("getrange", "k", 0, 5),
        ],
    ),
    (
        "stored-minus-1e400",
        [step("set", "k", "-1e400"), step("incrbyfloat", "k", 1), step("strlen", "k")],
    ),
    ("stored-1e5000-overflows", [step("set", "k", "1e5000"), step("incrbyfloat", "k", 1)]),
    ("stored-1e-400", [step("set", "k", "1e-400"), step("incrbyfloat", "k", 1), step("get", "k")]),
    ("stored-1e-5000-underflows", [step("set", "k", "1e-5000"), step("incrbyfloat", "k", 1)]),
    ("stored-hex", [step("set", "k", "0x10"), step("incrbyfloat", "k", 1), step("get", "k")]),
    (
        "stored-hex-fraction",
        [step("set", "k", "0x1.8p1"), step("incrbyfloat", "k", 0), step("get", "k")],
    ),
    ("stored-leading-space", [step("set", "k", " 1.5"), step("incrbyfloat", "k", 1)]),
    ("stored-trailing-space", [step("set", "k", "1.5 "), step("incrbyfloat", "k", 1)]),
    ("stored-plus-sign", [step("set", "k", "+1.5"), step("incrbyfloat", "k", 1), step("get", "k")]),
    (
        "stored-leading-point",
        [step("set", "k", ".5"), step("incrbyfloat", "k", 1), step("get", "k")],
    ),
    (
        "stored-trailing-point",
        [step("set", "k", "5."), step("incrbyfloat", "k", 1), step("get", "k")],
    ),
    (
        "stored-leading-zeros",
        [step("set", "k", "007"), step("incrbyfloat", "k", 1), step("get", "k")],
    ),
    ("stored-empty", [step("set", "k", ""), step("incrbyfloat", "k", 1)]),
    ("stored-text", [step("set", "k", "abc"), step("incrbyfloat", "k", 1)]),
    ("stored-exponent-only", [step("set", "k", "e5"), step("incrbyfloat", "k", 1)]),
    ("stored-nul", [step("set", "k", b"1.5\x00"), step("incrbyfloat", "k", 1)]),
    (
        "stored-int64-max",
        [step("set", "k", INT64_MAX), step("incrbyfloat", "k", 1), step("get", "k")],
    ),
    (
        "stored-long-fraction",
        [
            step("set", "k", "0.12345678901234567890123"),
            step("incrbyfloat", "k", 0),
            step("get", "k"),
        ],
    ),
    (
        "result-keeps-ttl",
        [step("set", "k", 1, ex=10), step("incrbyfloat", "k", 0.5), ttl("k", 9, 10)],
    ),
    ("then-incr", [step("incrbyfloat", "k", 2.0), step("incr", "k"), step("get", "k")]),
    ("then-incr-fraction", [step("incrbyfloat", "k", 2.5), step("incr", "k")]),
    ("amount-as-text", [step("incrbyfloat", "k", "2.5"), step("get", "k")]),
    ("amount-not-float", [step("incrbyfloat", "k", "abc")]),
    ("amount-hex-text", [step("incrbyfloat", "k", "0x10"), step("get", "k")]),
    ("amount-exponent-text", [step("incrbyfloat", "k", "1e3"), step("get", "k")]),
    ("amount-leading-space", [step("incrbyfloat", "k", " 1")]),
    ("amount-trailing-space", [step("incrbyfloat", "k", "1 ")]),
    ("amount-underscore", [step("incrbyfloat", "k", "1_000")]),
    ("amount-empty", [step("incrbyfloat", "k", "")]),
    ("amount-inf-text", [step("incrbyfloat", "k", "inf")]),
    ("amount-nan-text", [step("incrbyfloat", "k", "nan")]),
    ("amount-int", [step("incrbyfloat", "k", 10**18), step("get", "k")]),
    ("amount-negative-exponent-text", [step("incrbyfloat", "k", "-.5e-1"), step("get", "k")]),
    ("amount-hex-exponent-text", [step("incrbyfloat", "k", "0X1P3"), step("get", "k")]),
    ("amount-dangling-exponent", [step("incrbyfloat", "k", "1e")]),
    ("amount-bare-0x", [step("incrbyfloat", "k", "0x")]),
    ("amount-non-ascii-digit", [step("incrbyfloat", "k", "\u0661")]),
    ("amount-plus-point", [step("incrbyfloat", "k", "+.5"), step("get", "k")]),
    ("amount-not-utf8", [step("incrbyfloat", "k", b"\xff")]),
    ("amount-overflows-long-double", [step("incrbyfloat", "k", "1e5000")]),
    ("amount-underflows-long-double", [step("incrbyfloat", "k", "1e-5000")]),
    ("amount-smallest-long-double", [step("incrbyfloat", "k", "1e-4950"), step("get", "k")]),
    ("amount-below-smallest-long-double", [step("incrbyfloat", "k", "1e-4951")]),
    ("amount-huge-exponent", [step("incrbyfloat", "k", "1e99999999999")]),
    ("amount-zero-huge-exponent", [step("incrbyfloat", "k", "0e99999999999"), step("get", "k")]),
    ("amount-5119-chars", [step("incrbyfloat", "k", "1" * 5119)]),
    ("amount-5120-chars", [step("incrbyfloat", "k", "0." + "0" * 5117 + "1")]),
    ("amount-double-subnormal", [step("incrbyfloat", "k", 5e-324), step("get", "k")]),
)

# Stored texts at the edges of what Redis reads as a long double (strtold's
# syntax, the whole length, range of an x87 80-bit long double).
STORED_FLOATS = [
    b"1\x00", b"\x001", b"0x1p-16446", b"0x1p-16445", b"1e-4951", b"1e-4950",
    b"3.6451995318824746025e-4951", b"1.18973149535723176502e+4932",
    b"1.18973149535723176503e+4932", b"1.1897314953572317651e4932", b"1.19e4932", b"1e4931",
    b"-1e4931", b"nan(123)", b"NAN", b"-inf", b"INFINITY", b"infinit", b"0x", b"0x.8", b"1e",
    b"1e+", b".", b"-.5e-1", b"0X1P3", b"1.5f", b"1,5", b"0e99999999999", b"1e99999999999",
    b"1e-99999999999", b"1" * 4900, b"1" * 5119, b"1" * 5120, b"0." + b"0" * 5000 + b"1",
    b"-0", b"-0.0", b"0x1.fffffffffffffffep16383", b"0x1.ffffffffffffffffp16383",
    b"1e" + b"0" * 5000 + b"1", b"0x" + b"f" * 5000, b"0.1" + b"0" * 30 + b"1",
]  # fmt: skip


@pytest.mark.parametrize("stored", STORED_FLOATS, ids=lambda v: repr(v)[:40])
def test_incrbyfloat_stored_edges(kv: keyspace.Client, r: redis.Redis, stored: bytes) -> None:
    compare(
        kv,
        r,
        [
            step("set", "k", stored),
            step("incrbyfloat", "k", 0),
            step("strlen", "k"),
            step("getrange", "k", 0, 80),
            step("getrange", "k", -40, -1),
            encoding(),
        ],
    )


@FLOATS
def test_incrbyfloat(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- LCS --------------------------------------------------------------------------

LCS = scenarios(
    ("plain", [step("mset", {"a": "ohmytext", "b": "mynewtext"}), step("lcs", "a", "b")]),
    ("len", [step("mset", {"a": "ohmytext", "b": "mynewtext"}), step("lcs", "a", "b", len=True)]),
    ("idx", [step("mset", {"a": "ohmytext", "b": "mynewtext"}), step("lcs", "a", "b", idx=True)]),
    (
        "idx-minmatchlen",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, minmatchlen=4),
        ],
    ),
    (
        "idx-withmatchlen",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "idx-both",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, minmatchlen=2, withmatchlen=True),
        ],
    ),
    (
        "idx-minmatchlen-too-long",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, minmatchlen=100),
        ],
    ),
    (
        "idx-minmatchlen-negative",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, minmatchlen=-3),
        ],
    ),
    (
        "minmatchlen-without-idx",
        [step("mset", {"a": "ohmytext", "b": "mynewtext"}), step("lcs", "a", "b", minmatchlen=4)],
    ),
    (
        "withmatchlen-without-idx",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", withmatchlen=True),
        ],
    ),
    (
        "len-with-withmatchlen",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", len=True, withmatchlen=True),
        ],
    ),
    (
        "len-and-idx",
        [step("mset", {"a": "x", "b": "x"}), step("lcs", "a", "b", len=True, idx=True)],
    ),
    ("len-and-idx-missing-keys", [step("lcs", "a", "b", len=True, idx=True)]),
    (
        "both-missing",
        [step("lcs", "a", "b"), step("lcs", "a", "b", len=True), step("lcs", "a", "b", idx=True)],
    ),
    (
        "one-missing",
        [
            step("set", "a", "abc"),
            step("lcs", "a", "b"),
            step("lcs", "b", "a"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "equal",
        [
            step("mset", {"a": "hello", "b": "hello"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    ("same-key", [step("set", "a", "hello"), step("lcs", "a", "a", idx=True)]),
    (
        "empty-strings",
        [step("mset", {"a": "", "b": ""}), step("lcs", "a", "b"), step("lcs", "a", "b", idx=True)],
    ),
    (
        "one-empty",
        [
            step("mset", {"a": "", "b": "abc"}),
            step("lcs", "a", "b", len=True),
            step("lcs", "a", "b", idx=True),
        ],
    ),
    (
        "nothing-common",
        [
            step("mset", {"a": "abc", "b": "xyz"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True),
        ],
    ),
    (
        "single-chars",
        [step("mset", {"a": "a", "b": "a"}), step("lcs", "a", "b", idx=True, withmatchlen=True)],
    ),
    (
        "ties",
        [
            step("mset", {"a": "abcabc", "b": "cbacba"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "ties-reversed",
        [
            step("mset", {"a": "cbacba", "b": "abcabc"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "repeats",
        [
            step("mset", {"a": "aaaa", "b": "aa"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "prefix-and-suffix",
        [
            step("mset", {"a": "xxabcyy", "b": "abczzabc"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "binary",
        [
            step("mset", {"a": b"\x00\xff\x00\x01", "b": b"\xff\x01\x00"}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True, withmatchlen=True),
        ],
    ),
    (
        "ints",
        [
            step("mset", {"a": 12345, "b": 2468}),
            step("lcs", "a", "b"),
            step("lcs", "a", "b", idx=True),
        ],
    ),
    ("minmatchlen-not-integer", [step("lcs", "a", "b", idx=True, minmatchlen="x")]),
    (
        "minmatchlen-none",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, minmatchlen=None),
        ],
    ),
    ("minmatchlen-beyond-int64", [step("lcs", "a", "b", idx=True, minmatchlen=2**63)]),
    (
        "len-and-idx-with-bad-minmatchlen",
        [
            step("lcs", "a", "b", len=True, idx=True, minmatchlen="x"),
        ],
    ),
    (
        "too-large-for-transient-memory",
        [
            step("mset", {"a": "a" * 12000, "b": "b" * 12000}),
            step("lcs", "a", "b", len=True),
        ],
    ),
    (
        "longer-strings",
        [
            step("mset", {"a": "ab" * 50, "b": "ba" * 60}),
            step("lcs", "a", "b", len=True),
            step("lcs", "a", "b", idx=True, minmatchlen=2, withmatchlen=True),
        ],
    ),
    (
        "minmatchlen-1",
        [
            step("mset", {"a": "ohmytext", "b": "mynewtext"}),
            step("lcs", "a", "b", idx=True, minmatchlen=1),
        ],
    ),
)


@LCS
def test_lcs(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- OBJECT ENCODING ----------------------------------------------------------------


ENCODINGS = scenarios(
    ("missing", [encoding()]),
    ("small-int", [step("set", "k", 123), encoding()]),
    ("zero", [step("set", "k", 0), encoding()]),
    ("negative-int", [step("set", "k", -5), encoding()]),
    ("int64-max", [step("set", "k", INT64_MAX), encoding()]),
    ("int64-min", [step("set", "k", INT64_MIN), encoding()]),
    ("beyond-int64", [step("set", "k", 2**63), encoding()]),
    ("leading-zero", [step("set", "k", "0123"), encoding()]),
    ("plus-sign", [step("set", "k", "+1"), encoding()]),
    ("minus-zero", [step("set", "k", "-0"), encoding()]),
    ("float", [step("set", "k", 1.5), encoding()]),
    ("short", [step("set", "k", "abc"), encoding()]),
    ("empty", [step("set", "k", ""), encoding()]),
    ("44-bytes", [step("set", "k", "x" * 44), encoding()]),
    ("45-bytes", [step("set", "k", "x" * 45), encoding()]),
    ("append-to-missing", [step("append", "k", "abc"), encoding()]),
    ("append-int-to-missing", [step("append", "k", "123"), encoding()]),
    ("append-to-existing", [step("set", "k", "a"), step("append", "k", "b"), encoding()]),
    ("append-empty-to-existing", [step("set", "k", "a"), step("append", "k", ""), encoding()]),
    ("append-to-int", [step("set", "k", 1), step("append", "k", "2"), encoding()]),
    ("setrange-missing", [step("setrange", "k", 0, "1"), encoding()]),
    ("setrange-existing", [step("set", "k", "abc"), step("setrange", "k", 0, "x"), encoding()]),
    ("setrange-empty-value", [step("set", "k", "abc"), step("setrange", "k", 0, ""), encoding()]),
    ("incr", [step("incr", "k"), encoding()]),
    (
        "incr-after-append",
        [step("set", "k", "1"), step("append", "k", "0"), step("incr", "k"), encoding()],
    ),
    ("incr-large", [step("set", "k", INT64_MAX - 1), step("incr", "k"), encoding()]),
    (
        "incrbyfloat-integral",
        [step("set", "k", "5.0e3"), step("incrbyfloat", "k", 200), encoding()],
    ),
    ("incrbyfloat-fraction", [step("incrbyfloat", "k", 1.5), encoding()]),
    ("incrbyfloat-long", [step("incrbyfloat", "k", 1e30), encoding()]),
    ("incrbyfloat-then-incr", [step("incrbyfloat", "k", 3), step("incr", "k"), encoding()]),
    ("incrbyfloat-then-getex", [step("incrbyfloat", "k", 3), step("getex", "k", ex=5), encoding()]),
    ("getset-int", [step("getset", "k", "77"), encoding()]),
    ("mset", [step("mset", {"k": "12", "j": "x" * 45}), encoding(), encoding("j")]),
    ("setnx", [step("setnx", "k", "12"), encoding()]),
    ("setex", [step("setex", "k", 10, "12"), encoding()]),
    (
        "set-keepttl",
        [step("set", "k", "a", ex=10), step("set", "k", "9", keepttl=True), encoding()],
    ),
    ("21-digit-int", [step("set", "k", "100000000000000000000"), encoding()]),
    ("binary", [step("set", "k", b"\x00\xff"), encoding()]),
)


@ENCODINGS
def test_object_encoding(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    run(kv, r, steps)


# -- options redis-py rejects before sending ------------------------------------------


def local_outcome(client: Any, s: Step) -> Any:
    """Like differential.outcome, but also for errors raised by the client
    library itself (DataError), which both libraries must raise alike."""
    try:
        return getattr(client, s.method)(*s.args, **s.kwargs)
    except (redis.ResponseError, keyspace.ResponseError) as error:
        return ("response error", str(error))
    except (redis.DataError, keyspace.DataError) as error:
        return ("data error", str(error))


REJECTED_OPTIONS = [
    pytest.param(s, id=name)
    for name, s in [
        ("set-nx-xx", step("set", "k", "v", nx=True, xx=True)),
        ("set-ex-px", step("set", "k", "v", ex=1, px=1000)),
        ("set-ex-exat", step("set", "k", "v", ex=1, exat=FUTURE_S)),
        ("set-px-pxat", step("set", "k", "v", px=1, pxat=FUTURE_MS)),
        ("set-keepttl-ex", step("set", "k", "v", keepttl=True, ex=10)),
        ("set-keepttl-pxat", step("set", "k", "v", keepttl=True, pxat=FUTURE_MS)),
        ("set-nx-xx-with-bad-ex", step("set", "k", "v", nx=True, xx=True, ex=0)),
        ("set-ex-float", step("set", "k", "v", ex=1.5)),
        ("set-ex-negative-text", step("set", "k", "v", ex="-1")),
        ("set-ex-bytes", step("set", "k", "v", ex=b"10")),
        ("set-px-text", step("set", "k", "v", px="100")),
        ("set-ex-bool", step("set", "k", "v", ex=True)),
        ("set-bool-value", step("set", "k", True)),
        ("set-none-value", step("set", "k", None)),
        ("getex-ex-px", step("getex", "k", ex=1, px=1)),
        ("getex-persist-ex", step("getex", "k", persist=True, ex=1)),
        ("getex-exat-pxat", step("getex", "k", exat=FUTURE_S, pxat=FUTURE_MS)),
        ("getex-ex-float", step("getex", "k", ex=2.5)),
        ("getex-px-text", step("getex", "k", px="5")),
        ("mset-bool", step("mset", {"k": False})),
        ("append-list", step("append", "k", [1])),
        ("lcs-len-idx", step("lcs", "a", "b", len=True, idx=True)),
    ]
]


@pytest.mark.parametrize("s", REJECTED_OPTIONS)
@pytest.mark.parametrize("key_exists", [False, True], ids=["missing", "existing"])
def test_rejected_options(kv: keyspace.Client, r: redis.Redis, s: Step, key_exists: bool) -> None:
    if key_exists:
        compare(kv, r, [step("set", "k", "old", ex=100)])
    expected, actual = local_outcome(r, s), local_outcome(kv, s)
    assert actual == expected, f"{s!r}: keyspace {actual!r}, redis {expected!r}"
    compare(kv, r, [step("get", "k"), ttl("k", 99, 100)] if key_exists else [step("get", "k")])


# -- SET ... GET / replies on a string as seen by both ----------------------------------


def test_set_get_reply_types(kv: keyspace.Client, r: redis.Redis) -> None:
    """Replies have redis-py's Python types, not just equal values."""
    for client in (kv, r):
        assert client.set("k", "v") is True
        assert client.set("k", "w", nx=True) is None
        assert client.set("k", "x", get=True) == b"v"
        assert isinstance(client.incrbyfloat("f", 1.5), float)
        assert isinstance(client.incr("i"), int)
        assert client.setnx("k", "y") is False
        assert client.msetnx({"k": "z"}) is False
        assert client.mset({"m": "1"}) is True
        assert client.setex("e", 5, "v") is True
        assert client.psetex("p", 5000, "v") is True
        assert client.getrange("missing", 0, -1) == b""


# -- known divergences the typed schema cannot avoid ------------------------------------


def _schema_limit(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


_DOUBLE_INCREMENT = "IncrByFloatRequest.increment is a double; Redis reads a long double"
_INT64_EXPIRY = "GetExRequest's expiry is an int64, checked by the SDK before the key lookup"


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param(
            [step("incrbyfloat", "k", 10**18 + 1), step("get", "k")],
            id="incrbyfloat-int-beyond-double-precision",
            marks=_schema_limit(_DOUBLE_INCREMENT),
        ),
        pytest.param(
            [step("incrbyfloat", "k", 2**70), step("get", "k")],
            id="incrbyfloat-exact-double-int",
            marks=_schema_limit(_DOUBLE_INCREMENT),
        ),
        pytest.param(
            [step("incrbyfloat", "k", "1e400")],
            id="incrbyfloat-text-beyond-double-range",
            marks=_schema_limit(_DOUBLE_INCREMENT),
        ),
        pytest.param(
            [step("getex", "k", exat="soon")],
            id="getex-non-integer-exat-on-missing-key",
            marks=_schema_limit(_INT64_EXPIRY),
        ),
        pytest.param(
            [step("getex", "k", pxat=2**63)],
            id="getex-pxat-beyond-int64-on-missing-key",
            marks=_schema_limit(_INT64_EXPIRY),
        ),
    ],
)
def test_known_schema_limits(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    """Kept as strict xfails so they are noticed when the schema changes."""
    run(kv, r, steps)


# -- pipelines ---------------------------------------------------------------------


def _pipeline_outcomes(client: Any, transaction: bool) -> list[Any]:
    pipe = client.pipeline(transaction=transaction)
    pipe.set("k", "1").incr("k").incrbyfloat("k", 1e-20).mget([]).mget("k", "missing")
    pipe.set("t", "text").incr("t").getrange("k", 0, -1).lcs("k", "t", idx=True)
    pipe.set("k", "v", get=True).getex("k", persist=True)
    return [
        ("error", str(result)) if isinstance(result, Exception) else result
        for result in pipe.execute(raise_on_error=False)
    ]


@pytest.mark.parametrize("transaction", [True, False], ids=["multi", "plain"])
def test_pipeline(kv: keyspace.Client, r: redis.Redis, transaction: bool) -> None:
    """Replies keep their place and type in a pipeline too, errors included
    (an empty MGET, answered by redis-py itself, still takes a slot)."""
    assert _pipeline_outcomes(kv, transaction) == _pipeline_outcomes(r, transaction)


# -- random sequences ------------------------------------------------------------------

_KEYS = st.sampled_from(["a", "b", "c", b"\x00\xff"])
_VALUES = st.one_of(
    st.sampled_from([
        "", "0", "1", "-1", "10", "007", "1.5", "-0.5", "3e2", "0x10", "inf", " 1", "abc",
        "x" * 44, "x" * 45, "1" * 20, INT64_MAX, INT64_MIN, INT64_MAX - 1, 2**63, 0.1,
    ]),
    st.integers(-1000, 1000),
    st.binary(max_size=6),
    st.text(alphabet="abc01.-e", max_size=6),
)  # fmt: skip
_INDEXES = st.one_of(st.integers(-8, 8), st.sampled_from([INT64_MIN, INT64_MAX]))
_AMOUNTS = st.one_of(st.integers(-50, 50), st.sampled_from([INT64_MAX, INT64_MIN, 2**62, -(2**62)]))
_FLOATS = st.one_of(
    st.sampled_from([0.1, 0.2, -0.3, 1e-5, 2.5, 1e17, -1e17, 0.0, 5e-18, 1e300, "0x8", "2e1"]),
    st.floats(-1e6, 1e6, allow_nan=False, width=32),
)
# Expiration amounts: invalid ones, and ones far enough off (or long past)
# that no key expires while an example runs.
_EXPIRIES = {
    "ex": [-1, 0, 100],
    "px": [-1, 0, 100_000],
    "exat": [-1, 0, FUTURE_S, PAST_S],
    "pxat": [-1, 0, FUTURE_MS, PAST_MS],
}


def _expiry(draw: st.DrawFn) -> dict[str, Any]:
    option = draw(st.sampled_from(sorted(_EXPIRIES)))
    return {option: draw(st.sampled_from(_EXPIRIES[option]))}


def _rounded_ttl(value: Any) -> Any:
    """TTL of a key set with the expiries above: 100 s or about 1000 s,
    compared without the second that may tick between the two servers."""
    if isinstance(value, int) and value > 0:
        return "~100" if value <= 100 else "~1000"
    return value


def _steps_for(draw: st.DrawFn) -> Step:
    key, value = draw(_KEYS), draw(_VALUES)
    options: list[Callable[[], Step]] = [
        lambda: step("get", key),
        lambda: step("set", key, value),
        lambda: step("set", key, value, nx=True, get=draw(st.booleans())),
        lambda: step("set", key, value, xx=True, get=draw(st.booleans())),
        lambda: step("set", key, value, **_expiry(draw)),
        lambda: step("set", key, value, keepttl=True, get=draw(st.booleans())),
        lambda: step("setnx", key, value),
        lambda: step("setex", key, draw(st.sampled_from(_EXPIRIES["ex"])), value),
        lambda: step("psetex", key, draw(st.sampled_from(_EXPIRIES["px"])), value),
        lambda: step("getset", key, value),
        lambda: step("getdel", key),
        lambda: step("getex", key, **_expiry(draw)),
        lambda: step("getex", key, persist=True),
        lambda: step("ttl", key, normalize=_rounded_ttl),
        lambda: step("mget", key, draw(_KEYS), draw(_KEYS)),
        lambda: step("mset", {key: value, draw(_KEYS): draw(_VALUES)}),
        lambda: step("msetnx", {key: value, draw(_KEYS): draw(_VALUES)}),
        lambda: step("append", key, value),
        lambda: step("strlen", key),
        lambda: step("getrange", key, draw(_INDEXES), draw(_INDEXES)),
        lambda: step("setrange", key, draw(st.integers(-1, 10)), value),
        lambda: step("incr", key),
        lambda: step("decr", key),
        lambda: step("incrby", key, draw(_AMOUNTS)),
        lambda: step("decrby", key, draw(_AMOUNTS)),
        lambda: step("incrbyfloat", key, draw(_FLOATS)),
        lambda: step("lcs", key, draw(_KEYS), len=draw(st.booleans())),
        lambda: step(
            "lcs",
            key,
            draw(_KEYS),
            idx=True,
            withmatchlen=draw(st.booleans()),
            minmatchlen=draw(st.integers(-1, 3)),
        ),
        lambda: step("object", "encoding", key),
    ]
    return options[draw(st.integers(0, len(options) - 1))]()


@st.composite
def _sequences(draw: st.DrawFn) -> list[Step]:
    return [_steps_for(draw) for _ in range(draw(st.integers(1, 12)))]


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=_sequences())
def test_random_sequences(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    kv.flushall()
    r.flushall()
    keys = ["a", "b", "c", b"\x00\xff"]
    compare(
        kv,
        r,
        [*steps, step("mget", keys), *(step("ttl", key, normalize=_rounded_ttl) for key in keys)],
    )
