"""Small hashes, lists and sorted sets stay compact.

The sizes are ``memory.value_size`` estimates built from ``sys.getsizeof``,
so they are deterministic for a CPython version: no process RSS is read.
Each bound sits well below what the previous representation took (a dict
of bytes objects for a hash: ~510 bytes for 4 fields; a deque: ~900 bytes
for 4 elements; a SortedList beside the dict: over 1,500 bytes for 4
members) and above today's figure with room for a CPython's object sizes.

Then the representations are driven across their thresholds and back: in
process against a plain model, and through the server against redis-server.
"""

from __future__ import annotations

import random

import keyspace
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyspace_server.memory import value_size
from keyspace_server.types import hashes, lists, zsets
from sortedcontainers import SortedList  # type: ignore[import-untyped]

from tests.differential import Step, compare, step

FOUR = [b"a", b"b", b"c", b"d"]


def small_hash(count: int) -> hashes.Hash:
    value = hashes.Hash()
    for n in range(count):
        hashes.store(value, b"f%d" % n, b"v%d" % n)
    return value


def small_zset(count: int) -> zsets.ZSet:
    value = zsets.ZSet()
    for n in range(count):
        value.insert(b"m%d" % n, float(n))
    return value


# -- sizes -----------------------------------------------------------------------


def test_four_field_hash_is_one_bytes_object() -> None:
    value = small_hash(4)
    assert value.compact
    assert value_size(value) < 200


def test_four_element_list_is_a_plain_list() -> None:
    value = lists.List(FOUR)
    assert value.compact
    assert value_size(value) < 350


def test_four_member_zset_has_no_sorted_list() -> None:
    value = small_zset(4)
    assert value.compact
    assert value_size(value) < 750


# -- switching representation --------------------------------------------------


def test_hash_switches_to_a_dict_past_the_limit_and_keeps_its_order() -> None:
    value = small_hash(hashes.COMPACT_ENTRIES)
    assert value.compact
    hashes.store(value, b"one more", b"x")
    assert not value.compact
    assert not value.hashtable  # the representation is not the encoding
    expected = [(b"f%d" % n, b"v%d" % n) for n in range(hashes.COMPACT_ENTRIES)]
    assert list(value.items()) == [*expected, (b"one more", b"x")]


def test_hash_switches_to_a_dict_when_it_becomes_a_hashtable() -> None:
    value = small_hash(2)
    hashes.store(value, b"f0", b"x" * (hashes.MAX_LISTPACK_VALUE + 1))
    assert value.hashtable
    assert not value.compact
    assert list(value) == [b"f0", b"f1"]


def test_list_switches_to_a_deque_and_back_with_a_gap() -> None:
    value = lists.List(FOUR)
    value.extend([b"x"] * (lists.COMPACT_LIMIT - len(FOUR)))
    assert value.compact
    value.appendleft(b"head")
    assert not value.compact
    while len(value) > lists.COMPACT_LIMIT // 2 + 1:
        value.popleft()
    assert not value.compact  # between the limits: stays a deque
    value.pop()
    assert value.compact
    assert len(value) == lists.COMPACT_LIMIT // 2


def test_zset_switches_to_a_sorted_list_past_the_limit() -> None:
    value = small_zset(zsets.COMPACT_LIMIT)
    assert value.compact
    value.insert(b"last", -1.0)
    assert not value.compact
    assert value.skiplist  # 129 members: Redis converts past 128 too
    assert value.member_at(0) == b"last"
    assert zsets.duplicate(value).compact is False
    for n in range(zsets.COMPACT_LIMIT):
        value.remove(b"m%d" % n)
    assert not value.compact  # never converted back in place...
    assert zsets.duplicate(value).compact  # ...but a copy chooses by size


# -- in process, against plain models ------------------------------------------

LIST_OPERATIONS = ["append", "appendleft", "extend", "extendleft", "pop", "popleft", "insert"]
FIELDS = st.sampled_from([b"f%02d" % n for n in range(24)] + [b""])
SHORT = st.binary(max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    operations=st.lists(
        st.tuples(st.sampled_from(["set", "pop", "long"]), FIELDS, SHORT), max_size=60
    )
)
def test_hash_matches_a_dict(operations: list[tuple[str, bytes, bytes]]) -> None:
    value, model = hashes.Hash(), dict[bytes, bytes]()
    for operation, field, data in operations:
        if operation == "pop":
            assert value.pop(field) == model.pop(field, None)
        else:
            data = data * 60 if operation == "long" else data
            assert hashes.store(value, field, data) == (field not in model)
            model[field] = data
        assert list(value.items()) == list(model.items())
        assert len(value) == len(model)
        assert [value.get(f) for f in (field, b"absent")] == [model.get(field), None]
        assert (field in value) == (field in model)
    copy = hashes.duplicate(value)
    assert list(copy.items()) == list(model.items())


@settings(max_examples=200, deadline=None)
@given(
    operations=st.lists(
        st.tuples(
            st.sampled_from([*LIST_OPERATIONS, "set", "clear"]),
            st.integers(min_value=0, max_value=90),
        ),
        max_size=40,
    )
)
def test_list_matches_a_python_list(operations: list[tuple[str, int]]) -> None:
    value, model = lists.List(), list[bytes]()
    for number, (operation, n) in enumerate(operations):
        element = b"%d" % number
        batch = [b"%d.%d" % (number, i) for i in range(n)]
        if operation == "append":
            value.append(element)
            model.append(element)
        elif operation == "appendleft":
            value.appendleft(element)
            model.insert(0, element)
        elif operation == "extend":
            value.extend(batch)
            model.extend(batch)
        elif operation == "extendleft":
            value.extendleft(iter(batch))
            model[0:0] = reversed(batch)
        elif operation in ("pop", "popleft"):
            for _ in range(min(n, len(model))):
                expected = model.pop() if operation == "pop" else model.pop(0)
                assert getattr(value, operation)() == expected
        elif operation == "insert":
            value.insert(n, element)
            model.insert(n, element)
        elif operation == "set" and model:
            value[n % len(model)] = element
            model[n % len(model)] = element
        elif operation == "clear":
            value.clear()
            model.clear()
        assert list(value) == model and list(reversed(value)) == model[::-1]
        assert len(value) == len(model)
        if model:
            assert value[-1] == model[-1] and value.index(model[-1]) == model.index(model[-1])
        assert not (value.compact and len(model) > lists.COMPACT_LIMIT)
        assert value.compact or len(model) > lists.COMPACT_LIMIT // 2


@settings(max_examples=200, deadline=None)
@given(
    pairs=st.lists(
        st.tuples(st.integers(min_value=-3, max_value=3).map(float), st.binary(max_size=3)),
        max_size=200,
    ),
    seed=st.integers(),
)
def test_compact_order_matches_a_sorted_list(pairs: list[tuple[float, bytes]], seed: int) -> None:
    pairs = list(dict.fromkeys(pairs))
    order, model = zsets.CompactOrder(), SortedList()
    rng = random.Random(seed)
    for pair in pairs:
        order.add(pair)
        model.add(pair)
    for pair in rng.sample(pairs, len(pairs) // 2):
        order.remove(pair)
        model.remove(pair)
    with pytest.raises(ValueError):
        order.remove((99.0, b"absent"))
    assert list(order) == list(model) and len(order) == len(model)
    size = len(model)
    for start, stop in [(0, size), (1, size - 1), (-3, None), (None, 2), (size, 0)]:
        for reverse in (False, True):
            got = list(order.islice(start, stop, reverse=reverse))
            assert got == list(model.islice(start, stop, reverse=reverse))
    for key in [*pairs[:20], (0.0,), (-5.0,), (5.0,), (1.5, b"")]:
        assert order.bisect_left(key) == model.bisect_left(key)
    if size:
        assert order[0] == model[0] and order[-1] == model[-1]
        with pytest.raises(IndexError):
            order[size]
    del order[1:3]
    del model[1:3]
    assert list(order) == list(model)


# -- through the server, against redis-server -----------------------------------
#
# Batches of up to 40 cross each threshold in a few steps (16 hash fields,
# 128 list elements and back to 64, 128 zset members) and pops bring the
# collections back down. Values stay short and hashes under 512 fields, so
# Redis keeps its listpacks and every reply's order is defined.

HASH_FIELDS = st.sampled_from([f"f{n:02d}" for n in range(40)])
HASH_VALUES = st.sampled_from(["", "1", "-7", "x", "yy", "3.5"])
COUNTS = st.integers(min_value=1, max_value=40)


def _hash_steps() -> st.SearchStrategy[Step]:
    return st.one_of(
        st.builds(
            lambda m: step("hset", "h", mapping=m),
            st.dictionaries(HASH_FIELDS, HASH_VALUES, min_size=1, max_size=40),
        ),
        st.builds(
            lambda fs: step("hdel", "h", *fs), st.lists(HASH_FIELDS, min_size=1, max_size=40)
        ),
        st.builds(lambda f, v: step("hsetnx", "h", f, v), HASH_FIELDS, HASH_VALUES),
        st.builds(lambda f: step("hincrby", "h", f, 3), HASH_FIELDS),
        st.builds(lambda f: step("hget", "h", f), HASH_FIELDS),
        st.builds(lambda f: step("hexists", "h", f), HASH_FIELDS),
        st.builds(lambda f: step("hstrlen", "h", f), HASH_FIELDS),
        st.builds(lambda fs: step("hmget", "h", fs), st.lists(HASH_FIELDS, min_size=1, max_size=5)),
        st.just(step("hgetall", "h")),
        st.just(step("hkeys", "h")),
        st.just(step("hvals", "h")),
        st.just(step("hlen", "h")),
        st.just(step("hscan", "h", 0)),
        st.just(step("object", "encoding", "h")),
    )


LIST_KEYS = st.sampled_from(["a", "b"])
ELEMENTS = st.sampled_from(["", "x", "y", "zz"])
INDEXES = st.integers(min_value=-140, max_value=140)


def _list_steps() -> st.SearchStrategy[Step]:
    batches = st.lists(ELEMENTS, min_size=1, max_size=40)
    return st.one_of(
        st.builds(lambda k, es: step("rpush", k, *es), LIST_KEYS, batches),
        st.builds(lambda k, es: step("lpush", k, *es), LIST_KEYS, batches),
        st.builds(lambda k, c: step("lpop", k, c), LIST_KEYS, COUNTS),
        st.builds(lambda k, c: step("rpop", k, c), LIST_KEYS, COUNTS),
        st.builds(lambda k, a, b: step("ltrim", k, a, b), LIST_KEYS, INDEXES, INDEXES),
        st.builds(lambda k, c, v: step("lrem", k, c, v), LIST_KEYS, INDEXES, ELEMENTS),
        st.builds(
            lambda k, w, p, v: step("linsert", k, w, p, v),
            LIST_KEYS,
            st.sampled_from(["BEFORE", "AFTER"]),
            ELEMENTS,
            ELEMENTS,
        ),
        st.builds(lambda k, i, v: step("lset", k, i, v), LIST_KEYS, INDEXES, ELEMENTS),
        st.builds(lambda k, i: step("lindex", k, i), LIST_KEYS, INDEXES),
        st.builds(lambda k, a, b: step("lrange", k, a, b), LIST_KEYS, INDEXES, INDEXES),
        st.builds(lambda k, v: step("lpos", k, v, rank=-2, count=0), LIST_KEYS, ELEMENTS),
        st.builds(lambda s, d: step("lmove", s, d, "LEFT", "RIGHT"), LIST_KEYS, LIST_KEYS),
        st.builds(lambda k: step("llen", k), LIST_KEYS),
    )


MEMBERS = st.sampled_from([f"m{n:03d}" for n in range(200)])
SCORES = st.one_of(st.integers(min_value=-3, max_value=3), st.sampled_from([0.5, -0.0]))


def _zset_steps() -> st.SearchStrategy[Step]:
    bounds = st.sampled_from(["-inf", "(0", "0", "1", "(2", "+inf"])
    return st.one_of(
        st.builds(
            lambda m: step("zadd", "z", m),
            st.dictionaries(MEMBERS, SCORES, min_size=1, max_size=40),
        ),
        st.builds(lambda ms: step("zrem", "z", *ms), st.lists(MEMBERS, min_size=1, max_size=40)),
        st.builds(lambda m, d: step("zincrby", "z", d, m), MEMBERS, SCORES),
        st.builds(lambda c: step("zpopmin", "z", c), COUNTS),
        st.builds(lambda c: step("zpopmax", "z", c), COUNTS),
        st.builds(lambda a, b: step("zremrangebyrank", "z", a, b), INDEXES, INDEXES),
        st.builds(lambda a, b: step("zremrangebyscore", "z", a, b), bounds, bounds),
        st.builds(lambda a, b: step("zrange", "z", a, b, withscores=True), INDEXES, INDEXES),
        st.builds(lambda a, b: step("zrevrange", "z", a, b, withscores=True), INDEXES, INDEXES),
        st.builds(
            lambda a, b, o, c: step("zrangebyscore", "z", a, b, start=o, num=c),
            bounds,
            bounds,
            st.integers(min_value=0, max_value=5),
            st.integers(min_value=-1, max_value=5),
        ),
        st.builds(lambda a, b: step("zcount", "z", a, b), bounds, bounds),
        st.builds(lambda m: step("zrank", "z", m), MEMBERS),
        st.builds(lambda m: step("zrevrank", "z", m), MEMBERS),
        st.builds(lambda m: step("zscore", "z", m), MEMBERS),
        st.just(step("zcard", "z")),
        st.just(step("object", "encoding", "z")),
    )


def _run(kv: keyspace.Client, r: redis.Redis, steps: list[Step], final: list[Step]) -> None:
    kv.flushall()
    r.flushall()
    compare(kv, r, [*steps, *final])


DIFFERENTIAL = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Each walk starts from a collection of a drawn size near its limit, so the
# steps' batches of up to 40 take it across the limit and back.


@DIFFERENTIAL
@given(
    size=st.integers(min_value=1, max_value=40),
    steps=st.lists(_hash_steps(), min_size=1, max_size=30),
)
def test_hash_across_the_threshold(
    kv: keyspace.Client, r: redis.Redis, size: int, steps: list[Step]
) -> None:
    start = step("hset", "h", mapping={f"f{n:02d}": str(n) for n in range(size)})
    _run(kv, r, [start, *steps], [step("hgetall", "h"), step("object", "encoding", "h")])


@DIFFERENTIAL
@given(
    size=st.integers(min_value=40, max_value=170),
    steps=st.lists(_list_steps(), min_size=1, max_size=30),
)
def test_list_across_the_threshold(
    kv: keyspace.Client, r: redis.Redis, size: int, steps: list[Step]
) -> None:
    start = step("rpush", "a", *[str(n % 5) for n in range(size)])
    _run(kv, r, [start, *steps], [step("lrange", key, 0, -1) for key in ("a", "b")])


@DIFFERENTIAL
@given(
    size=st.integers(min_value=90, max_value=170),
    steps=st.lists(_zset_steps(), min_size=1, max_size=30),
)
def test_zset_across_the_threshold(
    kv: keyspace.Client, r: redis.Redis, size: int, steps: list[Step]
) -> None:
    start = step("zadd", "z", {f"m{n:03d}": n % 7 for n in range(size)})
    final = [step("zrange", "z", 0, -1, withscores=True), step("object", "encoding", "z")]
    _run(kv, r, [start, *steps], final)


def test_every_threshold_crossed_both_ways(kv: keyspace.Client, r: redis.Redis) -> None:
    """Besides the random walks, one sure crossing: each collection grows
    past its limit, is read, shrinks back under it, is read, and grows."""
    fields = {f"f{n:02d}": str(n) for n in range(hashes.COMPACT_ENTRIES + 4)}
    elements = [str(n) for n in range(lists.COMPACT_LIMIT + 10)]
    members = {f"m{n:03d}": n % 7 for n in range(zsets.COMPACT_LIMIT + 10)}
    reads = [
        step("hgetall", "h"),
        step("hmget", "h", ["f00", "f19", "nope"]),
        step("object", "encoding", "h"),
        step("lrange", "l", 0, -1),
        step("lindex", "l", -3),
        step("lpos", "l", "7", count=0),
        step("zrange", "z", 0, -1, withscores=True),
        step("zrangebyscore", "z", 2, 5, withscores=True, start=3, num=9),
        step("zrank", "z", "m005"),
        step("object", "encoding", "z"),
    ]
    compare(
        kv,
        r,
        [
            step("hset", "h", mapping=fields),
            step("rpush", "l", *elements),
            step("zadd", "z", members),
            *reads,
            step("hdel", "h", *list(fields)[2:]),
            step("lpop", "l", lists.COMPACT_LIMIT),
            step("linsert", "l", "BEFORE", "135", "x"),
            step("zremrangebyrank", "z", 3, -1),
            *reads,
            step("hset", "h", mapping=fields),
            step("lpush", "l", *elements),
            step("zadd", "z", members),
            *reads,
        ],
    )
