"""Sorted sets: distinct members ordered by (score, member bytes).

Representation
--------------
A ``ZSet`` maps member -> score in a dict (O(1) ZSCORE) and keeps
(score, member) pairs in a ``sortedcontainers.SortedList``, which gives
O(log n) rank, insertion, removal and positional access, the role of
Redis's skiplist. Python compares the pairs exactly as Redis orders its
skiplist: by score, then by member bytes (memcmp, shorter first). Scores are
floats, never NaN.

A SortedList costs about 700 bytes before its first element, more than a
small sorted set's members and scores together. So while a sorted set has
at most ``COMPACT_LIMIT`` members, ``order`` is a ``CompactOrder`` instead:
one plain Python list holding score, member, score, member, ... in sorted
order (no per-pair tuple either; pairs are made when read). It offers the
SortedList methods used here with the same results; at that size bisecting
it and shifting it on insert are cheap. ``ZSet.insert`` swaps it for a
SortedList when the set grows past the limit, and it is never swapped back
(as a Redis encoding is never converted back), except that COPY and
computed results (``duplicate``, ``build``) choose afresh by size. This is
independent of ``skiplist``: OBJECT ENCODING follows Redis's rules whatever
``order`` is.

Redis stores a small sorted set as a listpack and converts it to a skiplist
once it has more than zset-max-listpack-entries (128) members or a member
longer than zset-max-listpack-value (64) bytes, never back; ``skiplist``
records the conversion so OBJECT ENCODING matches. An empty sorted set is
never stored: the command that empties it deletes the key.

Two listpack traits show through Redis's replies and are reproduced here: a
listpack writes a score of -0 as the integer 0, so -0 survives only in a
skiplist; and lexicographic ranges on a listpack are found by a linear walk,
which gives a defined answer even when the scores differ (on a skiplist the
answer then depends on its random levels, so any monotone search will do).

Commands follow t_zset.c: the order in which arguments are validated (and
so which error wins), the results of LIMIT with negative values, Redis's
convention that inf + -inf is 0 in ZUNION/ZINTER, and its reply shapes.

The AOF logs a blocking pop as the plain pop it performed on the key that
served it (BZPOPMIN as ZPOPMIN key, BZMPOP and ZMPOP as ZMPOP of that one
key), whether served at once or woken later; other writes replay as they ran
(their arithmetic is IEEE doubles, the same on every replay). A write that
changed nothing logs nothing.

Keyspace notifications, as Redis: "zadd" (or "zincr" for ZADD INCR and
ZINCRBY) when a member was added or its score changed; "zrem",
"zremrangebyrank", "zremrangebyscore", "zremrangebylex", "zpopmin" and
"zpopmax" when something was removed, then "del" when the sorted set
emptied; the STORE commands their name, or "del" when an empty result
deleted the destination.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message
from keyspace.v1 import zsets_pb2 as pb
from sortedcontainers import SortedList  # type: ignore[import-untyped]

from keyspace_server import errors
from keyspace_server.blocking import Blocked, parse_timeout
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.glob import compile_pattern
from keyspace_server.keyspace import Database
from keyspace_server.pubsub.notifications import GENERIC, ZSET, notify, notify_removed
from keyspace_server.types.numbers import INT64_MAX
from keyspace_server.types.sets import Set

TYPE_NAME = "zset"
MAX_LISTPACK_ENTRIES = 128
MAX_LISTPACK_VALUE = 64
DEFAULT_SCAN_COUNT = 10

Pair = tuple[bytes, float]  # (member, score), in the order replies list them


COMPACT_LIMIT = 128  # the most members ``CompactOrder`` holds


class CompactOrder:
    """A small sorted set's (score, member) pairs in a flat list, with the
    part of SortedList's interface ZSet and the commands use. Invariant:
    ``_flat`` is [score0, member0, score1, member1, ...] with the pairs in
    ascending (score, member) order, and no pair twice."""

    __slots__ = ("_flat",)

    def __init__(self, pairs: Iterable[tuple[float, bytes]] = ()) -> None:
        self._flat: list[Any] = [item for pair in sorted(pairs) for item in pair]

    def __len__(self) -> int:
        return len(self._flat) // 2

    def __iter__(self) -> Iterator[tuple[float, bytes]]:
        flat = self._flat
        return zip(flat[0::2], flat[1::2], strict=True)

    def __getitem__(self, index: int) -> tuple[float, bytes]:
        size = len(self._flat) // 2
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("list index out of range")
        return self._flat[2 * index], self._flat[2 * index + 1]

    def __delitem__(self, span: slice) -> None:
        start, stop, _step = span.indices(len(self))
        del self._flat[2 * start : 2 * max(start, stop)]

    def bisect_left(self, key: tuple[Any, ...]) -> int:
        """Where ``key`` would go: a (score, member) pair, or (score,), which
        sorts before every pair with that score."""
        flat = self._flat
        low, high = 0, len(flat) // 2
        while low < high:
            middle = (low + high) // 2
            if (flat[2 * middle], flat[2 * middle + 1]) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def add(self, pair: tuple[float, bytes]) -> None:
        position = 2 * self.bisect_left(pair)
        self._flat[position:position] = pair

    def remove(self, pair: tuple[float, bytes]) -> None:
        position = 2 * self.bisect_left(pair)
        if tuple(self._flat[position : position + 2]) != pair:
            raise ValueError(f"{pair!r} not in order")
        del self._flat[position : position + 2]

    def islice(
        self, start: int | None = None, stop: int | None = None, reverse: bool = False
    ) -> Iterator[tuple[float, bytes]]:
        """Pairs at positions [start, stop), clipped as a slice is; the last
        first when ``reverse`` (SortedList.islice's meaning)."""
        start, stop, _step = slice(start, stop).indices(len(self))
        positions = range(stop - 1, start - 1, -1) if reverse else range(start, stop)
        flat = self._flat
        return ((flat[2 * i], flat[2 * i + 1]) for i in positions)


def _order_for(pairs: Iterable[tuple[float, bytes]], size: int) -> SortedList | CompactOrder:
    """A new ``order`` holding ``pairs``: compact while ``size`` allows."""
    return CompactOrder(pairs) if size <= COMPACT_LIMIT else SortedList(pairs)


class ZSet:
    __slots__ = ("order", "scores", "skiplist")

    def __init__(self) -> None:
        self.scores: dict[bytes, float] = {}
        self.order: SortedList | CompactOrder = CompactOrder()
        self.skiplist = False

    def __len__(self) -> int:
        return len(self.scores)

    def __contains__(self, member: object) -> bool:
        return member in self.scores

    def _stored_score(self, score: float) -> float:
        # A listpack stores an integral score as an integer, losing -0's sign.
        return 0.0 if score == 0 and not self.skiplist else score

    def insert(self, member: bytes, score: float) -> None:
        """Add a member known to be absent, converting to a skiplist first
        when the listpack would outgrow its limits (as zsetAdd does)."""
        if not self.skiplist and (
            len(self.scores) >= MAX_LISTPACK_ENTRIES or len(member) > MAX_LISTPACK_VALUE
        ):
            self.skiplist = True
        score = self._stored_score(score)
        self.scores[member] = score
        self.order.add((score, member))
        if len(self.scores) > COMPACT_LIMIT and type(self.order) is CompactOrder:
            self.order = SortedList(self.order)

    def update(self, member: bytes, score: float) -> None:
        """Change the score of a present member."""
        self.order.remove((self.scores[member], member))
        score = self._stored_score(score)
        self.scores[member] = score
        self.order.add((score, member))

    def remove(self, member: bytes) -> bool:
        score = self.scores.pop(member, None)
        if score is None:
            return False
        self.order.remove((score, member))
        return True

    def rank(self, member: bytes) -> int | None:
        score = self.scores.get(member)
        if score is None:
            return None
        return int(self.order.bisect_left((score, member)))

    def member_at(self, index: int) -> bytes:
        return bytes(self.order[index][1])

    def pairs(self, start: int, stop: int, reverse: bool = False) -> list[Pair]:
        """Members at positions [start, stop), highest first if ``reverse``."""
        return [(m, s) for s, m in self.order.islice(start, stop, reverse=reverse)]

    @property
    def compact(self) -> bool:
        return type(self.order) is CompactOrder

    def container_size(self) -> int:
        """Bytes of the ZSet, its dict and its order (not the members and
        scores they refer to). A SortedList is estimated per member: a slot
        and the (score, member) tuple."""
        order = self.order
        if isinstance(order, CompactOrder):
            ordered = sys.getsizeof(order) + sys.getsizeof(order._flat)
        else:
            ordered = len(order) * (8 + 56)
        return sys.getsizeof(self) + sys.getsizeof(self.scores) + ordered

    def delete_span(self, start: int, stop: int) -> list[Pair]:
        """Remove the members at positions [start, stop); return them."""
        removed = self.pairs(start, stop)
        del self.order[start:stop]
        for member, _score in removed:
            del self.scores[member]
        return removed


def encoding(value: ZSet) -> str:
    return "skiplist" if value.skiplist else "listpack"


def duplicate(value: ZSet) -> ZSet:
    copy = ZSet()
    copy.scores = dict(value.scores)
    copy.order = _order_for(value.order, len(value.scores))
    copy.skiplist = value.skiplist
    return copy


def build(scores: dict[bytes, float]) -> ZSet:
    """A computed result (ZUNIONSTORE and friends): Redis builds it as a
    skiplist and converts it to a listpack when it fits."""
    zset = ZSet()
    fits = len(scores) <= MAX_LISTPACK_ENTRIES and all(
        len(member) <= MAX_LISTPACK_VALUE for member in scores
    )
    zset.skiplist = not fits
    zset.scores = {member: zset._stored_score(score) for member, score in scores.items()}
    pairs = ((score, member) for member, score in zset.scores.items())
    zset.order = _order_for(pairs, len(zset.scores))
    return zset


# -- score ranges --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoreRange:
    min: float
    max: float
    minex: bool
    maxex: bool

    def gte_min(self, score: float) -> bool:
        return score > self.min if self.minex else score >= self.min

    def lte_max(self, score: float) -> bool:
        return score < self.max if self.maxex else score <= self.max


def score_range(low: pb.ScoreBound, high: pb.ScoreBound) -> ScoreRange:
    if math.isnan(low.value) or math.isnan(high.value):
        raise errors.err("min or max is not a float")
    return ScoreRange(low.value, high.value, low.exclusive, high.exclusive)


def _first_at_least(zset: ZSet, score: float, exclusive: bool) -> int:
    """The position of the first member scoring >= score (> if exclusive)."""
    if exclusive:
        if score == math.inf:
            return len(zset)
        score = math.nextafter(score, math.inf)
    # (score,) sorts before every (score, member) pair: bisect on the score only.
    return int(zset.order.bisect_left((score,)))


def score_span(zset: ZSet, spec: ScoreRange) -> tuple[int, int]:
    """Positions [start, stop) of the members within the score range."""
    start = _first_at_least(zset, spec.min, spec.minex)
    stop = _first_at_least(zset, spec.max, not spec.maxex)
    return start, max(start, stop)


def _limited(start: int, stop: int, offset: int, count: int) -> tuple[int, int]:
    """LIMIT applied to the positions [start, stop) counted from ``start``:
    a negative offset yields nothing (Redis steps past the end), a negative
    count everything after the offset."""
    if offset < 0 or offset >= stop - start:
        return start, start
    start += offset
    if 0 <= count < stop - start:
        stop = start + count
    return start, stop


def by_score(
    zset: ZSet, spec: ScoreRange, reverse: bool, offset: int = 0, count: int = -1
) -> list[Pair]:
    start, stop = score_span(zset, spec)
    if reverse:
        # Counted from the top: mirror the span, limit it, mirror back.
        size = len(zset)
        low, high = _limited(size - stop, size - start, offset, count)
        return zset.pairs(size - high, size - low, reverse=True)
    start, stop = _limited(start, stop, offset, count)
    return zset.pairs(start, stop)


# -- lexicographic ranges ------------------------------------------------------


_INCLUSIVE = pb.LEX_BOUND_KIND_INCLUSIVE


@dataclass(frozen=True, slots=True)
class LexRange:
    min: pb.LexBound
    max: pb.LexBound

    def gte_min(self, member: bytes) -> bool:
        order = _compare(member, self.min)
        return order > 0 or (order == 0 and self.min.kind == _INCLUSIVE)

    def lte_max(self, member: bytes) -> bool:
        order = _compare(member, self.max)
        return order < 0 or (order == 0 and self.max.kind == _INCLUSIVE)

    def is_empty(self) -> bool:
        """Redis's test for ranges that can match nothing, where "-" and "+"
        sort below and above every value and count as exclusive bounds."""
        low, high = _lex_key(self.min), _lex_key(self.max)
        exclusive = self.min.kind != _INCLUSIVE or self.max.kind != _INCLUSIVE
        return low > high or (low == high and exclusive)


def _lex_key(bound: pb.LexBound) -> tuple[int, bytes]:
    if bound.kind == pb.LEX_BOUND_KIND_NEGATIVE_INFINITY:
        return 0, b""
    if bound.kind == pb.LEX_BOUND_KIND_POSITIVE_INFINITY:
        return 2, b""
    return 1, bound.value


def _compare(member: bytes, bound: pb.LexBound) -> int:
    """member versus the bound's value: -1, 0 or 1, infinities included."""
    if bound.kind == pb.LEX_BOUND_KIND_NEGATIVE_INFINITY:
        return 1
    if bound.kind == pb.LEX_BOUND_KIND_POSITIVE_INFINITY:
        return -1
    return (member > bound.value) - (member < bound.value)


def lex_range(low: pb.LexBound, high: pb.LexBound) -> LexRange:
    if low.kind == pb.LEX_BOUND_KIND_UNSPECIFIED or high.kind == pb.LEX_BOUND_KIND_UNSPECIFIED:
        raise errors.err("min or max not valid string range item")
    known = set(pb.LexBoundKind.values())
    if low.kind not in known or high.kind not in known:
        raise errors.err("min or max not valid string range item")
    return LexRange(low, high)


def _first_where(zset: ZSet, test: Callable[[bytes], bool]) -> int:
    """The first position whose member passes ``test``, which is monotone
    (false then true) when the scores are equal: a linear walk on a listpack
    as Redis does, a binary search on a skiplist."""
    if not zset.skiplist:
        for position, (_score, member) in enumerate(zset.order):
            if test(member):
                return position
        return len(zset)
    low, high = 0, len(zset)
    while low < high:
        middle = (low + high) // 2
        if test(zset.member_at(middle)):
            high = middle
        else:
            low = middle + 1
    return low


def _lex_in_range(zset: ZSet, spec: LexRange) -> bool:
    """Redis's early exit: the range is empty, or above the last member, or
    below the first."""
    if spec.is_empty() or not zset:
        return False
    return spec.gte_min(zset.member_at(-1)) and spec.lte_max(zset.member_at(0))


def lex_first(zset: ZSet, spec: LexRange) -> int | None:
    """The position Redis starts a forward lexicographic range at."""
    if not _lex_in_range(zset, spec):
        return None
    position = _first_where(zset, spec.gte_min)
    if position == len(zset) or not spec.lte_max(zset.member_at(position)):
        return None
    return position


def lex_last(zset: ZSet, spec: LexRange) -> int | None:
    """The position Redis starts a reverse lexicographic range at."""
    if not _lex_in_range(zset, spec):
        return None
    if zset.skiplist:
        position = _first_where(zset, lambda member: not spec.lte_max(member)) - 1
    else:
        # A listpack walks back from the tail to the first member <= max.
        position = len(zset) - 1
        while position >= 0 and not spec.lte_max(zset.member_at(position)):
            position -= 1
    if position < 0 or not spec.gte_min(zset.member_at(position)):
        return None
    return position


def _lex_walk(zset: ZSet, spec: LexRange, reverse: bool, offset: int) -> Iterator[Pair]:
    """Members from the range's start, ``offset`` skipped without checking
    them (as Redis does), then while they stay within the range."""
    start = lex_last(zset, spec) if reverse else lex_first(zset, spec)
    if start is None or offset < 0:
        return
    if reverse:
        if start - offset < 0:
            return
        pairs = zset.order.islice(0, start - offset + 1, reverse=True)
        in_range = spec.gte_min
    else:
        pairs = zset.order.islice(start + offset, len(zset))
        in_range = spec.lte_max
    for score, member in pairs:
        if not in_range(member):
            return
        yield member, score


def by_lex(
    zset: ZSet, spec: LexRange, reverse: bool, offset: int = 0, count: int = -1
) -> list[Pair]:
    result: list[Pair] = []
    if count == 0:
        return result
    for pair in _lex_walk(zset, spec, reverse, offset):
        result.append(pair)
        if len(result) == count:
            break
    return result


# -- rank ranges ---------------------------------------------------------------


def rank_span(size: int, start: int, stop: int) -> tuple[int, int]:
    """Redis's reading of start..stop (inclusive, negative from the end) as
    positions [first, last + 1); empty when out of range."""
    if start < 0:
        start += size
    if stop < 0:
        stop += size
    start = max(start, 0)
    if start > stop or start >= size:
        return 0, 0
    return start, min(stop, size - 1) + 1


def by_rank(zset: ZSet, start: int, stop: int, reverse: bool) -> list[Pair]:
    first, end = rank_span(len(zset), start, stop)
    if reverse:
        size = len(zset)
        return zset.pairs(size - end, size - first, reverse=True)
    return zset.pairs(first, end)


# -- lookups -------------------------------------------------------------------


def lookup(db: Database, key: bytes, *, write: bool = False) -> ZSet | None:
    """The sorted set at ``key``; WRONGTYPE if the key holds another type.
    Writes look up without counting a keyspace hit or miss, as in Redis."""
    value = db.get(key) if write else db.read(key)
    if value is None or type(value) is ZSet:
        return value
    raise errors.wrongtype()


def _removed(ctx: Context, event: str, key: bytes, zset: ZSet) -> None:
    """After members left ``zset``: delete it if emptied, and report both."""
    if not zset:
        ctx.db.delete(key)
    notify_removed(ctx, ZSET, event, key, emptied=not zset)


def _members(pairs: Sequence[Pair]) -> list[bytes]:
    return [member for member, _score in pairs]


def _scores(pairs: Sequence[Pair]) -> list[float]:
    return [score for _member, score in pairs]


def _wrong_arity(name: str) -> errors.CommandError:
    return errors.err(f"wrong number of arguments for '{name}' command")


# -- ZADD and ZINCRBY ----------------------------------------------------------

_ADDED, _UPDATED, _UNCHANGED, _SKIPPED = range(4)


@dataclass(frozen=True, slots=True)
class _AddFlags:
    nx: bool = False
    xx: bool = False
    gt: bool = False
    lt: bool = False
    incr: bool = False


def _add(zset: ZSet, member: bytes, score: float, flags: _AddFlags) -> tuple[int, float]:
    """zsetAdd for one pair: what happened, and the member's resulting score."""
    current = zset.scores.get(member)
    if current is None:
        if flags.xx:
            return _SKIPPED, score
        zset.insert(member, score)
        return _ADDED, score
    if flags.nx:
        return _SKIPPED, score
    if flags.incr:
        score += current
        if math.isnan(score):
            raise errors.err("resulting score is not a number (NaN)")
    if (flags.lt and score >= current) or (flags.gt and score <= current):
        return _SKIPPED, score
    if score == current:
        return _UNCHANGED, score
    zset.update(member, score)
    return _UPDATED, score


@dataclass(slots=True)
class _AddTally:
    added: int = 0
    updated: int = 0
    processed: int = 0
    score: float = 0.0  # the last pair's resulting score (INCR's reply)


def _zadd(
    ctx: Context, name: str, key: bytes, pairs: Sequence[pb.ScoreMember], flags: _AddFlags
) -> _AddTally:
    """zaddGenericCommand: the checks in Redis's order, then each pair."""
    if not pairs:
        raise _wrong_arity(name)
    if flags.nx and (flags.gt or flags.lt):
        raise errors.err("GT, LT, and/or NX options at the same time are not compatible")
    if flags.incr and len(pairs) > 1:
        raise errors.err("INCR option supports a single increment-element pair")
    if any(math.isnan(pair.score) for pair in pairs):
        raise errors.not_float()
    db = ctx.db
    zset = lookup(db, key, write=True)
    tally = _AddTally()
    if zset is None:
        if flags.xx:
            return tally  # no key and XX: nothing to do
        zset = ZSet()
        db.set(key, zset)
    for pair in pairs:
        outcome, tally.score = _add(zset, pair.member, pair.score, flags)
        tally.added += outcome == _ADDED
        tally.updated += outcome == _UPDATED
        tally.processed += outcome != _SKIPPED
    if tally.added or tally.updated:
        notify(ctx, ZSET, "zincr" if flags.incr else "zadd", key)
    return tally


@command("ZAdd", write=True, keys=["key"])
def zadd(ctx: Context, request: pb.ZAddRequest) -> pb.ZAddResponse:
    flags = _AddFlags(
        nx=request.condition == pb.Z_ADD_CONDITION_NX,
        xx=request.condition == pb.Z_ADD_CONDITION_XX,
        gt=request.comparison == pb.Z_ADD_COMPARISON_GT,
        lt=request.comparison == pb.Z_ADD_COMPARISON_LT,
        incr=request.incr,
    )
    tally = _zadd(ctx, "zadd", request.key, request.members, flags)
    if not tally.added and not tally.updated:
        dispatch.propagate_nothing(ctx)
    response = pb.ZAddResponse(count=tally.added + tally.updated if request.ch else tally.added)
    if request.incr and tally.processed:
        response.score = tally.score
    return response


@command("ZIncrBy", write=True, keys=["key"])
def zincrby(ctx: Context, request: pb.ZIncrByRequest) -> pb.ZIncrByResponse:
    pair = pb.ScoreMember(score=request.increment, member=request.member)
    tally = _zadd(ctx, "zincrby", request.key, [pair], _AddFlags(incr=True))
    return pb.ZIncrByResponse(score=tally.score)


@command("ZRem", write=True, keys=["key"])
def zrem(ctx: Context, request: pb.ZRemRequest) -> pb.ZRemResponse:
    if not request.members:
        raise _wrong_arity("zrem")
    zset = lookup(ctx.db, request.key, write=True)
    if zset is None:
        dispatch.propagate_nothing(ctx)
        return pb.ZRemResponse(removed=0)
    removed = 0
    for member in request.members:
        removed += zset.remove(member)
        if not zset:
            break
    if removed:
        _removed(ctx, "zrem", request.key, zset)
    else:
        dispatch.propagate_nothing(ctx)
    return pb.ZRemResponse(removed=removed)


# -- reading single members ----------------------------------------------------


@command("ZCard", write=False, keys=["key"])
def zcard(ctx: Context, request: pb.ZCardRequest) -> pb.ZCardResponse:
    zset = lookup(ctx.db, request.key)
    return pb.ZCardResponse(count=0 if zset is None else len(zset))


@command("ZScore", write=False, keys=["key"])
def zscore(ctx: Context, request: pb.ZScoreRequest) -> pb.ZScoreResponse:
    zset = lookup(ctx.db, request.key)
    score = None if zset is None else zset.scores.get(request.member)
    return pb.ZScoreResponse() if score is None else pb.ZScoreResponse(score=score)


@command("ZMScore", write=False, keys=["key"])
def zmscore(ctx: Context, request: pb.ZMScoreRequest) -> pb.ZMScoreResponse:
    if not request.members:
        raise _wrong_arity("zmscore")
    zset = lookup(ctx.db, request.key)
    scores = {} if zset is None else zset.scores
    return pb.ZMScoreResponse(
        scores=[pb.NullableScore(score=scores.get(member)) for member in request.members]
    )


def _rank(ctx: Context, key: bytes, member: bytes, reverse: bool) -> tuple[int, float] | None:
    zset = lookup(ctx.db, key)
    if zset is None:
        return None
    rank = zset.rank(member)
    if rank is None:
        return None
    return (len(zset) - 1 - rank if reverse else rank), zset.scores[member]


@command("ZRank", write=False, keys=["key"])
def zrank(ctx: Context, request: pb.ZRankRequest) -> pb.ZRankResponse:
    found = _rank(ctx, request.key, request.member, reverse=False)
    if found is None:
        return pb.ZRankResponse()
    rank, score = found
    return pb.ZRankResponse(rank=rank, score=score if request.withscore else None)


@command("ZRevRank", write=False, keys=["key"])
def zrevrank(ctx: Context, request: pb.ZRevRankRequest) -> pb.ZRevRankResponse:
    found = _rank(ctx, request.key, request.member, reverse=True)
    if found is None:
        return pb.ZRevRankResponse()
    rank, score = found
    return pb.ZRevRankResponse(rank=rank, score=score if request.withscore else None)


# -- counting ranges -----------------------------------------------------------


@command("ZCount", write=False, keys=["key"])
def zcount(ctx: Context, request: pb.ZCountRequest) -> pb.ZCountResponse:
    spec = score_range(request.min, request.max)
    zset = lookup(ctx.db, request.key)
    if zset is None:
        return pb.ZCountResponse(count=0)
    start, stop = score_span(zset, spec)
    return pb.ZCountResponse(count=stop - start)


def lex_count(zset: ZSet, spec: LexRange) -> int:
    if not zset.skiplist:
        return sum(1 for _pair in _lex_walk(zset, spec, False, 0))
    # As zslGetRank does: the distance between the first and the last.
    first, last = lex_first(zset, spec), lex_last(zset, spec)
    if first is None or last is None:
        return 0
    return max(last - first + 1, 0)


@command("ZLexCount", write=False, keys=["key"])
def zlexcount(ctx: Context, request: pb.ZLexCountRequest) -> pb.ZLexCountResponse:
    spec = lex_range(request.min, request.max)
    zset = lookup(ctx.db, request.key)
    return pb.ZLexCountResponse(count=0 if zset is None else lex_count(zset, spec))


# -- ZRANGE and its older forms ------------------------------------------------


@dataclass(frozen=True, slots=True)
class RangeQuery:
    """What a range command selects, validated: ranks (the default), or a
    score range, or a lexicographic range; the direction; LIMIT."""

    rank: tuple[int, int] = (0, 0)
    scores: ScoreRange | None = None
    lex: LexRange | None = None
    reverse: bool = False
    offset: int = 0
    count: int = -1

    def select(self, zset: ZSet) -> list[Pair]:
        if self.scores is not None:
            return by_score(zset, self.scores, self.reverse, self.offset, self.count)
        if self.lex is not None:
            return by_lex(zset, self.lex, self.reverse, self.offset, self.count)
        return by_rank(zset, *self.rank, self.reverse)


def _limit(request: Any) -> tuple[int, int]:
    """LIMIT's (offset, count); without LIMIT everything: (0, -1)."""
    if request.HasField("limit"):
        return request.limit.offset, request.limit.count
    return 0, -1


_LIMIT_WITH_RANK = (
    "syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX"
)


def range_query(
    request: pb.ZRangeRequest | pb.ZRangeStoreRequest, withscores: bool = False
) -> RangeQuery:
    """ZRANGE's and ZRANGESTORE's checks, in zrangeGenericCommand's order."""
    kind = request.WhichOneof("range")
    offset, count = _limit(request)
    # Redis reads a LIMIT count of -1 as no LIMIT, so that one passes.
    if kind in (None, "by_rank") and count != -1:
        raise errors.err(_LIMIT_WITH_RANK)
    if withscores and kind == "by_lex":
        raise errors.err("syntax error, WITHSCORES not supported in combination with BYLEX")
    if kind == "by_score":
        spec = score_range(request.by_score.min, request.by_score.max)
        return RangeQuery(scores=spec, reverse=request.rev, offset=offset, count=count)
    if kind == "by_lex":
        lex = lex_range(request.by_lex.min, request.by_lex.max)
        return RangeQuery(lex=lex, reverse=request.rev, offset=offset, count=count)
    rank = (request.by_rank.start, request.by_rank.stop)
    return RangeQuery(rank=rank, reverse=request.rev)


def _read_range(ctx: Context, key: bytes, query: RangeQuery) -> list[Pair]:
    zset = lookup(ctx.db, key)
    return [] if zset is None else query.select(zset)


@command("ZRange", write=False, keys=["key"])
def zrange(ctx: Context, request: pb.ZRangeRequest) -> pb.ZRangeResponse:
    pairs = _read_range(ctx, request.key, range_query(request, request.withscores))
    return pb.ZRangeResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


@command("ZRangeStore", write=True, keys=["dst", "src"])
def zrangestore(ctx: Context, request: pb.ZRangeStoreRequest) -> pb.ZRangeStoreResponse:
    query = range_query(request)
    zset = lookup(ctx.db, request.src)
    pairs = [] if zset is None else query.select(zset)
    # Redis adds the members to a new listpack one by one, in the order it
    # reads them, so the conversion to a skiplist happens at the same member.
    stored = ZSet()
    for member, score in pairs:
        stored.insert(member, score)
    _store(ctx, "zrangestore", request.dst, stored)
    return pb.ZRangeStoreResponse(count=len(stored))


def _store(ctx: Context, event: str, key: bytes, zset: ZSet) -> None:
    """Overwrite ``key`` with a computed sorted set (its TTL cleared), or
    delete it when the result is empty (Redis never stores an empty one).
    As Redis's setKey, only a key that did not exist (or was past its
    deadline, which db.set expires first) wakes blocked clients:
    overwriting a string some client waits on leaves it waiting."""
    if zset:
        ctx.db.set(key, zset)
        notify(ctx, ZSET, event, key)
    # Deleted without a lookup, as Redis's dbDelete: a key past its
    # deadline is reported as "del", not "expired".
    elif ctx.db.delete(key):
        notify(ctx, GENERIC, "del", key)


@command("ZRangeByScore", write=False, keys=["key"])
def zrangebyscore(ctx: Context, request: pb.ZRangeByScoreRequest) -> pb.ZRangeByScoreResponse:
    offset, count = _limit(request)
    query = RangeQuery(scores=score_range(request.min, request.max), offset=offset, count=count)
    pairs = _read_range(ctx, request.key, query)
    return pb.ZRangeByScoreResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


@command("ZRevRangeByScore", write=False, keys=["key"])
def zrevrangebyscore(
    ctx: Context, request: pb.ZRevRangeByScoreRequest
) -> pb.ZRevRangeByScoreResponse:
    offset, count = _limit(request)
    spec = score_range(request.min, request.max)
    query = RangeQuery(scores=spec, reverse=True, offset=offset, count=count)
    pairs = _read_range(ctx, request.key, query)
    return pb.ZRevRangeByScoreResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


@command("ZRangeByLex", write=False, keys=["key"])
def zrangebylex(ctx: Context, request: pb.ZRangeByLexRequest) -> pb.ZRangeByLexResponse:
    offset, count = _limit(request)
    spec = lex_range(request.min, request.max)
    pairs = _read_range(ctx, request.key, RangeQuery(lex=spec, offset=offset, count=count))
    return pb.ZRangeByLexResponse(members=_members(pairs))


@command("ZRevRangeByLex", write=False, keys=["key"])
def zrevrangebylex(ctx: Context, request: pb.ZRevRangeByLexRequest) -> pb.ZRevRangeByLexResponse:
    offset, count = _limit(request)
    spec = lex_range(request.min, request.max)
    query = RangeQuery(lex=spec, reverse=True, offset=offset, count=count)
    pairs = _read_range(ctx, request.key, query)
    return pb.ZRevRangeByLexResponse(members=_members(pairs))


@command("ZRevRange", write=False, keys=["key"])
def zrevrange(ctx: Context, request: pb.ZRevRangeRequest) -> pb.ZRevRangeResponse:
    query = RangeQuery(rank=(request.start, request.stop), reverse=True)
    pairs = _read_range(ctx, request.key, query)
    return pb.ZRevRangeResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


# -- removing ranges -----------------------------------------------------------


def _remove_span(
    ctx: Context, event: str, key: bytes, span: Callable[[ZSet], tuple[int, int]]
) -> int:
    zset = lookup(ctx.db, key, write=True)
    removed = 0
    if zset is not None:
        start, stop = span(zset)
        removed = len(zset.delete_span(start, stop))
    if zset is not None and removed:
        _removed(ctx, event, key, zset)
    else:
        dispatch.propagate_nothing(ctx)
    return removed


@command("ZRemRangeByRank", write=True, keys=["key"])
def zremrangebyrank(ctx: Context, request: pb.ZRemRangeByRankRequest) -> pb.ZRemRangeByRankResponse:
    removed = _remove_span(
        ctx,
        "zremrangebyrank",
        request.key,
        lambda zset: rank_span(len(zset), request.start, request.stop),
    )
    return pb.ZRemRangeByRankResponse(removed=removed)


@command("ZRemRangeByScore", write=True, keys=["key"])
def zremrangebyscore(
    ctx: Context, request: pb.ZRemRangeByScoreRequest
) -> pb.ZRemRangeByScoreResponse:
    spec = score_range(request.min, request.max)
    removed = _remove_span(
        ctx, "zremrangebyscore", request.key, lambda zset: score_span(zset, spec)
    )
    return pb.ZRemRangeByScoreResponse(removed=removed)


@command("ZRemRangeByLex", write=True, keys=["key"])
def zremrangebylex(ctx: Context, request: pb.ZRemRangeByLexRequest) -> pb.ZRemRangeByLexResponse:
    spec = lex_range(request.min, request.max)

    def span(zset: ZSet) -> tuple[int, int]:
        # Redis deletes from the first member in range while they stay <= max.
        first = lex_first(zset, spec)
        if first is None:
            return 0, 0
        return first, first + sum(1 for _pair in _lex_walk(zset, spec, False, 0))

    removed = _remove_span(ctx, "zremrangebylex", request.key, span)
    return pb.ZRemRangeByLexResponse(removed=removed)


# -- popping -------------------------------------------------------------------


def _pop(ctx: Context, key: bytes, zset: ZSet, count: int, highest: bool) -> list[Pair]:
    """Remove up to ``count`` members from one end, in the order popped."""
    size = len(zset)
    count = min(count, size)
    if not count:
        return []  # ZPOPMIN key 0 changes nothing
    if highest:
        popped = zset.delete_span(size - count, size)
        popped.reverse()
    else:
        popped = zset.delete_span(0, count)
    _removed(ctx, "zpopmax" if highest else "zpopmin", key, zset)
    return popped


def _propagate_pop(ctx: Context, key: bytes, highest: bool) -> None:
    """ZPOPMIN/ZPOPMAX of one member of ``key`` (what BZPOPMIN/MAX took)."""
    if highest:
        dispatch.propagate(ctx, "zpopmax", pb.ZPopMaxRequest(key=key))
    else:
        dispatch.propagate(ctx, "zpopmin", pb.ZPopMinRequest(key=key))


def _propagate_mpop(ctx: Context, key: bytes, highest: bool, count: int) -> None:
    """ZMPOP of the one key that served, whichever keys were named."""
    where = pb.Z_POP_WHERE_MAX if highest else pb.Z_POP_WHERE_MIN
    dispatch.propagate(ctx, "zmpop", pb.ZMPopRequest(keys=[key], where=where, count=count))


def _first_zset(db: Database, keys: Iterable[bytes]) -> tuple[bytes, ZSet] | None:
    """The first of ``keys`` holding a sorted set; WRONGTYPE if a key of
    another type comes first (genericZpopCommand)."""
    for key in keys:
        zset = lookup(db, key, write=True)
        if zset is not None:
            return key, zset
    return None


def _pop_count(request: pb.ZPopMinRequest | pb.ZPopMaxRequest) -> int:
    if not request.HasField("count"):
        return 1
    if request.count < 0:
        raise errors.err("value is out of range, must be positive")
    return request.count


@command("ZPopMin", write=True, keys=["key"])
def zpopmin(ctx: Context, request: pb.ZPopMinRequest) -> pb.ZPopMinResponse:
    count = _pop_count(request)
    zset = lookup(ctx.db, request.key, write=True)
    pairs = [] if zset is None else _pop(ctx, request.key, zset, count, highest=False)
    if not pairs:
        dispatch.propagate_nothing(ctx)
    return pb.ZPopMinResponse(members=_members(pairs), scores=_scores(pairs))


@command("ZPopMax", write=True, keys=["key"])
def zpopmax(ctx: Context, request: pb.ZPopMaxRequest) -> pb.ZPopMaxResponse:
    count = _pop_count(request)
    zset = lookup(ctx.db, request.key, write=True)
    pairs = [] if zset is None else _pop(ctx, request.key, zset, count, highest=True)
    if not pairs:
        dispatch.propagate_nothing(ctx)
    return pb.ZPopMaxResponse(members=_members(pairs), scores=_scores(pairs))


def _mpop_options(request: pb.ZMPopRequest | pb.BZMPopRequest) -> tuple[bool, int]:
    """ZMPOP's checks in Redis's order: numkeys, MIN|MAX, COUNT."""
    if not request.keys:
        raise errors.err("numkeys should be greater than 0")
    if request.where not in (pb.Z_POP_WHERE_MIN, pb.Z_POP_WHERE_MAX):
        raise errors.syntax()
    count = request.count if request.HasField("count") else 1
    if count < 1:
        raise errors.err("count should be greater than 0")
    return request.where == pb.Z_POP_WHERE_MAX, count


@command("ZMPop", write=True, keys=["keys"])
def zmpop(ctx: Context, request: pb.ZMPopRequest) -> Message:
    highest, count = _mpop_options(request)
    found = _first_zset(ctx.db, request.keys)
    if found is None:
        dispatch.propagate_nothing(ctx)
        return pb.ZMPopResponse()
    key, zset = found
    _propagate_mpop(ctx, key, highest, count)
    pairs = _pop(ctx, key, zset, count, highest)
    return pb.ZMPopResponse(key=key, members=_members(pairs), scores=_scores(pairs))


# -- blocking pops -------------------------------------------------------------


def _blocking_pop(
    ctx: Context,
    keys: Sequence[bytes],
    timeout: float,
    reply: Callable[[bytes, list[Pair]], Message],
    on_timeout: Message,
    highest: bool,
    count: int | None,
) -> Message | Blocked:
    """Serve at once like the non-blocking pop, or wait for a key to be
    created as a sorted set. ``count`` None is BZPOPMIN/MAX's single pop."""
    db = ctx.db

    def pop(key: bytes, zset: ZSet) -> Message:
        if count is None:
            _propagate_pop(ctx, key, highest)
        else:
            _propagate_mpop(ctx, key, highest, count)
        return reply(key, _pop(ctx, key, zset, count or 1, highest))

    found = _first_zset(db, keys)
    if found is not None:
        return pop(*found)
    waited_keys = list(keys)

    def attempt() -> Message | None:
        # Only a sorted set serves; a key created with another type leaves
        # the client waiting, as in Redis 7.0.
        for key in waited_keys:
            value = db.get(key)
            if type(value) is ZSet:
                return pop(key, value)
        return None

    return Blocked(waited_keys, timeout, attempt, on_timeout)


def _bzpop_reply(response_type: type[Message]) -> Callable[[bytes, list[Pair]], Message]:
    def reply(key: bytes, pairs: list[Pair]) -> Message:
        member, score = pairs[0]
        return response_type(key=key, member=member, score=score)

    return reply


@command("BZPopMin", write=True, keys=["keys"])
def bzpopmin(ctx: Context, request: pb.BZPopMinRequest) -> Message | Blocked:
    if not request.keys:
        raise _wrong_arity("bzpopmin")
    timeout = parse_timeout(request.timeout)
    reply = _bzpop_reply(pb.BZPopMinResponse)
    return _blocking_pop(
        ctx, request.keys, timeout, reply, pb.BZPopMinResponse(), highest=False, count=None
    )


@command("BZPopMax", write=True, keys=["keys"])
def bzpopmax(ctx: Context, request: pb.BZPopMaxRequest) -> Message | Blocked:
    if not request.keys:
        raise _wrong_arity("bzpopmax")
    timeout = parse_timeout(request.timeout)
    reply = _bzpop_reply(pb.BZPopMaxResponse)
    return _blocking_pop(
        ctx, request.keys, timeout, reply, pb.BZPopMaxResponse(), highest=True, count=None
    )


def _bzmpop_reply(key: bytes, pairs: list[Pair]) -> Message:
    return pb.BZMPopResponse(key=key, members=_members(pairs), scores=_scores(pairs))


@command("BZMPop", write=True, keys=["keys"])
def bzmpop(ctx: Context, request: pb.BZMPopRequest) -> Message | Blocked:
    highest, count = _mpop_options(request)
    timeout = parse_timeout(request.timeout)
    return _blocking_pop(
        ctx, request.keys, timeout, _bzmpop_reply, pb.BZMPopResponse(), highest, count
    )


# -- ZRANDMEMBER ---------------------------------------------------------------

_COUNT_RANGE = (
    "value is out of range, value must between -9223372036854775807 and 9223372036854775807"
)


def _random_positions(zset: ZSet, count: int) -> list[int]:
    """Positions of ZRANDMEMBER's picks, in the order Redis replies them."""
    size = len(zset)
    if count < 0:
        return [random.randrange(size) for _ in range(-count)]
    if count >= size:
        # The whole set, as Redis's set-operation iterator walks it: from the
        # highest score down.
        return list(range(size - 1, -1, -1))
    positions = random.sample(range(size), count)
    # A listpack picks distinct members in one ordered pass when it is at
    # least three times the count; otherwise Redis replies in hash order.
    if not zset.skiplist and count * 3 <= size:
        positions.sort()
    return positions


def _check_random_count(ctx: Context, count: int, withscores: bool) -> None:
    if count < -INT64_MAX:
        raise errors.err(_COUNT_RANGE)
    if withscores and not -(INT64_MAX // 2) <= count <= INT64_MAX // 2:
        raise errors.err("value is out of range")
    # Repeated picks cost at least a couple of bytes each in the reply; a
    # count beyond what a reply can carry is refused instead of building it
    # (Redis 7.0 runs out of memory on such a count).
    per_pick = 2 + (9 if withscores else 0)
    if count < 0 and -count * per_pick > ctx.config.grpc_max_message_size:
        raise errors.err("reply would exceed grpc-max-message-size", errors.Code.RESOURCE_EXHAUSTED)


@command("ZRandMember", write=False, keys=["key"])
def zrandmember(ctx: Context, request: pb.ZRandMemberRequest) -> pb.ZRandMemberResponse:
    if not request.HasField("count"):
        if request.withscores:
            # "ZRANDMEMBER key WITHSCORES" reads WITHSCORES as the count.
            raise errors.not_integer()
        zset = lookup(ctx.db, request.key)
        if zset is None:
            return pb.ZRandMemberResponse()
        return pb.ZRandMemberResponse(members=[zset.member_at(random.randrange(len(zset)))])
    _check_random_count(ctx, request.count, request.withscores)
    zset = lookup(ctx.db, request.key)
    if zset is None or request.count == 0:
        return pb.ZRandMemberResponse()
    pairs = [zset.order[position] for position in _random_positions(zset, request.count)]
    return pb.ZRandMemberResponse(
        members=[member for _score, member in pairs],
        scores=[score for score, _member in pairs] if request.withscores else [],
    )


# -- ZUNION, ZINTER, ZDIFF and their STORE forms -------------------------------


@dataclass(frozen=True, slots=True)
class _Source:
    """One input of ZUNION and friends: a sorted set, or a set whose members
    all score 1, or a missing key (empty)."""

    value: ZSet | Set | None
    weight: float = 1.0

    def __len__(self) -> int:
        return 0 if self.value is None else len(self.value)

    def items(self) -> Iterator[Pair]:
        if type(self.value) is ZSet:
            yield from self.value.scores.items()
        elif type(self.value) is Set:
            for member in self.value.members:
                yield member, 1.0

    def score(self, member: bytes) -> float | None:
        if type(self.value) is ZSet:
            return self.value.scores.get(member)
        if type(self.value) is Set and member in self.value.index:
            return 1.0
        return None


def _sources(db: Database, keys: Sequence[bytes], name: str) -> list[ZSet | Set | None]:
    """The inputs, every key type-checked before anything else is parsed."""
    if not keys:
        raise errors.err(f"at least 1 input key is needed for '{name}' command")
    values: list[ZSet | Set | None] = []
    for key in keys:
        value = db.read(key)  # a read even for the STORE forms, as in Redis
        if value is not None and type(value) not in (ZSet, Set):
            raise errors.wrongtype()
        values.append(value)  # type: ignore[arg-type]
    return values


def _weights(weights: Sequence[float], size: int) -> list[float]:
    """WEIGHTS as Redis parses it: one per key, or a syntax error."""
    if not weights:
        return [1.0] * size
    if len(weights) < size:
        raise errors.syntax()
    if any(math.isnan(weight) for weight in weights[:size]):
        raise errors.err("weight value is not a float")
    if len(weights) > size:
        raise errors.syntax()
    return list(weights)


_AGGREGATES: dict[int, str] = {
    pb.Z_AGGREGATE_UNSPECIFIED: "sum",
    pb.Z_AGGREGATE_SUM: "sum",
    pb.Z_AGGREGATE_MIN: "min",
    pb.Z_AGGREGATE_MAX: "max",
}


def _aggregate(how: str, target: float, value: float) -> float:
    """zunionInterAggregate: a NaN sum (inf + -inf) counts as 0; MIN and
    MAX keep the target when compared with NaN."""
    if how == "sum":
        total = target + value
        return 0.0 if math.isnan(total) else total
    if how == "min":
        return value if value < target else target
    return value if value > target else target


def _weighted(score: float, weight: float) -> float:
    product = score * weight
    return 0.0 if math.isnan(product) else product  # 0 * inf counts as 0


def _union(sources: list[_Source], how: str) -> dict[bytes, float]:
    result: dict[bytes, float] = {}
    for source in sources:
        for member, score in source.items():
            value = _weighted(score, source.weight)
            current = result.get(member)
            result[member] = value if current is None else _aggregate(how, current, value)
    return result


def _intersection(sources: list[_Source], how: str, limit: int = 0) -> dict[bytes, float]:
    """Members of every source; iterates the smallest, as Redis does (which
    fixes the order the scores are combined in)."""
    result: dict[bytes, float] = {}
    first, others = sources[0], sources[1:]
    if not len(first):
        return result
    for member, score in first.items():
        total = _weighted(score, first.weight)
        for source in others:
            found = source.score(member)
            if found is None:
                break
            total = _aggregate(how, total, found * source.weight)
        else:
            result[member] = total
            if limit and len(result) >= limit:
                break
    return result


def _difference(sources: list[_Source]) -> dict[bytes, float]:
    first, others = sources[0], sources[1:]
    return {
        member: score
        for member, score in first.items()
        if all(source.score(member) is None for source in others)
    }


def _combine(
    db: Database,
    name: str,
    keys: Sequence[bytes],
    weights: Sequence[float] = (),
    aggregate: int = pb.Z_AGGREGATE_UNSPECIFIED,
) -> dict[bytes, float]:
    """zunionInterDiffGenericCommand's computation for ``name``."""
    values = _sources(db, keys, name)
    operation = name.removesuffix("store")
    if operation == "zdiff":
        return _difference([_Source(value) for value in values])
    factors = _weights(weights, len(values))
    how = _AGGREGATES.get(aggregate)
    if how is None:
        raise errors.syntax()
    # Smallest first (a stable sort, as glibc's qsort is a merge sort here).
    sources = sorted((_Source(v, w) for v, w in zip(values, factors, strict=True)), key=len)
    if operation == "zunion":
        return _union(sources, how)
    return _intersection(sources, how)


def _sorted_pairs(scores: dict[bytes, float]) -> list[Pair]:
    return [(member, score) for score, member in sorted((s, m) for m, s in scores.items())]


def _store_combined(ctx: Context, name: str, destination: bytes, scores: dict[bytes, float]) -> int:
    _store(ctx, name, destination, build(scores))
    return len(scores)


@command("ZUnion", write=False, keys=["keys"])
def zunion(ctx: Context, request: pb.ZUnionRequest) -> pb.ZUnionResponse:
    scores = _combine(ctx.db, "zunion", request.keys, request.weights, request.aggregate)
    pairs = _sorted_pairs(scores)
    return pb.ZUnionResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


@command("ZInter", write=False, keys=["keys"])
def zinter(ctx: Context, request: pb.ZInterRequest) -> pb.ZInterResponse:
    scores = _combine(ctx.db, "zinter", request.keys, request.weights, request.aggregate)
    pairs = _sorted_pairs(scores)
    return pb.ZInterResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


@command("ZDiff", write=False, keys=["keys"])
def zdiff(ctx: Context, request: pb.ZDiffRequest) -> pb.ZDiffResponse:
    pairs = _sorted_pairs(_combine(ctx.db, "zdiff", request.keys))
    return pb.ZDiffResponse(
        members=_members(pairs), scores=_scores(pairs) if request.withscores else []
    )


@command("ZUnionStore", write=True, keys=["destination", "keys"])
def zunionstore(ctx: Context, request: pb.ZUnionStoreRequest) -> pb.ZUnionStoreResponse:
    scores = _combine(ctx.db, "zunionstore", request.keys, request.weights, request.aggregate)
    count = _store_combined(ctx, "zunionstore", request.destination, scores)
    return pb.ZUnionStoreResponse(count=count)


@command("ZInterStore", write=True, keys=["destination", "keys"])
def zinterstore(ctx: Context, request: pb.ZInterStoreRequest) -> pb.ZInterStoreResponse:
    scores = _combine(ctx.db, "zinterstore", request.keys, request.weights, request.aggregate)
    count = _store_combined(ctx, "zinterstore", request.destination, scores)
    return pb.ZInterStoreResponse(count=count)


@command("ZDiffStore", write=True, keys=["destination", "keys"])
def zdiffstore(ctx: Context, request: pb.ZDiffStoreRequest) -> pb.ZDiffStoreResponse:
    scores = _combine(ctx.db, "zdiffstore", request.keys)
    count = _store_combined(ctx, "zdiffstore", request.destination, scores)
    return pb.ZDiffStoreResponse(count=count)


@command("ZInterCard", write=False, keys=["keys"])
def zintercard(ctx: Context, request: pb.ZInterCardRequest) -> pb.ZInterCardResponse:
    values = _sources(ctx.db, request.keys, "zintercard")
    limit = request.limit if request.HasField("limit") else 0
    if limit < 0:
        raise errors.err("LIMIT can't be negative")
    sources = sorted((_Source(value) for value in values), key=len)
    return pb.ZInterCardResponse(count=len(_intersection(sources, "sum", limit)))


# -- ZSCAN ---------------------------------------------------------------------


@command("ZScan", write=False, keys=["key"])
def zscan(ctx: Context, request: pb.ZScanRequest) -> pb.ZScanResponse:
    zset = lookup(ctx.db, request.key)
    if zset is None:
        return pb.ZScanResponse(cursor=0)
    count = request.count if request.HasField("count") else DEFAULT_SCAN_COUNT
    if count < 1:
        raise errors.syntax()
    matches = compile_pattern(request.match) if request.HasField("match") else None
    scores = zset.scores
    if not zset.skiplist:
        # Redis returns a listpack whole, in order, whatever the cursor.
        pairs = [(m, s) for s, m in zset.order if matches is None or matches(m)]
        return pb.ZScanResponse(cursor=0, members=_members(pairs), scores=_scores(pairs))

    def keep(member: object) -> bool:
        return (
            isinstance(member, bytes) and member in scores and (matches is None or matches(member))
        )

    cursor, found = ctx.member_cursors.scan(
        request.cursor, count, lambda: list(scores), keep, owner=request.key
    )
    members = [member for member in found if isinstance(member, bytes)]
    return pb.ZScanResponse(cursor=cursor, members=members, scores=[scores[m] for m in members])
