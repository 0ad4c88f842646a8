"""The database: keys, their values, and their expiry.

Representation
--------------
``data`` maps each key (bytes) to its value; the value's Python type is the
Redis type: ``bytes`` or ``bytearray`` (a string; bytearray once it has been
modified in place by APPEND or SETRANGE, which Redis reports as "raw").
Later data types add their own containers. It is a ``KeyTable``
(keytable.py), a dict-like table in C that keeps short bytes values as
their content: a bytes value read back is equal to the one stored, not the
same object.

``expires`` maps a key with a TTL to its deadline in unix milliseconds.
Invariant: every key of ``expires`` is in ``data``.

Expiry works as in Redis: a key past its deadline is deleted lazily when a
command looks it up (storing over it included, as Redis's setKey looks the
key up first), and actively by ``expire_cycle`` which the server runs
periodically. Instead of Redis's random sampling, deadlines are also kept in a
min-heap, so the cycle reclaims exactly the keys that are due, oldest first,
within a time budget. Heap entries are not removed when a TTL changes; an
entry is acted on only if it still equals the key's deadline, and the heap is
rebuilt when stale entries outnumber live ones.

Versions (WATCH)
----------------
WATCH needs to know whether a key changed between the client's Watch and
its Exec. Rather than version every key (a dict write on every command),
versions are kept only for keys somebody watched: ``watched`` maps such a
key to the clock value of its last change, and a write to any other key
costs one truthiness test of that dict. A key not in ``watched`` has the
version ``floor``. Forgetting the watched keys (when there are too many)
raises ``floor`` past every version handed out, so a forgotten version
never matches again: the EXEC aborts and the client retries, which is
safe. The clock starts at the wall time in nanoseconds so that versions
from before a restart do not match either.

Hooks
-----
Three things happen to keys below the commands, in this module, and
keyspace notifications report them (the Context wires the hooks to
``pubsub/notifications.py``; the data layer knows nothing of pub/sub):
``on_created`` when a key that did not exist is stored (Redis 7.2's "new"),
``on_expired`` when a key is deleted because its TTL passed, lazily or by
the expiry cycle, at the moment of deletion ("expired"), and ``on_missed``
when a read lookup finds no key ("keymiss", exactly where Redis's
lookupKeyRead counts a keyspace miss).
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable, Iterator

from keyspace_server.keytable import KeyTable

Value = object
KeyHook = Callable[[bytes], None]


def _nobody(key: bytes) -> None:
    """The hooks' default: nobody listens."""


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Database:
    __slots__ = (
        "_deadline_sum",
        "_expiry_heap",
        "blocked_keys",
        "command_time",
        "data",
        "expired_keys",
        "expired_log",
        "expires",
        "hits",
        "loading",
        "misses",
        "on_created",
        "on_expired",
        "on_missed",
        "ready_keys",
        "version",
        "watch_clock",
        "watch_floor",
        "watched",
    )

    # Keys whose versions are kept before they are all forgotten at once.
    WATCHED_LIMIT = 100_000

    def __init__(self) -> None:
        self.data = KeyTable()
        self.expires: dict[bytes, int] = {}
        self._expiry_heap: list[tuple[int, bytes]] = []
        # Sum of the values of ``expires``, kept as they change so that INFO's
        # avg_ttl costs O(1).
        self._deadline_sum = 0
        # Bumped by every change of the key set (for SCAN snapshots and WATCH).
        self.version = 0
        self.expired_keys = 0
        self.hits = 0
        self.misses = 0
        # Keys blocked clients wait on (with how many wait), and those of them
        # that were created since the waiters were last served (blocking.py).
        self.blocked_keys: dict[bytes, int] = {}
        self.ready_keys: list[bytes] = []
        # Keys the server expired since the last command: the AOF logs them
        # as DELs, so that replaying it does not depend on when it runs.
        self.expired_log: list[bytes] = []
        # While the AOF is replayed nothing expires, as in Redis: a command
        # that saw a key alive must see it alive again on replay.
        self.loading = False
        # While a command runs, the time it started (set by dispatch.run):
        # all its lookups judge expiry by that one instant, so a key cannot
        # be alive at one lookup and gone at the next.
        self.command_time: int | None = None
        # WATCH versions: see "Versions" above.
        self.watch_clock = time.time_ns()
        self.watch_floor = self.watch_clock
        self.watched: dict[bytes, int] = {}
        # See "Hooks" above.
        self.on_created: KeyHook = _nobody
        self.on_expired: KeyHook = _nobody
        self.on_missed: KeyHook = _nobody

    # -- versions (WATCH) -------------------------------------------------

    def watch(self, key: bytes) -> int:
        """The version of ``key``, kept from now on so that a change shows."""
        version = self.watched.get(key)
        if version is None:
            if len(self.watched) >= self.WATCHED_LIMIT:
                self.forget_versions()
            version = self.watched[key] = self.watch_floor
        return version

    def version_of(self, key: bytes) -> int:
        return self.watched.get(key, self.watch_floor)

    def touch(self, key: bytes) -> None:
        """Record a change of ``key`` (callers test ``watched`` first)."""
        if key in self.watched:
            self.watch_clock += 1
            self.watched[key] = self.watch_clock

    def forget_versions(self) -> None:
        self.watch_clock += 1
        self.watch_floor = self.watch_clock
        self.watched = {}

    # -- lookups ---------------------------------------------------------

    def now(self) -> int:
        """The time expiry is judged by: the running command's start."""
        command_time = self.command_time
        return now_ms() if command_time is None else command_time

    def _expire_if_due(self, key: bytes) -> bool:
        deadline = self.expires.get(key)
        if deadline is not None and not self.loading and deadline <= self.now():
            self._reclaim(key)
            return True
        return False

    def _reclaim(self, key: bytes) -> None:
        """Delete a key whose TTL passed (lazily or in the expiry cycle)."""
        self.delete(key)
        self.expired_keys += 1
        self.expired_log.append(key)
        if self.watched:
            self.touch(key)
        self.on_expired(key)

    def already_expired(self, deadline_ms: int) -> bool:
        """Whether a deadline set now is already past (never while loading,
        when the key is kept and expires once the server runs)."""
        return not self.loading and deadline_ms <= self.now()

    def get(self, key: bytes) -> Value | None:
        """The live value at ``key``, or None (expiring it first if due)."""
        value = self.data.get(key)
        if value is not None and self.expires and self._expire_if_due(key):
            return None
        return value

    def read(self, key: bytes) -> Value | None:
        """Like ``get``, counting a keyspace hit or miss as Redis's reads do."""
        value = self.get(key)
        if value is None:
            self.misses += 1
            self.on_missed(key)
        else:
            self.hits += 1
        return value

    def inspect(self, key: bytes) -> Value | None:
        """Like ``read`` but reporting no miss to ``on_missed``: OBJECT's
        lookup (Redis's LOOKUP_NONOTIFY), which still counts in the stats."""
        value = self.get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def __contains__(self, key: bytes) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return len(self.data)

    def live_keys(self) -> Iterator[bytes]:
        """Every key not yet expired, without deleting the due ones (Redis's
        KEYS also skips them without side effects on iteration). The keys as
        of the first step: a compact KeyList, whose key objects are made
        one at a time as the caller goes."""
        if not self.expires:
            yield from self.data.key_list()
            return
        now = now_ms()
        expires = self.expires
        for key in self.data.key_list():
            deadline = expires.get(key)
            if deadline is None or deadline > now:
                yield key

    # -- changes ---------------------------------------------------------

    def set(self, key: bytes, value: Value, *, keep_ttl: bool = False) -> None:
        """Store ``value``; like Redis's setKey, this clears the TTL unless
        ``keep_ttl``, and a key past its deadline expires first (so storing
        creates it anew)."""
        data = self.data
        if key in data and not (self.expires and self._expire_if_due(key)):
            data[key] = value
            if not keep_ttl and self.expires:
                self._forget_expiry(key)
            return
        data[key] = value
        self.version += 1
        if self.blocked_keys and key in self.blocked_keys:
            self.ready_keys.append(key)
        self.on_created(key)

    def replace(self, key: bytes, value: Value) -> None:
        """Swap the value of an existing key in place (TTL untouched), as a
        command modifying its value does."""
        self.data[key] = value

    def delete(self, key: bytes) -> bool:
        if self.data.pop(key, None) is None:
            return False
        self.version += 1
        if self.expires:
            self._forget_expiry(key)
        return True

    def clear(self) -> None:
        # As Redis's FLUSHALL, watched keys that existed change; watched
        # missing keys do not.
        for key in [k for k in self.watched if k in self.data]:
            self.touch(key)
        self.data = KeyTable()
        self.expires = {}
        self._expiry_heap = []
        self._deadline_sum = 0
        self.version += 1

    # -- expiry ------------------------------------------------------------

    def ttl_ms(self, key: bytes) -> int | None:
        """The deadline of ``key`` in unix ms, or None if it has none."""
        return self.expires.get(key)

    def _forget_expiry(self, key: bytes) -> bool:
        deadline = self.expires.pop(key, None)
        if deadline is None:
            return False
        self._deadline_sum -= deadline
        return True

    def set_expiry(self, key: bytes, deadline_ms: int) -> None:
        self._forget_expiry(key)
        self.expires[key] = deadline_ms
        self._deadline_sum += deadline_ms
        heap = self._expiry_heap
        heapq.heappush(heap, (deadline_ms, key))
        if len(heap) > 2 * len(self.expires) + 1024:
            self._expiry_heap = [(deadline, k) for k, deadline in self.expires.items()]
            heapq.heapify(self._expiry_heap)

    def persist(self, key: bytes) -> bool:
        return self._forget_expiry(key)

    def average_ttl_ms(self) -> int:
        """The mean time left of the keys with a TTL (0 without any), which
        Redis estimates by sampling and reports as INFO's avg_ttl."""
        if not self.expires:
            return 0
        return max(self._deadline_sum // len(self.expires) - now_ms(), 0)

    def expire_cycle(self, budget_seconds: float) -> int:
        """Delete keys whose deadline has passed, soonest first, for at most
        ``budget_seconds``; return how many were deleted."""
        heap = self._expiry_heap
        expires = self.expires
        now = now_ms()
        stop_at = time.monotonic() + budget_seconds
        deleted = 0
        while heap and heap[0][0] <= now:
            deadline, key = heapq.heappop(heap)
            if expires.get(key) != deadline:
                continue  # the key's TTL changed since; this entry is stale
            self._reclaim(key)
            deleted += 1
            if deleted % 64 == 0 and time.monotonic() >= stop_at:
                break
        return deleted
