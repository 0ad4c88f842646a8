"""Subscribers that read too slowly, events too large to send, and
heartbeats. Each server test starts a keyspace-server with the limits it
needs; the soft limit's clock is also checked on a Subscriber in process,
where time can be set.

Output buffer limits follow Redis's client-output-buffer-limit pubsub: a
subscriber whose waiting output reaches the hard limit, or stays at the soft
limit for longer than its seconds, is dropped; 0 turns a limit off. Here the
dropped stream ends with RESOURCE_EXHAUSTED once the client has read what
gRPC already buffered for it.
"""

from __future__ import annotations

import time
from typing import Any

import grpc
import pytest
from keyspace.v1 import pubsub_pb2
from keyspace_server.config import Config
from keyspace_server.errors import Code
from keyspace_server.pubsub import events, subscriber
from keyspace_server.pubsub.subscriber import Drop, Subscriber

from tests.subscriptions import KeyspaceSide, Launch, eventually

PAYLOAD = b"x" * 64 * 1024
# Far more than gRPC buffers for a client that stopped reading (some MB)
# plus the limits the tests set.
MAX_PUBLISHES = 1000
BURST = 160  # 10 MB of PAYLOAD


def publish(side: KeyspaceSide, channel: bytes, payload: bytes) -> pubsub_pb2.PublishResponse:
    # A generous deadline: a subscriber that stopped reading must never hold
    # up a publisher, which would show as a deadline exceeded.
    request = pubsub_pb2.PublishRequest(channel=channel, message=payload)
    reply: pubsub_pb2.PublishResponse = side.stub.Publish(request, timeout=5)
    return reply


def publish_until_dropped(side: KeyspaceSide, channel: bytes, receivers: int) -> list[int]:
    """PUBLISH until one receiver fewer gets the message; the sequence
    numbers of the messages published, the first one missing it last."""
    sequences = []
    for _ in range(MAX_PUBLISHES):
        reply = publish(side, channel, PAYLOAD)
        sequences.append(reply.sequence)
        if reply.receivers < receivers:
            return sequences
    raise AssertionError(f"still {receivers} receivers after {MAX_PUBLISHES} messages")


def assert_in_order(received: list[Any], first: int) -> None:
    numbers = [event.message.sequence for event in received]
    assert numbers == list(range(first, first + len(numbers)))


# -- the hard limit ---------------------------------------------------------------------


def test_reader_that_stops_is_dropped_at_the_hard_limit(launch: Launch) -> None:
    side = launch("--client-output-buffer-limit", "pubsub", "256kb", "128kb", "2")
    slow, fast = side.subscriber(read=False), side.subscriber()
    fast.send("subscribe", b"c")
    start_at = fast.events(1)[0].change.sequence + 1
    slow.send("subscribe", b"c")
    eventually(lambda: side.numsub(b"c"), [(b"c", 2)])

    sequences = publish_until_dropped(side, b"c", receivers=2)
    # Dropped at once: no longer a subscriber, counted by INFO, and
    # publishing goes on for the others.
    assert side.numsub(b"c") == [(b"c", 1)]
    assert side.info("stats")["client_output_buffer_limit_disconnections"] == "1"
    assert side.info("clients")["pubsub_clients"] == "1"
    for _ in range(5):
        sequences.append(publish(side, b"c", b"after").sequence)
    assert sequences == list(range(start_at, start_at + len(sequences)))

    received = fast.events(len(sequences))
    assert_in_order(received, start_at)
    assert [event.message.payload for event in received[-5:]] == [b"after"] * 5
    assert fast.quiet()

    # Once the slow client reads: what gRPC had taken for it (the first
    # messages, in order, the confirmation first), then the status.
    slow.resume_reading()
    held, code, details = slow.until_end()
    assert code == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert details.startswith("client output buffer limit reached: ")
    assert details.endswith("passed the pubsub hard limit of 262144 bytes")
    assert held[0].change.channel == b"c"
    assert_in_order(held[1:], start_at)
    assert len(held) - 1 < len(sequences) - 5


def test_hard_limit_zero_never_drops(launch: Launch) -> None:
    side = launch("--client-output-buffer-limit", "pubsub", "0", "0", "0")
    slow = side.subscriber(read=False)
    slow.send("subscribe", b"c")
    eventually(lambda: side.numsub(b"c"), [(b"c", 1)])
    # The burst that gets a stalled reader dropped under any limit.
    sequences = [publish(side, b"c", PAYLOAD).sequence for _ in range(BURST)]
    assert side.numsub(b"c") == [(b"c", 1)]
    slow.resume_reading()
    slow.events(1)
    received = slow.events(BURST)
    assert [event.message.sequence for event in received] == sequences
    assert all(event.message.payload == PAYLOAD for event in received)
    assert side.info("stats")["client_output_buffer_limit_disconnections"] == "0"


# -- the soft limit ---------------------------------------------------------------------


def test_reader_over_the_soft_limit_for_longer_than_allowed_is_dropped(launch: Launch) -> None:
    side = launch("--client-output-buffer-limit", "pubsub", "0", "128kb", "2")
    slow, fast = side.subscriber(read=False), side.subscriber()
    slow.send("subscribe", b"c")
    fast.send("subscribe", b"c")
    eventually(lambda: side.numsub(b"c"), [(b"c", 2)])
    started = time.monotonic()
    # Over the soft limit (no hard limit), then a trickle while it stays over.
    receivers = [publish(side, b"c", PAYLOAD).receivers for _ in range(BURST)]
    while receivers[-1] == 2 and time.monotonic() - started < 30:
        time.sleep(0.2)
        receivers.append(publish(side, b"c", b"trickle").receivers)
    dropped_after = time.monotonic() - started
    assert receivers[-1] == 1, "the stalled reader was never dropped"
    # Not before it had been over the limit for the 2 seconds allowed.
    assert dropped_after > 2
    assert side.numsub(b"c") == [(b"c", 1)]
    assert side.info("stats")["client_output_buffer_limit_disconnections"] == "1"
    assert len(fast.events(len(receivers) + 1)) == len(receivers) + 1
    slow.resume_reading()
    code, details = slow.status()
    assert code == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert details == (
        "client output buffer limit reached: more than 131072 bytes waited for this "
        "subscriber for over 2 seconds (pubsub soft limit)"
    )


def test_reader_that_catches_up_restarts_the_soft_limit_clock(launch: Launch) -> None:
    window = 6
    side = launch("--client-output-buffer-limit", "pubsub", "0", "128kb", str(window))
    reader = side.subscriber(read=False)
    reader.send("subscribe", b"c")
    eventually(lambda: side.numsub(b"c"), [(b"c", 1)])
    reader.resume_reading()
    reader.events(1)
    # Five times over the soft limit for well under the window, catching up
    # in between: more than the window in all, never dropped.
    stalled = 0.0
    for _ in range(5):
        reader.pause_reading()
        began = time.monotonic()
        for _ in range(BURST):
            assert publish(side, b"c", PAYLOAD).receivers == 1
        time.sleep(1.5)
        reader.resume_reading()
        reader.events(BURST)
        stalled += time.monotonic() - began
    assert stalled > window
    assert publish(side, b"c", b"still here").receivers == 1
    assert side.info("stats")["client_output_buffer_limit_disconnections"] == "0"


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    fake = _Clock()
    monkeypatch.setattr(subscriber, "time", fake)
    return fake


def _subscriber(hard: int, soft: int, seconds: int) -> tuple[Subscriber, list[Drop]]:
    config = Config()
    config.client_output_buffer_limit = {**config.client_output_buffer_limit}
    config.client_output_buffer_limit["pubsub"] = (hard, soft, seconds)
    drops: list[Drop] = []
    return Subscriber(config, drops.append), drops


def _event(size: int) -> bytes:
    return events.pong(b"x" * size)


def test_soft_limit_clock_starts_over_the_limit_and_drops_only_after_the_seconds(
    clock: _Clock,
) -> None:
    sub, drops = _subscriber(0, 1000, 10)
    sub.send(_event(600))
    clock.now += 5
    sub.send(_event(600))  # over the soft limit: the clock starts now
    clock.now += 10
    sub.check_limits()  # 10 seconds: not more than allowed
    assert drops == []
    clock.now += 0.5
    sub.send(_event(10))
    assert [(d.code, d.over_limit) for d in drops] == [(Code.RESOURCE_EXHAUSTED, True)]
    assert drops[0].reason.endswith("for over 10 seconds (pubsub soft limit)")


def test_soft_limit_clock_stops_when_the_buffer_goes_under(clock: _Clock) -> None:
    sub, drops = _subscriber(0, 1000, 10)
    sub.send(_event(1200))
    assert sub.output_buffer >= 1000
    clock.now += 9
    # Written out (in flight counts until gRPC took it): under the limit.
    sub.take(1 << 20)
    assert sub.output_buffer >= 1000 and sub.queued == 0
    sub.sent()
    assert sub.output_buffer == 0
    clock.now += 1
    sub.send(_event(1200))  # over again: a new clock
    clock.now += 9
    sub.check_limits()
    assert drops == []
    clock.now += 2
    sub.check_limits()
    assert len(drops) == 1


def test_hard_limit_drops_at_once_and_zero_limits_never(clock: _Clock) -> None:
    sub, drops = _subscriber(5000, 1000, 60)
    sub.send(_event(3000))
    sub.take(1 << 20)  # in flight still counts
    sub.send(_event(2100))
    assert [(d.code, d.over_limit) for d in drops] == [(Code.RESOURCE_EXHAUSTED, True)]
    assert drops[0].reason.endswith("passed the pubsub hard limit of 5000 bytes")
    assert not sub.has_events and sub.queued == 0

    unlimited, drops = _subscriber(0, 0, 0)
    for _ in range(100):
        unlimited.send(_event(100_000))
        clock.now += 100
        unlimited.check_limits()
    assert drops == []


# -- an event larger than a gRPC message ------------------------------------------------


def test_event_too_large_for_grpc_drops_only_its_subscriber(launch: Launch) -> None:
    side = launch("--grpc-max-message-size", "1mb")
    plain, patterned = side.subscriber(), side.subscriber()
    plain.send("subscribe", b"big")
    long_pattern = b"big" + b"*" * 300
    patterned.send("psubscribe", long_pattern)
    plain.next(), patterned.next()
    # Fits in a request, and as a message event; not with the pattern added.
    payload = b"p" * (1024 * 1024 - 200)
    assert publish(side, b"big", payload).receivers == 2
    assert [(e.message.channel, len(e.message.payload)) for e in plain.events(1)] == [
        (b"big", len(payload))
    ]
    code, details = patterned.status()
    assert code == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert details.endswith("is larger than grpc-max-message-size (1048576 bytes)")
    eventually(side.numpat, 0)
    assert side.info("stats")["client_output_buffer_limit_disconnections"] == "0"
    assert publish(side, b"big", b"small").receivers == 1
    assert plain.next() == [("message", b"big", b"small")]


# -- heartbeats -------------------------------------------------------------------------


def test_idle_stream_gets_heartbeats(launch: Launch) -> None:
    side = launch("--pubsub-heartbeat-interval", "0.2")
    s = side.subscriber(heartbeats=True)
    s.send("subscribe", b"quiet")
    s.events(1)
    beats = s.events(3, timeout=5)
    assert all(event.HasField("heartbeat") for event in beats)
    times = [event.heartbeat.server_time_ms for event in beats]
    assert times == sorted(times)
    assert abs(times[-1] / 1000 - time.time()) < 60
    # Events in between: still in order, heartbeats only when idle.
    assert side.publish(b"quiet", b"m") == 1
    kinds = [event.WhichOneof("event") for event in s.events(3, timeout=5)]
    assert "message" in kinds and kinds.count("message") == 1


def test_heartbeat_interval_zero_sends_none(launch: Launch) -> None:
    side = launch("--pubsub-heartbeat-interval", "0")
    s = side.subscriber(heartbeats=True)
    s.send("subscribe", b"quiet")
    s.events(1)
    assert s.quiet(within=1.2)
    s.send("ping")
    assert s.next() == [("pong", b"")]
