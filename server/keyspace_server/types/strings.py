"""Strings: binary-safe byte sequences, also read as integers and floats.

Representation
--------------
A string value is ``bytes``, or ``bytearray`` once APPEND or SETRANGE has
modified it in place (appending to a bytearray is amortised O(1), and it is
what Redis reports as the "raw" encoding). ``EmbeddedString`` marks the one
case where Redis stores a text that spells an integer without its "int"
encoding (the result of INCRBYFLOAT).

OBJECT ENCODING is derived from the value as Redis would have encoded it:
"int" for a canonical int64 of at most 20 characters, "embstr" up to 44
bytes, "raw" beyond that or after an in-place change.

Numbers are parsed on every use with Redis's exact rules (see numbers.py);
commands that change a value in place (INCR, APPEND, ...) keep the key's TTL,
commands that store a new value (SET, GETSET, MSET) clear it.

Keyspace notifications: "set" for every command that stores a whole value
(SET and its variants, GETSET, MSET), "expire" after it when it set a TTL;
"incrby" for INCR, DECR, INCRBY and DECRBY, "incrbyfloat", "append",
"setrange"; GETDEL's and GETEX's outcomes as DEL, EXPIRE and PERSIST report
them. A command that wrote nothing notifies nothing.

What the AOF logs must replay to the same data whenever it runs: a write
with a relative TTL is logged as SET ... PXAT with its absolute deadline,
INCRBYFLOAT as the SET of the text it stored, GETDEL and GETSET as the DEL or
SET they amount to; a command that wrote nothing logs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from keyspace.v1 import common_pb2, keys_pb2, strings_pb2

from keyspace_server import errors
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.keyspace import Database
from keyspace_server.pubsub.notifications import GENERIC, STRING, notify
from keyspace_server.types.numbers import (
    INT64_MAX,
    INT64_MIN,
    format_long_double,
    long_double_from_double,
    long_double_to_float,
    parse_int,
    parse_long_double,
)

StringValue = bytes | bytearray
TYPE_NAME = "string"
EMBSTR_LIMIT = 44


class EmbeddedString(bytes):
    """Text that Redis stores as "embstr" even though it spells an integer."""

    __slots__ = ()


def is_string(value: object) -> bool:
    return isinstance(value, bytes | bytearray)


def duplicate(value: StringValue) -> StringValue:
    return bytearray(value) if type(value) is bytearray else value


def encoding(value: StringValue) -> str:
    if type(value) is bytearray:
        return "raw"
    if type(value) is bytes and parse_int(value) is not None:
        return "int"
    return "embstr" if len(value) <= EMBSTR_LIMIT else "raw"


def lookup_string(db: Database, key: bytes, *, for_write: bool = False) -> StringValue | None:
    """The string at ``key``; WRONGTYPE if the key holds another type. A
    lookup ``for_write`` counts no keyspace hit or miss, as Redis's
    lookupKeyWrite does not."""
    value = db.get(key) if for_write else db.read(key)
    if value is None or type(value) is bytes or isinstance(value, bytes | bytearray):
        return value
    raise errors.wrongtype()


def check_length(ctx: Context, length: int) -> None:
    if length > ctx.config.proto_max_bulk_len:
        raise errors.string_too_long()


def deadline_ms(db: Database, command_name: str, amount: int, unit_ms: int, relative: bool) -> int:
    """An absolute expiry from EX/PX/EXAT/PXAT, validated as Redis does; a
    relative one counts from the command's clock."""
    if amount <= 0 or (unit_ms == 1000 and amount > INT64_MAX // 1000):
        raise errors.invalid_expire(command_name)
    deadline = amount * unit_ms + (db.now() if relative else 0)
    if deadline > INT64_MAX:
        raise errors.invalid_expire(command_name)
    return deadline


_EXPIRATION_UNITS = {"ex": (1000, True), "px": (1, True), "exat": (1000, False), "pxat": (1, False)}


def _requested_deadline(
    db: Database, command_name: str, request: strings_pb2.SetRequest | strings_pb2.GetExRequest
) -> int | None:
    which = request.WhichOneof("expiration")
    if which not in _EXPIRATION_UNITS:
        return None
    unit_ms, relative = _EXPIRATION_UNITS[which]
    return deadline_ms(db, command_name, getattr(request, which), unit_ms, relative)


def _propagate_set(
    ctx: Context, key: bytes, value: bytes, *, deadline: int | None = None, keep_ttl: bool = False
) -> None:
    """Log the plain SET that stores what the running command stored."""
    request = strings_pb2.SetRequest(key=key, value=value)
    if deadline is not None:
        request.pxat = deadline
    elif keep_ttl:
        request.keepttl = True
    dispatch.propagate(ctx, "set", request)


def _propagate_del(ctx: Context, key: bytes) -> None:
    dispatch.propagate(ctx, "del", keys_pb2.DelRequest(keys=[key]))


def _nullable(value: StringValue | None) -> common_pb2.NullableValue:
    return (
        common_pb2.NullableValue()
        if value is None
        else common_pb2.NullableValue(value=bytes(value))
    )


# -- reading ---------------------------------------------------------------


@command("Get", write=False, keys=["key"])
def get(ctx: Context, request: strings_pb2.GetRequest) -> strings_pb2.GetResponse:
    value = lookup_string(ctx.db, request.key)
    if value is None:
        return strings_pb2.GetResponse()
    return strings_pb2.GetResponse(value=bytes(value))


@command("MGet", write=False, keys=["keys"])
def mget(ctx: Context, request: strings_pb2.MGetRequest) -> strings_pb2.MGetResponse:
    if not request.keys:
        raise errors.err("wrong number of arguments for 'mget' command")
    db = ctx.db
    values = []
    for key in request.keys:
        value = db.read(key)
        values.append(_nullable(value if isinstance(value, bytes | bytearray) else None))
    return strings_pb2.MGetResponse(values=values)


@command("StrLen", write=False, keys=["key"])
def strlen(ctx: Context, request: strings_pb2.StrLenRequest) -> strings_pb2.StrLenResponse:
    value = lookup_string(ctx.db, request.key)
    return strings_pb2.StrLenResponse(length=0 if value is None else len(value))


@command("GetRange", write=False, keys=["key"])
def getrange(ctx: Context, request: strings_pb2.GetRangeRequest) -> strings_pb2.GetRangeResponse:
    value = lookup_string(ctx.db, request.key)
    if value is None:
        return strings_pb2.GetRangeResponse()
    start, end, length = request.start, request.end, len(value)
    if start < 0 and end < 0 and start > end:
        return strings_pb2.GetRangeResponse()
    if start < 0:
        start = max(length + start, 0)
    if end < 0:
        end = max(length + end, 0)
    end = min(end, length - 1)
    if start > end or length == 0:
        return strings_pb2.GetRangeResponse()
    return strings_pb2.GetRangeResponse(value=bytes(value[start : end + 1]))


# -- storing ---------------------------------------------------------------


@command("Set", write=True, keys=["key"])
def set_(ctx: Context, request: strings_pb2.SetRequest) -> strings_pb2.SetResponse:
    db = ctx.db
    # Read once: each read of a protobuf bytes field makes a new object.
    key, value = request.key, request.value
    deadline = _requested_deadline(db, "set", request)
    response = strings_pb2.SetResponse()
    if request.get:
        old = lookup_string(db, key)
        if old is not None:
            response.old_value = bytes(old)
    exists = key in db
    condition = request.condition
    if (condition == strings_pb2.SET_CONDITION_NX and exists) or (
        condition == strings_pb2.SET_CONDITION_XX and not exists
    ):
        dispatch.propagate_nothing(ctx)
        return response
    check_length(ctx, len(value))
    keep_ttl = request.WhichOneof("expiration") == "keepttl"
    db.set(key, value, keep_ttl=keep_ttl)
    notify(ctx, STRING, "set", key)
    if deadline is not None:
        db.set_expiry(key, deadline)
        notify(ctx, GENERIC, "expire", key)
    # The resulting state, without NX/XX/GET (already decided) and with the
    # absolute deadline of EX/PX.
    _propagate_set(ctx, key, value, deadline=deadline, keep_ttl=keep_ttl)
    response.written = True
    return response


@command("SetNx", write=True, keys=["key"])
def setnx(ctx: Context, request: strings_pb2.SetNxRequest) -> strings_pb2.SetNxResponse:
    if request.key in ctx.db:
        dispatch.propagate_nothing(ctx)
        return strings_pb2.SetNxResponse(written=False)
    ctx.db.set(request.key, request.value)
    notify(ctx, STRING, "set", request.key)
    return strings_pb2.SetNxResponse(written=True)


def _set_with_ttl(ctx: Context, key: bytes, value: bytes, deadline: int) -> None:
    ctx.db.set(key, value)
    notify(ctx, STRING, "set", key)
    ctx.db.set_expiry(key, deadline)
    notify(ctx, GENERIC, "expire", key)
    _propagate_set(ctx, key, value, deadline=deadline)


@command("SetEx", write=True, keys=["key"])
def setex(ctx: Context, request: strings_pb2.SetExRequest) -> strings_pb2.SetExResponse:
    deadline = deadline_ms(ctx.db, "setex", request.seconds, 1000, relative=True)
    _set_with_ttl(ctx, request.key, request.value, deadline)
    return strings_pb2.SetExResponse()


@command("PSetEx", write=True, keys=["key"])
def psetex(ctx: Context, request: strings_pb2.PSetExRequest) -> strings_pb2.PSetExResponse:
    deadline = deadline_ms(ctx.db, "psetex", request.milliseconds, 1, relative=True)
    _set_with_ttl(ctx, request.key, request.value, deadline)
    return strings_pb2.PSetExResponse()


@command("GetSet", write=True, keys=["key"])
def getset(ctx: Context, request: strings_pb2.GetSetRequest) -> strings_pb2.GetSetResponse:
    old = lookup_string(ctx.db, request.key)
    ctx.db.set(request.key, request.value)
    notify(ctx, STRING, "set", request.key)
    _propagate_set(ctx, request.key, request.value)  # as Redis: the read needs no replay
    if old is None:
        return strings_pb2.GetSetResponse()
    return strings_pb2.GetSetResponse(old_value=bytes(old))


@command("GetDel", write=True, keys=["key"])
def getdel(ctx: Context, request: strings_pb2.GetDelRequest) -> strings_pb2.GetDelResponse:
    value = lookup_string(ctx.db, request.key)
    if value is None:
        dispatch.propagate_nothing(ctx)
        return strings_pb2.GetDelResponse()
    ctx.db.delete(request.key)
    notify(ctx, GENERIC, "del", request.key)
    _propagate_del(ctx, request.key)
    return strings_pb2.GetDelResponse(value=bytes(value))


@command("GetEx", write=True, keys=["key"])
def getex(ctx: Context, request: strings_pb2.GetExRequest) -> strings_pb2.GetExResponse:
    db = ctx.db
    value = lookup_string(db, request.key)
    if value is None:
        dispatch.propagate_nothing(ctx)
        return strings_pb2.GetExResponse()
    deadline = _requested_deadline(db, "getex", request)
    if deadline is not None:
        if db.already_expired(deadline):
            db.delete(request.key)
            notify(ctx, GENERIC, "del", request.key)
            _propagate_del(ctx, request.key)
        else:
            db.set_expiry(request.key, deadline)
            notify(ctx, GENERIC, "expire", request.key)
            pexpireat = keys_pb2.PExpireAtRequest(key=request.key, unix_time_milliseconds=deadline)
            dispatch.propagate(ctx, "pexpireat", pexpireat)
    elif request.WhichOneof("expiration") == "persist" and db.persist(request.key):
        notify(ctx, GENERIC, "persist", request.key)
        dispatch.propagate(ctx, "persist", keys_pb2.PersistRequest(key=request.key))
    else:
        dispatch.propagate_nothing(ctx)  # a plain GETEX only reads
    return strings_pb2.GetExResponse(value=bytes(value))


def _require_pairs(command_name: str, pairs: object) -> None:
    if not pairs:
        raise errors.err(f"wrong number of arguments for '{command_name}' command")


def _store_pairs(ctx: Context, pairs: Iterable[common_pb2.KeyValue]) -> None:
    for pair in pairs:
        ctx.db.set(pair.key, pair.value)
        notify(ctx, STRING, "set", pair.key)


@command("MSet", write=True, keys=["pairs"])
def mset(ctx: Context, request: strings_pb2.MSetRequest) -> strings_pb2.MSetResponse:
    _require_pairs("mset", request.pairs)
    _store_pairs(ctx, request.pairs)
    return strings_pb2.MSetResponse()


@command("MSetNx", write=True, keys=["pairs"])
def msetnx(ctx: Context, request: strings_pb2.MSetNxRequest) -> strings_pb2.MSetNxResponse:
    _require_pairs("msetnx", request.pairs)
    if any(pair.key in ctx.db for pair in request.pairs):
        dispatch.propagate_nothing(ctx)
        return strings_pb2.MSetNxResponse(written=False)
    _store_pairs(ctx, request.pairs)
    return strings_pb2.MSetNxResponse(written=True)


# -- changing in place -------------------------------------------------------


@command("Append", write=True, keys=["key"])
def append(ctx: Context, request: strings_pb2.AppendRequest) -> strings_pb2.AppendResponse:
    db = ctx.db
    value = lookup_string(db, request.key, for_write=True)
    if value is None:
        check_length(ctx, len(request.value))
        db.set(request.key, request.value)
        notify(ctx, STRING, "append", request.key)
        return strings_pb2.AppendResponse(length=len(request.value))
    check_length(ctx, len(value) + len(request.value))
    if type(value) is not bytearray:
        value = bytearray(value)
        db.replace(request.key, value)
    value += request.value
    notify(ctx, STRING, "append", request.key)
    return strings_pb2.AppendResponse(length=len(value))


@command("SetRange", write=True, keys=["key"])
def setrange(ctx: Context, request: strings_pb2.SetRangeRequest) -> strings_pb2.SetRangeResponse:
    db = ctx.db
    offset, data = request.offset, request.value
    if offset < 0:
        raise errors.CommandError(errors.OFFSET_OUT_OF_RANGE)
    value = lookup_string(db, request.key, for_write=True)
    if not data:
        dispatch.propagate_nothing(ctx)
        return strings_pb2.SetRangeResponse(length=0 if value is None else len(value))
    check_length(ctx, offset + len(data))
    if value is None:
        value = bytearray()
        db.set(request.key, value)
    elif type(value) is not bytearray:
        value = bytearray(value)
        db.replace(request.key, value)
    if len(value) < offset:
        value.extend(bytes(offset - len(value)))
    value[offset : offset + len(data)] = data
    notify(ctx, STRING, "setrange", request.key)
    return strings_pb2.SetRangeResponse(length=len(value))


def increment(ctx: Context, key: bytes, amount: int) -> int:
    """INCRBY's logic, shared by INCR, DECR, INCRBY and DECRBY."""
    db = ctx.db
    value = lookup_string(db, key, for_write=True)
    current = 0 if value is None else parse_int(bytes(value))
    if current is None:
        raise errors.not_integer()
    result = current + amount
    if result < INT64_MIN or result > INT64_MAX:
        raise errors.overflow()
    text = str(result).encode()
    if value is None:
        db.set(key, text)
    else:
        db.replace(key, text)
    notify(ctx, STRING, "incrby", key)
    return result


@command("Incr", write=True, keys=["key"])
def incr(ctx: Context, request: strings_pb2.IncrRequest) -> strings_pb2.IncrResponse:
    return strings_pb2.IncrResponse(value=increment(ctx, request.key, 1))


@command("Decr", write=True, keys=["key"])
def decr(ctx: Context, request: strings_pb2.DecrRequest) -> strings_pb2.DecrResponse:
    return strings_pb2.DecrResponse(value=increment(ctx, request.key, -1))


@command("IncrBy", write=True, keys=["key"])
def incrby(ctx: Context, request: strings_pb2.IncrByRequest) -> strings_pb2.IncrByResponse:
    return strings_pb2.IncrByResponse(value=increment(ctx, request.key, request.increment))


@command("DecrBy", write=True, keys=["key"])
def decrby(ctx: Context, request: strings_pb2.DecrByRequest) -> strings_pb2.DecrByResponse:
    if request.decrement == INT64_MIN:
        raise errors.err("decrement would overflow")
    return strings_pb2.DecrByResponse(value=increment(ctx, request.key, -request.decrement))


@command("IncrByFloat", write=True, keys=["key"])
def incrbyfloat(
    ctx: Context, request: strings_pb2.IncrByFloatRequest
) -> strings_pb2.IncrByFloatResponse:
    db = ctx.db
    value = lookup_string(db, request.key, for_write=True)
    current = parse_long_double(b"0" if value is None else bytes(value))
    amount = long_double_from_double(request.increment)
    if current is None or amount is None:
        raise errors.not_float()
    result = current + amount
    if not result.is_finite:
        raise errors.CommandError(errors.NAN_OR_INFINITY)
    text = EmbeddedString(format_long_double(result))
    if value is None:
        db.set(request.key, text)
    else:
        db.replace(request.key, text)
    notify(ctx, STRING, "incrbyfloat", request.key)
    # The text stored, not the addition: replay must not depend on the
    # long double arithmetic of whichever version replays it (as Redis).
    _propagate_set(ctx, request.key, bytes(text), keep_ttl=True)
    return strings_pb2.IncrByFloatResponse(value=long_double_to_float(result), text=bytes(text))


# -- LCS -------------------------------------------------------------------


def _lcs_table(a: bytes, b: bytes) -> list[list[int]]:
    """table[i][j] is the LCS length of a[:i] and b[:j]."""
    table = [[0] * (len(b) + 1)]
    for i in range(1, len(a) + 1):
        above = table[i - 1]
        row = [0] * (len(b) + 1)
        char = a[i - 1]
        for j in range(1, len(b) + 1):
            if char == b[j - 1]:
                row[j] = above[j - 1] + 1
            else:
                left, up = row[j - 1], above[j]
                row[j] = up if up > left else left
        table.append(row)
    return table


@command("Lcs", write=False, keys=["key1", "key2"])
def lcs(ctx: Context, request: strings_pb2.LcsRequest) -> strings_pb2.LcsResponse:
    db = ctx.db
    first, second = db.read(request.key1), db.read(request.key2)
    if (first is not None and not is_string(first)) or (
        second is not None and not is_string(second)
    ):
        raise errors.err("The specified keys must contain string values")
    a = bytes(cast(StringValue, first or b""))
    b = bytes(cast(StringValue, second or b""))
    if (len(a) + 1) * (len(b) + 1) * 4 > ctx.config.proto_max_bulk_len:
        raise errors.err(
            "Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len",
            errors.Code.RESOURCE_EXHAUSTED,
        )
    table = _lcs_table(a, b)
    total = table[len(a)][len(b)]
    if request.reply == strings_pb2.LCS_REPLY_LEN:
        return strings_pb2.LcsResponse(length=total)
    minmatchlen = max(request.minmatchlen, 0)
    sequence = bytearray(total)
    indexes = strings_pb2.LcsIndexes(len=total)
    # Walk back from the end as Redis does, emitting each maximal diagonal run.
    i, j, position = len(a), len(b), total
    run: tuple[int, int, int, int] | None = None  # a_start, a_end, b_start, b_end
    while i > 0 and j > 0:
        emit = False
        if a[i - 1] == b[j - 1]:
            sequence[position - 1] = a[i - 1]
            if run is None:
                run = (i - 1, i - 1, j - 1, j - 1)
            elif run[0] == i and run[2] == j:
                run = (i - 1, run[1], j - 1, run[3])
            else:
                emit = True
            if run[0] == 0 or run[2] == 0:
                emit = True
            position, i, j = position - 1, i - 1, j - 1
        else:
            if table[i - 1][j] > table[i][j - 1]:
                i -= 1
            else:
                j -= 1
            emit = run is not None
        if emit and run is not None:
            length = run[1] - run[0] + 1
            if minmatchlen == 0 or length >= minmatchlen:
                match = indexes.matches.add()
                match.key1.start, match.key1.end = run[0], run[1]
                match.key2.start, match.key2.end = run[2], run[3]
                if request.withmatchlen:
                    match.length = length
            run = None
    if request.reply == strings_pb2.LCS_REPLY_IDX:
        return strings_pb2.LcsResponse(indexes=indexes)
    return strings_pb2.LcsResponse(sequence=bytes(sequence))
