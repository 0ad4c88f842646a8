"""A server's whole dataset as clients see it, for comparing two servers, or
one server before and after a restart.

``dump`` lists every key with its TYPE, its value read the way its type is
read (GET, HGETALL, LRANGE, SMEMBERS, ZRANGE WITHSCORES) and its PEXPIRETIME.
Take it while no key is about to expire: a key expiring between KEYS and its
reads shows up with TYPE "none".
"""

from __future__ import annotations

from typing import Any

import keyspace

# (TYPE, value, PEXPIRETIME): -1 without a TTL, else the absolute deadline.
Entry = tuple[bytes, Any, int]


def read_value(client: keyspace.Client, key: bytes, kind: bytes) -> Any:
    """The value of ``key`` as its type's read returns it, in a form that
    compares by content: a set's members sorted (their order is Redis's
    choice), a hash as a dict, a sorted set's (member, score) pairs in rank
    order."""
    if kind == b"string":
        return client.get(key)
    if kind == b"hash":
        return client.hgetall(key)
    if kind == b"list":
        return client.lrange(key, 0, -1)
    if kind == b"set":
        return sorted(client.smembers(key))
    if kind == b"zset":
        return client.zrange(key, 0, -1, withscores=True)
    if kind == b"none":
        return None
    raise AssertionError(f"{key!r} has an unknown type {kind!r}")


def dump(client: keyspace.Client) -> dict[bytes, Entry]:
    """Every live key of the server with its type, value and deadline."""
    entries: dict[bytes, Entry] = {}
    for key in sorted(client.keys("*")):
        kind = client.type(key)
        entries[key] = (kind, read_value(client, key, kind), client.pexpiretime(key))
    return entries


def differences(before: dict[bytes, Entry], after: dict[bytes, Entry]) -> list[str]:
    """What differs between two dumps, one line per key, for assertion
    messages that name the keys instead of printing both datasets."""
    lines = []
    for key in sorted(before.keys() | after.keys()):
        if before.get(key) != after.get(key):
            lines.append(f"{key!r}: {before.get(key)!r} != {after.get(key)!r}")
    return lines
