"""The Subscribe stream: a subscribed connection.

Two tasks share the stream. The reader applies each request as it arrives
(subscribe_session.py) and queues its replies; publishers queue messages
from their own commands. The writer, the call's own task, sends whatever
has queued, many events per response, and a heartbeat when the stream has
been idle for ``pubsub-heartbeat-interval``.

A client that half-closes its side sends no more requests but keeps its
subscriptions and goes on receiving (as etcd's Watch does); cancelling the
call ends them. A subscriber that is dropped (an output buffer limit, an
event too large for gRPC, a malformed request, the server shutting down)
leaves the hub at once, as Redis frees such a client at once; its call ends
with a status saying why as soon as the client has read what gRPC already
holds for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterable
from typing import Any

import grpc
import grpc.aio
from google.protobuf.message import DecodeError
from keyspace.v1 import subscribe_pb2

from keyspace_server import errors
from keyspace_server.api.subscribe_session import Session
from keyspace_server.context import Context
from keyspace_server.pubsub import events
from keyspace_server.pubsub.subscriber import Drop, Subscriber

log = logging.getLogger("keyspace")
Request = subscribe_pb2.SubscribeRequest
_STATUS = {code.value[0]: code for code in grpc.StatusCode}


def _consume(future: asyncio.Future[Any]) -> None:
    """Retrieve an abort's outcome: AbortError when the status went out, or
    a failed batch when the client was gone first; neither is news."""
    if not future.cancelled():
        future.exception()


class _Stream:
    def __init__(self, ctx: Context, context: grpc.aio.ServicerContext[Any, Any]) -> None:
        self.ctx = ctx
        self.hub = ctx.pubsub
        self.context = context
        self._aborts: list[asyncio.Future[Any]] = []
        self._open = True
        self.subscriber = Subscriber(ctx.config, self._on_drop)
        self.session = Session(self.hub, self.subscriber)
        ctx.stats.subscribers_open += 1
        self.hub.attach(self.subscriber)

    def _on_drop(self, drop: Drop) -> None:
        if drop.over_limit:
            self.hub.dropped += 1
        if drop.code != errors.Code.UNAVAILABLE:
            log.warning("subscriber dropped: %s", drop.reason)
        # This may run inside a PUBLISH walking the followers: leave the hub
        # right after it.
        asyncio.get_running_loop().call_soon(self.close)
        # From whichever task dropped the subscriber: the writer may be stuck
        # in a write to a client that stopped reading.
        abort: asyncio.Future[Any] = asyncio.ensure_future(
            self.context.abort(_STATUS[drop.code], drop.reason)
        )
        abort.add_done_callback(_consume)
        self._aborts.append(abort)

    def close(self) -> None:
        """Leave the hub and stop counting as a client (once)."""
        if self._open:
            self._open = False
            self.ctx.stats.subscribers_open -= 1
            self.hub.detach(self.subscriber)

    async def read(self, requests: AsyncIterable[Request]) -> None:
        subscriber = self.subscriber
        try:
            async for request in requests:
                if subscriber.dropped is not None:
                    return
                self.ctx.stats.commands_processed += 1
                try:
                    self.session.apply(request)
                except Exception as error:  # a bug must not end the stream silently
                    log.exception("subscribe request failed unexpectedly")
                    self.session.fail(errors.internal("subscribe", error))
        except DecodeError as error:
            subscriber.drop(f"malformed SubscribeRequest: {error}", errors.Code.INVALID_ARGUMENT)
        except Exception as error:
            # Once dropped, reading fails with the drop's abort: no news.
            if subscriber.dropped is None:
                log.exception("reading a Subscribe stream failed")
                subscriber.drop(f"reading the requests failed: {error}", errors.Code.INTERNAL)

    async def write(self) -> None:
        subscriber, context, config = self.subscriber, self.context, self.ctx.config
        while subscriber.dropped is None:
            if not subscriber.has_events:
                subscriber.wake.clear()
                interval = config.pubsub_heartbeat_interval
                try:
                    async with asyncio.timeout(interval or None):
                        await subscriber.wake.wait()
                except TimeoutError:
                    subscriber.send(events.heartbeat())
                continue
            await context.write(subscriber.take(config.grpc_max_message_size))
            subscriber.sent()

    async def ended(self) -> None:
        """Wait until the drop's status went out (or the client left)."""
        for abort in self._aborts:
            with contextlib.suppress(Exception):
                await abort


async def subscribe_stream(
    ctx: Context, requests: AsyncIterable[Request], context: grpc.aio.ServicerContext[Any, Any]
) -> None:
    # Headers first, before anything can drop the subscriber. grpc.aio marks
    # them sent only once the first write completes, so an abort from
    # another task during that write would add its own initial-metadata op:
    # core refuses that batch (TOO_MANY_OPERATIONS) and the status is lost.
    await context.send_initial_metadata(())
    stream = _Stream(ctx, context)
    reader = asyncio.get_running_loop().create_task(stream.read(requests))
    try:
        await stream.write()
    finally:
        reader.cancel()
        stream.close()
    # The writer stops only once the subscriber is dropped. Returning before
    # the drop's abort has run would let gRPC end the call with OK instead.
    await stream.ended()
