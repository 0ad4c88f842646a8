"""The asyncio PubSub: redis-py's ``redis.asyncio`` PubSub over a Subscribe
stream. A reader task moves the stream's responses into a small queue
(reading the call itself with a timeout would cancel it); get_message()
does the rest in the caller's task, as the synchronous PubSub does."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import grpc.aio

from keyspace import _arguments as args
from keyspace import _schema
from keyspace.pubsub.base import NOT_CONNECTED, QUEUED_RESPONSES, Item, PubSubBase
from keyspace.pubsub.reconnect import ENDED, End
from keyspace.pubsub.state import Handler, Kind, Message, Request, ping_request
from keyspace.v1 import subscribe_pb2 as pb

ExceptionHandler = Callable[[BaseException, "PubSub"], Awaitable[None] | None]


class _Stream:
    """One Subscribe call; see the synchronous PubSub's."""

    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._requests: asyncio.Queue[Request | None] = asyncio.Queue()
        self.responses: asyncio.Queue[pb.SubscribeResponse | End] = asyncio.Queue(QUEUED_RESPONSES)
        self._call = _schema.subscribe_method(channel)(self._outgoing())
        self._reader = asyncio.get_running_loop().create_task(self._read())

    def send(self, request: Request) -> None:
        self._requests.put_nowait(request)

    async def _outgoing(self) -> AsyncIterator[Request]:
        while (request := await self._requests.get()) is not None:
            yield request

    async def _read(self) -> None:
        end = ENDED
        try:
            async for response in self._call:
                await self.responses.put(response)
        except grpc.RpcError as error:
            end = End.of(error)
        await self.responses.put(end)

    def close(self) -> None:
        self._requests.put_nowait(None)
        self._call.cancel()
        self._reader.cancel()
        # Wake a get_message() waiting on this stream (see the sync PubSub).
        while not self.responses.empty():
            self.responses.get_nowait()
        self.responses.put_nowait(ENDED)


class PubSub(PubSubBase):
    """Like ``keyspace.PubSub``, with awaitable methods (``redis.asyncio``'s
    PubSub): ``await p.subscribe("news")``, ``await p.get_message()``,
    ``async for message in p``."""

    def __init__(self, target: str, **options: Any) -> None:
        super().__init__(target, **options)
        self._channel: grpc.aio.Channel | None = None
        self._stream: _Stream | None = None

    @property
    def subscribed(self) -> bool:
        """Subscribed to anything, as ``redis.asyncio``'s."""
        return self._state.has_subscriptions

    # -- the stream -------------------------------------------------------

    async def _open(self) -> _Stream:
        """A new stream on a new channel (see the synchronous PubSub), with
        every subscription sent again."""
        old = self._channel
        self._channel = grpc.aio.insecure_channel(self.target, options=_schema.CHANNEL_OPTIONS)
        # Everything up to here happens without yielding, so a concurrent
        # subscribe() finds this stream instead of opening another.
        stream = self._stream = _Stream(self._channel)
        for request in self._state.resubscribe():
            stream.send(request)
        self._reconnection.opened()
        if old is not None:
            await old.close(None)
        return stream

    async def connect(self) -> None:
        """Open the stream if it is not open (redis.asyncio's connect)."""
        if self._stream is None:
            await self._open()

    async def _request(self, build: Callable[[], Request]) -> None:
        stream = self._stream if self._stream is not None else await self._open()
        stream.send(build())

    async def _next(self, deadline: float | None) -> Item | None:
        while not self._events:
            stream = self._stream
            if stream is None:
                if not self._reconnection.broken:
                    return None  # closed meanwhile
                wait = self._reconnection.wait()
                if deadline is not None and deadline - time.monotonic() < wait:
                    await asyncio.sleep(max(0.0, deadline - time.monotonic()))
                    return None
                await asyncio.sleep(wait)
                if self._stream is None and self._reconnection.broken:
                    await self._open()
                continue
            remaining = None if deadline is None else deadline - time.monotonic()
            try:
                if remaining is None:
                    response = await stream.responses.get()
                elif remaining <= 0:
                    response = stream.responses.get_nowait()
                else:
                    response = await asyncio.wait_for(stream.responses.get(), remaining)
            except (asyncio.QueueEmpty, TimeoutError):
                return None
            if self._stream is not stream:
                continue  # closed (and perhaps replaced) meanwhile
            if isinstance(response, End):
                stream.close()
                self._stream = None
                return response
            self._reconnection.responded()
            self._events.extend(response.events)
        return self._events.popleft()

    # -- redis.asyncio's PubSub -------------------------------------------

    async def subscribe(self, *args: Any, **kwargs: Handler) -> None:
        await self._request(lambda: self._state.subscribe(Kind.CHANNEL, args, kwargs))

    async def psubscribe(self, *args: Any, **kwargs: Handler) -> None:
        await self._request(lambda: self._state.subscribe(Kind.PATTERN, args, kwargs))

    async def ssubscribe(self, *args: Any, target_node: Any = None, **kwargs: Handler) -> None:
        await self._request(lambda: self._state.subscribe(Kind.SHARD, args, kwargs))

    async def unsubscribe(self, *args: Any) -> None:
        await self._request(lambda: self._state.unsubscribe(Kind.CHANNEL, args))

    async def punsubscribe(self, *args: Any) -> None:
        await self._request(lambda: self._state.unsubscribe(Kind.PATTERN, args))

    async def sunsubscribe(self, *args: Any, target_node: Any = None) -> None:
        await self._request(lambda: self._state.unsubscribe(Kind.SHARD, args))

    async def ping(self, message: args.EncodableT | None = None) -> None:
        await self._request(lambda: ping_request(message))

    async def get_message(
        self, ignore_subscribe_messages: bool = False, timeout: float | None = 0.0
    ) -> Message | None:
        """See the synchronous get_message; a handler may be a coroutine
        function. As redis.asyncio's, this reads whether or not anything is
        subscribed, and raises RuntimeError before the first subscribe."""
        if self._stream is None and not self._reconnection.broken:
            raise RuntimeError(NOT_CONNECTED)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            item = await self._next(deadline)
            if item is None:
                return None
            delivery = self._delivery(item, ignore_subscribe_messages)
            if delivery is None:
                continue
            if delivery.error is not None:
                raise delivery.error
            if delivery.handler is not None and delivery.message is not None:
                result = delivery.handler(delivery.message)
                if inspect.isawaitable(result):
                    await result
                return None
            return delivery.message

    get_sharded_message = get_message

    async def listen(self) -> AsyncIterator[Message]:
        while self.subscribed:
            message = await self.get_message(timeout=None)
            if message is not None:
                yield message

    def __aiter__(self) -> AsyncIterator[Message]:
        return self.listen()

    async def run(
        self,
        *,
        exception_handler: ExceptionHandler | None = None,
        poll_timeout: float = 1.0,
        pubsub: PubSub | None = None,
    ) -> None:
        """Hand every message to its handler until cancelled (redis.asyncio's
        run, the counterpart of run_in_thread)."""
        self._check_handlers(Kind.CHANNEL, Kind.PATTERN)
        await self.connect()
        reader = pubsub or self
        while True:
            try:
                await reader.get_message(ignore_subscribe_messages=True, timeout=poll_timeout)
            except asyncio.CancelledError:
                raise
            except BaseException as error:
                if exception_handler is None:
                    raise
                result = exception_handler(error, self)
                if inspect.isawaitable(result):
                    await result
            await asyncio.sleep(0)

    async def aclose(self) -> None:
        """End the stream and forget every subscription."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        if self._channel is not None:
            channel, self._channel = self._channel, None
            await channel.close(None)
        self._events.clear()
        self._reconnection.reset()
        self._state.reset()

    close = aclose
    reset = aclose

    async def __aenter__(self) -> PubSub:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
