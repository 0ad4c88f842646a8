"""Expiry commands: EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT (with NX, XX, GT,
LT), TTL, PTTL, EXPIRETIME, PEXPIRETIME, PERSIST. Deadlines are absolute
unix milliseconds, as Redis keeps them.

The AOF gets the outcome, not the request: PEXPIREAT with the absolute
deadline (a relative TTL replayed later must end at the same instant), DEL
when the deadline was already past, nothing when no condition let it apply.
Keyspace notifications say the same: "expire", or "del" for a deadline
already past, and "persist" when PERSIST removed a TTL."""

from __future__ import annotations

from keyspace.v1 import keys_pb2

from keyspace_server import errors
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.pubsub.notifications import GENERIC, notify
from keyspace_server.types.numbers import INT64_MAX, INT64_MIN

ExpireRequest = (
    keys_pb2.ExpireRequest
    | keys_pb2.PExpireRequest
    | keys_pb2.ExpireAtRequest
    | keys_pb2.PExpireAtRequest
)


def expire_generic(
    ctx: Context, command_name: str, request: ExpireRequest, when: int, unit_ms: int, relative: bool
) -> bool:
    """Redis's expireGenericCommand: validate, apply NX/XX/GT/LT, then set the
    deadline or, when it is already past, delete the key."""
    existence, comparison = request.existence, request.comparison
    if existence == keys_pb2.EXPIRE_EXISTENCE_NX and comparison:
        raise errors.CommandError(errors.EXPIRE_NX_AND_OTHERS)
    if unit_ms == 1000:
        if when > INT64_MAX // 1000 or when < -(-INT64_MIN // 1000):
            raise errors.invalid_expire(command_name)
        when *= 1000
    db = ctx.db
    # The command's clock, which also judges whether the result is past.
    base = db.now() if relative else 0
    if when > INT64_MAX - base:
        raise errors.invalid_expire(command_name)
    when += base
    key = request.key
    if not _applies(ctx, key, existence, comparison, when):
        dispatch.propagate_nothing(ctx)
        return False
    if db.already_expired(when):
        db.delete(key)
        notify(ctx, GENERIC, "del", key)
        dispatch.propagate(ctx, "del", keys_pb2.DelRequest(keys=[key]))
    else:
        db.set_expiry(key, when)
        notify(ctx, GENERIC, "expire", key)
        pexpireat = keys_pb2.PExpireAtRequest(key=key, unix_time_milliseconds=when)
        dispatch.propagate(ctx, "pexpireat", pexpireat)
    return True


def _applies(ctx: Context, key: bytes, existence: int, comparison: int, when: int) -> bool:
    """Whether the key exists and NX/XX/GT/LT let ``when`` replace its TTL."""
    db = ctx.db
    if key not in db:
        return False
    current = db.ttl_ms(key)
    if existence == keys_pb2.EXPIRE_EXISTENCE_NX and current is not None:
        return False
    if existence == keys_pb2.EXPIRE_EXISTENCE_XX and current is None:
        return False
    if comparison == keys_pb2.EXPIRE_COMPARISON_GT and (current is None or when <= current):
        return False
    return not (
        comparison == keys_pb2.EXPIRE_COMPARISON_LT and current is not None and when >= current
    )


@command("Expire", write=True, keys=["key"])
def expire(ctx: Context, request: keys_pb2.ExpireRequest) -> keys_pb2.ExpireResponse:
    applied = expire_generic(ctx, "expire", request, request.seconds, 1000, relative=True)
    return keys_pb2.ExpireResponse(applied=applied)


@command("PExpire", write=True, keys=["key"])
def pexpire(ctx: Context, request: keys_pb2.PExpireRequest) -> keys_pb2.PExpireResponse:
    applied = expire_generic(ctx, "pexpire", request, request.milliseconds, 1, relative=True)
    return keys_pb2.PExpireResponse(applied=applied)


@command("ExpireAt", write=True, keys=["key"])
def expireat(ctx: Context, request: keys_pb2.ExpireAtRequest) -> keys_pb2.ExpireAtResponse:
    when = request.unix_time_seconds
    applied = expire_generic(ctx, "expireat", request, when, 1000, relative=False)
    return keys_pb2.ExpireAtResponse(applied=applied)


@command("PExpireAt", write=True, keys=["key"])
def pexpireat(ctx: Context, request: keys_pb2.PExpireAtRequest) -> keys_pb2.PExpireAtResponse:
    when = request.unix_time_milliseconds
    applied = expire_generic(ctx, "pexpireat", request, when, 1, relative=False)
    return keys_pb2.PExpireAtResponse(applied=applied)


def remaining_ms(ctx: Context, key: bytes, absolute: bool) -> int:
    """-2 for a missing key, -1 without expiry, else the deadline (absolute)
    or the time left, never negative."""
    db = ctx.db
    # A read lookup: it counts a keyspace hit or miss, as Redis's TTL does.
    if db.read(key) is None:
        return -2
    deadline = db.ttl_ms(key)
    if deadline is None:
        return -1
    return max(deadline if absolute else deadline - db.now(), 0)


def _in_seconds(milliseconds: int) -> int:
    return milliseconds if milliseconds < 0 else (milliseconds + 500) // 1000


@command("Ttl", write=False, keys=["key"])
def ttl(ctx: Context, request: keys_pb2.TtlRequest) -> keys_pb2.TtlResponse:
    return keys_pb2.TtlResponse(seconds=_in_seconds(remaining_ms(ctx, request.key, False)))


@command("PTtl", write=False, keys=["key"])
def pttl(ctx: Context, request: keys_pb2.PTtlRequest) -> keys_pb2.PTtlResponse:
    return keys_pb2.PTtlResponse(milliseconds=remaining_ms(ctx, request.key, False))


@command("ExpireTime", write=False, keys=["key"])
def expiretime(ctx: Context, request: keys_pb2.ExpireTimeRequest) -> keys_pb2.ExpireTimeResponse:
    seconds = _in_seconds(remaining_ms(ctx, request.key, True))
    return keys_pb2.ExpireTimeResponse(unix_time_seconds=seconds)


@command("PExpireTime", write=False, keys=["key"])
def pexpiretime(ctx: Context, request: keys_pb2.PExpireTimeRequest) -> keys_pb2.PExpireTimeResponse:
    milliseconds = remaining_ms(ctx, request.key, True)
    return keys_pb2.PExpireTimeResponse(unix_time_milliseconds=milliseconds)


@command("Persist", write=True, keys=["key"])
def persist(ctx: Context, request: keys_pb2.PersistRequest) -> keys_pb2.PersistResponse:
    db = ctx.db
    removed = request.key in db and db.persist(request.key)
    if removed:
        notify(ctx, GENERIC, "persist", request.key)
    else:
        dispatch.propagate_nothing(ctx)
    return keys_pb2.PersistResponse(removed=removed)
