"""The subscribers of scripts/bench-pubsub, for Keyspace and redis-server,
and the worker processes that hold them.

Subscribers are equally cheap for both servers: a connection each (a TCP
connection for Redis, a gRPC channel of its own for Keyspace's Subscribe
stream), those of one worker process on one asyncio loop, each comparing
the bytes it receives with its expected stream (pubsub_frames): a memcmp
per chunk, whatever the protocol. Each records how many messages it has in
an array shared by all processes (pubsub_load's publisher paces itself by
it), and when its last message came.

A worker process takes one Job at a time from its pipe and answers
("ready", last sequence number) once its subscribers are subscribed,
("done", when each reading subscriber got its last message, CPU seconds)
at the end, and ("error", why) if anything was wrong.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import grpc
import grpc.aio
import pubsub_frames as frames
from keyspace.v1 import subscribe_pb2
from pubsub_frames import Stream

SUBSCRIBE_PATH = "/keyspace.v1.KeyspaceService/Subscribe"
# A channel per subscriber means a connection per subscriber, as with Redis
# (channels to one address otherwise share a connection).
CHANNEL_OPTIONS = [("grpc.use_local_subchannel_pool", 1), ("grpc.max_receive_message_length", -1)]
EOF: Any = grpc.aio.EOF  # type: ignore[attr-defined]  # what read() returns at the end


@dataclass(frozen=True, slots=True)
class Target:
    """A server to measure: ``protocol`` is "keyspace" or "redis"."""

    name: str
    protocol: str
    port: int
    host: str = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Job:
    """What one worker process does in one measurement."""

    target: Target
    channel: bytes
    messages: int
    size: int
    # The subscribers' places in the shared progress array.
    slots: range
    # The first ``stalled`` subscribers subscribe, then stop reading.
    stalled: int


@dataclass(frozen=True, slots=True)
class Stalled:
    """What became of a subscriber that stopped reading."""

    received: int
    dropped: bool
    how: str


class _RedisSubscriber(asyncio.Protocol):
    """A RESP connection, its data checked in the transport's callback (no
    coroutine per read)."""

    def __init__(self, job: Job, slot: int, progress: Any) -> None:
        loop = asyncio.get_running_loop()
        self._job = job
        self._slot = slot
        self._progress = progress
        self._greeting = frames.redis_subscribed(job.channel)
        self._pending = b""
        self._greeted: asyncio.Future[None] = loop.create_future()
        # When the last message arrived; then when the PING's reply did.
        self._finished: asyncio.Future[float] = loop.create_future()
        self._answered: asyncio.Future[None] = loop.create_future()
        self._closed: asyncio.Future[None] = loop.create_future()
        self._transport: asyncio.Transport | None = None
        self.stream: Stream | None = None
        self.position = 0

    async def connect(self) -> int:
        loop = asyncio.get_running_loop()
        await loop.create_connection(lambda: self, self._job.target.host, self._job.target.port)
        assert self._transport is not None
        self._transport.write(frames.redis_subscribe(self._job.channel))
        await self._greeted
        return 0  # Redis has no sequence numbers

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        stream = self.stream
        if stream is None:
            self._greet(data)
            return
        if not stream.data.startswith(data, self.position):
            self._fail(stream.describe(self.position, data))
            return
        self.position += len(data)
        self._progress[self._slot] = stream.received(self.position)
        if self.position >= stream.messages_end and not self._finished.done():
            self._finished.set_result(time.monotonic())
            assert self._transport is not None
            self._transport.write(frames.redis_ping())
        if self.position == len(stream.data) and not self._answered.done():
            self._answered.set_result(None)

    def _greet(self, data: bytes) -> None:
        self._pending += data
        if len(self._pending) < len(self._greeting) and self._greeting.startswith(self._pending):
            return
        if self._pending != self._greeting:
            # Also what arrives after the greeting and before the first publish.
            self._fail(f"expected {self._greeting!r} after SUBSCRIBE, got {self._pending!r}")
        elif not self._greeted.done():
            self._greeted.set_result(None)

    def _fail(self, reason: str) -> None:
        error = AssertionError(f"{self._job.target.name} subscriber {self._slot}: {reason}")
        for future in (self._greeted, self._finished, self._answered):
            if not future.done():
                future.set_exception(error)
        if self._transport is not None:
            self._transport.abort()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._closed.done():
            self._closed.set_result(None)
        received = self.stream.received(self.position) if self.stream else 0
        self._fail(f"connection closed after {received} of {self._job.messages} messages")

    def stall(self) -> None:
        assert self._transport is not None
        self._transport.pause_reading()

    async def receive_all(self) -> float:
        moment = await self._finished
        await self._answered
        return moment

    async def drain(self, timeout: float) -> Stalled:
        """Read again: what the kernel holds, then the end of the connection
        if the server dropped it."""
        assert self._transport is not None and self.stream is not None
        self._transport.resume_reading()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._closed), timeout)
        received = self.stream.received(self.position)
        if self._finished.done() and self._finished.exception() is None:
            return Stalled(received, False, "received every message")
        if not self._closed.done():
            return Stalled(received, False, f"still connected after {timeout:g} s")
        return Stalled(received, True, "connection closed by the server")

    async def close(self) -> None:
        if self._transport is not None:
            self._transport.abort()
        # Retrieve the error of futures nobody awaited (a stalled subscriber's).
        for future in (self._greeted, self._finished, self._answered):
            if future.done() and not future.cancelled():
                future.exception()


class _KeyspaceSubscriber:
    """A Subscribe stream on a channel of its own; responses are taken as
    bytes (no deserializer) and compared with the expected stream."""

    def __init__(self, job: Job, slot: int, progress: Any) -> None:
        self._job = job
        self._slot = slot
        self._progress = progress
        self._channel = grpc.aio.insecure_channel(
            f"{job.target.host}:{job.target.port}", options=CHANNEL_OPTIONS
        )
        # grpc-stubs do not know a stream-stream call made without requests.
        method: Any = self._channel.stream_stream(
            SUBSCRIBE_PATH,
            request_serializer=subscribe_pb2.SubscribeRequest.SerializeToString,
            response_deserializer=None,
        )
        self._call: Any = method()
        self.stream: Stream | None = None
        self.position = 0

    async def connect(self) -> int:
        await self._call.write(frames.keyspace_subscribe(self._job.channel))
        response = await self._call.read()
        if response is EOF:
            raise AssertionError(f"the Subscribe stream ended: {await self._call.details()}")
        return frames.keyspace_subscribed(response, self._job.channel)

    def stall(self) -> None:
        """Nothing to do: gRPC receives a message only when asked to."""

    async def _receive(self, until: int) -> bool:
        """Read and check until ``until`` bytes arrived; False if the stream
        ended first."""
        assert self.stream is not None
        stream, data, read = self.stream, self.stream.data, self._call.read
        position = self.position
        while position < until:
            chunk = await read()
            if chunk is EOF:
                return False
            if not data.startswith(chunk, position):
                raise AssertionError(
                    f"{self._job.target.name} subscriber {self._slot}: "
                    f"{stream.describe(position, chunk)}"
                )
            position += len(chunk)
            self.position = position
            self._progress[self._slot] = stream.received(position)
        return True

    async def receive_all(self) -> float:
        assert self.stream is not None
        moment = 0.0
        try:
            complete = await self._receive(self.stream.messages_end)
            if complete:
                moment = time.monotonic()
                await self._call.write(frames.keyspace_ping())
                complete = await self._receive(len(self.stream.data))
        except grpc.aio.AioRpcError as error:
            complete = False
            ending = f"{error.code().name}: {error.details()}"
        else:
            ending = "it ended"
        if not complete:
            received = self.stream.received(self.position)
            raise AssertionError(
                f"{self._job.target.name} subscriber {self._slot}: the stream ended after "
                f"{received} of {self._job.messages} messages ({ending})"
            )
        return moment

    async def drain(self, timeout: float) -> Stalled:
        """Read again, to the end of the stream if the server dropped it."""
        assert self.stream is not None
        try:
            async with asyncio.timeout(timeout):
                complete = await self._receive(self.stream.messages_end)
                if complete:
                    # Every message arrived: the server did not drop it.
                    return Stalled(self.stream.received(self.position), False, "received all")
                code, details = await self._call.code(), await self._call.details()
        except grpc.aio.AioRpcError as error:
            code, details = error.code(), error.details()
        except TimeoutError:
            return Stalled(self.stream.received(self.position), False, f"open after {timeout} s")
        received = self.stream.received(self.position)
        return Stalled(
            received, code == grpc.StatusCode.RESOURCE_EXHAUSTED, f"{code.name}: {details}"
        )

    async def close(self) -> None:
        self._call.cancel()
        await self._channel.close(None)


Subscriber = _RedisSubscriber | _KeyspaceSubscriber


def _expected(job: Job, last_sequence: int) -> Stream:
    if job.target.protocol == "redis":
        return frames.redis_stream(job.channel, job.messages, job.size)
    return frames.keyspace_stream(job.channel, job.messages, job.size, last_sequence)


async def _run(job: Job, connection: Connection, progress: Any) -> None:
    kind = _RedisSubscriber if job.target.protocol == "redis" else _KeyspaceSubscriber
    subscribers: list[Subscriber] = [kind(job, slot, progress) for slot in job.slots]
    try:
        sequences = set(await asyncio.gather(*(s.connect() for s in subscribers)))
        if len(sequences) != 1:
            raise AssertionError(f"subscribers saw different sequence numbers: {sequences}")
        (last_sequence,) = sequences
        stream = _expected(job, last_sequence)
        for subscriber in subscribers:
            subscriber.stream = stream
        stalled, fast = subscribers[: job.stalled], subscribers[job.stalled :]
        for subscriber in stalled:
            subscriber.stall()
        connection.send(("ready", last_sequence))
        started = time.process_time()
        finished = await asyncio.gather(*(s.receive_all() for s in fast))
        connection.send(("done", finished, time.process_time() - started))
        if stalled:
            loop = asyncio.get_running_loop()
            timeout = await loop.run_in_executor(None, connection.recv)
            outcomes = [await subscriber.drain(timeout) for subscriber in stalled]
            connection.send(("stalled", outcomes))
    finally:
        await asyncio.gather(*(s.close() for s in subscribers), return_exceptions=True)


async def _serve(connection: Connection, progress: Any) -> None:
    loop = asyncio.get_running_loop()
    while (job := await loop.run_in_executor(None, connection.recv)) is not None:
        try:
            await _run(job, connection, progress)
        except Exception as error:  # the main process fails the run with it
            connection.send(("error", f"{type(error).__name__}: {error}"))


def worker_main(connection: Connection, progress: Any) -> None:
    asyncio.run(_serve(connection, progress))
