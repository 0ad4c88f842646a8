"""When a PubSub opens a new stream after one broke."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

import grpc


@dataclass(frozen=True, slots=True)
class Backoff:
    """The wait before each attempt to reopen a broken stream: none before
    the first, then ``initial`` seconds, times ``multiplier`` after each
    failed attempt, at most ``maximum``; each varied at random by up to
    ``jitter`` of itself, so that many subscribers dropped together do not
    come back together."""

    initial: float = 0.1
    maximum: float = 5.0
    multiplier: float = 2.0
    jitter: float = 0.2

    def delay(self, attempt: int) -> float:
        if attempt <= 0:
            return 0.0
        # The exponent is capped: a float power overflows long before the
        # maximum stops mattering.
        base = min(self.maximum, self.initial * self.multiplier ** min(attempt - 1, 64))
        return max(0.0, base * (1 + random.uniform(-self.jitter, self.jitter)))


@dataclass(frozen=True, slots=True)
class End:
    """How a stream ended: Keyspace's reason (the gRPC status, lowercased:
    ``resource_exhausted`` for a subscriber dropped by the output buffer
    limit, ``unavailable`` for a lost connection) and the status text."""

    reason: str
    details: str

    @classmethod
    def of(cls, error: grpc.RpcError) -> End:
        # A failed call's error is also its grpc.Call.
        call: grpc.Call = error  # type: ignore[assignment]
        return cls(call.code().name.lower(), call.details() or "")


# A stream the server closed without an error, which it does not do by
# itself: reported like a lost connection.
ENDED = End("unavailable", "the server ended the stream")


class Reconnection:
    """Whether the stream is up, and when the next attempt is due."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        # A stream ended and a new one is due at ``due`` (time.monotonic).
        self.broken = False
        self.due = 0.0
        # Attempts since the stream was last up.
        self.attempts = 0
        # The current stream is up (optimistically, from the first opening
        # until it fails); a disconnection is reported once per fall.
        self.up = False

    def opened(self) -> None:
        if not self.broken:
            self.up = True
        self.broken = False

    def responded(self) -> None:
        self.up = True
        self.attempts = 0

    def ended(self, backoff: Backoff | None) -> bool:
        """Schedule the next attempt (at once without ``backoff``); return
        whether the stream had been up."""
        was_up = self.up
        self.up = False
        self.broken = True
        delay = backoff.delay(self.attempts) if backoff is not None else 0.0
        self.due = time.monotonic() + delay
        self.attempts += 1
        return was_up

    def wait(self) -> float:
        """Seconds until the next attempt is due."""
        return max(0.0, self.due - time.monotonic())
