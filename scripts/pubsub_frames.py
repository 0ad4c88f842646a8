"""The bytes scripts/bench-pubsub puts on the wire and expects back: the
benchmark's PUBLISH batches, subscription handshakes and message streams,
for Redis's RESP2 and Keyspace's protobuf, written from the protocols (not
from either server's code) so that they check the servers.

A subscriber's whole expected stream is known before the first publish:
message ``i`` carries ``payload(i)``, the channel's messages arrive in
order, and nothing else arrives meanwhile. Comparing the received bytes with
that stream, chunk by chunk, checks every message (count, order, channel,
payload and, for Keyspace, sequence number) at the cost of a memcmp, the
same for both servers. Once it has the last message, a subscriber sends a
PING on its subscribed connection: the reply must come next, so that an
extra message after the last one is caught too.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from keyspace.v1 import pipeline_pb2, pubsub_pb2, subscribe_pb2

SUBSCRIBE = subscribe_pb2.SubscribeAction.SUBSCRIBE_ACTION_SUBSCRIBE
PING = subscribe_pb2.SubscribeAction.SUBSCRIBE_ACTION_PING
END = b"end"  # the PING's message


def payload(index: int, size: int) -> bytes:
    """Message ``index``'s payload: its number, zero-padded to ``size`` bytes."""
    return b"%0*d" % (size, index)


def smallest_size(messages: int) -> int:
    """The fewest payload bytes that number ``messages`` messages."""
    return len(b"%d" % max(messages - 1, 0))


@dataclass(frozen=True, slots=True)
class Stream:
    """What one subscriber must receive after its subscription is confirmed:
    the messages, then the reply to its PING."""

    data: bytes
    # ends[i]: the offset in data just past message i; the last entry is
    # the end of the PING's reply.
    ends: list[int]

    @property
    def messages_end(self) -> int:
        """Where the messages end and the PING's reply begins."""
        return self.ends[-2] if len(self.ends) > 1 else 0

    def received(self, position: int) -> int:
        """Messages wholly received once ``position`` bytes have arrived."""
        return min(bisect_right(self.ends, position), len(self.ends) - 1)

    def describe(self, position: int, chunk: bytes) -> str:
        """Why ``chunk``, received at ``position``, is not what was expected."""
        data = self.data
        offset = position + next(
            (
                j
                for j, byte in enumerate(chunk)
                if position + j >= len(data) or data[position + j] != byte
            ),
            len(chunk),
        )
        if offset >= len(data):
            extra = chunk[len(data) - position :]
            return f"bytes arrived after the PING's reply: {extra[:100]!r}"
        index = bisect_right(self.ends, offset)
        start = self.ends[index - 1] if index else 0
        expected = data[start : self.ends[index]]
        got = chunk[max(start - position, 0) : self.ends[index] - position]
        what = f"message {index}" if index < len(self.ends) - 1 else "the PING's reply"
        return (
            f"{what} differs at its byte {offset - start}: "
            f"expected {expected[:200]!r}, got {got[:200]!r}"
        )


def _stream(frames: list[bytes]) -> Stream:
    ends = []
    end = 0
    for frame in frames:
        end += len(frame)
        ends.append(end)
    return Stream(b"".join(frames), ends)


# -- Redis (RESP2) -----------------------------------------------------------------


def _resp_command(*parts: bytes) -> bytes:
    return b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts)


def redis_subscribe(channel: bytes) -> bytes:
    return _resp_command(b"SUBSCRIBE", channel)


def redis_subscribed(channel: bytes) -> bytes:
    """SUBSCRIBE's confirmation for a connection's first channel."""
    return b"*3\r\n$9\r\nsubscribe\r\n$%d\r\n%s\r\n:1\r\n" % (len(channel), channel)


def redis_stream(channel: bytes, messages: int, size: int) -> Stream:
    head = b"*3\r\n$7\r\nmessage\r\n$%d\r\n%s\r\n$%d\r\n" % (len(channel), channel, size)
    pong = b"*2\r\n$4\r\npong\r\n$%d\r\n%s\r\n" % (len(END), END)
    return _stream([*(head + payload(i, size) + b"\r\n" for i in range(messages)), pong])


def redis_ping() -> bytes:
    return _resp_command(b"PING", END)


def redis_publishes(channel: bytes, first: int, count: int, size: int) -> bytes:
    """PUBLISH of messages first .. first + count - 1, as one write."""
    return b"".join(
        _resp_command(b"PUBLISH", channel, payload(i, size)) for i in range(first, first + count)
    )


# -- Keyspace (protobuf over gRPC) --------------------------------------------------


def keyspace_subscribe(channel: bytes) -> subscribe_pb2.SubscribeRequest:
    return subscribe_pb2.SubscribeRequest(action=SUBSCRIBE, channels=[channel])


def keyspace_subscribed(response: bytes, channel: bytes) -> int:
    """Check the first SubscribeResponse of a stream (the confirmation of
    its subscription) and return the channel's sequence number then."""
    events = subscribe_pb2.SubscribeResponse.FromString(response).events
    if len(events) != 1 or events[0].WhichOneof("event") != "change":
        raise AssertionError(f"expected one subscription change, got {events}")
    change = events[0].change
    if change.action != SUBSCRIBE or change.channel != channel or change.count != 1:
        raise AssertionError(f"unexpected confirmation {change}")
    return change.sequence


def keyspace_ping() -> subscribe_pb2.SubscribeRequest:
    return subscribe_pb2.SubscribeRequest(action=PING, channels=[END])


def keyspace_stream(channel: bytes, messages: int, size: int, last_sequence: int) -> Stream:
    """Messages numbered after ``last_sequence``. A response is its events'
    encodings joined (repeated field 1), so the responses a subscriber
    receives, joined, are the one-event responses below joined."""
    pong = subscribe_pb2.SubscriptionEvent(pong=subscribe_pb2.Pong(message=END))
    return _stream(
        [
            subscribe_pb2.SubscribeResponse(
                events=[
                    subscribe_pb2.SubscriptionEvent(
                        message=subscribe_pb2.PubSubMessage(
                            channel=channel,
                            payload=payload(i, size),
                            sequence=last_sequence + 1 + i,
                        )
                    )
                ]
            ).SerializeToString()
            for i in range(messages)
        ]
        + [subscribe_pb2.SubscribeResponse(events=[pong]).SerializeToString()]
    )


def keyspace_publishes(channel: bytes, first: int, count: int, size: int) -> bytes:
    """A serialized PipelineRequest of PUBLISH for messages first .. first + count - 1."""
    return pipeline_pb2.PipelineRequest(
        commands=[
            pipeline_pb2.Command(
                publish=pubsub_pb2.PublishRequest(channel=channel, message=payload(i, size))
            )
            for i in range(first, first + count)
        ]
    ).SerializeToString()
