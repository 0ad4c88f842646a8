"""Shared by the blocking-command tests: scenarios that run blocked clients
side by side on Keyspace and redis-server, and their fixtures.

A scenario starts each waiter on its own client, in order, waiting until the
server reports it blocked (INFO clients blocked_clients, which both servers
keep) before starting the next, then runs the ``then`` steps on another
client and collects every outcome, so FIFO order and wake-ups compare.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import keyspace
import redis

from tests.differential import Step, outcome
from tests.servers import RunningServer


@dataclass(frozen=True)
class Blocking:
    # Each runs on its own client, started in this order, each blocked
    # before the next starts.
    waiters: list[Step]
    # Then run by another client, in order.
    then: list[Step]
    # Seconds to wait between the last waiter blocking and ``then``.
    pause: float = 0.0
    # Commands run before the waiters start.
    setup: list[Step] = field(default_factory=list)


def wait_blocked(client: Any, count: int) -> None:
    deadline = time.monotonic() + 5
    while client.info("clients")["blocked_clients"] < count:
        assert time.monotonic() < deadline, "the client did not block"
        time.sleep(0.01)


def run_scenario(make_client: Callable[[], Any], scenario: Blocking) -> tuple[list[Any], list[Any]]:
    """The waiters' outcomes and the ``then`` steps' outcomes."""
    main = make_client()
    for s in scenario.setup:
        outcome(main, s)
    results: list[Any] = [None] * len(scenario.waiters)
    threads: list[threading.Thread] = []
    clients = []
    for number, waiter in enumerate(scenario.waiters):
        client = make_client()
        clients.append(client)

        def wait(number: int = number, waiter: Step = waiter, client: Any = client) -> None:
            results[number] = outcome(client, waiter)

        thread = threading.Thread(target=wait, daemon=True)
        thread.start()
        threads.append(thread)
        _wait_until_settled(main, threads)
    time.sleep(scenario.pause)
    after = [outcome(main, s) for s in scenario.then]
    for thread in threads:
        thread.join(10)
    assert not any(thread.is_alive() for thread in threads), "a waiter is still blocked"
    for client in [*clients, main]:
        client.close()
    return results, after


def _wait_until_settled(main: Any, threads: list[threading.Thread]) -> None:
    """Wait until every waiter still running is blocked. A waiter with a
    tiny timeout may already be done: it no longer counts (Redis, checking
    timeouts only every few milliseconds, tends to report it blocked first)."""
    deadline = time.monotonic() + 5
    while main.info("clients")["blocked_clients"] < sum(t.is_alive() for t in threads):
        assert time.monotonic() < deadline, "a client did not block"
        time.sleep(0.005)


def compare_scenario(
    keyspace_server: RunningServer, redis_server: RunningServer, scenario: Blocking
) -> None:
    expected = run_scenario(
        lambda: redis.Redis(host="127.0.0.1", port=redis_server.port, protocol=2), scenario
    )
    actual = run_scenario(lambda: keyspace.Client(keyspace_server.address, timeout=10), scenario)
    assert actual == expected


def run_async(test: Callable[[], Any]) -> Any:
    return asyncio.run(asyncio.wait_for(test(), 30))
