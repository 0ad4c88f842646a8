"""Lists: sequences of binary-safe elements, pushed and popped at both ends.

Representation
--------------
A ``List`` holds its elements in a deque: O(1) at both ends, O(n) by index
in the middle (as Redis's quicklist). Redis 7.0 reports every list as
"quicklist". An empty list is never stored: the command that empties it
deletes the key.

A deque allocates a block of 64 slots (over 500 bytes) for even one
element, so a small list keeps a plain Python list instead: with at most
``COMPACT_LIMIT`` elements, shifting them for a push or pop at the head is
cheaper than that block is large. ``List`` wraps either, behind the deque
methods the commands use. It switches to a deque when it grows past
``COMPACT_LIMIT`` and back when it shrinks to ``COMPACT_LIMIT // 2``; the gap
keeps a list hovering at the limit from converting on every push and pop,
so each conversion's O(n) is paid for by the n/2 operations before it.

Commands follow Redis 7.0's t_list.c: the order in which arguments are
checked decides which error a bad call gets, so each handler validates in
Redis's order. Read-only commands look keys up with ``db.read`` (they count
keyspace hits and misses), writing commands with ``db.get`` (Redis's
lookupKeyWrite does not count).

Blocking commands (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP) first try like
their non-blocking twin; when every key is missing they return ``Blocked``
whose ``attempt`` pops once a key holds a list (see blocking.py). A list is
only ever created through ``db.set``, which is what wakes those waiters.

The AOF logs a blocking command as the plain pop or move it performed on the
key that served it (BLPOP as LPOP key, BLMOVE as LMOVE, BLMPOP as LMPOP of
that one key), whether it was served at once or woken later: replaying the
request would look for a list among all its keys again, and a waiter skips
keys that the blocking-free twin would fail on. A write that changed nothing
logs nothing.

Keyspace notifications, as Redis: "lpush"/"rpush" (LPUSHX and RPUSHX
too), "lpop"/"rpop" then "del" when the list emptied, "linsert", "lset",
"lrem" (when it removed something), "ltrim" (even when it kept everything).
A move (LMOVE, RPOPLPUSH and their blocking forms) reports the push onto
the destination first, then the pop from the source: Redis's order. A
blocked client served later reports its pop when it is served.
"""

from __future__ import annotations

import itertools
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from google.protobuf.message import Message
from keyspace.v1 import common_pb2
from keyspace.v1 import lists_pb2 as pb

from keyspace_server import errors
from keyspace_server.blocking import Blocked, parse_timeout
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.keyspace import Database
from keyspace_server.pubsub.notifications import LIST, notify, notify_removed
from keyspace_server.types.numbers import INT64_MIN

TYPE_NAME = "list"


COMPACT_LIMIT = 128  # the most elements kept in a plain list


class List:
    """A list's elements, with the deque interface the commands use.
    Invariant: ``_items`` is a plain list when there are at most
    ``COMPACT_LIMIT // 2`` elements, a deque when there are more than
    ``COMPACT_LIMIT``, either in between (see the module docstring)."""

    __slots__ = ("_items",)

    def __init__(self, elements: Iterable[bytes] = ()) -> None:
        self._items: list[bytes] | deque[bytes] = []
        self.extend(elements)

    def _grown(self) -> None:
        if len(self._items) > COMPACT_LIMIT and type(self._items) is list:
            self._items = deque(self._items)

    def _shrunk(self) -> None:
        if len(self._items) <= COMPACT_LIMIT // 2 and type(self._items) is deque:
            self._items = list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._items)

    def __reversed__(self) -> Iterator[bytes]:
        return reversed(self._items)

    def __getitem__(self, index: int) -> bytes:
        return self._items[index]

    def __setitem__(self, index: int, element: bytes) -> None:
        self._items[index] = element

    def index(self, element: bytes) -> int:
        return self._items.index(element)

    def insert(self, index: int, element: bytes) -> None:
        self._items.insert(index, element)
        self._grown()

    def append(self, element: bytes) -> None:
        self._items.append(element)
        self._grown()

    def appendleft(self, element: bytes) -> None:
        self.insert(0, element)

    def extend(self, elements: Iterable[bytes]) -> None:
        self._items.extend(elements)
        self._grown()

    def extendleft(self, elements: Iterable[bytes]) -> None:
        """Push each element at the head in turn (so they end up reversed)."""
        items = self._items
        if isinstance(items, deque):
            items.extendleft(elements)
        else:
            items[0:0] = reversed(list(elements))
        self._grown()

    def pop(self) -> bytes:
        element = self._items.pop()
        self._shrunk()
        return element

    def popleft(self) -> bytes:
        items = self._items
        element = items.popleft() if isinstance(items, deque) else items.pop(0)
        self._shrunk()
        return element

    def clear(self) -> None:
        self._items = []

    @property
    def compact(self) -> bool:
        return isinstance(self._items, list)

    def container_size(self) -> int:
        """Bytes of the list or deque (not the elements it refers to)."""
        return sys.getsizeof(self._items)


def encoding(value: List) -> str:
    return "quicklist"


def duplicate(value: List) -> List:
    return List(value)


# -- representation helpers ----------------------------------------------------


def _arity(command_name: str) -> errors.CommandError:
    return errors.err(f"wrong number of arguments for '{command_name}' command")


def lookup_list(db: Database, key: bytes, *, read: bool = False) -> List | None:
    """The list at ``key``; WRONGTYPE if the key holds another type."""
    value = db.read(key) if read else db.get(key)
    if value is None or type(value) is List:
        return value
    raise errors.wrongtype()


def _existing_list(db: Database, key: bytes) -> List | None:
    """The list at ``key``, or None when missing or of another type: how a
    waiter sees a key, since Redis 7.0 only serves waiters from list keys."""
    value = db.get(key)
    return value if type(value) is List else None


def _is_left(direction: int) -> bool:
    """LEFT or RIGHT; an unset direction is what a bad word was in Redis."""
    if direction == pb.LIST_DIRECTION_LEFT:
        return True
    if direction == pb.LIST_DIRECTION_RIGHT:
        return False
    raise errors.syntax()


def _push(
    ctx: Context, key: bytes, values: List | None, elements: Iterable[bytes], left: bool
) -> int:
    """Push onto ``values`` (creating the list through db.set, which wakes
    clients blocked on ``key``) and return the new length."""
    if values is None:
        values = List()
        ctx.db.set(key, values)
    if left:
        values.extendleft(elements)
    else:
        values.extend(elements)
    notify(ctx, LIST, "lpush" if left else "rpush", key)
    return len(values)


def _direction(left: bool) -> pb.ListDirection:
    return pb.LIST_DIRECTION_LEFT if left else pb.LIST_DIRECTION_RIGHT


def _propagate_move(
    ctx: Context, source: bytes, destination: bytes, from_left: bool, to_left: bool
) -> None:
    request = pb.LMoveRequest(
        source=source,
        destination=destination,
        wherefrom=_direction(from_left),
        whereto=_direction(to_left),
    )
    dispatch.propagate(ctx, "lmove", request)


def _propagate_mpop(ctx: Context, key: bytes, left: bool, count: int) -> None:
    """LMPOP of the one key that served, whichever keys were named."""
    request = pb.LMPopRequest(keys=[key], direction=_direction(left), count=count)
    dispatch.propagate(ctx, "lmpop", request)


def _pop(ctx: Context, key: bytes, values: List, left: bool, count: int) -> list[bytes]:
    """Pop up to ``count`` elements from one end, deleting an emptied list."""
    take = values.popleft if left else values.pop
    popped = [take() for _ in range(min(count, len(values)))]
    _removed_from_end(ctx, key, values, left)
    return popped


def _removed_from_end(ctx: Context, key: bytes, values: List, left: bool) -> None:
    """After a pop: delete an emptied list, and report both (Redis's
    listElementsRemoved)."""
    if not values:
        ctx.db.delete(key)
    notify_removed(ctx, LIST, "lpop" if left else "rpop", key, emptied=not values)


def _clamp_range(start: int, stop: int, length: int) -> tuple[int, int] | None:
    """LRANGE/LTRIM's index rules: negative counts from the tail, the range is
    clipped to the list, None when it selects nothing."""
    if start < 0:
        start += length
    if stop < 0:
        stop += length
    start = max(start, 0)
    if start > stop or start >= length:
        return None
    return start, min(stop, length - 1)


def _index(index: int, length: int) -> int | None:
    """A LINDEX/LSET index made absolute, or None when out of range."""
    if index < 0:
        index += length
    return index if 0 <= index < length else None


def _wrap64(value: int) -> int:
    """``value`` as C's signed 64-bit arithmetic leaves it (LPOS's RANK math
    overflows for RANK -2**63, and Redis 7.0 answers what the overflow gives)."""
    return (value - INT64_MIN) % 2**64 + INT64_MIN


def _positions(values: List, element: bytes, rank: int, count: int, maxlen: int) -> list[int]:
    """LPOS's scan: skip the first ``|rank| - 1`` matches (from the tail when
    ``rank`` is negative), then collect up to ``count`` positions (0: all)
    among the first ``maxlen`` elements compared (0: no limit)."""
    from_tail = rank < 0
    rank = _wrap64(-rank) if from_tail else rank
    length = len(values)
    scan = reversed(values) if from_tail else iter(values)
    if maxlen:
        scan = itertools.islice(scan, maxlen)
    found: list[int] = []
    matches = 0
    for offset, candidate in enumerate(scan):
        if candidate != element:
            continue
        matches += 1
        if matches < rank:
            continue
        found.append(length - 1 - offset if from_tail else offset)
        if count and _wrap64(matches - rank + 1) >= count:
            break
    return found


def _validate_lpos(request: pb.LPosRequest) -> None:
    if request.HasField("rank") and request.rank == 0:
        raise errors.err(
            "RANK can't be zero: use 1 to start from the first match, 2 from the second ... "
            "or use negative to start from the end of the list"
        )
    if request.HasField("count") and request.count < 0:
        raise errors.err("COUNT can't be negative")
    if request.HasField("maxlen") and request.maxlen < 0:
        raise errors.err("MAXLEN can't be negative")


def _move(
    ctx: Context, source: bytes, destination: bytes, from_left: bool, to_left: bool
) -> bytes | None:
    """LMOVE: pop from ``source`` and push onto ``destination``; None when
    the source is missing. The destination's type is checked only when there
    is something to move, and the source is deleted only after the push, so
    a one-element list rotated onto itself survives."""
    db = ctx.db
    values = lookup_list(db, source)
    if values is None:
        return None
    target = lookup_list(db, destination)
    element = values.popleft() if from_left else values.pop()
    _push(ctx, destination, target, (element,), to_left)
    _removed_from_end(ctx, source, values, from_left)
    return element


def _first_nonempty(db: Database, keys: Sequence[bytes]) -> tuple[bytes, List] | None:
    """The first key in argument order holding a list; WRONGTYPE when the
    first existing key holds another type (lists are never empty)."""
    for key in keys:
        values = lookup_list(db, key)
        if values is not None:
            return key, values
    return None


def _first_waiting_list(db: Database, keys: Sequence[bytes]) -> tuple[bytes, List] | None:
    """Like ``_first_nonempty`` for a woken waiter: keys of other types are
    skipped, since Redis 7.0 serves a waiter only from a list that became
    ready and leaves it blocked otherwise."""
    for key in keys:
        values = _existing_list(db, key)
        if values is not None:
            return key, values
    return None


def _count_arg(request: pb.LMPopRequest | pb.BLMPopRequest) -> int:
    if not request.HasField("count"):
        return 1
    if request.count <= 0:
        raise errors.err("count should be greater than 0")
    return request.count


def _validate_mpop(request: pb.LMPopRequest | pb.BLMPopRequest) -> tuple[bool, int]:
    """LMPOP's checks in Redis's order: numkeys, the direction, COUNT."""
    if not request.keys:
        raise errors.err("numkeys should be greater than 0")
    return _is_left(request.direction), _count_arg(request)


# -- pushing -------------------------------------------------------------------


def _push_command(
    ctx: Context, name: str, key: bytes, elements: Sequence[bytes], left: bool, only_existing: bool
) -> int:
    if not elements:
        raise _arity(name)
    values = lookup_list(ctx.db, key)
    if values is None and only_existing:
        dispatch.propagate_nothing(ctx)
        return 0
    return _push(ctx, key, values, elements, left)


@command("LPush", write=True, keys=["key"])
def lpush(ctx: Context, request: pb.LPushRequest) -> pb.LPushResponse:
    length = _push_command(ctx, "lpush", request.key, request.elements, True, False)
    return pb.LPushResponse(length=length)


@command("RPush", write=True, keys=["key"])
def rpush(ctx: Context, request: pb.RPushRequest) -> pb.RPushResponse:
    length = _push_command(ctx, "rpush", request.key, request.elements, False, False)
    return pb.RPushResponse(length=length)


@command("LPushX", write=True, keys=["key"])
def lpushx(ctx: Context, request: pb.LPushXRequest) -> pb.LPushXResponse:
    length = _push_command(ctx, "lpushx", request.key, request.elements, True, True)
    return pb.LPushXResponse(length=length)


@command("RPushX", write=True, keys=["key"])
def rpushx(ctx: Context, request: pb.RPushXRequest) -> pb.RPushXResponse:
    length = _push_command(ctx, "rpushx", request.key, request.elements, False, True)
    return pb.RPushXResponse(length=length)


@command("LInsert", write=True, keys=["key"])
def linsert(ctx: Context, request: pb.LInsertRequest) -> pb.LInsertResponse:
    # BEFORE|AFTER is parsed before the key is looked at.
    if request.where not in (pb.L_INSERT_POSITION_BEFORE, pb.L_INSERT_POSITION_AFTER):
        raise errors.syntax()
    values = lookup_list(ctx.db, request.key)
    if values is None:
        dispatch.propagate_nothing(ctx)
        return pb.LInsertResponse(length=0)
    try:
        position = values.index(request.pivot)
    except ValueError:
        dispatch.propagate_nothing(ctx)
        return pb.LInsertResponse(length=-1)
    after = request.where == pb.L_INSERT_POSITION_AFTER
    values.insert(position + 1 if after else position, request.element)
    notify(ctx, LIST, "linsert", request.key)
    return pb.LInsertResponse(length=len(values))


@command("LSet", write=True, keys=["key"])
def lset(ctx: Context, request: pb.LSetRequest) -> pb.LSetResponse:
    values = lookup_list(ctx.db, request.key)
    if values is None:
        raise errors.no_such_key()
    index = _index(request.index, len(values))
    if index is None:
        raise errors.err("index out of range")
    values[index] = request.element
    notify(ctx, LIST, "lset", request.key)
    return pb.LSetResponse()


# -- popping and removing ------------------------------------------------------


def _pop_command(
    ctx: Context, key: bytes, count: int | None, left: bool
) -> tuple[bytes | None, list[bytes] | None]:
    """LPOP/RPOP: (element, None) without a count, (None, elements) with
    one; (None, None) is nil."""
    # The count is checked before the key, so it fails even on a missing key.
    if count is not None and count < 0:
        raise errors.err("value is out of range, must be positive")
    values = lookup_list(ctx.db, key)
    if values is None or count == 0:
        dispatch.propagate_nothing(ctx)
        return (None, None) if values is None else (None, [])
    if count is None:
        return _pop(ctx, key, values, left, 1)[0], None
    return None, _pop(ctx, key, values, left, count)


def _pop_reply(
    response_type: type[pb.LPopResponse] | type[pb.RPopResponse],
    popped: tuple[bytes | None, list[bytes] | None],
) -> pb.LPopResponse | pb.RPopResponse:
    element, elements = popped
    if element is not None:
        return response_type(element=element)
    if elements is not None:
        return response_type(elements=common_pb2.BytesList(values=elements))
    return response_type()


def _optional_count(request: pb.LPopRequest | pb.RPopRequest) -> int | None:
    return request.count if request.HasField("count") else None


@command("LPop", write=True, keys=["key"])
def lpop(ctx: Context, request: pb.LPopRequest) -> pb.LPopResponse:
    popped = _pop_command(ctx, request.key, _optional_count(request), left=True)
    return _pop_reply(pb.LPopResponse, popped)  # type: ignore[return-value]


@command("RPop", write=True, keys=["key"])
def rpop(ctx: Context, request: pb.RPopRequest) -> pb.RPopResponse:
    popped = _pop_command(ctx, request.key, _optional_count(request), left=False)
    return _pop_reply(pb.RPopResponse, popped)  # type: ignore[return-value]


@command("LRem", write=True, keys=["key"])
def lrem(ctx: Context, request: pb.LRemRequest) -> pb.LRemResponse:
    values = lookup_list(ctx.db, request.key)
    if values is None:
        dispatch.propagate_nothing(ctx)
        return pb.LRemResponse(removed=0)
    count, element = request.count, request.element
    # Walk from the end the count's sign names, keeping what is not removed.
    limit = abs(count) if count else len(values)
    ordered = reversed(values) if count < 0 else iter(values)
    kept: list[bytes] = []
    removed = 0
    for candidate in ordered:
        if removed < limit and candidate == element:
            removed += 1
        else:
            kept.append(candidate)
    if removed:
        if count < 0:
            kept.reverse()
        values.clear()
        values.extend(kept)
        if not values:
            ctx.db.delete(request.key)
        notify_removed(ctx, LIST, "lrem", request.key, emptied=not values)
    else:
        dispatch.propagate_nothing(ctx)
    return pb.LRemResponse(removed=removed)


@command("LTrim", write=True, keys=["key"])
def ltrim(ctx: Context, request: pb.LTrimRequest) -> pb.LTrimResponse:
    values = lookup_list(ctx.db, request.key)
    if values is None:
        dispatch.propagate_nothing(ctx)
        return pb.LTrimResponse()
    kept = _clamp_range(request.start, request.stop, len(values))
    if kept is None:
        ctx.db.delete(request.key)
        notify_removed(ctx, LIST, "ltrim", request.key, emptied=True)
        return pb.LTrimResponse()
    start, stop = kept
    # Pop from both ends: costs what is removed, not what is kept.
    for _ in range(start):
        values.popleft()
    for _ in range(len(values) - (stop - start + 1)):
        values.pop()
    notify(ctx, LIST, "ltrim", request.key)
    return pb.LTrimResponse()


@command("LMove", write=True, keys=["source", "destination"])
def lmove(ctx: Context, request: pb.LMoveRequest) -> pb.LMoveResponse:
    from_left, to_left = _is_left(request.wherefrom), _is_left(request.whereto)
    element = _move(ctx, request.source, request.destination, from_left, to_left)
    if element is None:
        dispatch.propagate_nothing(ctx)
    return pb.LMoveResponse(element=element)


@command("RPopLPush", write=True, keys=["source", "destination"])
def rpoplpush(ctx: Context, request: pb.RPopLPushRequest) -> pb.RPopLPushResponse:
    element = _move(ctx, request.source, request.destination, False, True)
    if element is None:
        dispatch.propagate_nothing(ctx)
    return pb.RPopLPushResponse(element=element)


@command("LMPop", write=True, keys=["keys"])
def lmpop(ctx: Context, request: pb.LMPopRequest) -> pb.LMPopResponse:
    left, count = _validate_mpop(request)
    found = _first_nonempty(ctx.db, request.keys)
    if found is None:
        dispatch.propagate_nothing(ctx)
        return pb.LMPopResponse()
    key, values = found
    _propagate_mpop(ctx, key, left, count)
    return pb.LMPopResponse(key=key, elements=_pop(ctx, key, values, left, count))


# -- reading -------------------------------------------------------------------


@command("LLen", write=False, keys=["key"])
def llen(ctx: Context, request: pb.LLenRequest) -> pb.LLenResponse:
    values = lookup_list(ctx.db, request.key, read=True)
    return pb.LLenResponse(length=0 if values is None else len(values))


@command("LRange", write=False, keys=["key"])
def lrange(ctx: Context, request: pb.LRangeRequest) -> pb.LRangeResponse:
    values = lookup_list(ctx.db, request.key, read=True)
    if values is None:
        return pb.LRangeResponse()
    selected = _clamp_range(request.start, request.stop, len(values))
    if selected is None:
        return pb.LRangeResponse()
    start, stop = selected
    if start > len(values) - 1 - stop:
        # Nearer the tail: walk from there instead of from the head.
        tail = itertools.islice(reversed(values), len(values) - 1 - stop, len(values) - start)
        return pb.LRangeResponse(elements=list(tail)[::-1])
    return pb.LRangeResponse(elements=itertools.islice(values, start, stop + 1))


@command("LIndex", write=False, keys=["key"])
def lindex(ctx: Context, request: pb.LIndexRequest) -> pb.LIndexResponse:
    values = lookup_list(ctx.db, request.key, read=True)
    if values is None:
        return pb.LIndexResponse()
    index = _index(request.index, len(values))
    return pb.LIndexResponse() if index is None else pb.LIndexResponse(element=values[index])


@command("LPos", write=False, keys=["key"])
def lpos(ctx: Context, request: pb.LPosRequest) -> pb.LPosResponse:
    _validate_lpos(request)
    values = lookup_list(ctx.db, request.key, read=True)
    with_count = request.HasField("count")
    if values is None:
        return pb.LPosResponse()
    rank = request.rank if request.HasField("rank") else 1
    # Without COUNT only the first position found is wanted.
    count = request.count if with_count else 1
    found = _positions(values, request.element, rank, count, request.maxlen)
    if with_count:
        return pb.LPosResponse(positions=found)
    return pb.LPosResponse(position=found[0]) if found else pb.LPosResponse()


# -- blocking ------------------------------------------------------------------
#
# The registry types a handler as returning a response message; a blocking
# handler may return ``Blocked`` instead (the API layer waits on it), which
# is what the type-var ignores on their decorators are about.


def _keys_or_arity(command_name: str, keys: Sequence[bytes]) -> list[bytes]:
    if not keys:
        raise _arity(command_name)
    return list(keys)


def _blocking_pop(
    ctx: Context,
    keys: list[bytes],
    timeout: float,
    pop: Callable[[bytes, List], Message],
    on_timeout: Message,
) -> Message | Blocked:
    """Serve from the first list among ``keys`` at once, or wait for one."""
    db = ctx.db
    found = _first_nonempty(db, keys)
    if found is not None:
        return pop(*found)

    def attempt() -> Message | None:
        ready = _first_waiting_list(db, keys)
        return None if ready is None else pop(*ready)

    return Blocked(keys, timeout, attempt, on_timeout)


def _bpop(
    ctx: Context, request: pb.BLPopRequest | pb.BRPopRequest, name: str, left: bool
) -> Message | Blocked:
    keys = _keys_or_arity(name, request.keys)
    timeout = parse_timeout(request.timeout)
    response_type = pb.BLPopResponse if left else pb.BRPopResponse

    def pop(key: bytes, values: List) -> Message:
        if left:
            dispatch.propagate(ctx, "lpop", pb.LPopRequest(key=key))
        else:
            dispatch.propagate(ctx, "rpop", pb.RPopRequest(key=key))
        return response_type(key=key, element=_pop(ctx, key, values, left, 1)[0])

    return _blocking_pop(ctx, keys, timeout, pop, response_type())


@command("BLPop", write=True, keys=["keys"])
def blpop(ctx: Context, request: pb.BLPopRequest) -> pb.BLPopResponse | Blocked:
    return _bpop(ctx, request, "blpop", left=True)  # type: ignore[return-value]


@command("BRPop", write=True, keys=["keys"])
def brpop(ctx: Context, request: pb.BRPopRequest) -> pb.BRPopResponse | Blocked:
    return _bpop(ctx, request, "brpop", left=False)  # type: ignore[return-value]


@command("BLMPop", write=True, keys=["keys"])
def blmpop(ctx: Context, request: pb.BLMPopRequest) -> pb.BLMPopResponse | Blocked:
    # numkeys, direction and COUNT are checked before the timeout.
    left, count = _validate_mpop(request)
    timeout = parse_timeout(request.timeout)

    def pop(key: bytes, values: List) -> Message:
        _propagate_mpop(ctx, key, left, count)
        return pb.BLMPopResponse(key=key, elements=_pop(ctx, key, values, left, count))

    return _blocking_pop(ctx, list(request.keys), timeout, pop, pb.BLMPopResponse())  # type: ignore[return-value]


def _blocking_move(
    ctx: Context,
    source: bytes,
    destination: bytes,
    from_left: bool,
    to_left: bool,
    timeout: float,
    reply: Callable[[bytes | None], Message],
) -> Message | Blocked:
    """BLMOVE: LMOVE at once when the source holds a list, else wait for it.
    While waiting the destination is not checked; when the source fills, a
    destination of another type fails the waiter with WRONGTYPE and leaves
    the element in the source, as Redis 7.0 does."""
    db = ctx.db

    def move() -> Message:
        element = _move(ctx, source, destination, from_left, to_left)
        _propagate_move(ctx, source, destination, from_left, to_left)
        return reply(element)

    if lookup_list(db, source) is not None:
        return move()

    def attempt() -> Message | None:
        return None if _existing_list(db, source) is None else move()

    return Blocked([source], timeout, attempt, reply(None))


@command("BLMove", write=True, keys=["source", "destination"])
def blmove(ctx: Context, request: pb.BLMoveRequest) -> pb.BLMoveResponse | Blocked:
    from_left, to_left = _is_left(request.wherefrom), _is_left(request.whereto)
    timeout = parse_timeout(request.timeout)
    return _blocking_move(  # type: ignore[return-value]
        ctx,
        request.source,
        request.destination,
        from_left,
        to_left,
        timeout,
        lambda element: pb.BLMoveResponse(element=element),
    )


@command("BRPopLPush", write=True, keys=["source", "destination"])
def brpoplpush(ctx: Context, request: pb.BRPopLPushRequest) -> pb.BRPopLPushResponse | Blocked:
    timeout = parse_timeout(request.timeout)
    return _blocking_move(  # type: ignore[return-value]
        ctx,
        request.source,
        request.destination,
        False,
        True,
        timeout,
        lambda element: pb.BRPopLPushResponse(element=element),
    )
