"""Subscribers for the pub/sub tests: a raw ``Subscribe`` stream of the
generated stubs (``Stream``), and a subscribed redis-py connection
(``RedisSubscriber``), whose events both come out as the same tuples:

    ("subscribe", b"chan", 1)            a SubscriptionChange (channel None: Redis's nil)
    ("message", b"chan", b"data")        ("pmessage", pattern, channel, data), ("smessage", ...)
    ("pong", b"")                        the reply to PING
    ("error", "wrong number of ...")     an error, as redis-py shows it

A ``Stream`` reads its responses on a thread of its own, which can be held
back (``read=False``) to play a subscriber that stopped reading: gRPC then
stops taking more from the server once its flow-control windows are full.

``KeyspaceSide`` and ``RedisSide`` give one interface (subscribers, PUBLISH,
PUBSUB ...) over each server, so that a differential test is one function
run on both.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import redis
from keyspace.v1 import keyspace_service_pb2_grpc, pubsub_pb2, server_pb2, subscribe_pb2
from redis._parsers.base import BaseParser

from tests.servers import RunningServer, start_tracked

Action = subscribe_pb2.SubscribeAction
Event = subscribe_pb2.SubscriptionEvent
Request = subscribe_pb2.SubscribeRequest
Reason = subscribe_pb2.DiscontinuityReason

ACTIONS = {
    "subscribe": Action.SUBSCRIBE_ACTION_SUBSCRIBE,
    "unsubscribe": Action.SUBSCRIBE_ACTION_UNSUBSCRIBE,
    "psubscribe": Action.SUBSCRIBE_ACTION_PSUBSCRIBE,
    "punsubscribe": Action.SUBSCRIBE_ACTION_PUNSUBSCRIBE,
    "ssubscribe": Action.SUBSCRIBE_ACTION_SSUBSCRIBE,
    "sunsubscribe": Action.SUBSCRIBE_ACTION_SUNSUBSCRIBE,
    "ping": Action.SUBSCRIBE_ACTION_PING,
}
_NAMES = {number: name for name, number in ACTIONS.items()}

# Each stream on a TCP connection of its own, so that a stream that stops
# reading cannot hold up another; no client-side cap on message size.
CHANNEL_OPTIONS = [
    ("grpc.use_local_subchannel_pool", 1),
    ("grpc.max_receive_message_length", -1),
    ("grpc.max_send_message_length", -1),
]
WAIT = 10.0


def redis_error(message: str) -> tuple[str, str]:
    """An error text as redis-py would show it (prefix ERR dropped, ...)."""
    error = BaseParser.parse_error(message)
    return ("error", str(error))


def describe(event: Event) -> tuple[Any, ...]:
    """The tuple for a stream event (see the module docstring)."""
    kind = event.WhichOneof("event")
    if kind == "change":
        change = event.change
        channel = change.channel if change.HasField("channel") else None
        return (_NAMES.get(change.action, change.action), channel, change.count)
    if kind == "message":
        message = event.message
        if message.HasField("pattern"):
            return ("pmessage", message.pattern, message.channel, message.payload)
        name = "smessage" if message.sharded else "message"
        return (name, message.channel, message.payload)
    if kind == "pong":
        return ("pong", event.pong.message)
    if kind == "error":
        return redis_error(event.error.message)
    return (kind,)


class StreamEndedError(Exception):
    """The stream ended while events were still expected."""

    def __init__(self, code: grpc.StatusCode, details: str) -> None:
        super().__init__(f"stream ended with {code.name}: {details}")
        self.code = code
        self.details = details


@dataclass(frozen=True)
class _End:
    code: grpc.StatusCode
    details: str


class Stream:
    """One raw ``Subscribe`` call on its own connection."""

    def __init__(self, address: str, *, read: bool = True, heartbeats: bool = False) -> None:
        self._channel = grpc.insecure_channel(address, options=CHANNEL_OPTIONS)
        stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(self._channel)  # type: ignore[no-untyped-call]
        self._requests: queue.Queue[Request | None] = queue.Queue()
        self._events: queue.Queue[Event | _End] = queue.Queue()
        self._heartbeats = heartbeats
        self._reading = threading.Event()
        if read:
            self._reading.set()
        self.responses = 0
        self.end: _End | None = None
        self.call = stub.Subscribe(self._outgoing())
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _outgoing(self) -> Iterator[Request]:
        while True:
            request = self._requests.get()
            if request is None:
                return
            yield request

    def _read(self) -> None:
        try:
            while True:
                self._reading.wait()
                response = next(self.call)
                self.responses += 1
                for event in response.events:
                    if self._heartbeats or not event.HasField("heartbeat"):
                        self._events.put(event)
        except StopIteration:
            self._events.put(_End(grpc.StatusCode.OK, ""))
        except grpc.RpcError as error:
            self._events.put(_End(error.code(), error.details() or ""))

    # -- requests -------------------------------------------------------------

    def send(
        self,
        action: str | int,
        *channels: bytes,
        resume: Iterable[tuple[bytes, int]] = (),
        run_id: str = "",
    ) -> None:
        number = ACTIONS[action] if isinstance(action, str) else action
        points = [subscribe_pb2.ResumePoint(channel=c, last_sequence=s) for c, s in resume]
        self._requests.put(
            Request(action=number, channels=channels, resume=points, resume_run_id=run_id)  # type: ignore[arg-type]
        )

    def half_close(self) -> None:
        """No more requests; the server may go on sending."""
        self._requests.put(None)

    def cancel(self) -> None:
        self.call.cancel()

    def close(self) -> None:
        self.call.cancel()
        self._requests.put(None)
        self._reading.set()
        self._thread.join(WAIT)
        self._channel.close()

    def __enter__(self) -> Stream:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- events ---------------------------------------------------------------

    def resume_reading(self) -> None:
        self._reading.set()

    def pause_reading(self) -> None:
        """Stop reading after the response being read now, if any."""
        self._reading.clear()

    def until_end(self, timeout: float = WAIT) -> tuple[list[Event], grpc.StatusCode, str]:
        """Every event left, and the status the stream ended with."""
        received = []
        while True:
            try:
                received.append(self.event(timeout))
            except StreamEndedError as ended:
                return received, ended.code, ended.details

    def event(self, timeout: float = WAIT) -> Event:
        try:
            item = self._events.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no event within {timeout}s") from None
        if isinstance(item, _End):
            self.end = item
            self._events.put(item)  # every later read sees the end too
            raise StreamEndedError(item.code, item.details)
        return item

    def events(self, count: int, timeout: float = WAIT) -> list[Event]:
        return [self.event(timeout) for _ in range(count)]

    def next(self, count: int = 1, timeout: float = WAIT) -> list[tuple[Any, ...]]:
        """The next ``count`` events, described."""
        return [describe(event) for event in self.events(count, timeout)]

    def quiet(self, within: float = 0.3) -> bool:
        """True if no event (nor the end) arrives within ``within`` seconds."""
        try:
            item = self._events.get(timeout=within)
        except queue.Empty:
            return True
        self._events.put(item)
        return False

    def status(self, timeout: float = WAIT) -> tuple[grpc.StatusCode, str]:
        """Read (and drop) events until the stream ends; its status."""
        _events, code, details = self.until_end(timeout)
        return code, details


class RedisSubscriber:
    """A redis-py connection in subscribed mode, read without redis-py's
    PubSub object so that every reply arrives as Redis sent it."""

    def __init__(self, port: int) -> None:
        self.connection = redis.Connection(host="127.0.0.1", port=port, protocol=2)
        self.connection.connect()

    def send(self, action: str, *channels: bytes) -> None:
        """The same requests as ``Stream.send``, as Redis commands."""
        self.connection.send_command(action.upper(), *channels)

    def reply(self, timeout: float = WAIT) -> tuple[Any, ...]:
        if not self.connection.can_read(timeout=timeout):
            raise TimeoutError(f"no reply within {timeout}s")
        try:
            reply = self.connection.read_response()
        except redis.ResponseError as error:
            return ("error", str(error))
        if not isinstance(reply, list):  # PING outside subscribed mode: +PONG
            return ("reply", reply)
        kind = reply[0].decode()
        return (kind, *reply[1:])

    def next(self, count: int = 1, timeout: float = WAIT) -> list[tuple[Any, ...]]:
        return [self.reply(timeout) for _ in range(count)]

    def quiet(self, within: float = 0.3) -> bool:
        return not self.connection.can_read(timeout=within)

    def close(self) -> None:
        self.connection.disconnect()

    def __enter__(self) -> RedisSubscriber:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def eventually(read: Callable[[], Any], expected: Any, timeout: float = WAIT) -> None:
    """Wait until ``read()`` returns ``expected``: for what the server does
    after a stream ends, which the client cannot wait for otherwise."""
    deadline = time.monotonic() + timeout
    while (value := read()) != expected:
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r}, expected {expected!r}")
        time.sleep(0.02)


def info_fields(text: str) -> dict[str, str]:
    """INFO's "field:value" lines."""
    fields = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and ":" in line:
            name, value = line.split(":", 1)
            fields[name] = value
    return fields


Counts = list[tuple[bytes, int]]


class KeyspaceSide:
    """Keyspace through the raw stubs; subscribers are ``Stream``s."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._channel = grpc.insecure_channel(address, options=CHANNEL_OPTIONS)
        self.stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(self._channel)  # type: ignore[no-untyped-call]
        self._streams: list[Stream] = []

    def subscriber(self, read: bool = True, heartbeats: bool = False) -> Stream:
        stream = Stream(self.address, read=read, heartbeats=heartbeats)
        self._streams.append(stream)
        return stream

    def publish(self, channel: bytes, message: bytes) -> int:
        request = pubsub_pb2.PublishRequest(channel=channel, message=message)
        return int(self.stub.Publish(request).receivers)

    def spublish(self, channel: bytes, message: bytes) -> int:
        request = pubsub_pb2.SPublishRequest(channel=channel, message=message)
        return int(self.stub.SPublish(request).receivers)

    def channels(self, pattern: bytes | None = None) -> list[bytes]:
        request = pubsub_pb2.PubSubChannelsRequest(pattern=pattern)
        return sorted(self.stub.PubSubChannels(request).channels)

    def shard_channels(self, pattern: bytes | None = None) -> list[bytes]:
        request = pubsub_pb2.PubSubShardChannelsRequest(pattern=pattern)
        return sorted(self.stub.PubSubShardChannels(request).channels)

    def numsub(self, *channels: bytes) -> Counts:
        reply = self.stub.PubSubNumSub(pubsub_pb2.PubSubNumSubRequest(channels=channels))
        return [(entry.channel, entry.subscribers) for entry in reply.channels]

    def shard_numsub(self, *channels: bytes) -> Counts:
        request = pubsub_pb2.PubSubShardNumSubRequest(channels=channels)
        reply = self.stub.PubSubShardNumSub(request)
        return [(entry.channel, entry.subscribers) for entry in reply.channels]

    def numpat(self) -> int:
        return int(self.stub.PubSubNumPat(pubsub_pb2.PubSubNumPatRequest()).patterns)

    def info(self, *sections: str) -> dict[str, str]:
        reply = self.stub.Info(server_pb2.InfoRequest(sections=sections))
        return info_fields(reply.info)

    def close(self) -> None:
        for stream in self._streams:
            stream.close()
        self._channel.close()


def _pairs(flat: list[Any]) -> Counts:
    return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]


class RedisSide:
    """redis-server through redis-py; subscribers are ``RedisSubscriber``s."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.client = redis.Redis(host="127.0.0.1", port=port, protocol=2)
        self._subscribers: list[RedisSubscriber] = []

    def subscriber(self) -> RedisSubscriber:
        subscriber = RedisSubscriber(self.port)
        self._subscribers.append(subscriber)
        return subscriber

    def publish(self, channel: bytes, message: bytes) -> int:
        return int(self.client.execute_command("PUBLISH", channel, message))

    def spublish(self, channel: bytes, message: bytes) -> int:
        return int(self.client.execute_command("SPUBLISH", channel, message))

    def channels(self, pattern: bytes | None = None) -> list[bytes]:
        extra = () if pattern is None else (pattern,)
        return sorted(self.client.execute_command("PUBSUB", "CHANNELS", *extra))

    def shard_channels(self, pattern: bytes | None = None) -> list[bytes]:
        extra = () if pattern is None else (pattern,)
        return sorted(self.client.execute_command("PUBSUB", "SHARDCHANNELS", *extra))

    def numsub(self, *channels: bytes) -> Counts:
        return _pairs(self.client.execute_command("PUBSUB", "NUMSUB", *channels))

    def shard_numsub(self, *channels: bytes) -> Counts:
        return _pairs(self.client.execute_command("PUBSUB", "SHARDNUMSUB", *channels))

    def numpat(self) -> int:
        return int(self.client.execute_command("PUBSUB", "NUMPAT"))

    def info(self, *sections: str) -> dict[str, str]:
        return {name: str(value) for name, value in self.client.info(*sections).items()}

    def close(self) -> None:
        for subscriber in self._subscribers:
            subscriber.close()
        self.client.close()


Side = KeyspaceSide | RedisSide


Launch = Callable[..., KeyspaceSide]


def launch_servers(servers: list[RunningServer], tmp_path: Path) -> Iterator[Launch]:
    """Behind the ``launch`` fixture (conftest.py): a function that starts a
    keyspace-server with the given flags (in folder ``name``) and gives its
    side; the sides close before the servers stop."""
    opened: list[KeyspaceSide] = []

    def launch(*flags: str, name: str = "data") -> KeyspaceSide:
        server = start_tracked(servers, tmp_path / name, "--appendonly", "no", *flags)
        opened.append(KeyspaceSide(server.address))
        return opened[-1]

    yield launch
    for side in opened:
        side.close()
