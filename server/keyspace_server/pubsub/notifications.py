"""Keyspace notifications: Redis's notify-keyspace-events.

A command that changes a key calls ``notify`` with the event's class and
Redis's event name where the change happens, as Redis's commands call
notifyKeyspaceEvent; when the configuration enables that class, the event
is published on ``__keyspace@0__:<key>`` (payload: the event) and/or
``__keyevent@0__:<event>`` (payload: the key), exactly as Redis does.

Three events come from the database rather than from a command: "new" (a
key created), "expired" (a key deleted because its TTL passed, lazily or by
the expiry cycle) and "keymiss" (a read lookup that found nothing).
``watch_database`` connects the database's hooks for them, so each is
published at the moment it happens, in order with the command's own events.

With notifications off every call costs one test of the flags.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyspace_server.context import Context

# Redis's NOTIFY_* bits, with the letter that enables each.
KEYSPACE = 1 << 0  # K
KEYEVENT = 1 << 1  # E
GENERIC = 1 << 2  # g: DEL, EXPIRE, RENAME, ...
STRING = 1 << 3  # $
LIST = 1 << 4  # l
SET = 1 << 5  # s
HASH = 1 << 6  # h
ZSET = 1 << 7  # z
EXPIRED = 1 << 8  # x
EVICTED = 1 << 9  # e: never, without maxmemory
STREAM = 1 << 10  # t: never, no streams here
KEY_MISS = 1 << 11  # m
MODULE = 1 << 12  # d: never, no modules here
NEW = 1 << 13  # n: a key was created (Redis 7.2)
# "A": every class but key-miss and new, as Redis's NOTIFY_ALL.
ALL = GENERIC | STRING | LIST | SET | HASH | ZSET | EXPIRED | EVICTED | STREAM | MODULE

_LETTERS = {
    "K": KEYSPACE,
    "E": KEYEVENT,
    "g": GENERIC,
    "$": STRING,
    "l": LIST,
    "s": SET,
    "h": HASH,
    "z": ZSET,
    "x": EXPIRED,
    "e": EVICTED,
    "t": STREAM,
    "m": KEY_MISS,
    "d": MODULE,
    "n": NEW,
    "A": ALL,
}


def parse_flags(text: str) -> int | None:
    """The classes a notify-keyspace-events value enables; None if it has
    a letter Redis does not know (letters are case-sensitive)."""
    flags = 0
    for letter in text:
        bit = _LETTERS.get(letter)
        if bit is None:
            return None
        flags |= bit
    return flags


def format_flags(flags: int) -> str:
    """CONFIG GET's spelling of the classes, in Redis's order. As Redis,
    "n" is shown among the classes, so not at all beside "A" (it stays set)."""
    if flags & ALL == ALL:
        text = "A"
    else:
        text = "".join(letter for letter in "g$lshzxetdn" if flags & _LETTERS[letter])
    return text + "".join(letter for letter in "KEm" if flags & _LETTERS[letter])


_KEYSPACE_PREFIX = b"__keyspace@0__:"
_KEYEVENT_PREFIX = b"__keyevent@0__:"


def notify(ctx: Context, kind: int, event: str, key: bytes) -> None:
    """Publish ``event`` on ``key`` if notifications of ``kind`` are on."""
    hub = ctx.pubsub
    flags = hub.notify_flags
    if not flags & kind or ctx.loading:
        return
    name = event.encode()
    if flags & KEYSPACE:
        hub.publish(_KEYSPACE_PREFIX + key, name)
    if flags & KEYEVENT:
        hub.publish(_KEYEVENT_PREFIX + name, key)


def notify_removed(ctx: Context, kind: int, event: str, key: bytes, emptied: bool) -> None:
    """Elements were taken out of the collection at ``key``: its event, then
    "del" when that emptied it (an empty collection is deleted), as Redis's
    pops and removals report."""
    notify(ctx, kind, event, key)
    if emptied:
        notify(ctx, GENERIC, "del", key)


def watch_database(ctx: Context) -> None:
    """Publish the database's own key events (see the module docstring)."""
    db = ctx.db
    db.on_created = _hook(ctx, NEW, "new")
    db.on_expired = _hook(ctx, EXPIRED, "expired")
    db.on_missed = _hook(ctx, KEY_MISS, "keymiss")


def _hook(ctx: Context, kind: int, event: str) -> Callable[[bytes], None]:
    # The class is tested before any call: creating a key is on the hot path.
    hub = ctx.pubsub

    def publish(key: bytes) -> None:
        if hub.notify_flags & kind:
            notify(ctx, kind, event, key)

    return publish
