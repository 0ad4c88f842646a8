"""One subscribed stream: what it follows, and the events on their way to
it. Publishing only appends to the queue; the stream's writer sends what
has queued up, many events per response. A subscriber whose queue grows past
its output buffer limits is dropped on the spot, so that a slow reader costs
neither the publishers' time nor unbounded memory."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable

from keyspace_server.config import Config
from keyspace_server.errors import Code

# Called once when the subscriber is dropped, with the status code its stream
# ends with and the reason.
OnDrop = Callable[[Code, str], None]


class Subscriber:
    __slots__ = (
        "_config",
        "_on_drop",
        "_queue",
        "_soft_since",
        "channels",
        "dropped",
        "in_flight",
        "patterns",
        "queued",
        "shard_channels",
        "wake",
    )

    def __init__(self, config: Config, on_drop: OnDrop) -> None:
        self.channels: dict[bytes, None] = {}
        self.patterns: dict[bytes, None] = {}
        self.shard_channels: dict[bytes, None] = {}
        self._queue: deque[bytes] = deque()
        # Bytes queued, and bytes handed to gRPC but not yet sent: together,
        # Redis's output buffer.
        self.queued = 0
        self.in_flight = 0
        self._soft_since: float | None = None
        # Why the subscriber was dropped, once it is.
        self.dropped: str | None = None
        self.wake = asyncio.Event()
        self._config = config
        self._on_drop = on_drop

    @property
    def count(self) -> int:
        """Redis's subscription count for SUBSCRIBE and PSUBSCRIBE replies."""
        return len(self.channels) + len(self.patterns)

    @property
    def output_buffer(self) -> int:
        return self.queued + self.in_flight

    def send(self, event: bytes) -> None:
        if self.dropped is not None:
            return
        self._queue.append(event)
        self.queued += len(event)
        self.check_limits()
        self.wake.set()

    def take(self, limit: int) -> bytes:
        """Queued events joined into one response body of at most ``limit``
        bytes (at least one event, whatever its size), now in flight."""
        queue = self._queue
        taken = [queue.popleft()]
        size = len(taken[0])
        while queue and size + len(queue[0]) <= limit:
            event = queue.popleft()
            taken.append(event)
            size += len(event)
        self.queued -= size
        self.in_flight = size
        return b"".join(taken)

    def sent(self) -> None:
        self.in_flight = 0
        if self._soft_since is not None:
            self.check_limits()

    @property
    def has_events(self) -> bool:
        return bool(self._queue)

    def check_limits(self) -> None:
        """Drop the subscriber if its output buffer passed the pubsub hard
        limit, or has stayed over the soft limit longer than allowed; as in
        Redis, a limit of 0 is no limit."""
        hard, soft, seconds = self._config.client_output_buffer_limit["pubsub"]
        size = self.queued + self.in_flight
        if hard and size >= hard:
            self.drop(
                f"client output buffer limit reached: {size} bytes waiting for this "
                f"subscriber passed the pubsub hard limit of {hard} bytes"
            )
        elif soft and size >= soft:
            now = time.monotonic()
            if self._soft_since is None:
                self._soft_since = now
            elif now - self._soft_since > seconds:
                self.drop(
                    f"client output buffer limit reached: more than {soft} bytes waited "
                    f"for this subscriber for over {seconds} seconds (pubsub soft limit)"
                )
        else:
            self._soft_since = None

    def drop(self, reason: str, code: Code = Code.RESOURCE_EXHAUSTED) -> None:
        if self.dropped is not None:
            return
        self.dropped = reason
        self._queue.clear()
        self.queued = 0
        self.wake.set()
        self._on_drop(code, reason)
