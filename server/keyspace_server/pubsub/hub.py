"""Who follows what, and PUBLISH. Everything here runs on the event loop,
like a command, so a message reaches every subscriber's queue before the
next command runs: each subscriber receives messages in publish order.

Channels, patterns and shard channels are separate tables, as in Redis:
PUBLISH reaches channel and pattern subscriptions, SPUBLISH only shard
channel subscriptions.

Patterns match channels with Redis's stringmatchlen, as pubsub.c calls it:
without the shortcut KEYS takes for a lone ``*``, so no pattern but the
empty one matches the empty channel."""

from __future__ import annotations

from keyspace_server.config import Config
from keyspace_server.errors import Code
from keyspace_server.glob import Matcher, compile_pattern
from keyspace_server.pubsub import events
from keyspace_server.pubsub.backlog import Backlog
from keyspace_server.pubsub.notifications import parse_flags
from keyspace_server.pubsub.subscriber import Subscriber

Followers = dict[Subscriber, None]


def _nonempty(channel: bytes) -> bool:
    return channel != b""


def channel_matcher(pattern: bytes) -> Matcher:
    """Whether a channel matches ``pattern`` as PSUBSCRIBE and PUBSUB
    CHANNELS decide it."""
    return _nonempty if pattern == b"*" else compile_pattern(pattern)


class Hub:
    def __init__(self, config: Config) -> None:
        self.channels: dict[bytes, Followers] = {}
        self.patterns: dict[bytes, tuple[Matcher, Followers]] = {}
        self.shard_channels: dict[bytes, Followers] = {}
        self.backlog = Backlog(config, self.channels.__contains__, self._matched)
        self.shard_backlog = Backlog(config, self.shard_channels.__contains__)
        self.subscribers: dict[Subscriber, None] = {}
        # Subscribers dropped for passing an output buffer limit.
        self.dropped = 0
        # Set once the server shuts down: streams that start later end at once.
        self.closing: str | None = None
        self._config = config
        self.notify_flags = 0
        self.reconfigure()

    def reconfigure(self) -> None:
        """Apply the configuration (at start, and after CONFIG SET)."""
        self.notify_flags = parse_flags(self._config.notify_keyspace_events) or 0
        self.backlog.trim()
        self.shard_backlog.trim()

    # Subscriptions. Each returns whether anything changed.

    def subscribe(self, subscriber: Subscriber, channel: bytes) -> bool:
        return _follow(self.channels, subscriber.channels, subscriber, channel)

    def unsubscribe(self, subscriber: Subscriber, channel: bytes) -> bool:
        return _unfollow(self.channels, subscriber.channels, subscriber, channel)

    def ssubscribe(self, subscriber: Subscriber, channel: bytes) -> bool:
        return _follow(self.shard_channels, subscriber.shard_channels, subscriber, channel)

    def sunsubscribe(self, subscriber: Subscriber, channel: bytes) -> bool:
        return _unfollow(self.shard_channels, subscriber.shard_channels, subscriber, channel)

    def psubscribe(self, subscriber: Subscriber, pattern: bytes) -> bool:
        if pattern in subscriber.patterns:
            return False
        subscriber.patterns[pattern] = None
        entry = self.patterns.get(pattern)
        if entry is None:
            entry = self.patterns[pattern] = (channel_matcher(pattern), {})
        entry[1][subscriber] = None
        return True

    def punsubscribe(self, subscriber: Subscriber, pattern: bytes) -> bool:
        if pattern not in subscriber.patterns:
            return False
        del subscriber.patterns[pattern]
        followers = self.patterns[pattern][1]
        del followers[subscriber]
        if not followers:
            del self.patterns[pattern]
        return True

    def _matched(self, channel: bytes) -> bool:
        """Whether a pattern subscription would receive the channel's next
        message (the backlog keeps its numbering if it can)."""
        return any(matches(channel) for matches, _followers in self.patterns.values())

    def attach(self, subscriber: Subscriber) -> None:
        self.subscribers[subscriber] = None
        if self.closing is not None:
            subscriber.drop(self.closing, Code.UNAVAILABLE)

    def detach(self, subscriber: Subscriber) -> None:
        """Forget a stream that ended: all its subscriptions go."""
        for channel in list(subscriber.channels):
            self.unsubscribe(subscriber, channel)
        for pattern in list(subscriber.patterns):
            self.punsubscribe(subscriber, pattern)
        for channel in list(subscriber.shard_channels):
            self.sunsubscribe(subscriber, channel)
        self.subscribers.pop(subscriber, None)

    # Publishing.

    def publish(self, channel: bytes, payload: bytes) -> tuple[int, int]:
        """Deliver to channel and pattern subscribers; return the number of
        receivers as Redis counts them and the message's sequence number."""
        sequence = self.backlog.record(channel, payload)
        receivers = 0
        followers = self.channels.get(channel)
        if followers:
            event = events.message(channel, payload, sequence)
            for subscriber in followers:
                subscriber.send(event)
            receivers = len(followers)
        for pattern, (matches, pattern_followers) in self.patterns.items():
            if matches(channel):
                event = events.message(channel, payload, sequence, pattern=pattern)
                for subscriber in pattern_followers:
                    subscriber.send(event)
                receivers += len(pattern_followers)
        return receivers, sequence

    def spublish(self, channel: bytes, payload: bytes) -> tuple[int, int]:
        sequence = self.shard_backlog.record(channel, payload)
        followers = self.shard_channels.get(channel)
        if not followers:
            return 0, sequence
        event = events.message(channel, payload, sequence, sharded=True)
        for subscriber in followers:
            subscriber.send(event)
        return len(followers), sequence

    def close_all(self, reason: str) -> None:
        self.closing = reason
        for subscriber in list(self.subscribers):
            subscriber.drop(reason, Code.UNAVAILABLE)

    def check_limits(self) -> None:
        """Catch subscribers that stay over the soft limit while nothing is
        published (Redis checks in its clients cron too)."""
        for subscriber in list(self.subscribers):
            if subscriber.output_buffer:
                subscriber.check_limits()


def _follow(
    table: dict[bytes, Followers], own: dict[bytes, None], subscriber: Subscriber, channel: bytes
) -> bool:
    if channel in own:
        return False
    own[channel] = None
    followers = table.get(channel)
    if followers is None:
        followers = table[channel] = {}
    followers[subscriber] = None
    return True


def _unfollow(
    table: dict[bytes, Followers], own: dict[bytes, None], subscriber: Subscriber, channel: bytes
) -> bool:
    if channel not in own:
        return False
    del own[channel]
    followers = table[channel]
    del followers[subscriber]
    if not followers:
        del table[channel]
    return True
