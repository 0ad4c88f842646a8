"""What each request of a Subscribe stream does: Redis's (P|S)SUBSCRIBE and
(P|S)UNSUBSCRIBE with their confirmations, PING, and the replay of missed
messages for resume points. Every reply goes into the subscriber's queue, in
order with the messages published meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from keyspace.v1 import subscribe_pb2

from keyspace_server import errors
from keyspace_server.api.status import error_reply
from keyspace_server.identity import RUN_ID
from keyspace_server.pubsub import events
from keyspace_server.pubsub.backlog import Backlog
from keyspace_server.pubsub.hub import Hub
from keyspace_server.pubsub.subscriber import Subscriber

Action = subscribe_pb2.SubscribeAction

_NAMES = {
    Action.SUBSCRIBE_ACTION_SUBSCRIBE: "subscribe",
    Action.SUBSCRIBE_ACTION_UNSUBSCRIBE: "unsubscribe",
    Action.SUBSCRIBE_ACTION_PSUBSCRIBE: "psubscribe",
    Action.SUBSCRIBE_ACTION_PUNSUBSCRIBE: "punsubscribe",
    Action.SUBSCRIBE_ACTION_SSUBSCRIBE: "ssubscribe",
    Action.SUBSCRIBE_ACTION_SUNSUBSCRIBE: "sunsubscribe",
    Action.SUBSCRIBE_ACTION_PING: "ping",
}
_FOLLOW = (
    Action.SUBSCRIBE_ACTION_SUBSCRIBE,
    Action.SUBSCRIBE_ACTION_PSUBSCRIBE,
    Action.SUBSCRIBE_ACTION_SSUBSCRIBE,
)


def _unknown_action(action: int) -> errors.CommandError:
    if action == Action.SUBSCRIBE_ACTION_UNSPECIFIED:
        return errors.err("unknown subscription action: the SubscribeRequest has no action set")
    return errors.err(f"unknown subscription action {action}")


class Session:
    """One stream's subscriber and how its requests change it."""

    def __init__(self, hub: Hub, subscriber: Subscriber) -> None:
        self.hub = hub
        self.subscriber = subscriber

    def fail(self, failure: errors.CommandError) -> None:
        """Answer a request with an error event; the stream goes on."""
        self.subscriber.send(events.error(error_reply(failure).error))

    def apply(self, request: subscribe_pb2.SubscribeRequest) -> None:
        action = request.action
        name = _NAMES.get(action)
        if name is None:
            self.fail(_unknown_action(action))
            return
        channels = list(request.channels)
        if action == Action.SUBSCRIBE_ACTION_PING:
            if len(channels) > 1:
                self.fail(errors.wrong_arity(name))
            else:
                self.subscriber.send(events.pong(channels[0] if channels else b""))
            return
        if action not in _FOLLOW:
            self._unfollow(action, channels)
            return
        if not channels:
            self.fail(errors.wrong_arity(name))
            return
        resume = {point.channel: point.last_sequence for point in request.resume}
        restarted = bool(request.resume_run_id) and request.resume_run_id != RUN_ID
        if action == Action.SUBSCRIBE_ACTION_PSUBSCRIBE:
            self._follow_patterns(channels, resume, restarted)
        else:
            sharded = action == Action.SUBSCRIBE_ACTION_SSUBSCRIBE
            self._follow_channels(channels, resume, restarted, sharded)

    def _follow_channels(
        self, channels: list[bytes], resume: dict[bytes, int], restarted: bool, sharded: bool
    ) -> None:
        hub, subscriber = self.hub, self.subscriber
        backlog = hub.shard_backlog if sharded else hub.backlog
        follow = hub.ssubscribe if sharded else hub.subscribe
        action = (
            Action.SUBSCRIBE_ACTION_SSUBSCRIBE if sharded else Action.SUBSCRIBE_ACTION_SUBSCRIBE
        )
        for channel in channels:
            follow(subscriber, channel)
            count = len(subscriber.shard_channels) if sharded else subscriber.count
            last = backlog.log(channel).last
            subscriber.send(events.change(action, channel, count, last))
            if channel in resume:
                _replay(subscriber, backlog, channel, resume[channel], restarted, None, sharded)

    def _follow_patterns(
        self, patterns: list[bytes], resume: dict[bytes, int], restarted: bool
    ) -> None:
        hub, subscriber = self.hub, self.subscriber
        for pattern in patterns:
            hub.psubscribe(subscriber, pattern)
            subscriber.send(
                events.change(Action.SUBSCRIBE_ACTION_PSUBSCRIBE, pattern, subscriber.count)
            )
            matches = hub.patterns[pattern][0]
            for channel, after in resume.items():
                if matches(channel):
                    _replay(subscriber, hub.backlog, channel, after, restarted, pattern, False)

    def _unfollow(self, action: int, names: list[bytes]) -> None:
        hub, subscriber = self.hub, self.subscriber
        remove: Callable[[Subscriber, bytes], bool]
        if action == Action.SUBSCRIBE_ACTION_UNSUBSCRIBE:
            remove, current = hub.unsubscribe, subscriber.channels
        elif action == Action.SUBSCRIBE_ACTION_PUNSUBSCRIBE:
            remove, current = hub.punsubscribe, subscriber.patterns
        else:
            remove, current = hub.sunsubscribe, subscriber.shard_channels
        sharded = action == Action.SUBSCRIBE_ACTION_SUNSUBSCRIBE
        # As in Redis: none named means all, and with none to remove, one
        # reply without a channel.
        targets: list[bytes | None] = list(names or current) or [None]
        for name in targets:
            if name is not None:
                remove(subscriber, name)
            count = len(subscriber.shard_channels) if sharded else subscriber.count
            subscriber.send(events.change(action, name, count))


def _replay(
    subscriber: Subscriber,
    backlog: Backlog,
    channel: bytes,
    after: int,
    restarted: bool,
    pattern: bytes | None,
    sharded: bool,
) -> None:
    """Send what a subscriber resuming after ``after`` missed on ``channel``."""
    if restarted:
        subscriber.send(
            events.discontinuity(
                channel,
                after + 1,
                0,
                events.Reason.DISCONTINUITY_REASON_SERVER_RESTARTED,
                pattern,
                sharded,
            )
        )
        after = 0
    replay = backlog.replay(channel, after)
    first_lost, last_lost = replay.first_lost, replay.last_lost
    frames = [
        (sequence, events.message(channel, payload, sequence, pattern, sharded))
        for sequence, payload in replay.messages
    ]
    # A replay that would fill the output buffer to the hard limit would
    # get the subscriber dropped before it read anything, again at every
    # reconnect: replay at most half the limit, newest messages first, and
    # report the older ones as lost.
    hard = subscriber.hard_limit
    if hard:
        budget = hard // 2 - subscriber.output_buffer
        total = sum(len(frame) for _sequence, frame in frames)
        skipped = 0
        while skipped < len(frames) and total > budget:
            total -= len(frames[skipped][1])
            skipped += 1
        if skipped:
            first_lost = first_lost or after + 1
            last_lost = frames[skipped - 1][0]
            frames = frames[skipped:]
    if first_lost:
        subscriber.send(
            events.discontinuity(
                channel,
                first_lost,
                last_lost,
                events.Reason.DISCONTINUITY_REASON_BACKLOG_EXCEEDED,
                pattern,
                sharded,
            )
        )
    for _sequence, frame in frames:
        subscriber.send(frame)
