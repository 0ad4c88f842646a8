"""What the synchronous and the asyncio PubSub share: their options and
attributes, and what get_message makes of an event or of a stream's end."""

from __future__ import annotations

from collections import deque

from keyspace.exceptions import ConnectionError, PubSubError
from keyspace.pubsub.reconnect import Backoff, End, Reconnection
from keyspace.pubsub.state import Delivery, Handler, Kind, State
from keyspace.v1 import subscribe_pb2 as pb

Item = pb.SubscriptionEvent | End

# Responses a PubSub holds that get_message has not reached: few, so that a
# program that stops reading soon stops the stream too, and the server's
# output buffer limit applies to it as Redis's does to a slow subscriber.
QUEUED_RESPONSES = 4

NOT_CONNECTED = "pubsub connection not set: did you forget to call subscribe() or psubscribe()?"


class PubSubBase:
    PUBLISH_MESSAGE_TYPES = ("message", "pmessage", "smessage")
    UNSUBSCRIBE_MESSAGE_TYPES = ("unsubscribe", "punsubscribe", "sunsubscribe")

    def __init__(
        self,
        target: str,
        *,
        ignore_subscribe_messages: bool = False,
        reconnect: bool = True,
        backoff: Backoff | None = None,
        discontinuity_handler: Handler | None = None,
        disconnect_handler: Handler | None = None,
    ) -> None:
        self.target = target
        self.ignore_subscribe_messages = ignore_subscribe_messages
        # Reopen a broken stream by itself (else get_message raises
        # ConnectionError and the next call reopens it).
        self.reconnect = reconnect
        self.backoff = backoff if backoff is not None else Backoff()
        self._state = State(discontinuity_handler, disconnect_handler)
        self._reconnection = Reconnection()
        # Events of responses already taken from the stream, not yet handled.
        self._events: deque[pb.SubscriptionEvent] = deque()

    @property
    def channels(self) -> dict[bytes, Handler | None]:
        """Subscribed channels and their handlers, as redis-py's."""
        return self._state.tables[Kind.CHANNEL]

    @property
    def patterns(self) -> dict[bytes, Handler | None]:
        return self._state.tables[Kind.PATTERN]

    @property
    def shard_channels(self) -> dict[bytes, Handler | None]:
        return self._state.tables[Kind.SHARD]

    @property
    def last_heartbeat(self) -> float | None:
        """When get_message last passed over a heartbeat (time.time())."""
        return self._state.last_heartbeat

    @property
    def last_activity(self) -> float | None:
        """When get_message last handled any event of the stream."""
        return self._state.last_activity

    @property
    def connected(self) -> bool:
        """Whether the stream is up, as far as get_message has seen."""
        return self._reconnection.up and not self._reconnection.broken

    def _delivery(self, item: Item, ignore_subscribe_messages: bool) -> Delivery | None:
        if isinstance(item, End):
            return self._ended(item)
        ignore = ignore_subscribe_messages or self.ignore_subscribe_messages
        return self._state.handle(item, ignore)

    def _ended(self, end: End) -> Delivery | None:
        """The stream ended (the subclass has let it go): report it once,
        and schedule the next one."""
        self._events.clear()
        was_up = self._reconnection.ended(self.backoff if self.reconnect else None)
        if not self.reconnect:
            raise ConnectionError(end.details or end.reason)
        if not was_up:
            return None
        return self._state.disconnected(end.reason, end.details)

    def _check_handlers(self, *kinds: Kind) -> None:
        """redis-py refuses to run a worker for subscriptions without a
        handler, whose messages nobody would read."""
        labels = {Kind.CHANNEL: "Channel", Kind.PATTERN: "Pattern", Kind.SHARD: "Shard Channel"}
        for kind in kinds:
            for name, handler in self._state.tables[kind].items():
                if handler is None:
                    raise PubSubError(f"{labels[kind]}: '{name!r}' has no handler registered")
