"""Blocking sorted set pops (BZPOPMIN, BZPOPMAX, BZMPOP) with real clients
that actually wait.

The first half is differential: each scenario starts its waiting clients one
after the other (each on its own connection and thread, so the order in
which they blocked is known), then another client runs some steps; the
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

import keyspace
import keyspace.asyncio
import pytest
import redis

from tests.blocking import Blocking, compare_scenario, run_async, wait_blocked
from tests.differential import outcome, step
from tests.servers import RunningServer

# How long a Keyspace waiter is given to reach the server and block (Keyspace
# has no blocked-clients count to poll; Redis's INFO has one).
SETTLE = 0.15


SCENARIOS: dict[str, Blocking] = {
    "bzpopmin-woken-by-zadd": Blocking(
        [step("bzpopmin", "z", 0)], [step("zadd", "z", {"a": 1}), step("exists", "z")]
    ),
    "bzpopmax-takes-the-highest": Blocking(
        [step("bzpopmax", ["z"], 0)],
        [step("zadd", "z", {"a": 1, "b": 3, "c": 2}), step("zrange", "z", 0, -1)],
    ),
    "bzpopmin-takes-the-lowest": Blocking(
        [step("bzpopmin", ["z"], 0)],
        [step("zadd", "z", {"a": 1, "b": "-inf", "c": 2}), step("zrange", "z", 0, -1)],
    ),
    "bzpopmin-multiple-keys-woken-by-second": Blocking(
        [step("bzpopmin", ["a", "b", "c"], 0)],
        [step("zadd", "b", {"x": 1}), step("exists", "a", "b", "c")],
    ),
    "bzpopmin-ignores-a-key-turned-string": Blocking(
        [step("bzpopmin", ["k1", "k2"], 0)],
        [step("set", "k1", "s"), step("zadd", "k2", {"v": 1}), step("get", "k1")],
    ),
    "bzpopmin-not-woken-by-a-list": Blocking(
        [step("bzpopmin", "q", 0.3)], [step("rpush", "q", "x"), step("lrange", "q", 0, -1)]
    ),
    "bzpopmin-not-woken-by-a-set": Blocking(
        [step("bzpopmin", "q", 0.3)], [step("sadd", "q", "x"), step("scard", "q")]
    ),
    "bzpopmax-woken-by-zunionstore": Blocking(
        [step("bzpopmax", "d", 0)],
        [step("zunionstore", "d", ["src", "src"]), step("zrange", "d", 0, -1, withscores=True)],
        setup=[step("zadd", "src", {"a": 1, "b": 2})],
    ),
    "bzpopmin-woken-by-zrangestore": Blocking(
        [step("bzpopmin", "d", 0)],
        [step("zrangestore", "d", "src", 0, 1), step("zrange", "d", 0, -1)],
        setup=[step("zadd", "src", {"a": 1, "b": 2, "c": 3})],
    ),
    "bzpopmin-not-woken-when-a-store-overwrites-a-string": Blocking(
        [step("bzpopmin", "k", 0.4)],
        [step("set", "k", "text"), step("zunionstore", "k", ["src"]), step("zcard", "k")],
        setup=[step("zadd", "src", {"a": 1, "b": 2})],
    ),
    "bzpopmin-woken-by-zincrby": Blocking(
        [step("bzpopmin", "z", 0)], [step("zincrby", "z", 2.5, "m"), step("exists", "z")]
    ),
    "bzpopmin-woken-by-rename": Blocking(
        [step("bzpopmin", "z", 0)],
        [step("rename", "tmp", "z"), step("exists", "z", "tmp")],
        setup=[step("zadd", "tmp", {"renamed": 1})],
    ),
    "bzpopmin-woken-by-copy": Blocking(
        [step("bzpopmin", "z", 0)],
        [step("copy", "tmp", "z"), step("zcard", "tmp"), step("exists", "z")],
        setup=[step("zadd", "tmp", {"copied": 1})],
    ),
    "bzmpop-woken-with-count": Blocking(
        [step("bzmpop", 0, 2, ["a", "b"], max=True, count=2)],
        [step("zadd", "b", {"x": 1, "y": 2, "z": 3}), step("zrange", "b", 0, -1)],
    ),
    "bzmpop-count-over-length-deletes": Blocking(
        [step("bzmpop", 0, 1, ["a"], min=True, count=10)],
        [step("zadd", "a", {"x": 1.5, "y": "inf"}), step("exists", "a")],
    ),
    "fifo-added-at-once": Blocking(
        [step("bzpopmin", "z", 0), step("bzpopmin", "z", 0), step("bzpopmax", "z", 0)],
        [step("zadd", "z", {"a": 1, "b": 2, "c": 3, "d": 4}), step("zrange", "z", 0, -1)],
    ),
    "fifo-added-one-at-a-time": Blocking(
        [step("bzpopmax", "z", 0), step("bzpopmin", "z", 0), step("bzpopmin", "z", 0)],
        [step("zadd", "z", {"a": 1}), step("zadd", "z", {"b": 2}), step("zadd", "z", {"c": 3})],
    ),
    "fifo-across-commands": Blocking(
        [
            step("bzmpop", 0, 1, ["z"], min=True, count=2),
            step("bzpopmax", "z", 0),
            step("bzpopmin", "z", 0),
        ],
        [step("zadd", "z", {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}), step("zrange", "z", 0, -1)],
    ),
    "more-waiters-than-members": Blocking(
        [step("bzpopmin", "z", 5), step("bzpopmin", "z", 5), step("bzpopmin", "z", 5)],
        [step("zadd", "z", {"a": 1, "b": 2}), step("zcard", "z"), step("zadd", "z", {"c": 3})],
    ),
    "timeout-bzpopmin": Blocking(
        [step("bzpopmin", ["z", "y"], 0.2)],
        [step("zadd", "z", {"late": 1}), step("zcard", "z")],
        pause=0.5,
    ),
    "timeout-bzpopmax": Blocking([step("bzpopmax", "z", 0.2)], [step("exists", "z")], pause=0.5),
    "timeout-bzmpop": Blocking(
        [step("bzmpop", 0.2, 1, ["z"], min=True)],
        [step("zadd", "z", {"late": 1}), step("zcard", "z")],
        pause=0.5,
    ),
    "timeout-then-next-waiter-served": Blocking(
        [step("bzpopmin", "z", 0.2), step("bzpopmin", "z", 0)],
        [step("zadd", "z", {"x": 1}), step("exists", "z")],
        pause=0.4,
    ),
    "timeout-as-text": Blocking(
        [step("bzpopmin", "z", "0.2"), step("bzmpop", "0", 1, ["z"], max=True)],
        [step("zadd", "z", {"x": 1})],
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


# Served at once, or refused, without waiting: compared step by step.
IMMEDIATE = [
    step("zadd", "z", {"a": 1, "b": 2, "c": 3}),
    step("bzpopmin", ["missing", "z"], 0),
    step("bzpopmax", "z", 1),
    step("bzmpop", 0, 2, ["missing", "z"], min=True, count=5),
    step("exists", "z"),
    step("bzpopmin", "z", -1),
    step("bzpopmin", "z", "x"),
    step("bzpopmin", "z", "nan"),
    step("bzpopmin", "z", float("inf")),
    step("bzpopmin", [], 0),
    step("bzmpop", -1, 1, ["z"], min=True),
    step("bzmpop", 0, 1, ["z"], min=True, count=0),
    step("bzmpop", 0, 0, ["z"], min=True),
    step("bzmpop", 0, 2, ["z"], min=True),
    step("set", "str", "v"),
    step("bzpopmin", ["str", "z"], 0),
    step("bzpopmax", ["missing", "str"], 0),
    step("bzmpop", 0, 1, ["str"], max=True),
    step("zadd", "y", {"p": 1}),
    step("bzpopmin", ["y", "str"], 0),
]


def test_served_at_once_or_refused(kv: keyspace.Client, r: redis.Redis) -> None:
    for number, s in enumerate(IMMEDIATE, start=1):
        expected, actual = outcome(r, s), outcome(kv, s)
        assert actual == expected, f"step {number} {s!r}"


def test_zadd_in_plain_pipeline_wakes_before_next_command(
    kv: keyspace.Client, r: redis.Redis, keyspace_server: RunningServer, redis_server: RunningServer
) -> None:
    """A non-transactional pipeline serves the waiter right after the ZADD
    (Redis handles blocked clients after every command outside MULTI)."""

    def run(make_client: Callable[[], Any], wait_blocked: Callable[[Any, int], None]) -> Any:
        waiter, main = make_client(), make_client()
        got: list[Any] = []
        thread = threading.Thread(target=lambda: got.append(waiter.bzpopmin("z", 5)), daemon=True)
        thread.start()
        wait_blocked(main, 1)
        pipe = main.pipeline(transaction=False)
        pipe.zadd("z", {"a": 1, "b": 2})
        pipe.zpopmin("z")
        pipe.exists("z")
        replies = list(pipe.execute())
        thread.join(10)
        waiter.close()
        main.close()
        return got, replies

    expected = run(
        lambda: redis.Redis(host="127.0.0.1", port=redis_server.port, protocol=2), wait_blocked
    )
    actual = run(lambda: keyspace.Client(keyspace_server.address, timeout=10), wait_blocked)
    assert actual == expected


@pytest.mark.parametrize("transaction", [False, True])
def test_blocking_in_pipeline_replies_nil_when_empty(
    kv: keyspace.Client, r: redis.Redis, transaction: bool
) -> None:
    """In a Keyspace pipeline a blocking pop never waits: on empty keys it
    replies nil at once, as Redis does inside MULTI."""

    def run(client: Any, transaction: bool) -> list[Any]:
        client.flushall()
        with client.pipeline(transaction=transaction) as pipe:
            pipe.bzpopmin(["z"], 0)
            pipe.bzpopmax("z", 5)
            pipe.bzmpop(0, 1, ["z"], min=True, count=3)
            pipe.zadd("z", {"a": 1, "b": 2})
            pipe.bzpopmax("z", 0)
            pipe.bzmpop(0, 1, ["z"], min=True, count=3)
            pipe.bzpopmin("z", 0)
            return list(pipe.execute())

    started = time.monotonic()
    assert run(kv, transaction) == run(r, transaction=True)
    assert time.monotonic() - started < 2


# -- Keyspace only: deadlines, cancellation, concurrency -------------------------------------


def test_waiter_served_when_another_client_adds(address: str) -> None:
    async def scenario() -> None:
        async with (
            keyspace.asyncio.Client(address, timeout=5) as waiter,
            keyspace.asyncio.Client(address, timeout=5) as adder,
        ):
            task = asyncio.create_task(waiter.bzpopmin("z", 0))
            await asyncio.sleep(SETTLE)
            assert not task.done()
            assert await adder.zadd("z", {"m": 2.5}) == 1
            assert await task == (b"z", b"m", 2.5)
            assert await adder.exists("z") == 0

    run_async(scenario)


def test_timeout_returns_none_and_pops_nothing(address: str) -> None:
    async def scenario() -> None:
        async with keyspace.asyncio.Client(address, timeout=5) as client:
            started = time.monotonic()
            assert await client.bzpopmin("z", 0.3) is None
            assert await client.bzmpop(0.2, 1, ["z"], max=True) is None
            assert time.monotonic() - started >= 0.45
            assert await client.zadd("z", {"kept": 1}) == 1
            assert await client.zrange("z", 0, -1) == [b"kept"]

    run_async(scenario)


def test_fifo_among_blocked_clients(address: str) -> None:
    async def scenario() -> None:
        clients = [keyspace.asyncio.Client(address, timeout=5) for _ in range(4)]
        *waiters, adder = clients
        tasks = []
        for waiter in waiters:
            tasks.append(asyncio.create_task(waiter.bzpopmin("z", 0)))
            await asyncio.sleep(0.05)
        await asyncio.sleep(SETTLE)
        await adder.zadd("z", {"c": 3, "a": 1, "b": 2})
        results = await asyncio.gather(*tasks)
        assert results == [(b"z", b"a", 1.0), (b"z", b"b", 2.0), (b"z", b"c", 3.0)]
        for client in clients:
            await client.close()

    run_async(scenario)


def test_client_timeout_shorter_than_block(keyspace_server: RunningServer) -> None:
    """The SDK widens the deadline of a blocking call by its timeout, so a
    0.2 s client timeout does not cut a 0.5 s BZPOPMAX short."""
    with keyspace.Client(keyspace_server.address, timeout=0.2) as client:
        client.flushall()
        started = time.monotonic()
        assert client.bzpopmax("z", 0.5) is None
        assert client.bzmpop(0.3, 1, ["z"], min=True) is None
        assert time.monotonic() - started >= 0.75


def test_cancelled_call_leaves_later_zadd(address: str) -> None:
    async def scenario() -> None:
        async with (
            keyspace.asyncio.Client(address, timeout=5) as waiter,
            keyspace.asyncio.Client(address, timeout=5) as other,
        ):
            task = asyncio.create_task(waiter.bzmpop(0, 1, ["z"], min=True, count=5))
            await asyncio.sleep(SETTLE)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.sleep(0.1)
            assert await other.zadd("z", {"a": 1, "b": 2}) == 2
            assert await other.zcard("z") == 2

    run_async(scenario)


def test_waiter_on_a_key_turned_string_keeps_waiting(address: str) -> None:
    async def scenario() -> None:
        async with (
            keyspace.asyncio.Client(address, timeout=5) as waiter,
            keyspace.asyncio.Client(address, timeout=5) as other,
        ):
            task = asyncio.create_task(waiter.bzpopmax("z", 0))
            await asyncio.sleep(SETTLE)
            await other.set("z", "text")
            await asyncio.sleep(0.1)
            assert not task.done()
            await other.delete("z")
            await other.zadd("z", {"m": 1})
            assert await task == (b"z", b"m", 1.0)

    run_async(scenario)
