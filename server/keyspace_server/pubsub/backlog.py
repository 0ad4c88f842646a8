"""Per-channel sequence numbers and the replay backlog.

Each channel the server knows has a ``ChannelLog``: its latest sequence
number and its last messages (up to ``pubsub-backlog-size``). All logs
together stay under ``pubsub-backlog-max-memory``: past it, the oldest
messages of any channel go first, then the logs that hold no messages: of
channels nobody follows first, then of channels only patterns follow. A
channel subscribed to by name always keeps its log.

Numbers never repeat within a run, even for a channel whose log was dropped
and later created again: a new log starts at the count of all messages
published so far, which is at least any number already used. A subscriber
resuming from an older number then learns that the numbers between are lost
(some of them perhaps never used on that channel), instead of being handed
newer messages as if nothing had been missed. A pattern subscriber sees such
a jump live, so the logs of channels a pattern matches are given up only
when nothing else is left to free.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from keyspace_server.config import Config

# What a log costs besides its messages: the objects, the dict entries.
LOG_OVERHEAD = 240
# And each message: the tuple and the deque slot.
MESSAGE_OVERHEAD = 64


@dataclass(slots=True, eq=False)
class ChannelLog:
    channel: bytes
    # The latest sequence number given on the channel.
    last: int
    # Every number up to this one is no longer in ``messages``.
    lost_upto: int
    messages: deque[tuple[int, bytes]] = field(default_factory=deque)


@dataclass(slots=True, frozen=True)
class Replay:
    """What a subscriber resuming after ``after`` gets: the numbers lost
    (``first_lost``..``last_lost``, none when first_lost is 0) and the
    messages still held, oldest first."""

    first_lost: int
    last_lost: int
    messages: list[tuple[int, bytes]]


class Backlog:
    def __init__(
        self,
        config: Config,
        subscribed: Callable[[bytes], bool],
        matched: Callable[[bytes], bool] = lambda _channel: False,
    ) -> None:
        self._config = config
        # A channel subscribed to by name keeps its log, whatever the memory;
        # one a pattern matches keeps it unless nothing else can go.
        self._subscribed = subscribed
        self._matched = matched
        self.logs: OrderedDict[bytes, ChannelLog] = OrderedDict()
        # Messages published in this run, over all channels.
        self.published = 0
        # Held messages in publish order, for evicting the oldest first:
        # (log, sequence, cost); entries whose message already left its log
        # are skipped.
        self._order: deque[tuple[ChannelLog, int, int]] = deque()
        self._held = 0
        self.memory = 0

    def log(self, channel: bytes) -> ChannelLog:
        found = self.logs.get(channel)
        if found is None:
            found = ChannelLog(channel, last=self.published, lost_upto=self.published)
            self.logs[channel] = found
            self.memory += LOG_OVERHEAD + len(channel)
            self._evict()
        return found

    def record(self, channel: bytes, payload: bytes) -> int:
        """Number the message and keep it; return its sequence number."""
        log = self.log(channel)
        self.logs.move_to_end(channel)
        self.published += 1
        log.last += 1
        sequence = log.last
        size = self._config.pubsub_backlog_size
        cost = len(payload) + MESSAGE_OVERHEAD
        if size <= 0 or cost > self._config.pubsub_backlog_max_memory:
            # A message larger than the whole backlog may hold is not kept
            # (keeping it would first evict every other channel's history,
            # then itself). The channel's older messages go too: a replay
            # cannot skip a lost message in the middle.
            while log.messages:
                self._drop_oldest(log, cost=None)
            log.lost_upto = sequence
            return sequence
        log.messages.append((sequence, payload))
        self._order.append((log, sequence, cost))
        self._held += 1
        self.memory += cost
        while len(log.messages) > size:
            self._drop_oldest(log, cost=None)
        self._evict()
        return sequence

    def _drop_oldest(self, log: ChannelLog, cost: int | None) -> None:
        sequence, payload = log.messages.popleft()
        log.lost_upto = sequence
        self._held -= 1
        self.memory -= len(payload) + MESSAGE_OVERHEAD if cost is None else cost

    def _evict(self) -> None:
        limit = self._config.pubsub_backlog_max_memory
        order = self._order
        while self.memory > limit and order:
            log, sequence, cost = order.popleft()
            if log.messages and log.messages[0][0] == sequence:
                self._drop_oldest(log, cost)
        if self.memory > limit:
            self._forget_empty(lambda c: not (self._subscribed(c) or self._matched(c)))
        if self.memory > limit:
            self._forget_empty(lambda c: not self._subscribed(c))
        # Entries of messages that left their log by the per-channel limit
        # stay in the order until reached; rebuild it before they dominate.
        if len(order) > 2 * self._held + 1024:
            self._order = deque(
                entry
                for entry in order
                if entry[0].messages and entry[1] >= entry[0].messages[0][0]
            )

    def _forget_empty(self, forgettable: Callable[[bytes], bool]) -> None:
        """Forget logs without messages, least recently published first,
        until the memory is under the limit. Runs once per new channel when
        the backlog is full (keyspace notifications: once per new key), so
        it looks only as far as it must: logs it has to keep are moved to
        the back, where the next call will not walk over them again."""
        excess = self.memory - self._config.pubsub_backlog_max_memory
        doomed: list[bytes] = []
        kept: list[bytes] = []
        for channel, log in self.logs.items():
            if excess <= 0:
                break
            if log.messages or not forgettable(channel):
                kept.append(channel)
            else:
                doomed.append(channel)
                excess -= LOG_OVERHEAD + len(channel)
        for channel in doomed:
            self.forget(channel)
        for channel in kept:
            self.logs.move_to_end(channel)

    def forget(self, channel: bytes) -> None:
        log = self.logs.pop(channel, None)
        if log is None:
            return
        self.memory -= LOG_OVERHEAD + len(channel)
        for _sequence, payload in log.messages:
            self._held -= 1
            self.memory -= len(payload) + MESSAGE_OVERHEAD
        log.messages.clear()

    def trim(self) -> None:
        """Apply a lowered pubsub-backlog-size or max-memory (CONFIG SET)."""
        size = max(self._config.pubsub_backlog_size, 0)
        for log in self.logs.values():
            while len(log.messages) > size:
                self._drop_oldest(log, cost=None)
        self._evict()

    def replay(self, channel: bytes, after: int) -> Replay:
        log = self.log(channel)
        if after >= log.last:
            return Replay(0, 0, [])
        first_lost = last_lost = 0
        if log.lost_upto > after:
            first_lost, last_lost = after + 1, min(log.lost_upto, log.last)
        messages = [entry for entry in log.messages if entry[0] > after]
        return Replay(first_lost, last_lost, messages)
