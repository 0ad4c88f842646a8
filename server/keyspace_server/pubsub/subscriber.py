"""One subscribed stream: what it follows, and the events on their way to
it. Publishing only appends to the queue; the stream's writer sends what
has queued up, many events per response. A subscriber whose queue grows past
its output buffer limits is dropped on the spot, so that a slow reader costs
neither the publishers' time nor unbounded memory.

The output buffer, as Redis counts it, is what waits in the queue plus the
response being written: gRPC holds a write until the client's flow-control
window has room for it, so a client that stopped reading keeps its last
response in flight and everything after it queued."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from keyspace_server.config import Config
from keyspace_server.errors import Code


@dataclass(frozen=True, slots=True)
class Drop:
    """Why a subscriber's stream ends: the status code and its message."""

    code: Code
    reason: str
    # Passed a client-output-buffer-limit (INFO counts these).
    over_limit: bool = False


# Called once, when the subscriber is dropped.
OnDrop = Callable[[Drop], None]


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

    @property
    def hard_limit(self) -> int:
        return self._config.client_output_buffer_limit["pubsub"][0]

    def send(self, event: bytes) -> None:
        if self.dropped is not None:
            return
        limit = self._config.grpc_max_message_size
        if len(event) > limit:
            # gRPC would fail the whole call with a bare status; one event is
            # one response at least, so this subscriber cannot get it.
            self.drop(
                f"a {len(event)}-byte event cannot be sent to this subscriber: it is larger "
                f"than grpc-max-message-size ({limit} bytes)",
                Code.RESOURCE_EXHAUSTED,
            )
            return
        queue = self._queue
        # The writer waits only on an empty queue: only then is it asleep.
        wake = not queue
        queue.append(event)
        self.queued += len(event)
        # The full check (and its clock) only near a limit: this runs once
        # per subscriber per message, the fan-out's inner loop.
        hard, soft, _seconds = self._config.client_output_buffer_limit["pubsub"]
        size = self.queued + self.in_flight
        if (hard and size >= hard) or (soft and size >= soft) or self._soft_since is not None:
            self.check_limits()
        if wake:
            self.wake.set()

    def take(self, limit: int) -> bytes:
        """Queued events joined into one response body of at most ``limit``
        bytes (at least one event, whatever its size), now in flight."""
        queue = self._queue
        if self.queued <= limit:
            body = b"".join(queue)
            queue.clear()
            self.in_flight, self.queued = self.queued, 0
            return body
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
        Redis, a limit of 0 is no limit. The soft limit's clock starts at the
        first check that finds the buffer over it and stops at the first that
        finds it under (Redis's checkClientOutputBufferLimits)."""
        hard, soft, seconds = self._config.client_output_buffer_limit["pubsub"]
        size = self.queued + self.in_flight
        if hard and size >= hard:
            self.drop(
                f"client output buffer limit reached: {size} bytes waiting for this "
                f"subscriber passed the pubsub hard limit of {hard} bytes",
                over_limit=True,
            )
        elif soft and size >= soft:
            now = time.monotonic()
            if self._soft_since is None:
                self._soft_since = now
            elif now - self._soft_since > seconds:
                self.drop(
                    f"client output buffer limit reached: more than {soft} bytes waited "
                    f"for this subscriber for over {seconds} seconds (pubsub soft limit)",
                    over_limit=True,
                )
        else:
            self._soft_since = None

    def drop(
        self, reason: str, code: Code = Code.RESOURCE_EXHAUSTED, over_limit: bool = False
    ) -> None:
        if self.dropped is not None:
            return
        self.dropped = reason
        self._queue.clear()
        self.queued = 0
        self.wake.set()
        self._on_drop(Drop(code, reason, over_limit))
