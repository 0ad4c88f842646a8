"""Clients waiting in blocking commands (BLPOP, BZPOPMIN, ...), as Redis's
blocked.c.

A blocking command's handler first tries to serve at once, like its
non-blocking twin. When every key is empty it returns ``Blocked``: the keys,
the timeout, the reply for a timeout, and ``attempt``, a function that tries
again and returns the response or None. The unary RPC then waits here; in a
Pipeline the command does not block and replies as on timeout, as Redis does
inside MULTI.

Waking up: the database records a key as ready when a key somebody waits on
is created (a blocked client only ever waits on keys that are missing, since
an existing list or sorted set would have been served at once). After each
command the API layer calls ``serve_ready``, which offers each ready key to
its waiters in the order they blocked, each taking what its ``attempt``
takes, until the key is empty again. All of it runs inside the command's
turn of the event loop, so no other command can slip in between.

A waiter whose deadline passes, or whose call is cancelled, is removed
before anything is taken for it: nothing is popped for a client that will
not receive it.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from google.protobuf.message import Message

from keyspace_server import errors
from keyspace_server.keyspace import Database


@dataclass(slots=True)
class Blocked:
    keys: Sequence[bytes]
    # Seconds to wait; 0 means forever.
    timeout: float
    attempt: Callable[[], Message | None]
    on_timeout: Message


@dataclass(slots=True, eq=False)
class _Waiter:
    blocked: Blocked
    future: asyncio.Future[Message] = field(repr=False)


def parse_timeout(seconds: float) -> float:
    """Redis 7.0's reading of a blocking command's timeout: rounded up to
    whole milliseconds, so a small positive one waits 1 ms while one in
    (-1 ms, 0] becomes 0 (forever); milliseconds that do not fit an int64
    (infinity included) convert to a negative number in C and are refused
    as negative."""
    if math.isnan(seconds):
        raise errors.err("timeout is not a float or out of range")
    milliseconds = seconds * 1000
    if not milliseconds < 2**63 or milliseconds <= -1:
        raise errors.err("timeout is negative")
    return math.ceil(milliseconds) / 1000


class BlockedClients:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._by_key: dict[bytes, deque[_Waiter]] = {}
        self.count = 0

    async def wait(self, blocked: Blocked) -> Message:
        future: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        waiter = _Waiter(blocked, future)
        keys = list(dict.fromkeys(blocked.keys))
        for key in keys:
            self._by_key.setdefault(key, deque()).append(waiter)
            self._db.blocked_keys[key] = self._db.blocked_keys.get(key, 0) + 1
        self.count += 1
        try:
            if blocked.timeout > 0:
                return await asyncio.wait_for(future, blocked.timeout)
            return await future
        except TimeoutError:
            return blocked.on_timeout
        finally:
            self.count -= 1
            for key in keys:
                self._forget(key, waiter)

    def _forget(self, key: bytes, waiter: _Waiter) -> None:
        queue = self._by_key.get(key)
        if queue is not None:
            # Already gone when serve_ready handed it a result.
            with contextlib.suppress(ValueError):
                queue.remove(waiter)
            if not queue:
                del self._by_key[key]
        remaining = self._db.blocked_keys.get(key, 0) - 1
        if remaining > 0:
            self._db.blocked_keys[key] = remaining
        else:
            self._db.blocked_keys.pop(key, None)

    def serve_ready(self) -> None:
        """Hand the keys that became ready to their waiters, oldest first."""
        ready = self._db.ready_keys
        while ready:
            key = ready.pop(0)
            queue = self._by_key.get(key)
            while queue:
                waiter = queue[0]
                if waiter.future.done():
                    queue.popleft()
                    continue
                try:
                    response = waiter.blocked.attempt()
                except errors.CommandError as error:
                    # The error is this waiter's reply (BLMOVE onto a key of
                    # another type); as in Redis it is unblocked with it and
                    # the next waiter is tried.
                    queue.popleft()
                    waiter.future.set_exception(error)
                    continue
                if response is None:
                    break
                queue.popleft()
                waiter.future.set_result(response)
