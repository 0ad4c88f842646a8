"""The load of scripts/bench-pubsub: worker processes holding the
subscribers (pubsub_subscribers), and a publisher that pipelines, for
Keyspace and redis-server.

The publisher, in the main process, sends prebuilt batches of PUBLISH (RESP
for Redis; serialized PipelineRequests on one Pipeline stream for Keyspace)
with a few batches in flight, and never gets more than ``ahead`` messages
ahead of the slowest subscriber that reads, as the array the subscribers
count their messages in says: the servers' output buffers stay bounded (far
below their limits), and what is measured is the rate at which subscribers
are actually served. A run that hangs says who got how many.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.connection
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

import grpc
import grpc.aio
import pubsub_frames as frames
from keyspace.v1 import pipeline_pb2
from pubsub_subscribers import CHANNEL_OPTIONS, EOF, Job, Stalled, Target, worker_main

PIPELINE_PATH = "/keyspace.v1.KeyspaceService/Pipeline"
BATCH = 200  # PUBLISH commands per write
IN_FLIGHT = 4  # batches sent and not yet answered
PACE = 0.0005  # seconds the publisher sleeps while too far ahead
STUCK = 30.0  # seconds without progress before a run is declared hung


# -- the pool of worker processes (main process) --------------------------------------


def _shares(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


class Pool:
    """Worker processes holding the subscribers, alive for the whole run."""

    def __init__(self, processes: int, slots: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.progress: Any = context.Array("q", slots, lock=False)
        self._workers: list[tuple[Any, Connection]] = []
        for _ in range(processes):
            parent, child = context.Pipe()
            process = context.Process(target=worker_main, args=(child, self.progress), daemon=True)
            process.start()
            child.close()
            self._workers.append((process, parent))
        self._active: list[Connection] = []
        self._inbox: dict[Connection, list[tuple[Any, ...]]] = {}
        self.subscribers = 0

    @property
    def pids(self) -> list[int]:
        return [process.pid for process, _ in self._workers]

    def subscribe(
        self,
        target: Target,
        channel: bytes,
        messages: int,
        size: int,
        subscribers: int,
        stalled: int = 0,
        timeout: float = 120.0,
    ) -> int:
        """Spread ``subscribers`` over the workers (the stalled ones on the
        first) and return once all are subscribed, with the channel's last
        sequence number (0 for Redis)."""
        self.progress[: len(self.progress)] = [0] * len(self.progress)
        self.subscribers = subscribers
        self._active, self._inbox = [], {}
        first = 0
        for (_, connection), share in zip(
            self._workers, _shares(subscribers, len(self._workers)), strict=True
        ):
            if share:
                slots = range(first, first + share)
                connection.send(Job(target, channel, messages, size, slots, stalled * (first == 0)))
                self._active.append(connection)
                self._inbox[connection] = []
                first += share
        sequences = {reply[1] for reply in self._gather("ready", self._active, timeout)}
        if len(sequences) != 1:
            raise AssertionError(f"subscribers saw different sequence numbers: {sequences}")
        return int(sequences.pop())

    def check(self) -> None:
        """Raise a worker's error as soon as it is reported."""
        for connection in self._active:
            while connection.poll():
                message = connection.recv()
                if message[0] == "error":
                    raise RuntimeError(message[1])
                self._inbox[connection].append(message)

    def worker_error(self, wait: float) -> str | None:
        """A worker's error, if one arrives within ``wait`` seconds."""
        deadline = time.monotonic() + wait
        while True:
            for connection in self._active:
                while connection.poll():
                    message = connection.recv()
                    if message[0] == "error":
                        return str(message[1])
                    self._inbox[connection].append(message)
            if time.monotonic() > deadline:
                return None
            multiprocessing.connection.wait(self._active, max(deadline - time.monotonic(), 0))

    def counts(self) -> list[int]:
        return list(self.progress[: self.subscribers])

    def finish(self, timeout: float) -> tuple[list[float], float]:
        """When each reading subscriber got its last message, and the CPU
        seconds the workers used since they were ready."""
        replies = self._gather("done", self._active, timeout)
        finished = [moment for reply in replies for moment in reply[1]]
        return finished, sum(reply[2] for reply in replies)

    def drain(self, timeout: float) -> list[Stalled]:
        """Let the stalled subscribers read again; what became of them."""
        connection = self._active[0]
        connection.send(timeout)
        (reply,) = self._gather("stalled", [connection], timeout + 30)
        outcomes: list[Stalled] = reply[1]
        return outcomes

    def _gather(
        self, kind: str, connections: Sequence[Connection], timeout: float
    ) -> list[tuple[Any, ...]]:
        """Each connection's ``kind`` reply; fails after ``timeout`` seconds
        in which no subscriber received anything."""
        deadline = time.monotonic() + timeout
        counts = self.counts()
        replies: dict[Connection, tuple[Any, ...]] = {}
        for connection in connections:
            if self._inbox[connection]:
                replies[connection] = self._inbox[connection].pop(0)
        while len(replies) < len(connections):
            waiting = [c for c in connections if c not in replies]
            ready = multiprocessing.connection.wait(waiting, 1.0)
            if not ready:
                if self.counts() != counts:
                    counts, deadline = self.counts(), time.monotonic() + timeout
                elif time.monotonic() > deadline:
                    raise TimeoutError(
                        f"no {kind!r} from the subscribers, and no message received for "
                        f"{timeout:g} s; messages received per subscriber: {counts}"
                    )
                continue
            for answered in ready:
                assert isinstance(answered, Connection)
                message = answered.recv()
                if message[0] == "error":
                    raise RuntimeError(message[1])
                replies[answered] = message
        for message in replies.values():
            if message[0] != kind:
                raise RuntimeError(f"expected {kind!r} from a worker, got {message!r}")
        return [replies[connection] for connection in connections]

    def close(self) -> None:
        for process, connection in self._workers:
            with contextlib.suppress(OSError):
                connection.send(None)
            process.join(5)
            if process.is_alive():
                process.terminate()


# -- the publisher (main process) ---------------------------------------------------


class Publisher:
    """PUBLISH of messages 0 .. messages - 1 in prebuilt batches, built
    before the clock starts."""

    def __init__(self, target: Target, channel: bytes, messages: int, size: int) -> None:
        self.target = target
        encode = frames.redis_publishes if target.protocol == "redis" else frames.keyspace_publishes
        self.batches: list[tuple[int, bytes]] = []
        for first in range(0, messages, BATCH):
            count = min(BATCH, messages - first)
            self.batches.append((count, encode(channel, first, count, size)))

    async def run(
        self,
        pool: Pool,
        readers: range,
        receivers: frozenset[int],
        ahead: int,
        on_start: Callable[[], None] = lambda: None,
    ) -> float:
        """Publish everything, staying within ``ahead`` messages of the
        slowest subscriber of ``readers`` (slots); check that each PUBLISH
        reached a number of subscribers in ``receivers``. Calls ``on_start``
        just before the first batch goes out, once connected, and returns
        when that was (time.monotonic)."""
        pacer = _Pacer(pool, readers, ahead)
        try:
            if self.target.protocol == "redis":
                return await self._run_redis(pacer, receivers, on_start)
            return await self._run_keyspace(pacer, receivers, on_start)
        except Exception as failure:
            # A subscriber that found a wrong message hangs up, which changes
            # PUBLISH's replies: its report is the cause.
            cause = pool.worker_error(2.0)
            if cause is not None:
                raise RuntimeError(cause) from failure
            raise

    async def _run_redis(
        self, pacer: _Pacer, receivers: frozenset[int], on_start: Callable[[], None]
    ) -> float:
        reader, writer = await asyncio.open_connection(self.target.host, self.target.port)
        window = asyncio.Semaphore(IN_FLIGHT)
        started = 0.0

        async def send() -> None:
            nonlocal started
            on_start()
            started = time.monotonic()
            published = 0
            for count, batch in self.batches:
                await window.acquire()
                published += count
                await pacer.wait(published)
                writer.write(batch)
                await writer.drain()

        async def receive() -> None:
            # With one possible count, a batch's replies are known bytes.
            reply = b":%d\r\n" % next(iter(receivers)) if len(receivers) == 1 else None
            for count, _ in self.batches:
                if reply is not None:
                    replies = await reader.readexactly(len(reply) * count)
                    if replies != reply * count:
                        raise AssertionError(
                            f"PUBLISH replied {replies[:200]!r}, expected {reply!r}"
                        )
                for _ in range(count if reply is None else 0):
                    line = await reader.readline()
                    if line[:1] != b":" or int(line[1:]) not in receivers:
                        raise AssertionError(f"PUBLISH replied {line!r}, expected {receivers}")
                window.release()

        try:
            await _both(send(), receive())
        finally:
            writer.close()
        return started

    async def _run_keyspace(
        self, pacer: _Pacer, receivers: frozenset[int], on_start: Callable[[], None]
    ) -> float:
        target = self.target
        async with grpc.aio.insecure_channel(
            f"{target.host}:{target.port}", options=CHANNEL_OPTIONS
        ) as channel:
            await channel.channel_ready()
            method: Any = channel.stream_stream(
                PIPELINE_PATH,
                request_serializer=None,
                response_deserializer=pipeline_pb2.PipelineResponse.FromString,
            )
            call = method()
            window = asyncio.Semaphore(IN_FLIGHT)
            started = 0.0

            async def send() -> None:
                nonlocal started
                on_start()
                started = time.monotonic()
                published = 0
                for count, batch in self.batches:
                    await window.acquire()
                    published += count
                    await pacer.wait(published)
                    await call.write(batch)
                await call.done_writing()

            async def receive() -> None:
                for count, _ in self.batches:
                    response = await call.read()
                    if response is EOF:
                        raise AssertionError(f"the Pipeline stream ended: {await call.details()}")
                    replies = response.replies
                    counts = sorted({reply.publish.receivers for reply in replies})
                    if len(replies) != count or not receivers.issuperset(counts):
                        raise AssertionError(
                            f"{len(replies)} replies to {count} PUBLISH, reaching {counts} "
                            f"subscribers; expected {sorted(receivers)}"
                        )
                    window.release()

            await _both(send(), receive())
        return started


async def _both(*coroutines: Any) -> None:
    """Run the coroutines together; the first failure cancels the others
    and is raised as it is."""
    try:
        async with asyncio.TaskGroup() as group:
            for coroutine in coroutines:
                group.create_task(coroutine)
    except ExceptionGroup as failures:
        raise failures.exceptions[0] from None


class _Pacer:
    """Holds the publisher back while it is more than ``ahead`` messages
    ahead of the slowest reading subscriber."""

    def __init__(self, pool: Pool, readers: range, ahead: int) -> None:
        self._pool = pool
        self._readers = slice(readers.start, readers.stop)
        self._ahead = ahead

    async def wait(self, published: int) -> None:
        progress = self._pool.progress
        slowest = min(progress[self._readers], default=published)
        last_move, last_seen = time.monotonic(), slowest
        while published - slowest > self._ahead:
            self._pool.check()
            await asyncio.sleep(PACE)
            slowest = min(progress[self._readers])
            if slowest != last_seen:
                last_move, last_seen = time.monotonic(), slowest
            elif time.monotonic() - last_move > STUCK:
                raise TimeoutError(
                    f"no subscriber progress for {STUCK:g} s; messages received per "
                    f"subscriber: {self._pool.counts()}"
                )
