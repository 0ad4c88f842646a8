"""Subscription events as the bytes of one ``SubscribeResponse.events``
entry. A message published to many subscribers is encoded once; each
subscriber's queue holds the same bytes, and a response is these entries
joined, so fan-out costs no protobuf work per subscriber."""

from __future__ import annotations

import time

from keyspace.v1 import pipeline_pb2, subscribe_pb2

from keyspace_server.identity import RUN_ID

Event = subscribe_pb2.SubscriptionEvent
Action = subscribe_pb2.SubscribeAction
Reason = subscribe_pb2.DiscontinuityReason

# SubscribeResponse.events is field 1, length-delimited.
_EVENTS_TAG = b"\x0a"


def _varint(number: int) -> bytes:
    out = bytearray()
    while number > 0x7F:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)
    return bytes(out)


def encode(event: subscribe_pb2.SubscriptionEvent) -> bytes:
    data = event.SerializeToString()
    return _EVENTS_TAG + _varint(len(data)) + data


def message(
    channel: bytes,
    payload: bytes,
    sequence: int,
    pattern: bytes | None = None,
    sharded: bool = False,
) -> bytes:
    return encode(
        Event(
            message=subscribe_pb2.PubSubMessage(
                channel=channel,
                pattern=pattern,
                payload=payload,
                sequence=sequence,
                sharded=sharded,
            )
        )
    )


def change(action: int, channel: bytes | None, count: int, sequence: int = 0) -> bytes:
    return encode(
        Event(
            change=subscribe_pb2.SubscriptionChange(
                action=action,  # type: ignore[arg-type]
                channel=channel,
                count=count,
                sequence=sequence,
                run_id=RUN_ID,
            )
        )
    )


def discontinuity(
    channel: bytes,
    first_lost: int,
    last_lost: int,
    reason: int,
    pattern: bytes | None = None,
    sharded: bool = False,
) -> bytes:
    return encode(
        Event(
            discontinuity=subscribe_pb2.Discontinuity(
                channel=channel,
                pattern=pattern,
                first_lost=first_lost,
                last_lost=last_lost,
                reason=reason,  # type: ignore[arg-type]
                sharded=sharded,
            )
        )
    )


def heartbeat() -> bytes:
    return encode(
        Event(heartbeat=subscribe_pb2.Heartbeat(server_time_ms=time.time_ns() // 1_000_000))
    )


def pong(payload: bytes) -> bytes:
    return encode(Event(pong=subscribe_pb2.Pong(message=payload)))


def error(failure: pipeline_pb2.Error) -> bytes:
    return encode(Event(error=failure))
