"""Fan-out at scale: 100 subscribers each receive all 10,000 messages of a
publisher, in publish order, with none lost or repeated. The subscribers
are asyncio streams in this process; the publisher sends its PUBLISHes
through the Pipeline stream, many per request, as a busy service would."""

from __future__ import annotations

import asyncio
from pathlib import Path

import grpc.aio
from keyspace.v1 import (
    keyspace_service_pb2_grpc,
    pipeline_pb2,
    pubsub_pb2,
    subscribe_pb2,
)

from tests.servers import RunningServer, start_tracked

SUBSCRIBERS = 100
MESSAGES = 10_000
BATCH = 250
CHANNEL = b"fan"
Action = subscribe_pb2.SubscribeAction


async def _subscriber(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub, ready: asyncio.Event, count: list[int]
) -> list[tuple[int, bytes]]:
    """Subscribe, then collect (sequence, payload) of MESSAGES messages."""
    call = stub.Subscribe()
    await call.write(
        subscribe_pb2.SubscribeRequest(action=Action.SUBSCRIBE_ACTION_SUBSCRIBE, channels=[CHANNEL])
    )
    received: list[tuple[int, bytes]] = []
    confirmed = False
    async for response in call:
        for event in response.events:
            kind = event.WhichOneof("event")
            if kind == "change":
                confirmed = True
                count[0] += 1
                if count[0] == SUBSCRIBERS:
                    ready.set()
            elif kind == "message":
                received.append((event.message.sequence, event.message.payload))
            else:
                raise AssertionError(f"unexpected event {event}")
        if len(received) >= MESSAGES:
            break
    call.cancel()
    assert confirmed
    return received


async def _publisher(stub: keyspace_service_pb2_grpc.KeyspaceServiceStub) -> list[int]:
    """Publish MESSAGES messages; return their sequence numbers, checking
    that each reached every subscriber."""
    call = stub.Pipeline()
    sequences: list[int] = []
    for start in range(0, MESSAGES, BATCH):
        commands = [
            pipeline_pb2.Command(
                publish=pubsub_pb2.PublishRequest(channel=CHANNEL, message=b"%d" % number)
            )
            for number in range(start, min(start + BATCH, MESSAGES))
        ]
        await call.write(pipeline_pb2.PipelineRequest(commands=commands))
        response = await call.read()
        for reply in response.replies:
            assert reply.publish.receivers == SUBSCRIBERS, reply
            sequences.append(reply.publish.sequence)
    await call.done_writing()
    return sequences


async def _fan_out(address: str) -> tuple[list[int], list[list[tuple[int, bytes]]]]:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)
        ready = asyncio.Event()
        confirmed = [0]
        readers = [
            asyncio.create_task(_subscriber(stub, ready, confirmed)) for _ in range(SUBSCRIBERS)
        ]
        await asyncio.wait_for(ready.wait(), timeout=60)
        sequences = await _publisher(stub)
        received = await asyncio.wait_for(asyncio.gather(*readers), timeout=300)
        return sequences, received


def test_hundred_subscribers_receive_ten_thousand_messages_in_order(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    server = start_tracked(servers, tmp_path / "data", "--appendonly", "no")
    sequences, received = asyncio.run(_fan_out(server.address))
    first = sequences[0]
    assert sequences == list(range(first, first + MESSAGES))
    expected = [(first + number, b"%d" % number) for number in range(MESSAGES)]
    assert len(received) == SUBSCRIBERS
    for messages in received:
        # Every message, once, in publish order, numbered consecutively.
        assert messages == expected
