"""The Subscribe stream: a subscribed connection.

Two tasks share the stream. The reader applies each request as it arrives
(subscription changes, PING) and queues its replies; publishers queue
messages from their own commands. The writer sends whatever has queued,
many events per response, a heartbeat when the stream has been idle for
``pubsub-heartbeat-interval``, and ends the call with RESOURCE_EXHAUSTED if
the subscriber was dropped for passing an output buffer limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterable, Callable
from typing import Any

import grpc
import grpc.aio
from keyspace.v1 import subscribe_pb2

from keyspace_server import errors
from keyspace_server.api.status import error_reply
from keyspace_server.context import Context
from keyspace_server.identity import RUN_ID
from keyspace_server.pubsub import events
from keyspace_server.pubsub.backlog import Backlog
from keyspace_server.pubsub.hub import Hub
from keyspace_server.pubsub.subscriber import Subscriber

log = logging.getLogger("keyspace")
Action = subscribe_pb2.SubscribeAction
Request = subscribe_pb2.SubscribeRequest

_NAMES = {
    Action.SUBSCRIBE_ACTION_SUBSCRIBE: "subscribe",
    Action.SUBSCRIBE_ACTION_UNSUBSCRIBE: "unsubscribe",
    Action.SUBSCRIBE_ACTION_PSUBSCRIBE: "psubscribe",
    Action.SUBSCRIBE_ACTION_PUNSUBSCRIBE: "punsubscribe",
    Action.SUBSCRIBE_ACTION_SSUBSCRIBE: "ssubscribe",
    Action.SUBSCRIBE_ACTION_SUNSUBSCRIBE: "sunsubscribe",
    Action.SUBSCRIBE_ACTION_PING: "ping",
}


def _error(subscriber: Subscriber, failure: errors.CommandError) -> None:
    subscriber.send(events.error(error_reply(failure).error))


class _Session:
    """One stream's subscriber and how its requests change it."""

    def __init__(self, ctx: Context, hub: Hub, subscriber: Subscriber) -> None:
        self.ctx = ctx
        self.hub = hub
        self.subscriber = subscriber

    def apply(self, request: subscribe_pb2.SubscribeRequest) -> None:
        action = request.action
        name = _NAMES.get(action)
        subscriber = self.subscriber
        if name is None:
            _error(
                subscriber,
                errors.CommandError(
                    "ERR unknown subscription action: the SubscribeRequest has no action set"
                ),
            )
            return
        channels = list(request.channels)
        if action == Action.SUBSCRIBE_ACTION_PING:
            if len(channels) > 1:
                _error(subscriber, errors.wrong_arity(name))
            else:
                subscriber.send(events.pong(channels[0] if channels else b""))
            return
        if action in (
            Action.SUBSCRIBE_ACTION_SUBSCRIBE,
            Action.SUBSCRIBE_ACTION_PSUBSCRIBE,
            Action.SUBSCRIBE_ACTION_SSUBSCRIBE,
        ):
            if not channels:
                _error(subscriber, errors.wrong_arity(name))
                return
            resume = {point.channel: point.last_sequence for point in request.resume}
            restarted = bool(request.resume_run_id) and request.resume_run_id != RUN_ID
            if action == Action.SUBSCRIBE_ACTION_SUBSCRIBE:
                self._follow_channels(channels, resume, restarted, sharded=False)
            elif action == Action.SUBSCRIBE_ACTION_SSUBSCRIBE:
                self._follow_channels(channels, resume, restarted, sharded=True)
            else:
                self._follow_patterns(channels, resume, restarted)
            return
        self._unfollow(action, channels)

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
    if replay.first_lost:
        subscriber.send(
            events.discontinuity(
                channel,
                replay.first_lost,
                replay.last_lost,
                events.Reason.DISCONTINUITY_REASON_BACKLOG_EXCEEDED,
                pattern,
                sharded,
            )
        )
    for sequence, payload in replay.messages:
        subscriber.send(events.message(channel, payload, sequence, pattern, sharded))


async def _read(requests: AsyncIterable[Request], session: _Session) -> None:
    async for request in requests:
        if session.subscriber.dropped is not None:
            return
        try:
            session.apply(request)
        except Exception as error:  # a bug must not end the stream silently
            log.exception("subscribe request failed unexpectedly")
            _error(session.subscriber, errors.internal("subscribe", error))


async def subscribe_stream(
    ctx: Context, requests: AsyncIterable[Request], context: grpc.aio.ServicerContext[Any, Any]
) -> None:
    hub = ctx.pubsub
    loop = asyncio.get_running_loop()
    aborting: list[asyncio.Future[None]] = []

    def on_drop(code: errors.Code, reason: str) -> None:
        if code == errors.Code.RESOURCE_EXHAUSTED:
            hub.dropped += 1
            log.warning("subscriber dropped: %s", reason)
        # Ended from its own task: the writer may be stuck in a write to a
        # client that stopped reading; the abort wakes it.
        status = grpc.StatusCode.RESOURCE_EXHAUSTED
        if code != errors.Code.RESOURCE_EXHAUSTED:
            status = grpc.StatusCode.UNAVAILABLE
        aborting.append(asyncio.ensure_future(context.abort(status, reason)))

    subscriber = Subscriber(ctx.config, on_drop)
    hub.attach(subscriber)
    reader = loop.create_task(_read(requests, _Session(ctx, hub, subscriber)))
    limit = ctx.config.grpc_max_message_size
    ctx.stats.subscribers_open += 1
    try:
        while subscriber.dropped is None:
            if not subscriber.has_events:
                subscriber.wake.clear()
                interval = ctx.config.pubsub_heartbeat_interval
                try:
                    async with asyncio.timeout(interval or None):
                        await subscriber.wake.wait()
                except TimeoutError:
                    subscriber.send(events.heartbeat())
                continue
            await context.write(subscriber.take(limit))
            subscriber.sent()
    except (grpc.aio.AbortError, asyncio.CancelledError):
        if subscriber.dropped is None:
            raise
    finally:
        ctx.stats.subscribers_open -= 1
        reader.cancel()
        hub.detach(subscriber)
    # Dropped: the abort ends the call once the client has read what gRPC
    # already holds for it.
    for abort in aborting:
        with contextlib.suppress(grpc.aio.AbortError):
            await abort
