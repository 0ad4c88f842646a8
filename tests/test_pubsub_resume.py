"""Resuming a subscription: the resume points of a SUBSCRIBE, PSUBSCRIBE or
SSUBSCRIBE request replay exactly the messages missed that the backlog
still holds, after a Discontinuity naming exactly the numbers it no longer
has (or that belong to a previous run of the server). Each test starts a
keyspace-server with the backlog it needs.
"""

from __future__ import annotations

from typing import Any

from keyspace.v1 import pubsub_pb2, subscribe_pb2

from tests.servers import RunningServer
from tests.subscriptions import ACTIONS, KeyspaceSide, Launch, Stream

Reason = subscribe_pb2.DiscontinuityReason
EXCEEDED = Reason.DISCONTINUITY_REASON_BACKLOG_EXCEEDED
RESTARTED = Reason.DISCONTINUITY_REASON_SERVER_RESTARTED
_ACTION_NAMES = {number: name for name, number in ACTIONS.items()}


def summary(event: subscribe_pb2.SubscriptionEvent) -> tuple[Any, ...]:
    """An event with the fields resuming is about."""
    kind = event.WhichOneof("event")
    if kind == "message":
        m = event.message
        pattern = m.pattern if m.HasField("pattern") else None
        return ("message", m.channel, pattern, m.payload, m.sequence, m.sharded)
    if kind == "discontinuity":
        d = event.discontinuity
        pattern = d.pattern if d.HasField("pattern") else None
        return ("lost", d.channel, pattern, d.first_lost, d.last_lost, d.reason, d.sharded)
    if kind == "change":
        c = event.change
        return ("change", _ACTION_NAMES[c.action], c.channel, c.sequence)
    return (kind,)


def publish(side: KeyspaceSide, channel: bytes, message: bytes) -> int:
    return int(
        side.stub.Publish(pubsub_pb2.PublishRequest(channel=channel, message=message)).sequence
    )


def spublish(side: KeyspaceSide, channel: bytes, message: bytes) -> int:
    request = pubsub_pb2.SPublishRequest(channel=channel, message=message)
    return int(side.stub.SPublish(request).sequence)


def subscribe(side: KeyspaceSide, action: str, *channels: bytes) -> tuple[Stream, str, list[int]]:
    """A stream subscribed to ``channels``: its run_id and each channel's
    latest sequence number (0 for patterns)."""
    stream = side.subscriber()
    stream.send(action, *channels)
    changes = [event.change for event in stream.events(len(channels))]
    return stream, changes[0].run_id, [change.sequence for change in changes]


def resumed(
    side: KeyspaceSide,
    action: str,
    channels: list[bytes],
    points: list[tuple[bytes, int]],
    run_id: str,
    count: int,
) -> list[tuple[Any, ...]]:
    """What a new stream resuming at ``points`` receives: ``count`` events,
    and nothing more."""
    stream = side.subscriber()
    stream.send(action, *channels, resume=points, run_id=run_id)
    received = [summary(event) for event in stream.events(count)]
    assert stream.quiet()
    return received


def test_resume_replays_exactly_the_missed_messages(launch: Launch) -> None:
    side = launch()
    first, run_id, (start_at,) = subscribe(side, "subscribe", b"news")
    sent = [publish(side, b"news", b"m%d" % n) for n in range(1, 6)]
    assert sent == [start_at + n for n in range(1, 6)]
    seen = [event.message.sequence for event in first.events(2)]
    first.cancel()  # the client goes away after two messages
    sent += [publish(side, b"news", b"m%d" % n) for n in range(6, 9)]

    stream = side.subscriber()
    stream.send("subscribe", b"news", resume=[(b"news", seen[-1])], run_id=run_id)
    received = [summary(event) for event in stream.events(7)]
    assert received == [
        ("change", "subscribe", b"news", sent[-1]),
        *[("message", b"news", None, b"m%d" % n, sent[n - 1], False) for n in range(3, 9)],
    ]
    assert stream.quiet()
    # Then the live messages, numbered on.
    assert publish(side, b"news", b"m9") == sent[-1] + 1
    assert summary(stream.events(1)[0])[3:5] == (b"m9", sent[-1] + 1)


def test_more_missed_than_the_backlog_holds_names_the_lost_range(launch: Launch) -> None:
    side = launch("--pubsub-backlog-size", "4")
    _stream, run_id, (start_at,) = subscribe(side, "subscribe", b"news")
    sent = [publish(side, b"news", b"m%d" % n) for n in range(10)]
    received = resumed(side, "subscribe", [b"news"], [(b"news", start_at + 1)], run_id, 6)
    assert received == [
        ("change", "subscribe", b"news", sent[-1]),
        ("lost", b"news", None, start_at + 2, sent[-5], EXCEEDED, False),
        *[("message", b"news", None, b"m%d" % n, sent[n], False) for n in range(6, 10)],
    ]


def test_replay_beyond_half_the_hard_limit_keeps_the_newest_and_names_the_rest(
    launch: Launch,
) -> None:
    # Replaying all 100 KiB missed would put the resuming subscriber over its
    # 64 KiB hard limit before it read anything, at every reconnect.
    side = launch(
        "--pubsub-backlog-size", "1000", "--client-output-buffer-limit", "pubsub 64kb 0 0"
    )
    _stream, run_id, (start_at,) = subscribe(side, "subscribe", b"big")
    payload = b"x" * 1024
    sent = [publish(side, b"big", payload) for _ in range(100)]

    stream = side.subscriber()
    stream.send("subscribe", b"big", resume=[(b"big", start_at)], run_id=run_id)
    change, lost = (summary(event) for event in stream.events(2))
    assert change == ("change", "subscribe", b"big", sent[-1])
    assert lost[:4] == ("lost", b"big", None, start_at + 1)
    last_lost = lost[4]
    assert start_at + 1 < last_lost < sent[-1] and lost[5:] == (EXCEEDED, False)
    replayed = [summary(event) for event in stream.events(sent[-1] - last_lost)]
    assert replayed == [
        ("message", b"big", None, payload, number, False)
        for number in range(last_lost + 1, sent[-1] + 1)
    ]
    # At most half the limit was replayed, and the stream lives on.
    assert len(replayed) * len(payload) <= 32 * 1024
    assert stream.quiet()
    number = publish(side, b"big", b"live")
    assert summary(stream.events(1)[0])[3:5] == (b"live", number)


def test_backlog_size_zero_loses_everything_missed(launch: Launch) -> None:
    side = launch("--pubsub-backlog-size", "0")
    _stream, run_id, (start_at, shard_start) = subscribe(side, "subscribe", b"news", b"x")
    sent = [publish(side, b"news", b"m") for _ in range(5)]
    shard_sent = [spublish(side, b"news", b"s") for _ in range(3)]
    received = resumed(side, "subscribe", [b"news"], [(b"news", start_at)], run_id, 2)
    assert received[1] == ("lost", b"news", None, start_at + 1, sent[-1], EXCEEDED, False)
    received = resumed(side, "ssubscribe", [b"news"], [(b"news", 0)], run_id, 2)
    assert received == [
        ("change", "ssubscribe", b"news", shard_sent[-1]),
        ("lost", b"news", None, 1, shard_sent[-1], EXCEEDED, True),
    ]
    assert shard_start == start_at  # a channel new to both namespaces


def test_backlog_memory_limit_evicts_the_oldest_messages_of_any_channel(launch: Launch) -> None:
    side = launch("--pubsub-backlog-max-memory", "8kb")
    channels = [b"a", b"b"]
    _stream, run_id, starts = subscribe(side, "subscribe", *channels)
    published = []  # (channel, sequence), in publish order
    for number in range(20):
        channel = channels[number % 3 == 0]
        published.append((channel, publish(side, channel, b"%04d" % number * 250)))
    kept: list[tuple[bytes, int]] = []
    for channel, start_at in zip(channels, starts, strict=True):
        mine = [sequence for c, sequence in published if c == channel]
        stream = side.subscriber()
        stream.send("subscribe", channel, resume=[(channel, start_at)], run_id=run_id)
        stream.events(1)
        first = summary(stream.events(1)[0])
        lost_upto = start_at
        if first[0] == "lost":
            assert first[:4] == ("lost", channel, None, start_at + 1)
            assert first[5:] == (EXCEEDED, False)
            lost_upto = first[4]
        expected = [sequence for sequence in mine if sequence > lost_upto]
        held = [] if first[0] == "lost" else [first[4]]
        held += [summary(event)[4] for event in stream.events(len(expected) - len(held))]
        assert held == expected
        assert stream.quiet()
        kept += [(channel, sequence) for sequence in held]
    # What survived is the newest messages, whichever their channel.
    assert 2 <= len(kept) < len(published)
    assert set(kept) == set(published[-len(kept) :])
    assert int(side.info("stats")["pubsub_backlog_memory"]) <= 8 * 1024


def test_message_larger_than_the_backlog_does_not_evict_other_channels(launch: Launch) -> None:
    side = launch("--pubsub-backlog-max-memory", "20kb")
    _stream, run_id, (a_start, b_start) = subscribe(side, "subscribe", b"a", b"b")
    small = [publish(side, b"a", b"small %d" % n) for n in range(5)]
    big = publish(side, b"b", b"B" * 30_000)
    received = resumed(side, "subscribe", [b"a"], [(b"a", a_start)], run_id, 6)
    assert [event[4] for event in received[1:]] == small
    received = resumed(side, "subscribe", [b"b"], [(b"b", b_start)], run_id, 2)
    assert received[1] == ("lost", b"b", None, big, big, EXCEEDED, False)


def test_resume_from_another_run_gets_server_restarted_then_the_backlog(
    launch: Launch, servers: list[RunningServer]
) -> None:
    side = launch(name="first")
    stream, old_run, _starts = subscribe(side, "subscribe", b"news")
    last_seen = [publish(side, b"news", b"old") for _ in range(3)][-1]
    stream.events(3)
    stream.cancel()
    assert servers[-1].stop() == 0

    side = launch(name="second")
    sent = [publish(side, b"news", b"new %d" % n) for n in range(2)]
    stream = side.subscriber()
    stream.send("subscribe", b"news", resume=[(b"news", last_seen)], run_id=old_run)
    confirmation, *rest = stream.events(4)
    assert confirmation.change.run_id != old_run
    assert [summary(event) for event in rest] == [
        ("lost", b"news", None, last_seen + 1, 0, RESTARTED, False),
        *[("message", b"news", None, b"new %d" % n, sent[n], False) for n in range(2)],
    ]
    assert stream.quiet()


def test_psubscribe_resumes_the_channels_its_pattern_matches(launch: Launch) -> None:
    side = launch("--pubsub-backlog-size", "2")
    _stream, run_id, _ = subscribe(side, "psubscribe", b"news.*")
    uk = [publish(side, b"news.uk", b"uk %d" % n) for n in range(5)]
    fr = [publish(side, b"news.fr", b"fr %d" % n) for n in range(2)]
    publish(side, b"sport", b"ignored")
    points = [(b"news.uk", uk[0] - 1), (b"sport", 0), (b"news.fr", fr[0])]
    received = resumed(side, "psubscribe", [b"news.*"], points, run_id, 5)
    assert received == [
        ("change", "psubscribe", b"news.*", 0),
        ("lost", b"news.uk", b"news.*", uk[0], uk[2], EXCEEDED, False),
        ("message", b"news.uk", b"news.*", b"uk 3", uk[3], False),
        ("message", b"news.uk", b"news.*", b"uk 4", uk[4], False),
        ("message", b"news.fr", b"news.*", b"fr 1", fr[1], False),
    ]


def test_ssubscribe_resumes_shard_channels_numbered_apart(launch: Launch) -> None:
    side = launch()
    _stream, run_id, (start_at,) = subscribe(side, "ssubscribe", b"x")
    publish(side, b"x", b"not sharded")
    sent = [spublish(side, b"x", b"s%d" % n) for n in range(3)]
    assert sent == [start_at + 1, start_at + 2, start_at + 3]
    received = resumed(side, "ssubscribe", [b"x"], [(b"x", sent[0])], run_id, 3)
    assert received == [
        ("change", "ssubscribe", b"x", sent[-1]),
        ("message", b"x", None, b"s1", sent[1], True),
        ("message", b"x", None, b"s2", sent[2], True),
    ]


def test_resume_points_outside_the_request_or_up_to_date_replay_nothing(launch: Launch) -> None:
    side = launch()
    _stream, run_id, (a_start, b_start) = subscribe(side, "subscribe", b"a", b"b")
    a_last = [publish(side, b"a", b"m") for _ in range(3)][-1]
    publish(side, b"b", b"m")
    # b is not in this request; a is already up to date (or claims to be ahead).
    for a_point in (a_last, a_last + 100):
        points = [(b"b", b_start), (b"a", a_point)]
        received = resumed(side, "subscribe", [b"a"], points, run_id, 1)
        assert received == [("change", "subscribe", b"a", a_last)]
    # Resume points on an unsubscribe, or with no channel, replay nothing either.
    stream = side.subscriber()
    stream.send("unsubscribe", b"a", resume=[(b"a", a_start)], run_id=run_id)
    stream.send("subscribe", resume=[(b"a", a_start)], run_id=run_id)
    assert stream.next(2) == [
        ("unsubscribe", b"a", 0),
        ("error", "wrong number of arguments for 'subscribe' command"),
    ]
    assert stream.quiet()


def test_numbers_stay_consecutive_for_pattern_subscribers_under_memory_pressure(
    launch: Launch,
) -> None:
    # Messages larger than the backlog are not kept, and the channels' logs
    # alone pass its memory: logs are forgotten, and a forgotten channel's
    # numbers start again higher. Those of channels nobody follows go first:
    # a channel that a pattern follows keeps numbering one by one.
    side = launch("--pubsub-backlog-max-memory", "4kb")
    stream, _run_id, _ = subscribe(side, "psubscribe", b"p.*")
    names = [b"p.%d" % n for n in range(3)]
    sent: dict[bytes, list[int]] = {name: [] for name in names}
    for round_number in range(5):
        for name in names:
            sent[name].append(publish(side, name, b"x" * 5000))
        # More channels than the memory has room for: older logs must go.
        for n in range(30):
            publish(side, b"q.%d.%d" % (round_number, n), b"x" * 5000)
    received: dict[bytes, list[int]] = {name: [] for name in names}
    for event in stream.events(15):
        received[event.message.channel].append(event.message.sequence)
    assert received == sent
    for numbers in sent.values():
        assert numbers == list(range(numbers[0], numbers[0] + 5))
    assert int(side.info("stats")["pubsub_backlog_memory"]) <= 4 * 1024


def test_backlog_memory_stays_bounded_when_a_pattern_follows_every_channel(
    launch: Launch,
) -> None:
    # As with keyspace notifications and a __keyspace@0__:* subscriber: one
    # log per key ever touched would grow without end.
    side = launch("--pubsub-backlog-max-memory", "4kb")
    stream, _run_id, _ = subscribe(side, "psubscribe", b"*")
    for n in range(200):
        publish(side, b"key:%d" % n, b"x" * 100)
    assert len(stream.events(200)) == 200
    assert int(side.info("stats")["pubsub_backlog_memory"]) <= 4 * 1024
