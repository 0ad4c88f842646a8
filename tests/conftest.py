"""Fixtures: a real keyspace-server and a real redis-server, each started
once per test session on a free port, and clients that start every test
from an empty database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyspace
import pytest
import redis

from tests.servers import RunningServer, start_keyspace, start_redis
from tests.subscriptions import Launch, launch_servers


@pytest.fixture(scope="session")
def keyspace_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = start_keyspace(tmp_path_factory.mktemp("keyspace") / "data")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def servers() -> Iterator[list[RunningServer]]:
    """Servers a test starts, stopped at its end whatever happens."""
    started: list[RunningServer] = []
    yield started
    for server in started:
        server.stop()


@pytest.fixture
def kv(keyspace_server: RunningServer) -> Iterator[keyspace.Client]:
    client = keyspace.Client(keyspace_server.address, timeout=30)
    client.flushall()
    yield client
    client.close()


@pytest.fixture
def address(kv: keyspace.Client, keyspace_server: RunningServer) -> Iterator[str]:
    """The server's address, its database emptied by ``kv``."""
    yield keyspace_server.address


@pytest.fixture
def r(redis_server: RunningServer) -> Iterator[redis.Redis]:
    client = redis.Redis(host="127.0.0.1", port=redis_server.port, protocol=2)
    client.flushall()
    yield client
    client.close()


@pytest.fixture
def tmp_data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def launch(servers: list[RunningServer], tmp_path: Path) -> Iterator[Launch]:
    """A function starting a keyspace-server (no AOF) with the given flags,
    returning its pub/sub side (tests/subscriptions.py)."""
    yield from launch_servers(servers, tmp_path)
