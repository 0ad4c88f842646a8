"""What a PubSub knows, whichever transport carries it (a reader thread or
an asyncio task): its subscriptions and their handlers, the requests that
change them, the message dicts redis-py gives for each event, and the
resume points that let a new stream go on where a broken one stopped.

A resume point is the last sequence number received: per channel for
SUBSCRIBE and SSUBSCRIBE, and per (pattern, channel) for PSUBSCRIBE, since
a message delivered both ways can be cut in two by a broken stream. A
subscription confirmed before any message starts from the number the
confirmation carries. Each point remembers the run_id of the server that
numbered it, so that after a restart the server learns which numbers belong
to its previous run.

The subscription tables and the pending-unsubscribe sets follow redis-py's
PubSub: names are added when subscribed and removed only when the server
confirms the unsubscribe.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from keyspace import _arguments as args
from keyspace.exceptions import response_error
from keyspace.v1 import subscribe_pb2 as pb

Message = dict[str, Any]
Handler = Callable[[Message], Any]
Action = pb.SubscribeAction
Request = pb.SubscribeRequest


class Kind(enum.Enum):
    CHANNEL = "channel"
    PATTERN = "pattern"
    SHARD = "shard channel"


_SUBSCRIBE = {
    Kind.CHANNEL: Action.SUBSCRIBE_ACTION_SUBSCRIBE,
    Kind.PATTERN: Action.SUBSCRIBE_ACTION_PSUBSCRIBE,
    Kind.SHARD: Action.SUBSCRIBE_ACTION_SSUBSCRIBE,
}
_UNSUBSCRIBE = {
    Kind.CHANNEL: Action.SUBSCRIBE_ACTION_UNSUBSCRIBE,
    Kind.PATTERN: Action.SUBSCRIBE_ACTION_PUNSUBSCRIBE,
    Kind.SHARD: Action.SUBSCRIBE_ACTION_SUNSUBSCRIBE,
}
# A confirmation's action: its redis-py message type, and what it changed.
_CHANGES: dict[int, tuple[str, Kind, bool]] = {
    Action.SUBSCRIBE_ACTION_SUBSCRIBE: ("subscribe", Kind.CHANNEL, True),
    Action.SUBSCRIBE_ACTION_PSUBSCRIBE: ("psubscribe", Kind.PATTERN, True),
    Action.SUBSCRIBE_ACTION_SSUBSCRIBE: ("ssubscribe", Kind.SHARD, True),
    Action.SUBSCRIBE_ACTION_UNSUBSCRIBE: ("unsubscribe", Kind.CHANNEL, False),
    Action.SUBSCRIBE_ACTION_PUNSUBSCRIBE: ("punsubscribe", Kind.PATTERN, False),
    Action.SUBSCRIBE_ACTION_SUNSUBSCRIBE: ("sunsubscribe", Kind.SHARD, False),
}
_REASONS = {
    pb.DISCONTINUITY_REASON_BACKLOG_EXCEEDED: "backlog_exceeded",
    pb.DISCONTINUITY_REASON_SERVER_RESTARTED: "server_restarted",
}


@dataclass(frozen=True, slots=True)
class Subscription:
    """A channel or pattern with an optional handler, as redis-py's
    ``redis.typing.Subscription``: for names that cannot be keyword
    arguments, ``p.subscribe(Subscription(b"\\xff", handler))``."""

    name: args.KeyT
    handler: Handler | None = None


@dataclass(frozen=True, slots=True)
class Point:
    """A resume point: the last number seen, on the run that numbered it."""

    run_id: str
    sequence: int


@dataclass(slots=True)
class Delivery:
    """An event made ready for the caller of get_message: the message dict
    (None: get_message returns None), or the handler that takes it
    instead, or the error to raise."""

    message: Message | None = None
    handler: Handler | None = None
    error: Exception | None = None
    # An unsubscribe confirmation left nothing subscribed.
    emptied: bool = False


def ping_request(message: args.EncodableT | None) -> Request:
    channels = [] if message is None else [args.encode(message)]
    return Request(action=Action.SUBSCRIBE_ACTION_PING, channels=channels)


def _parse(names: tuple[Any, ...], handlers: Mapping[str, Handler]) -> dict[bytes, Handler | None]:
    """redis-py's parse_pubsub_subscriptions: names (a list flattens),
    Subscription objects, then keyword arguments naming handlers."""
    parsed: dict[bytes, Handler | None] = {}
    for item in args.flatten(names[0], names[1:]) if names else []:
        if isinstance(item, Subscription):
            parsed[args.encode(item.name)] = item.handler
        else:
            parsed[args.encode(item)] = None
    for name, handler in handlers.items():
        parsed[args.encode(name)] = handler
    return parsed


class State:
    def __init__(
        self,
        discontinuity_handler: Handler | None = None,
        disconnect_handler: Handler | None = None,
    ) -> None:
        self.discontinuity_handler = discontinuity_handler
        self.disconnect_handler = disconnect_handler
        self.reset()

    def reset(self) -> None:
        self.tables: dict[Kind, dict[bytes, Handler | None]] = {kind: {} for kind in Kind}
        self._pending: dict[Kind, set[bytes]] = {kind: set() for kind in Kind}
        self._points: dict[Kind, dict[bytes, Point]] = {Kind.CHANNEL: {}, Kind.SHARD: {}}
        self._pattern_points: dict[bytes, dict[bytes, Point]] = {}
        # The run_id of the server the stream talks to, from its last
        # confirmation.
        self.run_id = ""
        self.last_heartbeat: float | None = None
        self.last_activity: float | None = None

    @property
    def has_subscriptions(self) -> bool:
        return any(self.tables.values())

    # -- requests ---------------------------------------------------------

    def subscribe(
        self, kind: Kind, names: tuple[Any, ...], handlers: Mapping[str, Handler]
    ) -> Request:
        parsed = _parse(names, handlers)
        self.tables[kind].update(parsed)
        self._pending[kind].difference_update(parsed)
        return Request(action=_SUBSCRIBE[kind], channels=list(parsed))

    def unsubscribe(self, kind: Kind, names: tuple[Any, ...]) -> Request:
        """None named: all of that kind, as Redis's UNSUBSCRIBE with no
        argument."""
        encoded = args.encode_all(args.flatten(names[0], names[1:])) if names else []
        self._pending[kind].update(encoded or self.tables[kind])
        return Request(action=_UNSUBSCRIBE[kind], channels=encoded)

    def resubscribe(self) -> list[Request]:
        """The requests that give a new stream every subscription back,
        with resume points. An unsubscribe still unconfirmed is done: the
        new stream simply does not subscribe again."""
        for kind in Kind:
            for name in self._pending[kind]:
                self.tables[kind].pop(name, None)
                self._forget(kind, name)
            self._pending[kind].clear()
        requests = self._channel_requests(Kind.CHANNEL)
        for pattern in self.tables[Kind.PATTERN]:
            requests += self._pattern_requests(pattern)
        return requests + self._channel_requests(Kind.SHARD)

    def _channel_requests(self, kind: Kind) -> list[Request]:
        points = self._points[kind]
        # One request per run the points belong to (points of two runs only
        # coexist when a stream broke while a restart was being reported).
        groups: dict[str, list[bytes]] = {}
        for name in self.tables[kind]:
            point = points.get(name)
            groups.setdefault(point.run_id if point else "", []).append(name)
        return [
            Request(
                action=_SUBSCRIBE[kind],
                channels=names,
                resume=[
                    pb.ResumePoint(channel=name, last_sequence=points[name].sequence)
                    for name in names
                    if name in points
                ],
                resume_run_id=run_id,
            )
            for run_id, names in groups.items()
        ]

    def _pattern_requests(self, pattern: bytes) -> list[Request]:
        groups: dict[str, list[pb.ResumePoint]] = {}
        for channel, point in self._pattern_points.get(pattern, {}).items():
            resume = pb.ResumePoint(channel=channel, last_sequence=point.sequence)
            groups.setdefault(point.run_id, []).append(resume)
        return [
            Request(
                action=Action.SUBSCRIBE_ACTION_PSUBSCRIBE,
                channels=[pattern],
                resume=resume,
                resume_run_id=run_id,
            )
            for run_id, resume in (groups or {"": []}).items()
        ]

    def _forget(self, kind: Kind, name: bytes) -> None:
        if kind is Kind.PATTERN:
            self._pattern_points.pop(name, None)
        else:
            self._points[kind].pop(name, None)

    # -- events -----------------------------------------------------------

    def handle(
        self, event: pb.SubscriptionEvent, ignore_subscribe_messages: bool
    ) -> Delivery | None:
        """What get_message makes of one event; None for an event it passes
        over silently (a heartbeat, or a kind this SDK does not know)."""
        self.last_activity = time.time()
        which = event.WhichOneof("event")
        if which == "message":
            return self._message(event.message)
        if which == "change":
            return self._change(event.change, ignore_subscribe_messages)
        if which == "discontinuity":
            return self._discontinuity(event.discontinuity)
        if which == "pong":
            return Delivery(_message("pong", None, None, event.pong.message, None))
        if which == "error":
            return Delivery(error=response_error(event.error.message, event.error.code))
        if which == "heartbeat":
            self.last_heartbeat = self.last_activity
        return None

    def _message(self, event: pb.PubSubMessage) -> Delivery:
        channel = event.channel
        point = Point(self.run_id, event.sequence)
        if event.sharded:
            self._points[Kind.SHARD][channel] = point
            message = _message("smessage", None, channel, event.payload, event.sequence)
            return Delivery(message, self.tables[Kind.SHARD].get(channel))
        if event.HasField("pattern"):
            pattern = event.pattern
            self._pattern_points.setdefault(pattern, {})[channel] = point
            message = _message("pmessage", pattern, channel, event.payload, event.sequence)
            return Delivery(message, self.tables[Kind.PATTERN].get(pattern))
        self._points[Kind.CHANNEL][channel] = point
        message = _message("message", None, channel, event.payload, event.sequence)
        return Delivery(message, self.tables[Kind.CHANNEL].get(channel))

    def _change(self, change: pb.SubscriptionChange, ignore_subscribe_messages: bool) -> Delivery:
        kind_of = _CHANGES.get(change.action)
        if kind_of is None:
            return Delivery()
        name, kind, subscribed = kind_of
        self.run_id = change.run_id or self.run_id
        channel = change.channel if change.HasField("channel") else None
        sequence = None
        emptied = False
        if subscribed:
            if kind is not Kind.PATTERN and channel is not None:
                sequence = change.sequence
                # Already known (a resumed or repeated subscription): the
                # point stays, the replay that follows moves it on.
                self._points[kind].setdefault(channel, Point(self.run_id, sequence))
        elif channel is not None:
            self._forget(kind, channel)
            if channel in self._pending[kind]:
                self._pending[kind].remove(channel)
                self.tables[kind].pop(channel, None)
            emptied = not self.has_subscriptions
        else:
            emptied = not self.has_subscriptions
        if ignore_subscribe_messages:
            return Delivery(emptied=emptied)
        return Delivery(_message(name, None, channel, change.count, sequence), emptied=emptied)

    def _discontinuity(self, event: pb.Discontinuity) -> Delivery:
        pattern = event.pattern if event.HasField("pattern") else None
        if event.sharded:
            points = self._points[Kind.SHARD]
        elif pattern is not None:
            points = self._pattern_points.setdefault(pattern, {})
        else:
            points = self._points[Kind.CHANNEL]
        reason = _REASONS.get(event.reason, "unknown")
        channel = event.channel
        if event.reason == pb.DISCONTINUITY_REASON_SERVER_RESTARTED:
            # The server now replays its whole backlog: numbers start over.
            points[channel] = Point(self.run_id, 0)
            last_lost = None
        else:
            last_lost = event.last_lost
            current = points.get(channel)
            seen = current.sequence if current and current.run_id == self.run_id else 0
            points[channel] = Point(self.run_id, max(seen, last_lost))
        message = _message("discontinuity", pattern, channel, None, None)
        message.update(
            first_lost=event.first_lost, last_lost=last_lost, reason=reason, sharded=event.sharded
        )
        return Delivery(message, self.discontinuity_handler)

    def disconnected(self, reason: str, details: str) -> Delivery:
        """The message for a stream that broke (see the README's Pub/sub)."""
        message = _message("disconnected", None, None, None, None)
        message.update(reason=reason, details=details)
        return Delivery(message, self.disconnect_handler)


def _message(
    kind: str, pattern: bytes | None, channel: bytes | None, data: Any, sequence: int | None
) -> Message:
    return {
        "type": kind,
        "pattern": pattern,
        "channel": channel,
        "data": data,
        "sequence": sequence,
    }
