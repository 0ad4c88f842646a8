"""Subscription events as the bytes of one ``SubscribeResponse.events``
entry (field 1: ``wire.field_one``). A message published to many
subscribers is encoded once; each subscriber's queue holds the same bytes,
and a response is these entries joined, so fan-out costs no protobuf work
per subscriber."""

from __future__ import annotations

import time

from keyspace.v1 import pipeline_pb2, subscribe_pb2

from keyspace_server.identity import RUN_ID
from keyspace_server.wire import field_one

Event = subscribe_pb2.SubscriptionEvent
Action = subscribe_pb2.SubscribeAction
Reason = subscribe_pb2.DiscontinuityReason


def message(
    channel: bytes,
    payload: bytes,
    sequence: int,
    pattern: bytes | None = None,
    sharded: bool = False,
) -> bytes:
    return field_one(
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
    return field_one(
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
    return field_one(
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
    return field_one(
        Event(heartbeat=subscribe_pb2.Heartbeat(server_time_ms=time.time_ns() // 1_000_000))
    )


def pong(payload: bytes) -> bytes:
    return field_one(Event(pong=subscribe_pb2.Pong(message=payload)))


def error(failure: pipeline_pb2.Error) -> bytes:
    return field_one(Event(error=failure))
