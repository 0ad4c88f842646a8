"""Commands on keys whatever their type: DEL, EXISTS, TYPE, RENAME, COPY,
KEYS, SCAN, RANDOMKEY, TOUCH, OBJECT ENCODING.

Their requests replay as they ran (RENAME and COPY carry the absolute
deadline over), so the AOF logs them unchanged, or not at all when they
changed nothing.

Keyspace notifications, as Redis: "del" for each key DEL or UNLINK
deleted, "rename_from" then "rename_to" (the overwritten destination gets
no "del"), "copy_to" on COPY's destination."""

from __future__ import annotations

import random
from collections.abc import Sequence

from keyspace.v1 import keys_pb2

from keyspace_server import errors
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.glob import compile_pattern
from keyspace_server.pubsub.notifications import GENERIC, notify
from keyspace_server.types import kinds


def _delete_keys(ctx: Context, keys: Sequence[bytes]) -> int:
    db = ctx.db
    deleted = 0
    for key in keys:
        # A key past its deadline expires here ("expired", not "del").
        if db.get(key) is not None and db.delete(key):
            deleted += 1
            notify(ctx, GENERIC, "del", key)
    if not deleted:
        dispatch.propagate_nothing(ctx)
    return deleted


@command("Del", write=True, keys=["keys"])
def del_(ctx: Context, request: keys_pb2.DelRequest) -> keys_pb2.DelResponse:
    if not request.keys:
        raise errors.err("wrong number of arguments for 'del' command")
    return keys_pb2.DelResponse(count=_delete_keys(ctx, request.keys))


@command("Unlink", write=True, keys=["keys"])
def unlink(ctx: Context, request: keys_pb2.UnlinkRequest) -> keys_pb2.UnlinkResponse:
    # Freeing is CPython's reference counting either way; UNLINK differs
    # from DEL only in Redis's memory management.
    if not request.keys:
        raise errors.err("wrong number of arguments for 'unlink' command")
    return keys_pb2.UnlinkResponse(count=_delete_keys(ctx, request.keys))


def _count_existing(ctx: Context, command_name: str, keys: Sequence[bytes]) -> int:
    if not keys:
        raise errors.err(f"wrong number of arguments for '{command_name}' command")
    db = ctx.db
    # A read lookup per key named, repeats included: each counts a keyspace
    # hit or miss in INFO stats, as in Redis.
    return sum(1 for key in keys if db.read(key) is not None)


@command("Exists", write=False, keys=["keys"])
def exists(ctx: Context, request: keys_pb2.ExistsRequest) -> keys_pb2.ExistsResponse:
    return keys_pb2.ExistsResponse(count=_count_existing(ctx, "exists", request.keys))


@command("Touch", write=False, keys=["keys"])
def touch(ctx: Context, request: keys_pb2.TouchRequest) -> keys_pb2.TouchResponse:
    return keys_pb2.TouchResponse(count=_count_existing(ctx, "touch", request.keys))


@command("Type", write=False, keys=["key"])
def type_(ctx: Context, request: keys_pb2.TypeRequest) -> keys_pb2.TypeResponse:
    value = ctx.db.read(request.key)
    return keys_pb2.TypeResponse(type="none" if value is None else kinds.type_name(value))


@command("ObjectEncoding", write=False, keys=["key"])
def object_encoding(
    ctx: Context, request: keys_pb2.ObjectEncodingRequest
) -> keys_pb2.ObjectEncodingResponse:
    # OBJECT counts a keyspace hit or miss but reports no keymiss, as Redis.
    value = ctx.db.inspect(request.key)
    if value is None:
        return keys_pb2.ObjectEncodingResponse()
    return keys_pb2.ObjectEncodingResponse(encoding=kinds.encoding(value))


def _rename(ctx: Context, key: bytes, newkey: bytes, only_if_free: bool) -> bool:
    db = ctx.db
    value = db.get(key)
    if value is None:
        raise errors.no_such_key()
    if key == newkey:
        dispatch.propagate_nothing(ctx)  # renaming a key to itself changes nothing
        return not only_if_free
    if newkey in db:
        if only_if_free:
            dispatch.propagate_nothing(ctx)
            return False
        db.delete(newkey)
    deadline = db.ttl_ms(key)
    db.delete(key)
    db.set(newkey, value)
    if deadline is not None:
        db.set_expiry(newkey, deadline)
    notify(ctx, GENERIC, "rename_from", key)
    notify(ctx, GENERIC, "rename_to", newkey)
    return True


@command("Rename", write=True, keys=["key", "newkey"])
def rename(ctx: Context, request: keys_pb2.RenameRequest) -> keys_pb2.RenameResponse:
    _rename(ctx, request.key, request.newkey, only_if_free=False)
    return keys_pb2.RenameResponse()


@command("RenameNx", write=True, keys=["key", "newkey"])
def renamenx(ctx: Context, request: keys_pb2.RenameNxRequest) -> keys_pb2.RenameNxResponse:
    return keys_pb2.RenameNxResponse(renamed=_rename(ctx, request.key, request.newkey, True))


@command("Copy", write=True, keys=["source", "destination"])
def copy(ctx: Context, request: keys_pb2.CopyRequest) -> keys_pb2.CopyResponse:
    db = ctx.db
    if request.source == request.destination:
        raise errors.CommandError(errors.SAME_OBJECT)
    # Redis reads the source (a keyspace hit or miss) but looks the
    # destination up for writing (no stats).
    value = db.read(request.source)
    if value is None:
        dispatch.propagate_nothing(ctx)
        return keys_pb2.CopyResponse(copied=False)
    if request.destination in db:
        if not request.replace:
            dispatch.propagate_nothing(ctx)
            return keys_pb2.CopyResponse(copied=False)
        db.delete(request.destination)
    db.set(request.destination, kinds.duplicate(value))
    deadline = db.ttl_ms(request.source)
    if deadline is not None:
        db.set_expiry(request.destination, deadline)
    notify(ctx, GENERIC, "copy_to", request.destination)
    return keys_pb2.CopyResponse(copied=True)


@command("Keys", write=False)
def keys(ctx: Context, request: keys_pb2.KeysRequest) -> keys_pb2.KeysResponse:
    matches = compile_pattern(request.pattern)
    return keys_pb2.KeysResponse(keys=[key for key in ctx.db.live_keys() if matches(key)])


DEFAULT_SCAN_COUNT = 10


@command("Scan", write=False)
def scan(ctx: Context, request: keys_pb2.ScanRequest) -> keys_pb2.ScanResponse:
    count = request.count if request.HasField("count") else DEFAULT_SCAN_COUNT
    if count < 1:
        raise errors.syntax()
    db = ctx.db
    matches = compile_pattern(request.match) if request.HasField("match") else None
    # Redis compares type names with strcasecmp: ASCII case folding only.
    wanted_type = request.type.encode().lower() if request.HasField("type") else None

    def keep(key: bytes) -> bool:
        # Redis 7.0 filters each visited key by pattern, then by type, then
        # by expiry; the type filter is a read lookup (a keyspace hit or miss
        # that expires a due key) and the expiry filter deletes a due key,
        # so SCAN reclaims the expired keys it visits, as in Redis.
        if key not in db.data:
            return False  # deleted since the snapshot: Redis would not visit it
        if matches is not None and not matches(key):
            return False
        if wanted_type is not None:
            value = db.read(key)
            name = "none" if value is None else kinds.type_name(value)
            if name.encode() != wanted_type:
                return False
            if value is None:
                # Redis's expiry filter finds the key already gone and keeps
                # it: TYPE none returns the keys its lookups just expired.
                return True
        return db.get(key) is not None

    cursor, batch = ctx.key_cursors.scan(request.cursor, count, db.data.key_list, keep)
    return keys_pb2.ScanResponse(cursor=cursor, keys=batch)


@command("RandomKey", write=False)
def randomkey(ctx: Context, request: keys_pb2.RandomKeyRequest) -> keys_pb2.RandomKeyResponse:
    db = ctx.db
    # The table draws a key uniformly in O(1). A key that was due is deleted
    # by the lookup (as Redis deletes it) and another drawn, so a database of
    # mostly expired keys costs one draw per key it deletes.
    while (key := db.data.random_key(random.randrange)) is not None:
        if db.get(key) is not None:
            return keys_pb2.RandomKeyResponse(key=key)
    return keys_pb2.RandomKeyResponse()
