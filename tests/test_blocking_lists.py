"""Blocking list commands with real clients that actually wait.

The first half is differential: each scenario starts its waiting clients
one after the other (each on its own connection and thread, so the order
in which they blocked is known), then another client runs some steps; the
waiters' replies and the steps' results must be those redis-server 7.0
gives. The second half covers what only Keyspace has: gRPC deadlines and
cancelled calls, which must leave the data for others.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import grpc
import keyspace
import keyspace.asyncio
import pytest
import redis
from keyspace import _schema
from keyspace._errors import from_rpc_error
from keyspace.v1 import lists_pb2 as pb

from tests.blocking import Blocking, compare_scenario, run_async, wait_blocked
from tests.differential import step
from tests.servers import RunningServer

# How long a Keyspace waiter is given to reach the server and block (Keyspace
# has no blocked-clients count to poll; Redis's INFO has one).
SETTLE = 0.15


SCENARIOS: dict[str, Blocking] = {
    "blpop-woken-by-rpush": Blocking(
        [step("blpop", "q", 0)], [step("rpush", "q", "x"), step("exists", "q")]
    ),
    "brpop-takes-the-tail": Blocking(
        [step("brpop", ["q"], 0)], [step("rpush", "q", "a", "b"), step("lrange", "q", 0, -1)]
    ),
    "blpop-woken-by-lpush-of-several": Blocking(
        [step("blpop", "q", 0)], [step("lpush", "q", "a", "b", "c"), step("lrange", "q", 0, -1)]
    ),
    "blpop-multiple-keys-woken-by-second": Blocking(
        [step("blpop", ["a", "b", "c"], 0)],
        [step("rpush", "b", "x"), step("exists", "a", "b", "c")],
    ),
    "blpop-ignores-a-key-turned-string": Blocking(
        [step("blpop", ["k1", "k2"], 0)],
        [step("set", "k1", "s"), step("rpush", "k2", "v"), step("get", "k1")],
    ),
    "blpop-woken-by-lmove-destination": Blocking(
        [step("blpop", "q", 0)],
        [step("lmove", "src", "q"), step("exists", "q")],
        setup=[step("rpush", "src", "moved")],
    ),
    "blpop-woken-by-rename": Blocking(
        [step("blpop", "q", 0)],
        [step("rename", "tmp", "q"), step("exists", "q", "tmp")],
        setup=[step("rpush", "tmp", "renamed")],
    ),
    "blpop-woken-by-copy": Blocking(
        [step("blpop", "q", 0)],
        [step("copy", "tmp", "q"), step("lrange", "tmp", 0, -1), step("exists", "q")],
        setup=[step("rpush", "tmp", "copied")],
    ),
    "blpop-not-woken-by-string": Blocking(
        [step("blpop", "q", 0.3)], [step("set", "q", "text"), step("get", "q")]
    ),
    "blmove-woken": Blocking(
        [step("blmove", "q", "d", 0, "RIGHT", "LEFT")],
        [step("rpush", "q", "1", "2"), step("lrange", "q", 0, -1), step("lrange", "d", 0, -1)],
    ),
    "brpoplpush-woken": Blocking(
        [step("brpoplpush", "q", "d", 0)],
        [step("rpush", "q", "1", "2"), step("lrange", "d", 0, -1)],
        setup=[step("rpush", "d", "old")],
    ),
    "blmove-same-key-woken": Blocking(
        [step("blmove", "q", "q", 0, "LEFT", "RIGHT")],
        [step("rpush", "q", "1", "2"), step("lrange", "q", 0, -1)],
    ),
    "blmpop-woken-with-count": Blocking(
        [step("blmpop", 0, 2, "a", "b", direction="RIGHT", count=2)],
        [step("rpush", "b", "1", "2", "3"), step("lrange", "b", 0, -1)],
    ),
    "blmpop-count-over-length-deletes": Blocking(
        [step("blmpop", 0, 1, "a", direction="LEFT", count=10)],
        [step("rpush", "a", "1", "2"), step("exists", "a")],
    ),
    "fifo-pushed-at-once": Blocking(
        [step("blpop", "q", 0), step("blpop", "q", 0), step("blpop", "q", 0)],
        [step("rpush", "q", "a", "b", "c"), step("exists", "q")],
    ),
    "fifo-pushed-one-at-a-time": Blocking(
        [step("brpop", "q", 0), step("blpop", "q", 0), step("blpop", "q", 0)],
        [step("rpush", "q", "a"), step("rpush", "q", "b"), step("rpush", "q", "c")],
    ),
    "fifo-across-commands": Blocking(
        [
            step("blmpop", 0, 1, "q", direction="LEFT", count=2),
            step("brpoplpush", "q", "d", 0),
            step("blpop", "q", 0),
        ],
        [step("rpush", "q", "a", "b", "c", "d", "e"), step("lrange", "q", 0, -1)],
    ),
    "more-waiters-than-elements": Blocking(
        [step("blpop", "q", 5), step("blpop", "q", 5), step("blpop", "q", 5)],
        [step("rpush", "q", "a", "b"), step("llen", "q"), step("rpush", "q", "c")],
    ),
    "blmove-chain-wakes-the-destination-waiter": Blocking(
        [step("blpop", "x", 0), step("blmove", "y", "x", 0)],
        [step("rpush", "y", "e"), step("exists", "x", "y")],
    ),
    "blmove-wrongtype-destination-at-wake": Blocking(
        [step("blmove", "src", "dst", 0), step("blpop", "src", 0)],
        [step("set", "dst", "v"), step("rpush", "src", "x"), step("exists", "src")],
    ),
    "timeout-blpop": Blocking(
        [step("blpop", ["q", "p"], 0.2)], [step("rpush", "q", "late"), step("llen", "q")], pause=0.5
    ),
    "timeout-brpop": Blocking([step("brpop", "q", 0.2)], [step("exists", "q")], pause=0.5),
    "timeout-blmove": Blocking([step("blmove", "q", "d", 0.2)], [step("exists", "d")], pause=0.5),
    "timeout-brpoplpush": Blocking(
        [step("brpoplpush", "q", "d", 0.2)], [step("exists", "d")], pause=0.5
    ),
    "timeout-blmpop": Blocking(
        [step("blmpop", 0.2, 1, "q", direction="LEFT")], [step("exists", "q")], pause=0.5
    ),
    # Redis rounds timeouts up to whole milliseconds: 0.5 ms waits 1 ms, and
    # -0.5 ms is 0, which waits forever.
    "sub-millisecond-timeout-rounds-up": Blocking(
        [step("blpop", "q", 0.0005)], [step("rpush", "q", "x")], pause=0.3
    ),
    "tiny-negative-timeout-waits-forever": Blocking(
        [step("blpop", "q", -0.0005), step("brpop", "q", "-0.0009")],
        [step("rpush", "q", "x", "y")],
        pause=0.3,
    ),
    "huge-timeout-still-served": Blocking(
        [step("blpop", "q", 9e15), step("blmpop", "9000000000000", 1, "q", direction="LEFT")],
        [step("rpush", "q", "x", "y")],
    ),
    "timeout-then-next-waiter-served": Blocking(
        [step("blpop", "q", 0.2), step("blpop", "q", 0)],
        [step("rpush", "q", "x"), step("exists", "q")],
        pause=0.4,
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_blocking_scenario(
    kv: keyspace.Client,
    r: redis.Redis,
    keyspace_server: RunningServer,
    redis_server: RunningServer,
    scenario: Blocking,
) -> None:
    compare_scenario(keyspace_server, redis_server, scenario)


def test_push_in_plain_pipeline_wakes_before_next_command(
    kv: keyspace.Client, r: redis.Redis, keyspace_server: RunningServer, redis_server: RunningServer
) -> None:
    """A non-transactional pipeline serves the waiter right after the push
    (Redis handles blocked clients after every command outside MULTI)."""

    def pipelined(client: Any) -> list[Any]:
        pipe = client.pipeline(transaction=False)
        pipe.rpush("q", "x")
        pipe.lpop("q")
        pipe.exists("q")
        return list(pipe.execute())

    def run(make_client: Callable[[], Any], wait_blocked: Callable[[Any, int], None]) -> Any:
        waiter, main = make_client(), make_client()
        got: list[Any] = []
        thread = threading.Thread(target=lambda: got.append(waiter.blpop("q", 5)), daemon=True)
        thread.start()
        wait_blocked(main, 1)
        replies = pipelined(main)
        thread.join(10)
        return got, replies

    expected = run(
        lambda: redis.Redis(host="127.0.0.1", port=redis_server.port, protocol=2), wait_blocked
    )
    actual = run(lambda: keyspace.Client(keyspace_server.address, timeout=10), wait_blocked)
    assert actual == expected


# -- Keyspace only: deadlines, cancellation, concurrency -------------------------------------


def test_waiter_gets_element_pushed_by_another_client(address: str) -> None:
    async def scenario() -> None:
        async with (
            keyspace.asyncio.Client(address, timeout=5) as waiter,
            keyspace.asyncio.Client(address, timeout=5) as pusher,
        ):
            task = asyncio.create_task(waiter.blpop("q", 0))
            await asyncio.sleep(SETTLE)
            assert not task.done()
            assert await pusher.rpush("q", "x") == 1
            assert await task == (b"q", b"x")
            assert await pusher.exists("q") == 0

    run_async(scenario)


def test_timeout_is_honoured_and_nothing_is_popped(address: str) -> None:
    async def scenario() -> None:
        async with keyspace.asyncio.Client(address, timeout=5) as client:
            started = time.monotonic()
            assert await client.blpop("q", 0.3) is None
            elapsed = time.monotonic() - started
            assert 0.28 <= elapsed < 2, elapsed
            assert await client.rpush("q", "x") == 1
            assert await client.llen("q") == 1

    run_async(scenario)


def test_fifo_order_of_blocking(address: str) -> None:
    async def scenario() -> None:
        clients = [keyspace.asyncio.Client(address, timeout=5) for _ in range(4)]
        *waiters, pusher = clients
        tasks = []
        for waiter in waiters:
            tasks.append(asyncio.create_task(waiter.blpop("q", 0)))
            await asyncio.sleep(0.05)
        await asyncio.sleep(SETTLE)
        for element in ("first", "second", "third"):
            await pusher.rpush("q", element)
        results = await asyncio.gather(*tasks)
        assert results == [(b"q", b"first"), (b"q", b"second"), (b"q", b"third")]
        for client in clients:
            await client.close()

    run_async(scenario)


def test_grpc_deadline_ends_wait_and_leaves_later_push(
    kv: keyspace.Client, keyspace_server: RunningServer
) -> None:
    """A call whose gRPC deadline is shorter than its block fails with
    TimeoutError, and the server forgets the waiter: a later push stays."""
    with grpc.insecure_channel(keyspace_server.address) as channel:
        blpop = channel.unary_unary(
            _schema.method_path("BLPop"),
            request_serializer=pb.BLPopRequest.SerializeToString,
            response_deserializer=pb.BLPopResponse.FromString,
        )
        started = time.monotonic()
        with pytest.raises(grpc.RpcError) as failure:
            blpop(pb.BLPopRequest(keys=[b"q"], timeout=0), timeout=0.3)
        assert time.monotonic() - started < 2
    assert isinstance(from_rpc_error(failure.value), keyspace.TimeoutError)
    time.sleep(0.1)
    assert kv.rpush("q", "kept") == 1
    assert kv.lrange("q", 0, -1) == [b"kept"]


def test_client_timeout_shorter_than_block(keyspace_server: RunningServer) -> None:
    """The SDK widens the deadline of a blocking call by its timeout, so a
    0.2 s client timeout does not cut a 0.5 s BLPOP short."""
    with keyspace.Client(keyspace_server.address, timeout=0.2) as client:
        client.flushall()
        started = time.monotonic()
        assert client.blpop("q", 0.5) is None
        assert time.monotonic() - started >= 0.45


def test_cancelled_call_leaves_later_push(address: str) -> None:
    async def scenario() -> None:
        async with (
            keyspace.asyncio.Client(address, timeout=5) as waiter,
            keyspace.asyncio.Client(address, timeout=5) as other,
        ):
            task = asyncio.create_task(waiter.blmove("q", "d", 0))
            await asyncio.sleep(SETTLE)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.sleep(0.1)
            assert await other.rpush("q", "kept") == 1
            assert await other.llen("q") == 1
            assert await other.exists("d") == 0

    run_async(scenario)


def test_blmove_chain(address: str) -> None:
    """A waits on x; B moves from y to x; a push to y wakes B, whose push to
    x wakes A."""

    async def scenario() -> None:
        clients = [keyspace.asyncio.Client(address, timeout=5) for _ in range(3)]
        a, b, pusher = clients
        waiting_a = asyncio.create_task(a.blpop("x", 0))
        await asyncio.sleep(SETTLE)
        waiting_b = asyncio.create_task(b.blmove("y", "x", 0, "LEFT", "RIGHT"))
        await asyncio.sleep(SETTLE)
        await pusher.rpush("y", "element")
        assert await waiting_b == b"element"
        assert await waiting_a == (b"x", b"element")
        assert await pusher.exists("x", "y") == 0
        for client in clients:
            await client.close()

    run_async(scenario)


def test_blocked_client_does_not_stall_others(address: str) -> None:
    async def scenario() -> None:
        async with (
            keyspace.asyncio.Client(address, timeout=5) as waiter,
            keyspace.asyncio.Client(address, timeout=5) as other,
        ):
            blocked = asyncio.create_task(waiter.brpop(["never"], 0))
            await asyncio.sleep(SETTLE)
            started = time.monotonic()
            for number in range(20):
                assert await other.set(f"k{number}", number)
                assert await other.get(f"k{number}") == str(number).encode()
            assert time.monotonic() - started < 1
            assert not blocked.done()
            await other.rpush("never", "release")
            assert await blocked == (b"never", b"release")

    run_async(scenario)


def test_many_waiters_on_many_keys(address: str) -> None:
    """Fifty waiters on five keys; pushing to each key serves its waiters in
    the order they blocked and no element is lost or served twice."""

    async def scenario() -> None:
        clients = [keyspace.asyncio.Client(address, timeout=10) for _ in range(51)]
        *waiters, pusher = clients
        tasks = []
        for number, waiter in enumerate(waiters):
            tasks.append(asyncio.create_task(waiter.blpop(f"k{number % 5}", 0)))
            await asyncio.sleep(0.01)
        await asyncio.sleep(SETTLE)
        for key in range(5):
            await pusher.rpush(f"k{key}", *[f"{key}-{n}" for n in range(10)])
        results = await asyncio.gather(*tasks)
        for number, (key, element) in enumerate(results):
            assert key == f"k{number % 5}".encode()
            assert element == f"{number % 5}-{number // 5}".encode()
        assert await pusher.exists(*[f"k{key}" for key in range(5)]) == 0
        for client in clients:
            await client.close()

    run_async(scenario)
