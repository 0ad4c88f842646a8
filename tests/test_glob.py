"""Redis's glob patterns: ``keyspace_server.glob.compile_pattern`` and the
KEYS command of a real keyspace-server, both checked against redis-server's
KEYS for the same key set. Redis is the oracle: a pattern's meaning is
whatever stringmatchlen makes of it, quirks included."""

from __future__ import annotations

import time

import keyspace
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyspace_server.glob import compile_pattern

# Every byte stringmatchlen treats specially, two plain letters, and bytes
# that probe the ends of C's signed char (NUL, 0x7f, 0x80, 0xff).
ALPHABET = b"ab*?[]^-\\" + bytes([0x00, 0x7F, 0x80, 0xFF])

texts = st.lists(st.sampled_from(ALPHABET), max_size=5).map(bytes)
key_sets = st.lists(texts, min_size=1, max_size=12, unique=True)
pattern_lists = st.lists(texts, min_size=1, max_size=8)


def _load(kv: keyspace.Client, r: redis.Redis, keys: list[bytes]) -> None:
    for client in (kv, r):
        client.flushall()
        client.mset(dict.fromkeys(keys, b"v"))


def _check(kv: keyspace.Client, r: redis.Redis, keys: list[bytes], pattern: bytes) -> None:
    expected = sorted(r.keys(pattern))
    matches = compile_pattern(pattern)
    assert sorted(key for key in keys if matches(key)) == expected, f"compile_pattern({pattern!r})"
    assert sorted(kv.keys(pattern)) == expected, f"KEYS {pattern!r}"


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(keys=key_sets, patterns=pattern_lists)
def test_patterns_match_as_in_redis(
    kv: keyspace.Client, r: redis.Redis, keys: list[bytes], patterns: list[bytes]
) -> None:
    _load(kv, r, keys)
    for pattern in patterns:
        _check(kv, r, keys, pattern)


# A fixed key set that separates the quirks below from one another.
KEYS = [
    b"",
    b"a",
    b"b",
    b"m",
    b"z",
    b"ab",
    b"abc",
    b"ba",
    b"a*",
    b"a?",
    b"a[",
    b"[",
    b"]",
    b"^",
    b"-",
    b"\\",
    b"a\\",
    b"*",
    b"?",
    b"x\x00y",
    b"\x7f",
    b"\x80",
    b"\xff",
    b"a\x80",
    "é".encode(),
]

PATTERNS = [
    pytest.param(b"*", id="star-matches-all-even-empty-key"),
    pytest.param(b"**", id="double-star-skips-empty-key"),
    pytest.param(b"", id="empty-pattern-matches-empty-key"),
    pytest.param(b"?", id="question-one-byte"),
    pytest.param(b"??", id="two-questions"),
    pytest.param(b"a*", id="prefix"),
    pytest.param(b"*a", id="suffix"),
    pytest.param(b"*b*", id="infix"),
    pytest.param(b"a*c", id="prefix-and-suffix"),
    pytest.param(b"[abc]", id="class"),
    pytest.param(b"[^a]", id="negated-class"),
    pytest.param(b"[a-z]", id="range"),
    pytest.param(b"[z-a]", id="reversed-range"),
    pytest.param(b"[a-]", id="range-ending-in-bracket-is-unterminated"),
    pytest.param(b"[-a]", id="dash-first-is-literal"),
    pytest.param(b"[]", id="empty-class-matches-nothing"),
    pytest.param(b"[^]", id="empty-negated-class-matches-any-byte"),
    pytest.param(b"[\\]]", id="escaped-bracket-in-class"),
    pytest.param(b"[\\", id="class-with-trailing-backslash"),
    pytest.param(b"[abc", id="unterminated-class"),
    pytest.param(b"a[", id="lone-open-bracket-at-end"),
    pytest.param(b"a[^", id="unterminated-negated-class"),
    pytest.param(b"\\*", id="escaped-star"),
    pytest.param(b"a\\*", id="escaped-star-after-letter"),
    pytest.param(b"a\\?", id="escaped-question"),
    pytest.param(b"\\[", id="escaped-bracket"),
    pytest.param(b"\\a", id="escaped-plain-letter"),
    pytest.param(b"\\", id="trailing-backslash-matches-backslash"),
    pytest.param(b"a\\", id="letter-and-trailing-backslash"),
    pytest.param(b"*\\", id="star-and-trailing-backslash"),
    pytest.param(b"x?y", id="question-matches-nul"),
    pytest.param(b"[\x80-\xff]", id="high-range-signed-char"),
    pytest.param(b"[\x00-\x80]", id="range-across-sign-boundary"),
    pytest.param(b"[\x7f-\x80]", id="range-0x7f-0x80"),
    pytest.param(b"[a-\x80]", id="range-letter-to-high-byte"),
    pytest.param(b"a[\x80-\xff]", id="high-range-after-letter"),
    pytest.param("é".encode(), id="utf8-literal"),
    pytest.param(b"?\xa9", id="utf8-continuation-byte"),
    pytest.param(b"[!a]", id="bang-is-not-negation"),
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pattern_table(kv: keyspace.Client, r: redis.Redis, pattern: bytes) -> None:
    _load(kv, r, KEYS)
    _check(kv, r, KEYS, pattern)


def test_many_stars_do_not_backtrack(kv: keyspace.Client, r: redis.Redis) -> None:
    # Redis 7.0.9 fixed exponential matching of such patterns (CVE-2022-36021);
    # a regular expression with one ".*" per star has the same blow-up.
    keys = [b"a" * 60, b"a" * 59 + b"b", (b"a" * 10 + b"c") * 5]
    _load(kv, r, keys)
    for pattern in (b"*a" * 25 + b"b", b"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c", b"a*" * 30 + b"b"):
        started = time.monotonic()
        _check(kv, r, keys, pattern)
        assert time.monotonic() - started < 2, f"KEYS {pattern!r} took too long"
