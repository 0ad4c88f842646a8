"""Hashes: maps from field to value, both binary-safe bytes.

Representation
--------------
A ``Hash`` maps field -> value, with the part of the dict interface the
commands use. Redis stores a small hash as a
listpack and converts it to a hashtable once it has more than
hash-max-listpack-entries (512, Redis's built-in default for hashes) fields or
a field or value longer than hash-max-listpack-value (64) bytes, and never
converts back; ``hashtable`` records that conversion so OBJECT ENCODING
answers as Redis would.
An empty hash is never stored: the command that empties it deletes the key.

A dict keeps insertion order and an update keeps a field's place, exactly as a
listpack does, so while ``hashtable`` is false HKEYS, HVALS, HGETALL and HSCAN
list the fields in the order Redis does. Once converted, Redis's order is its
hashtable's, which no client may rely on.

A dict and one bytes object per field and per value cost some 500 bytes for
four short fields. So a small hash is stored like a listpack: while it has at
most ``COMPACT_ENTRIES`` fields and ``hashtable`` is false, ``Hash`` keeps one
bytes object of entries, each a field then its value, each of those a length
byte and the bytes (no field or value is longer than MAX_LISTPACK_VALUE then,
so a byte holds the length). Entries are in insertion order, an update keeps
its entry's place and a new field goes last: the order a dict keeps. Reads
walk the entries, which at that size costs less than a dict's hashing of a
fresh request field. The hash switches to a dict (in the same order) for
good when it outgrows the limit or turns into a hashtable.

As in Redis, a value that does not fit a listpack converts the hash when it
is written (HSET, a new field of HSETNX, the result of HINCRBY or
HINCRBYFLOAT), even if the same command then leaves the hash small.

The AOF logs HINCRBYFLOAT as the HSET of the text it stored, so replay does
not depend on the float arithmetic; other writes replay as they ran, and a
write that changed nothing logs nothing.

Keyspace notifications, as Redis: "hset" for HSET and HMSET (even when no
field changed) and for HSETNX when it wrote; "hdel", then "del" when that
emptied the hash; "hincrby" and "hincrbyfloat".
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Iterable, Iterator, Sized

from keyspace.v1 import common_pb2, hashes_pb2

from keyspace_server import errors
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.glob import Matcher, compile_pattern
from keyspace_server.keyspace import Database
from keyspace_server.pubsub.notifications import HASH, notify, notify_removed
from keyspace_server.types.numbers import (
    INT64_MAX,
    INT64_MIN,
    LongDouble,
    format_long_double,
    long_double_from_double,
    long_double_to_float,
    parse_int,
    parse_long_double,
)

TYPE_NAME = "hash"
MAX_LISTPACK_ENTRIES = 512
MAX_LISTPACK_VALUE = 64
DEFAULT_SCAN_COUNT = 10


COMPACT_ENTRIES = 16  # the most fields kept in one bytes object
_MAX_LENGTH_BYTE = 255  # a longer field or value needs a dict


def _entry(field: bytes, data: bytes) -> bytes:
    return bytes((len(field),)) + field + bytes((len(data),)) + data


class Hash:
    """Invariant: ``_data`` is a bytes object of entries (see the module
    docstring) only while the hash has at most COMPACT_ENTRIES fields and
    ``hashtable`` is false; otherwise it is a dict."""

    __slots__ = ("_data", "hashtable")

    def __init__(self) -> None:
        self._data: bytes | dict[bytes, bytes] = b""
        self.hashtable = False

    def _find(self, data: bytes, field: bytes) -> tuple[int, int]:
        """The start of ``field``'s entry in ``data`` and the offset of its
        value's length byte; (-1, -1) when the field is absent."""
        size, end, position = len(field), len(data), 0
        while position < end:
            value_at = position + 1 + data[position]
            if data[position] == size and data.startswith(field, position + 1):
                return position, value_at
            position = value_at + 1 + data[value_at]
        return -1, -1

    def _entries(self, data: bytes) -> Iterator[tuple[bytes, bytes]]:
        position, end = 0, len(data)
        while position < end:
            value_at = position + 1 + data[position]
            after = value_at + 1 + data[value_at]
            yield data[position + 1 : value_at], data[value_at + 1 : after]
            position = after

    def _as_dict(self) -> dict[bytes, bytes]:
        """The fields as a dict, switching to one if still compact."""
        data = self._data
        if isinstance(data, dict):
            return data
        self._data = table = dict(self._entries(data))
        return table

    def __len__(self) -> int:
        data = self._data
        return len(data) if isinstance(data, dict) else sum(1 for _ in self._entries(data))

    def __iter__(self) -> Iterator[bytes]:
        data = self._data
        if isinstance(data, dict):
            return iter(data)
        return (field for field, _value in self._entries(data))

    def __contains__(self, field: object) -> bool:
        return self.get(field) is not None  # type: ignore[arg-type]

    def get(self, field: bytes) -> bytes | None:
        data = self._data
        if isinstance(data, dict):
            return data.get(field)
        _start, value_at = self._find(data, field)
        if value_at < 0:
            return None
        return data[value_at + 1 : value_at + 1 + data[value_at]]

    def __getitem__(self, field: bytes) -> bytes:
        found = self.get(field)
        if found is None:
            raise KeyError(field)
        return found

    def __setitem__(self, field: bytes, value: bytes) -> None:
        data = self._data
        if isinstance(data, dict):
            data[field] = value
            return
        start, value_at = self._find(data, field)
        if start >= 0:
            after = value_at + 1 + data[value_at]
            if len(value) <= _MAX_LENGTH_BYTE:
                self._data = data[:value_at] + bytes((len(value),)) + value + data[after:]
                return
        elif len(self) < COMPACT_ENTRIES and max(len(field), len(value)) <= _MAX_LENGTH_BYTE:
            self._data = data + _entry(field, value)
            return
        self._as_dict()[field] = value

    def pop(self, field: bytes, default: None = None) -> bytes | None:
        data = self._data
        if isinstance(data, dict):
            return data.pop(field, default)
        start, value_at = self._find(data, field)
        if start < 0:
            return default
        after = value_at + 1 + data[value_at]
        self._data = data[:start] + data[after:]
        return data[value_at + 1 : after]

    def values(self) -> Iterable[bytes]:
        data = self._data
        if isinstance(data, dict):
            return data.values()
        return [value for _field, value in self._entries(data)]

    def items(self) -> Iterable[tuple[bytes, bytes]]:
        data = self._data
        return data.items() if isinstance(data, dict) else list(self._entries(data))

    def to_hashtable(self) -> None:
        """Record Redis's conversion (a dict holds the fields from now on)."""
        self.hashtable = True
        self._as_dict()

    @property
    def compact(self) -> bool:
        return not isinstance(self._data, dict)

    def container_size(self) -> int:
        """Bytes of the bytes object or dict holding the fields (for a dict,
        not the field and value objects it refers to)."""
        return sys.getsizeof(self._data)


def encoding(value: Hash) -> str:
    return "hashtable" if value.hashtable else "listpack"


def duplicate(value: Hash) -> Hash:
    copy = Hash()
    data = value._data
    copy._data = dict(data) if isinstance(data, dict) else data  # bytes are immutable
    copy.hashtable = value.hashtable
    return copy


# -- low-level API -----------------------------------------------------------


def lookup_hash(db: Database, key: bytes, *, write: bool = False) -> Hash | None:
    """The hash at ``key``; WRONGTYPE if the key holds another type. A read
    counts a keyspace hit or miss; a write's lookup does not, as in Redis."""
    value = db.get(key) if write else db.read(key)
    if value is None or type(value) is Hash:
        return value
    raise errors.wrongtype()


def hash_for_write(db: Database, key: bytes) -> Hash:
    """The hash at ``key``, created empty when missing. Callers store a field
    right after, so the empty hash is never left behind."""
    value = lookup_hash(db, key, write=True)
    if value is None:
        value = Hash()
        db.set(key, value)
    return value


def store(value: Hash, field: bytes, data: bytes) -> bool:
    """Set ``field`` to ``data``, converting to a hashtable as Redis would;
    return whether the field is new."""
    if not value.hashtable and (len(field) > MAX_LISTPACK_VALUE or len(data) > MAX_LISTPACK_VALUE):
        value.to_hashtable()
    added = field not in value
    value[field] = data
    if len(value) > MAX_LISTPACK_ENTRIES:
        value.to_hashtable()
    return added


def require_arguments(command_name: str, items: Sized) -> None:
    """Redis's arity error for a command given no fields."""
    if not items:
        raise errors.err(f"wrong number of arguments for '{command_name}' command")


def _pairs(value: Hash, fields: Iterable[bytes]) -> list[hashes_pb2.FieldValue]:
    return [hashes_pb2.FieldValue(field=field, value=value[field]) for field in fields]


# -- reading -----------------------------------------------------------------


@command("HGet", write=False, keys=["key"])
def hget(ctx: Context, request: hashes_pb2.HGetRequest) -> hashes_pb2.HGetResponse:
    value = lookup_hash(ctx.db, request.key)
    data = None if value is None else value.get(request.field)
    return hashes_pb2.HGetResponse() if data is None else hashes_pb2.HGetResponse(value=data)


@command("HMGet", write=False, keys=["key"])
def hmget(ctx: Context, request: hashes_pb2.HMGetRequest) -> hashes_pb2.HMGetResponse:
    require_arguments("hmget", request.fields)
    value = lookup_hash(ctx.db, request.key) or Hash()
    values = []
    for field in request.fields:
        data = value.get(field)
        values.append(
            common_pb2.NullableValue() if data is None else common_pb2.NullableValue(value=data)
        )
    return hashes_pb2.HMGetResponse(values=values)


@command("HGetAll", write=False, keys=["key"])
def hgetall(ctx: Context, request: hashes_pb2.HGetAllRequest) -> hashes_pb2.HGetAllResponse:
    value = lookup_hash(ctx.db, request.key)
    if value is None:
        return hashes_pb2.HGetAllResponse()
    return hashes_pb2.HGetAllResponse(pairs=_pairs(value, value))


@command("HExists", write=False, keys=["key"])
def hexists(ctx: Context, request: hashes_pb2.HExistsRequest) -> hashes_pb2.HExistsResponse:
    value = lookup_hash(ctx.db, request.key)
    return hashes_pb2.HExistsResponse(exists=value is not None and request.field in value)


@command("HLen", write=False, keys=["key"])
def hlen(ctx: Context, request: hashes_pb2.HLenRequest) -> hashes_pb2.HLenResponse:
    value = lookup_hash(ctx.db, request.key)
    return hashes_pb2.HLenResponse(length=0 if value is None else len(value))


@command("HStrLen", write=False, keys=["key"])
def hstrlen(ctx: Context, request: hashes_pb2.HStrLenRequest) -> hashes_pb2.HStrLenResponse:
    value = lookup_hash(ctx.db, request.key)
    data = None if value is None else value.get(request.field)
    return hashes_pb2.HStrLenResponse(length=0 if data is None else len(data))


@command("HKeys", write=False, keys=["key"])
def hkeys(ctx: Context, request: hashes_pb2.HKeysRequest) -> hashes_pb2.HKeysResponse:
    value = lookup_hash(ctx.db, request.key)
    return hashes_pb2.HKeysResponse(fields=[] if value is None else list(value))


@command("HVals", write=False, keys=["key"])
def hvals(ctx: Context, request: hashes_pb2.HValsRequest) -> hashes_pb2.HValsResponse:
    value = lookup_hash(ctx.db, request.key)
    return hashes_pb2.HValsResponse(values=[] if value is None else list(value.values()))


# -- writing -----------------------------------------------------------------


@command("HSet", write=True, keys=["key"])
def hset(ctx: Context, request: hashes_pb2.HSetRequest) -> hashes_pb2.HSetResponse:
    require_arguments("hset", request.pairs)
    key = request.key  # read once: each read makes a new bytes object
    value = hash_for_write(ctx.db, key)
    added = 0
    for pair in request.pairs:
        added += store(value, pair.field, pair.value)
    notify(ctx, HASH, "hset", key)
    return hashes_pb2.HSetResponse(added=added)


@command("HSetNx", write=True, keys=["key"])
def hsetnx(ctx: Context, request: hashes_pb2.HSetNxRequest) -> hashes_pb2.HSetNxResponse:
    existing = lookup_hash(ctx.db, request.key, write=True)
    # An existing field is left alone, so its long value cannot convert the hash.
    if existing is not None and request.field in existing:
        dispatch.propagate_nothing(ctx)
        return hashes_pb2.HSetNxResponse(written=False)
    store(hash_for_write(ctx.db, request.key), request.field, request.value)
    notify(ctx, HASH, "hset", request.key)
    return hashes_pb2.HSetNxResponse(written=True)


@command("HDel", write=True, keys=["key"])
def hdel(ctx: Context, request: hashes_pb2.HDelRequest) -> hashes_pb2.HDelResponse:
    require_arguments("hdel", request.fields)
    db = ctx.db
    value = lookup_hash(db, request.key, write=True)
    if value is None:
        dispatch.propagate_nothing(ctx)
        return hashes_pb2.HDelResponse(count=0)
    deleted = 0
    for field in request.fields:
        if value.pop(field, None) is not None:
            deleted += 1
    if not value:
        db.delete(request.key)
    if deleted:
        notify_removed(ctx, HASH, "hdel", request.key, emptied=not value)
    else:
        dispatch.propagate_nothing(ctx)
    return hashes_pb2.HDelResponse(count=deleted)


@command("HIncrBy", write=True, keys=["key"])
def hincrby(ctx: Context, request: hashes_pb2.HIncrByRequest) -> hashes_pb2.HIncrByResponse:
    value = hash_for_write(ctx.db, request.key)
    current_text = value.get(request.field)
    current = 0 if current_text is None else parse_int(current_text)
    if current is None:
        raise errors.err("hash value is not an integer")
    result = current + request.increment
    if result < INT64_MIN or result > INT64_MAX:
        raise errors.overflow()
    store(value, request.field, str(result).encode())
    notify(ctx, HASH, "hincrby", request.key)
    return hashes_pb2.HIncrByResponse(value=result)


def _to_double(number: LongDouble) -> float:
    """The long double as the nearest double; beyond the double range Redis's
    clients read the text as an infinity."""
    try:
        return long_double_to_float(number)
    except OverflowError:
        return math.inf if number.value > 0 else -math.inf


@command("HIncrByFloat", write=True, keys=["key"])
def hincrbyfloat(
    ctx: Context, request: hashes_pb2.HIncrByFloatRequest
) -> hashes_pb2.HIncrByFloatResponse:
    # Redis validates the increment before it looks at the key.
    amount = long_double_from_double(request.increment)
    if amount is None:
        raise errors.not_float()
    if not amount.is_finite:
        raise errors.err("value is NaN or Infinity")
    value = hash_for_write(ctx.db, request.key)
    current_text = value.get(request.field)
    current = parse_long_double(b"0" if current_text is None else current_text)
    if current is None:
        raise errors.err("hash value is not a float")
    result = current + amount
    if not result.is_finite:
        raise errors.CommandError(errors.NAN_OR_INFINITY)
    text = format_long_double(result)
    store(value, request.field, text)
    notify(ctx, HASH, "hincrbyfloat", request.key)
    pair = hashes_pb2.FieldValue(field=request.field, value=text)
    dispatch.propagate(ctx, "hset", hashes_pb2.HSetRequest(key=request.key, pairs=[pair]))
    return hashes_pb2.HIncrByFloatResponse(value=_to_double(result), text=text)


# -- random fields -------------------------------------------------------------

# HRANDFIELD's count is a C long that Redis negates, so LONG_MIN is refused;
# with WITHVALUES it must also survive doubling (two replies per field).
_COUNT_RANGE_ERROR = (
    "value is out of range, value must between -9223372036854775807 and 9223372036854775807"
)
_MAX_COUNT_WITH_VALUES = INT64_MAX // 2


def _check_count(request: hashes_pb2.HRandFieldRequest) -> int | None:
    if not request.HasField("count"):
        if request.withvalues:
            # Redis reads a lone WITHVALUES as the count, which is not an integer.
            raise errors.not_integer()
        return None
    count = request.count
    if count < -INT64_MAX:
        raise errors.err(_COUNT_RANGE_ERROR)
    if request.withvalues and abs(count) > _MAX_COUNT_WITH_VALUES:
        raise errors.err("value is out of range")
    return count


def _random_fields(ctx: Context, value: Hash, count: int, withvalues: bool) -> list[bytes]:
    fields = list(value)
    if count >= len(fields):
        return fields  # the whole hash, in its order, as Redis replies
    if count >= 0:
        if value.hashtable:
            return random.sample(fields, count)
        # A listpack's sample comes in the listpack's order in Redis.
        return [fields[i] for i in sorted(random.sample(range(len(fields)), count))]
    repeats = -count
    # Redis streams any number of repeats; a gRPC reply has a size limit, and
    # each entry costs at least two bytes (tag and length) per field and value.
    if repeats * (4 if withvalues else 2) > ctx.config.grpc_max_message_size:
        raise errors.err("reply would exceed grpc-max-message-size", errors.Code.RESOURCE_EXHAUSTED)
    return random.choices(fields, k=repeats)


@command("HRandField", write=False, keys=["key"])
def hrandfield(
    ctx: Context, request: hashes_pb2.HRandFieldRequest
) -> hashes_pb2.HRandFieldResponse:
    count = _check_count(request)
    value = lookup_hash(ctx.db, request.key)
    if value is None or count == 0:
        return hashes_pb2.HRandFieldResponse()
    if count is None:
        return hashes_pb2.HRandFieldResponse(fields=[random.choice(list(value))])
    fields = _random_fields(ctx, value, count, request.withvalues)
    if not request.withvalues:
        return hashes_pb2.HRandFieldResponse(fields=fields)
    return hashes_pb2.HRandFieldResponse(fields=fields, values=[value[f] for f in fields])


# -- scanning ----------------------------------------------------------------


def _scan_fields(
    ctx: Context, request: hashes_pb2.HScanRequest, value: Hash, matches: Matcher | None
) -> tuple[int, list[bytes]]:
    count = request.count if request.HasField("count") else DEFAULT_SCAN_COUNT
    if count < 1:
        raise errors.syntax()
    if not value.hashtable:
        # Redis returns a listpack whole, whatever the cursor and COUNT.
        return 0, [field for field in value if matches is None or matches(field)]

    def keep(field: object) -> bool:
        return field in value and (matches is None or matches(field))  # type: ignore[arg-type]

    cursor, batch = ctx.member_cursors.scan(
        request.cursor, count, lambda: list(value), keep, owner=request.key
    )
    return cursor, batch  # type: ignore[return-value]


@command("HScan", write=False, keys=["key"])
def hscan(ctx: Context, request: hashes_pb2.HScanRequest) -> hashes_pb2.HScanResponse:
    # Redis answers a missing key before it looks at the options.
    value = lookup_hash(ctx.db, request.key)
    if value is None:
        return hashes_pb2.HScanResponse(cursor=0)
    matches = compile_pattern(request.match) if request.HasField("match") else None
    cursor, fields = _scan_fields(ctx, request, value, matches)
    if request.novalues:
        return hashes_pb2.HScanResponse(cursor=cursor, fields=fields)
    return hashes_pb2.HScanResponse(
        cursor=cursor, fields=fields, values=[value[field] for field in fields]
    )
