"""Sets: unordered collections of distinct binary-safe members.

Representation
--------------
A ``Set`` keeps its members in a list and maps each member to its index in
that list, so that adding, removing (swap with the last, then pop) and
picking a uniformly random member (SPOP, SRANDMEMBER) are all O(1), which a
Python set cannot offer for the random pick.

Redis 7.0 stores a set of at most set-max-intset-entries (512) integers as
an intset and converts it to a hashtable otherwise, never back; ``intset``
records whether that conversion has happened so OBJECT ENCODING matches.
An empty set is never stored: the command that empties it deletes the key.

Where Redis's reply order is observable and cheap to reproduce, it is: an
intset keeps its integers sorted, so SMEMBERS, SSCAN and the whole-set
replies list an intset's members in ascending numeric order.

SPOP's choice is random, so the AOF logs what it did instead: SREM of the
members it popped, in the order popped (which also rebuilds the members'
internal order exactly), or DEL when it took the whole set. Other writes
replay as they ran; one that changed nothing logs nothing.

Keyspace notifications, as Redis: "sadd" when members were added, "srem"
and "spop" then "del" when the set emptied; SMOVE reports "srem" (and
"del") on the source, then "sadd" on the destination if the member was new
there; SINTERSTORE, SUNIONSTORE and SDIFFSTORE report their name, or "del"
when an empty result deleted the destination.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import cast

from keyspace.v1 import common_pb2, keys_pb2, sets_pb2

from keyspace_server import errors
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.glob import compile_pattern
from keyspace_server.keyspace import Database
from keyspace_server.pubsub.notifications import GENERIC, SET, notify, notify_removed
from keyspace_server.types.numbers import INT64_MIN, parse_int

TYPE_NAME = "set"
MAX_INTSET_ENTRIES = 512
# SPOP with a count, when it keeps at most a fifth as many members as it
# pops, makes Redis build a new set of the kept members (its
# SPOP_MOVE_STRATEGY_MUL), whose encoding is then derived afresh.
SPOP_REBUILD_RATIO = 5
DEFAULT_SCAN_COUNT = 10


class Set:
    __slots__ = ("index", "intset", "members")

    def __init__(self, members: Iterable[bytes] = ()) -> None:
        self.members: list[bytes] = []
        self.index: dict[bytes, int] = {}
        self.intset = True
        for member in members:
            self.add(member)

    def __len__(self) -> int:
        return len(self.members)

    def __contains__(self, member: object) -> bool:
        return member in self.index

    def add(self, member: bytes) -> bool:
        """Add ``member``; False if it was already there."""
        if member in self.index:
            return False
        self.index[member] = len(self.members)
        self.members.append(member)
        if self.intset and (len(self.members) > MAX_INTSET_ENTRIES or parse_int(member) is None):
            self.intset = False
        return True

    def _remove_at(self, position: int) -> bytes:
        # Move the last member into the hole so the list stays dense.
        members = self.members
        member = members[position]
        last = members.pop()
        if position < len(members):
            members[position] = last
            self.index[last] = position
        del self.index[member]
        return member

    def remove(self, member: bytes) -> bool:
        """Remove ``member``; False if it was not there."""
        position = self.index.get(member)
        if position is None:
            return False
        self._remove_at(position)
        return True

    def random_member(self) -> bytes:
        """A uniformly random member of a non-empty set."""
        return self.members[random.randrange(len(self.members))]

    def pop_random(self) -> bytes:
        """Remove and return a uniformly random member of a non-empty set."""
        return self._remove_at(random.randrange(len(self.members)))

    def sample(self, count: int) -> list[bytes]:
        """``count`` distinct random members (0 < count < len): O(count)
        expected, as random.sample draws indexes rather than shuffling."""
        return random.sample(self.members, count)

    def ordered(self) -> list[bytes]:
        """The members in the order Redis lists them when that order is
        defined: an intset's ascending integers; otherwise any order."""
        if self.intset:
            return sorted(self.members, key=int)
        return list(self.members)

    def rederive_encoding(self) -> None:
        """The encoding a freshly built set of these members would have."""
        self.intset = len(self.members) <= MAX_INTSET_ENTRIES and all(
            parse_int(member) is not None for member in self.members
        )


def encoding(value: Set) -> str:
    return "intset" if value.intset else "hashtable"


def duplicate(value: Set) -> Set:
    copy = Set()
    copy.members = list(value.members)
    copy.index = dict(value.index)
    copy.intset = value.intset
    return copy


# -- helpers ---------------------------------------------------------------


def lookup_set(db: Database, key: bytes, *, write: bool = False) -> Set | None:
    """The set at ``key``; WRONGTYPE if the key holds another type. Reads
    count a keyspace hit or miss, writes do not (as lookupKeyWrite)."""
    value = db.get(key) if write else db.read(key)
    if value is None or type(value) is Set:
        return value
    raise errors.wrongtype()


def lookup_sets(db: Database, keys: Sequence[bytes]) -> list[Set | None]:
    """Every key's set, or None where missing; Redis type-checks all the
    keys before acting on a missing one, so WRONGTYPE wins over an empty
    result whatever the keys' order. Read lookups, for the STORE forms too
    (a missing key counts as a keyspace miss and reports "keymiss")."""
    return [lookup_set(db, key) for key in keys]


def _require(values: Sequence[bytes], command_name: str) -> None:
    if not values:
        raise errors.err(f"wrong number of arguments for '{command_name}' command")


def _removed(ctx: Context, event: str, key: bytes, value: Set) -> None:
    """After members left ``value``: delete it if emptied, and report both."""
    if not value:
        ctx.db.delete(key)
    notify_removed(ctx, SET, event, key, emptied=not value)


def _store(ctx: Context, event: str, destination: bytes, result: Set) -> int:
    """Overwrite ``destination`` (whatever it held, TTL included) with
    ``result``, or delete it when the result is empty."""
    if not result:
        # Deleted without a lookup, as Redis's dbDelete: a key past its
        # deadline is reported as "del", not "expired".
        if ctx.db.delete(destination):
            notify(ctx, GENERIC, "del", destination)
        return 0
    ctx.db.set(destination, result)
    notify(ctx, SET, event, destination)
    return len(result)


def _member_list(members: Sequence[bytes]) -> common_pb2.BytesList:
    return common_pb2.BytesList(values=members)


def intersection(sets: Sequence[Set | None], limit: int = 0) -> list[bytes]:
    """The members of every set (a missing one is empty), at most ``limit``
    of them when it is positive; walks the smallest set as Redis does."""
    if any(value is None for value in sets):
        return []
    by_size = sorted(cast(list[Set], sets), key=len)
    smallest = by_size[0]
    others = [value for value in by_size[1:] if value is not smallest]
    found: list[bytes] = []
    for member in smallest.ordered():
        if all(member in other for other in others):
            found.append(member)
            if limit and len(found) >= limit:
                break
    return found


def union(sets: Sequence[Set | None]) -> Set:
    result = Set()
    for value in sets:
        if value is not None:
            for member in value.members:
                result.add(member)
    return result


def difference(sets: Sequence[Set | None]) -> Set:
    """The members of the first set that are in none of the others."""
    first = sets[0]
    others = [value for value in sets[1:] if value is not None]
    if first is None or any(other is first for other in others):
        return Set()
    return Set(member for member in first.members if not any(member in other for other in others))


# -- single-set commands -----------------------------------------------------


@command("SAdd", write=True, keys=["key"])
def sadd(ctx: Context, request: sets_pb2.SAddRequest) -> sets_pb2.SAddResponse:
    _require(request.members, "sadd")
    db = ctx.db
    value = lookup_set(db, request.key, write=True)
    if value is None:
        value = Set()
        db.set(request.key, value)
    added = sum(1 for member in request.members if value.add(member))
    if added:
        notify(ctx, SET, "sadd", request.key)
    else:
        dispatch.propagate_nothing(ctx)
    return sets_pb2.SAddResponse(added=added)


@command("SRem", write=True, keys=["key"])
def srem(ctx: Context, request: sets_pb2.SRemRequest) -> sets_pb2.SRemResponse:
    _require(request.members, "srem")
    db = ctx.db
    value = lookup_set(db, request.key, write=True)
    if value is None:
        dispatch.propagate_nothing(ctx)
        return sets_pb2.SRemResponse(removed=0)
    removed = sum(1 for member in request.members if value.remove(member))
    if removed:
        _removed(ctx, "srem", request.key, value)
    else:
        dispatch.propagate_nothing(ctx)
    return sets_pb2.SRemResponse(removed=removed)


@command("SCard", write=False, keys=["key"])
def scard(ctx: Context, request: sets_pb2.SCardRequest) -> sets_pb2.SCardResponse:
    value = lookup_set(ctx.db, request.key)
    return sets_pb2.SCardResponse(count=0 if value is None else len(value))


@command("SIsMember", write=False, keys=["key"])
def sismember(ctx: Context, request: sets_pb2.SIsMemberRequest) -> sets_pb2.SIsMemberResponse:
    value = lookup_set(ctx.db, request.key)
    return sets_pb2.SIsMemberResponse(is_member=value is not None and request.member in value)


@command("SMIsMember", write=False, keys=["key"])
def smismember(ctx: Context, request: sets_pb2.SMIsMemberRequest) -> sets_pb2.SMIsMemberResponse:
    _require(request.members, "smismember")
    value = lookup_set(ctx.db, request.key)
    index = {} if value is None else value.index
    return sets_pb2.SMIsMemberResponse(is_member=[member in index for member in request.members])


@command("SMembers", write=False, keys=["key"])
def smembers(ctx: Context, request: sets_pb2.SMembersRequest) -> sets_pb2.SMembersResponse:
    value = lookup_set(ctx.db, request.key)
    return sets_pb2.SMembersResponse(members=[] if value is None else value.ordered())


# -- random members ----------------------------------------------------------


def _pop_count(ctx: Context, key: bytes, value: Set, count: int) -> list[bytes]:
    if count >= len(value):
        ctx.db.delete(key)
        notify_removed(ctx, SET, "spop", key, emptied=True)
        dispatch.propagate(ctx, "del", keys_pb2.DelRequest(keys=[key]))
        return value.ordered()
    popped = [value.pop_random() for _ in range(count)]
    notify(ctx, SET, "spop", key)
    was_intset = value.intset
    if len(value) * SPOP_REBUILD_RATIO <= count:
        value.rederive_encoding()
    if value.intset and not was_intset:
        _propagate_rebuilt(ctx, key, value)
    else:
        _propagate_srem(ctx, key, popped)
    return popped


def _propagate_rebuilt(ctx: Context, key: bytes, value: Set) -> None:
    """Log a set SPOP rebuilt as an intset as a fresh set of what it kept:
    replaying SREM would leave it a hashtable, listing SMEMBERS in another
    order. The kept members are at most a fifth of those popped."""
    deadline = ctx.db.ttl_ms(key)
    dispatch.propagate(ctx, "del", keys_pb2.DelRequest(keys=[key]))
    dispatch.propagate(ctx, "sadd", sets_pb2.SAddRequest(key=key, members=value.members))
    if deadline is not None:
        pexpireat = keys_pb2.PExpireAtRequest(key=key, unix_time_milliseconds=deadline)
        dispatch.propagate(ctx, "pexpireat", pexpireat)


def _propagate_srem(ctx: Context, key: bytes, members: list[bytes]) -> None:
    dispatch.propagate(ctx, "srem", sets_pb2.SRemRequest(key=key, members=members))


@command("SPop", write=True, keys=["key"])
def spop(ctx: Context, request: sets_pb2.SPopRequest) -> sets_pb2.SPopResponse:
    db = ctx.db
    if not request.HasField("count"):
        value = lookup_set(db, request.key, write=True)
        if value is None:
            dispatch.propagate_nothing(ctx)
            return sets_pb2.SPopResponse()
        member = value.pop_random()
        _removed(ctx, "spop", request.key, value)
        _propagate_srem(ctx, request.key, [member])
        return sets_pb2.SPopResponse(member=member)
    # Redis validates the count before it looks the key up.
    if request.count < 0:
        raise errors.err("value is out of range, must be positive")
    value = lookup_set(db, request.key, write=True)
    if value is None or request.count == 0:
        dispatch.propagate_nothing(ctx)
        return sets_pb2.SPopResponse(members=_member_list([]))
    return sets_pb2.SPopResponse(
        members=_member_list(_pop_count(ctx, request.key, value, request.count))
    )


def _random_members(ctx: Context, value: Set, count: int) -> list[bytes]:
    if count < 0:  # repeats allowed: each pick independent
        # Each picked member costs at least two bytes of the reply message, so
        # a larger count could never be delivered; refuse it before spending
        # memory on it (Redis would try, and exhaust its own).
        if -count > ctx.config.grpc_max_message_size // 2:
            raise errors.err(
                "SRANDMEMBER count is too large for one reply message",
                errors.Code.RESOURCE_EXHAUSTED,
            )
        return [value.random_member() for _ in range(-count)]
    if count >= len(value):
        return value.ordered()
    return value.sample(count)


@command("SRandMember", write=False, keys=["key"])
def srandmember(ctx: Context, request: sets_pb2.SRandMemberRequest) -> sets_pb2.SRandMemberResponse:
    db = ctx.db
    if not request.HasField("count"):
        value = lookup_set(db, request.key)
        if value is None:
            return sets_pb2.SRandMemberResponse()
        return sets_pb2.SRandMemberResponse(member=value.random_member())
    # Redis rejects the one count whose negation overflows, before the lookup.
    if request.count == INT64_MIN:
        raise errors.err(
            "value is out of range, value must between -9223372036854775807 and 9223372036854775807"
        )
    value = lookup_set(db, request.key)
    if value is None or request.count == 0:
        return sets_pb2.SRandMemberResponse(members=_member_list([]))
    return sets_pb2.SRandMemberResponse(
        members=_member_list(_random_members(ctx, value, request.count))
    )


@command("SMove", write=True, keys=["source", "destination"])
def smove(ctx: Context, request: sets_pb2.SMoveRequest) -> sets_pb2.SMoveResponse:
    db = ctx.db
    source, destination = db.get(request.source), db.get(request.destination)
    # A missing source answers 0 before any type check, as in Redis.
    if source is None:
        dispatch.propagate_nothing(ctx)
        return sets_pb2.SMoveResponse(moved=False)
    if type(source) is not Set or (destination is not None and type(destination) is not Set):
        raise errors.wrongtype()
    if request.source == request.destination:
        dispatch.propagate_nothing(ctx)  # a move onto itself changes nothing
        return sets_pb2.SMoveResponse(moved=request.member in source)
    if not source.remove(request.member):
        dispatch.propagate_nothing(ctx)
        return sets_pb2.SMoveResponse(moved=False)
    _removed(ctx, "srem", request.source, source)
    if destination is None:
        destination = Set()
        db.set(request.destination, destination)
    if destination.add(request.member):
        notify(ctx, SET, "sadd", request.destination)
    return sets_pb2.SMoveResponse(moved=True)


# -- several sets ------------------------------------------------------------


@command("SInter", write=False, keys=["keys"])
def sinter(ctx: Context, request: sets_pb2.SInterRequest) -> sets_pb2.SInterResponse:
    _require(request.keys, "sinter")
    sets = lookup_sets(ctx.db, request.keys)
    return sets_pb2.SInterResponse(members=intersection(sets))


@command("SInterCard", write=False, keys=["keys"])
def sintercard(ctx: Context, request: sets_pb2.SInterCardRequest) -> sets_pb2.SInterCardResponse:
    # numkeys is the number of keys, so an empty list is numkeys 0.
    if not request.keys:
        raise errors.err("numkeys should be greater than 0")
    limit = request.limit if request.HasField("limit") else 0
    if limit < 0:
        raise errors.err("LIMIT can't be negative")
    sets = lookup_sets(ctx.db, request.keys)
    return sets_pb2.SInterCardResponse(count=len(intersection(sets, limit)))


@command("SInterStore", write=True, keys=["destination", "keys"])
def sinterstore(ctx: Context, request: sets_pb2.SInterStoreRequest) -> sets_pb2.SInterStoreResponse:
    _require(request.keys, "sinterstore")
    result = Set(intersection(lookup_sets(ctx.db, request.keys)))
    count = _store(ctx, "sinterstore", request.destination, result)
    return sets_pb2.SInterStoreResponse(count=count)


@command("SUnion", write=False, keys=["keys"])
def sunion(ctx: Context, request: sets_pb2.SUnionRequest) -> sets_pb2.SUnionResponse:
    _require(request.keys, "sunion")
    return sets_pb2.SUnionResponse(members=union(lookup_sets(ctx.db, request.keys)).ordered())


@command("SUnionStore", write=True, keys=["destination", "keys"])
def sunionstore(ctx: Context, request: sets_pb2.SUnionStoreRequest) -> sets_pb2.SUnionStoreResponse:
    _require(request.keys, "sunionstore")
    result = union(lookup_sets(ctx.db, request.keys))
    count = _store(ctx, "sunionstore", request.destination, result)
    return sets_pb2.SUnionStoreResponse(count=count)


@command("SDiff", write=False, keys=["keys"])
def sdiff(ctx: Context, request: sets_pb2.SDiffRequest) -> sets_pb2.SDiffResponse:
    _require(request.keys, "sdiff")
    return sets_pb2.SDiffResponse(members=difference(lookup_sets(ctx.db, request.keys)).ordered())


@command("SDiffStore", write=True, keys=["destination", "keys"])
def sdiffstore(ctx: Context, request: sets_pb2.SDiffStoreRequest) -> sets_pb2.SDiffStoreResponse:
    _require(request.keys, "sdiffstore")
    result = difference(lookup_sets(ctx.db, request.keys))
    count = _store(ctx, "sdiffstore", request.destination, result)
    return sets_pb2.SDiffStoreResponse(count=count)


# -- SSCAN -------------------------------------------------------------------


@command("SScan", write=False, keys=["key"])
def sscan(ctx: Context, request: sets_pb2.SScanRequest) -> sets_pb2.SScanResponse:
    key = request.key
    value = lookup_set(ctx.db, key)
    # Redis answers a missing key before it reads the options.
    if value is None:
        return sets_pb2.SScanResponse()
    count = request.count if request.HasField("count") else DEFAULT_SCAN_COUNT
    if count < 1:
        raise errors.syntax()
    matches = compile_pattern(request.match) if request.HasField("match") else None
    if value.intset:
        # Redis returns a compact encoding whole, in one call, whatever the
        # cursor and COUNT.
        members = value.ordered()
        if matches is not None:
            members = [member for member in members if matches(member)]
        return sets_pb2.SScanResponse(cursor=0, members=members)
    current = value

    def keep(member: object) -> bool:
        # Members removed since the snapshot was taken are skipped.
        return member in current.index and (matches is None or matches(member))

    cursor, batch = ctx.member_cursors.scan(
        request.cursor, count, lambda: list(current.members), keep, owner=key
    )
    return sets_pb2.SScanResponse(cursor=cursor, members=cast(list[bytes], batch))
