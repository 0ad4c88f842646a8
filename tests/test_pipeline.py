"""Pipelines, through the SDK (compared with redis-py's pipelines against a
real redis-server) and as raw Pipeline streams."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import grpc
import keyspace
import pytest
import redis
from keyspace.pipeline import BATCH_SIZE
from keyspace.v1 import keyspace_service_pb2_grpc, pipeline_pb2, server_pb2, strings_pb2

from tests.servers import RunningServer

Command = pipeline_pb2.Command
PipelineRequest = pipeline_pb2.PipelineRequest


def echo(text: str) -> pipeline_pb2.Command:
    return Command(echo=server_pb2.EchoRequest(message=text.encode()))


def incr(key: bytes) -> pipeline_pb2.Command:
    return Command(incr=strings_pb2.IncrRequest(key=key))


@pytest.fixture
def stub(
    keyspace_server: RunningServer, kv: keyspace.Client
) -> Iterator[keyspace_service_pb2_grpc.KeyspaceServiceStub]:
    with grpc.insecure_channel(keyspace_server.address) as channel:
        yield keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]


def queue_mixed_commands(pipe: Any) -> None:
    """The same commands for a Keyspace pipeline and a redis-py one; the
    third fails (INCR of a non-integer)."""
    pipe.set("a", "1")
    pipe.set("word", "abc")
    pipe.incr("word")
    pipe.incr("a")
    pipe.append("a", "0")
    pipe.get("a")
    pipe.mget("a", "word", "missing")


def same_results(ours: list[Any], theirs: list[Any]) -> None:
    assert len(ours) == len(theirs)
    for mine, redis_result in zip(ours, theirs, strict=True):
        if isinstance(redis_result, redis.ResponseError):
            assert isinstance(mine, keyspace.ResponseError)
            assert str(mine) == str(redis_result)
        else:
            assert mine == redis_result


# -- through the SDK ------------------------------------------------------------


def test_replies_come_back_in_order_like_redis(kv: keyspace.Client, r: redis.Redis) -> None:
    ours = kv.pipeline(transaction=False)
    theirs = r.pipeline(transaction=False)
    pipe: Any
    for pipe in (ours, theirs):
        pipe.set("x", "1").incr("x").incrby("x", 40).get("x").delete("x").exists("x")
    assert ours.execute() == theirs.execute() == [True, 2, 42, b"42", 1, 0]


def test_failing_command_in_the_middle_gives_its_error_in_place(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    ours, theirs = kv.pipeline(transaction=False), r.pipeline(transaction=False)
    queue_mixed_commands(ours)
    queue_mixed_commands(theirs)
    results = ours.execute(raise_on_error=False)
    same_results(results, theirs.execute(raise_on_error=False))
    assert isinstance(results[2], keyspace.ResponseError)
    assert results[2].redis_message == "ERR value is not an integer or out of range"


@pytest.mark.parametrize("transaction", [False, True])
def test_raise_on_error_raises_the_first_error_after_all_commands_ran(
    kv: keyspace.Client, r: redis.Redis, transaction: bool
) -> None:
    ours, theirs = kv.pipeline(transaction=transaction), r.pipeline(transaction=transaction)
    pipe: Any
    for pipe in (ours, theirs):
        pipe.set("word", "abc").incr("word").set("after", "1").incrby("word", 2)
    with pytest.raises(redis.ResponseError) as redis_error:
        theirs.execute()
    with pytest.raises(keyspace.ResponseError) as our_error:
        ours.execute()
    assert our_error.value.redis_message == "ERR value is not an integer or out of range"
    assert str(redis_error.value).endswith(str(our_error.value))
    # Every command ran, including those after the failures.
    assert kv.get("after") == r.get("after") == b"1"


def test_many_commands_spanning_several_requests_keep_order(kv: keyspace.Client) -> None:
    count = 5 * BATCH_SIZE
    pipe = kv.pipeline(transaction=False)
    for _ in range(count):
        pipe.incr("counter")
    assert pipe.execute() == list(range(1, count + 1))
    assert kv.get("counter") == str(count).encode()


def test_transaction_pipeline_larger_than_a_batch_is_still_atomic(kv: keyspace.Client) -> None:
    # The README promises no other client's command runs between a
    # pipeline's commands; a watcher polling the key must see all or nothing.
    count = 5 * BATCH_SIZE
    seen: set[bytes | None] = set()
    done = threading.Event()

    def watch() -> None:
        with keyspace.Client(kv.target, timeout=10) as watcher:
            while not done.is_set():
                seen.add(watcher.get("counter"))

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for _ in range(3):
            kv.delete("counter")
            pipe = kv.pipeline()
            for _ in range(count):
                pipe.incr("counter")
            assert pipe.execute()[-1] == count
    finally:
        done.set()
        watcher.join()
    assert seen <= {None, str(count).encode()}


def test_empty_pipeline_execute_returns_empty_list(kv: keyspace.Client, r: redis.Redis) -> None:
    assert kv.pipeline().execute() == r.pipeline().execute() == []
    assert kv.pipeline(transaction=False).execute() == []


def test_pipeline_is_truthy_even_when_empty_like_redis_py(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    assert bool(kv.pipeline()) is bool(r.pipeline()) is True


def test_with_block_resets_and_pipeline_can_be_reused(kv: keyspace.Client) -> None:
    with kv.pipeline() as pipe:
        pipe.set("k", "v").get("k")
        assert len(pipe) == 2
        assert pipe.execute() == [True, b"v"]
        assert len(pipe) == 0
        pipe.strlen("k")
        assert pipe.execute() == [1]
        pipe.get("k")
    assert len(pipe) == 0


def test_pipeline_error_after_a_failed_execute_does_not_leak_commands(
    kv: keyspace.Client,
) -> None:
    pipe = kv.pipeline(transaction=False)
    pipe.set("word", "abc").incr("word")
    with pytest.raises(keyspace.ResponseError):
        pipe.execute()
    assert pipe.execute() == []


# -- raw streams -------------------------------------------------------------------


def test_raw_stream_with_unset_command_gets_error_reply_and_continues(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub,
) -> None:
    requests = [
        PipelineRequest(commands=[echo("before"), Command(), echo("after")]),
        PipelineRequest(commands=[echo("next request")]),
    ]
    responses = list(stub.Pipeline(iter(requests), timeout=10))
    first, second = responses
    assert first.replies[0].echo.message == b"before"
    error = first.replies[1].error
    assert error.reason == "ERR"
    assert error.message.startswith("ERR ")
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert first.replies[2].echo.message == b"after"
    assert second.replies[0].echo.message == b"next request"


def test_raw_stream_answers_requests_sent_before_reading_in_order(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub,
) -> None:
    requests = [
        PipelineRequest(commands=[echo(f"{n}.{i}") for i in range(n + 1)]) for n in range(20)
    ]
    # All twenty requests are written before the first response is read.
    responses = list(stub.Pipeline(iter(requests), timeout=10))
    assert [[reply.echo.message.decode() for reply in r.replies] for r in responses] == [
        [f"{n}.{i}" for i in range(n + 1)] for n in range(20)
    ]


def test_raw_stream_error_in_middle_of_request_leaves_others_untouched(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub,
) -> None:
    requests = [
        PipelineRequest(
            commands=[
                Command(set=strings_pb2.SetRequest(key=b"n", value=b"x")),
                incr(b"n"),
                Command(set=strings_pb2.SetRequest(key=b"m", value=b"1")),
                incr(b"m"),
            ]
        )
    ]
    (response,) = stub.Pipeline(iter(requests), timeout=10)
    kinds = [reply.WhichOneof("reply") for reply in response.replies]
    assert kinds == ["set", "error", "set", "incr"]
    assert response.replies[1].error.message == "ERR value is not an integer or out of range"
    assert response.replies[3].incr.value == 2


def test_concurrent_raw_streams_each_get_their_own_replies(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub,
) -> None:
    streams, rounds = 8, 25

    def run(stream: int) -> list[list[bytes]]:
        requests = (
            PipelineRequest(commands=[echo(f"s{stream}r{n}"), incr(f"counter-{stream}".encode())])
            for n in range(rounds)
        )
        return [
            [r.replies[0].echo.message, str(r.replies[1].incr.value).encode()]
            for r in stub.Pipeline(requests, timeout=20)
        ]

    with ThreadPoolExecutor(streams) as pool:
        results = list(pool.map(run, range(streams)))
    for stream, replies in enumerate(results):
        assert replies == [[f"s{stream}r{n}".encode(), str(n + 1).encode()] for n in range(rounds)]
