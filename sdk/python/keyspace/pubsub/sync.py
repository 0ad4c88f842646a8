"""The synchronous PubSub: redis-py's PubSub over a Subscribe stream.

A reader thread moves the stream's responses into a small queue, which
get_message() reads with its timeout. Everything else happens in the thread
that calls get_message(), as in redis-py: handlers run there, and so does
reopening a broken stream, which therefore resumes after exactly the last
message that thread was given. Subscribing and pinging may come from any
thread.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc

from keyspace import _arguments as args
from keyspace import _schema
from keyspace.pubsub.base import QUEUED_RESPONSES, Item, PubSubBase
from keyspace.pubsub.reconnect import ENDED, End
from keyspace.pubsub.state import Handler, Kind, Message, Request, ping_request
from keyspace.v1 import subscribe_pb2 as pb

__all__ = ["PubSub", "PubSubWorkerThread"]


class _Stream:
    """One Subscribe call: requests go out through a queue its iterator
    reads, responses come in through ``responses``, ended by an ``End``."""

    def __init__(self, channel: grpc.Channel) -> None:
        self._requests: queue.SimpleQueue[Request | None] = queue.SimpleQueue()
        self.responses: queue.Queue[pb.SubscribeResponse | End] = queue.Queue(QUEUED_RESPONSES)
        self._closed = threading.Event()
        self._call = _schema.subscribe_method(channel)(self._outgoing())
        reader = threading.Thread(target=self._read, name="keyspace-pubsub", daemon=True)
        reader.start()

    def send(self, request: Request) -> None:
        self._requests.put(request)

    def _outgoing(self) -> Iterator[Request]:
        while (request := self._requests.get()) is not None:
            yield request

    def _read(self) -> None:
        end = ENDED
        try:
            for response in self._call:
                if not self._put(response):
                    return
        except grpc.RpcError as error:
            end = End.of(error)
        self._put(end)

    def _put(self, item: pb.SubscribeResponse | End) -> bool:
        # Blocks while the queue is full (that is the point), but notices
        # close() within a moment.
        while not self._closed.is_set():
            try:
                self.responses.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def close(self) -> None:
        self._closed.set()
        self._requests.put(None)
        self._call.cancel()
        # Wake a get_message() waiting on this stream (it sees the stream is
        # no longer the PubSub's and looks again).
        with contextlib.suppress(queue.Empty):
            while True:
                self.responses.get_nowait()
        with contextlib.suppress(queue.Full):
            self.responses.put_nowait(ENDED)


class PubSub(PubSubBase):
    """redis-py's PubSub (``client.pubsub()``), with sequence numbers,
    resumption after a broken stream, and discontinuities: see the SDK's
    README, "Pub/sub"."""

    def __init__(self, target: str, *, channel: grpc.Channel | None = None, **options: Any) -> None:
        super().__init__(target, **options)
        # The caller's channel (the client was given one), else a channel of
        # our own, made anew for each stream: a fresh connection is tried at
        # once, where a channel that failed would wait out its own backoff.
        self._given_channel = channel
        self._own_channel: grpc.Channel | None = None
        self._stream: _Stream | None = None
        # Guards the state and the stream against subscribe() from another
        # thread than get_message().
        self._lock = threading.RLock()
        self.subscribed_event = threading.Event()

    @property
    def subscribed(self) -> bool:
        """Subscribed to anything, as redis-py's: set by subscribe(), cleared
        once the unsubscribe confirmations leave nothing."""
        return self.subscribed_event.is_set()

    # -- the stream -------------------------------------------------------

    def _open(self) -> _Stream:
        """A new stream, subscribed again to everything (with resume points);
        the caller holds the lock."""
        channel = self._given_channel
        if channel is None:
            if self._own_channel is not None:
                self._own_channel.close()
            channel = self._own_channel = grpc.insecure_channel(
                self.target, options=_schema.CHANNEL_OPTIONS
            )
        stream = self._stream = _Stream(channel)
        for request in self._state.resubscribe():
            stream.send(request)
        if not self._state.has_subscriptions:
            self.subscribed_event.clear()
        self._reconnection.opened()
        return stream

    def _request(self, build: Callable[[], Request]) -> None:
        with self._lock:
            # Open first: a new stream resubscribes what was there before,
            # then the request adds to it.
            stream = self._stream if self._stream is not None else self._open()
            stream.send(build())

    def _next(self, deadline: float | None) -> Item | None:
        """The next event, or the end of the stream; None at the deadline."""
        while not self._events:
            with self._lock:
                stream = self._stream
                if stream is None:
                    if not self._reconnection.broken:
                        return None  # closed meanwhile
                    if self._reconnection.wait() <= 0:
                        stream = self._open()
            if stream is None:
                wait = self._reconnection.wait()
                if deadline is not None and deadline - time.monotonic() < wait:
                    time.sleep(max(0.0, deadline - time.monotonic()))
                    return None
                time.sleep(wait)
                continue
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                response = stream.responses.get(timeout=remaining)
            except queue.Empty:
                return None
            with self._lock:
                if self._stream is not stream:
                    continue  # closed (and perhaps replaced) meanwhile
                if isinstance(response, End):
                    stream.close()
                    self._stream = None
                    return response
            self._reconnection.responded()
            self._events.extend(response.events)
        return self._events.popleft()

    # -- redis-py's PubSub ------------------------------------------------

    def subscribe(self, *args: Any, **kwargs: Handler) -> None:
        self._request(lambda: self._state.subscribe(Kind.CHANNEL, args, kwargs))
        self.subscribed_event.set()

    def psubscribe(self, *args: Any, **kwargs: Handler) -> None:
        self._request(lambda: self._state.subscribe(Kind.PATTERN, args, kwargs))
        self.subscribed_event.set()

    def ssubscribe(self, *args: Any, target_node: Any = None, **kwargs: Handler) -> None:
        self._request(lambda: self._state.subscribe(Kind.SHARD, args, kwargs))
        self.subscribed_event.set()

    def unsubscribe(self, *args: Any) -> None:
        self._request(lambda: self._state.unsubscribe(Kind.CHANNEL, args))

    def punsubscribe(self, *args: Any) -> None:
        self._request(lambda: self._state.unsubscribe(Kind.PATTERN, args))

    def sunsubscribe(self, *args: Any, target_node: Any = None) -> None:
        self._request(lambda: self._state.unsubscribe(Kind.SHARD, args))

    def ping(self, message: args.EncodableT | None = None) -> None:
        """PING on the stream; the pong comes as a message, as in redis-py."""
        self._request(lambda: ping_request(message))

    def get_message(
        self, ignore_subscribe_messages: bool = False, timeout: float | None = 0.0
    ) -> Message | None:
        """The next message dict, or None if none came within ``timeout``
        seconds (None: wait for one). As in redis-py, a message taken by a
        handler, or a confirmation ignored, also ends the call with None."""
        if not self.subscribed:
            start = time.monotonic()
            if not self.subscribed_event.wait(timeout):
                return None
            if timeout is not None:
                timeout = max(0.0, timeout - (time.monotonic() - start))
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            item = self._next(deadline)
            if item is None:
                return None
            with self._lock:
                delivery = self._delivery(item, ignore_subscribe_messages)
                if delivery is not None and delivery.emptied:
                    self.subscribed_event.clear()
            if delivery is None:
                continue
            if delivery.error is not None:
                raise delivery.error
            if delivery.handler is not None and delivery.message is not None:
                delivery.handler(delivery.message)
                return None
            return delivery.message

    get_sharded_message = get_message

    def listen(self) -> Iterator[Message]:
        """Messages as they come, until nothing is subscribed."""
        while self.subscribed:
            message = self.get_message(timeout=None)
            if message is not None:
                yield message

    def __iter__(self) -> Iterator[Message]:
        return self.listen()

    def run_in_thread(
        self,
        sleep_time: float = 0.0,
        daemon: bool = False,
        exception_handler: Callable[[BaseException, PubSub, PubSubWorkerThread], None]
        | None = None,
        pubsub: PubSub | None = None,
        sharded_pubsub: bool = False,
    ) -> PubSubWorkerThread:
        """A started thread handing every message to its handler; stop()
        ends it and closes the PubSub. ``sleep_time`` is each get_message's
        timeout: as in redis-py, 0 makes the thread spin."""
        self._check_handlers(Kind.CHANNEL, Kind.PATTERN, Kind.SHARD)
        thread = PubSubWorkerThread(
            pubsub or self,
            sleep_time,
            daemon=daemon,
            exception_handler=exception_handler,
            sharded_pubsub=sharded_pubsub,
        )
        thread.start()
        return thread

    def close(self) -> None:
        """End the stream and forget every subscription; the PubSub can be
        used again (redis-py's reset)."""
        with self._lock:
            if self._stream is not None:
                self._stream.close()
                self._stream = None
            if self._own_channel is not None:
                self._own_channel.close()
                self._own_channel = None
            self._events.clear()
            self._reconnection.reset()
            self._state.reset()
            self.subscribed_event.clear()

    reset = close

    def __enter__(self) -> PubSub:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


class PubSubWorkerThread(threading.Thread):
    """redis-py's worker: get_message in a loop until stop()."""

    def __init__(
        self,
        pubsub: PubSub,
        sleep_time: float,
        daemon: bool = False,
        exception_handler: Callable[[BaseException, PubSub, PubSubWorkerThread], None]
        | None = None,
        sharded_pubsub: bool = False,
    ) -> None:
        super().__init__()
        self.daemon = daemon
        self.pubsub = pubsub
        self.sleep_time = sleep_time
        self.exception_handler = exception_handler
        self.sharded_pubsub = sharded_pubsub
        self._running = threading.Event()

    def run(self) -> None:
        if self._running.is_set():
            return
        self._running.set()
        pubsub = self.pubsub
        while self._running.is_set():
            try:
                pubsub.get_message(ignore_subscribe_messages=True, timeout=self.sleep_time)
            except BaseException as error:
                if self.exception_handler is None:
                    raise
                self.exception_handler(error, pubsub, self)
        pubsub.close()

    def stop(self) -> None:
        self._running.clear()
