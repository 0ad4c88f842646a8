"""The Python SDK's own behaviour: how clients are made, the asyncio
client, exceptions shaped like redis-py's, deadlines, reconnection, argument
conversions and iteration helpers; against real servers."""

from __future__ import annotations

import asyncio
import datetime
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyspace
import keyspace.asyncio
import pytest
import redis

from tests.servers import RunningServer, free_port, start_keyspace

WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value"
NOT_INTEGER = "ERR value is not an integer or out of range"


# -- making a client --------------------------------------------------------------


def test_client_from_target_string(keyspace_server: RunningServer) -> None:
    with keyspace.Client(f"127.0.0.1:{keyspace_server.port}") as client:
        assert client.ping() is True


def test_client_from_host_and_port_like_redis_py(keyspace_server: RunningServer) -> None:
    with keyspace.Client(host="127.0.0.1", port=keyspace_server.port) as client:
        assert client.target == keyspace_server.address
        assert client.echo("hi") == b"hi"


@pytest.fixture(scope="module")
def dual_stack_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = start_keyspace(tmp_path_factory.mktemp("ipv6") / "data", "--bind", "127.0.0.1", "::1")
    yield server
    server.stop()


def test_client_from_ipv6_host_and_port(dual_stack_server: RunningServer) -> None:
    with keyspace.Client(host="::1", port=dual_stack_server.port, timeout=5) as client:
        assert client.target == f"[::1]:{dual_stack_server.port}"
        assert client.ping() is True


def test_socket_timeout_is_an_alias_of_timeout() -> None:
    client = keyspace.Client("127.0.0.1:1", socket_timeout=2.5)
    try:
        assert client.timeout == 2.5
    finally:
        client.close()


# -- the asyncio client -------------------------------------------------------------


def test_asyncio_client_runs_commands_and_pipelines(kv: keyspace.Client) -> None:
    async def main() -> None:
        async with keyspace.asyncio.Client(kv.target, timeout=10) as client:
            assert await client.set("k", "v") is True
            assert await client.get("k") == b"v"
            assert await client.incr("n", 5) == 5
            pipe = client.pipeline(transaction=False)
            pipe.set("a", "1").incr("a").get("a")
            assert await pipe.execute() == [True, 2, b"2"]
            async with client.pipeline() as empty:
                assert await empty.execute() == []

    asyncio.run(main())


def test_asyncio_client_raises_redis_style_errors(kv: keyspace.Client) -> None:
    async def main() -> None:
        async with keyspace.asyncio.Client(kv.target, timeout=10) as client:
            await client.set("word", "abc")
            with pytest.raises(keyspace.ResponseError) as caught:
                await client.incr("word")
            assert caught.value.redis_message == NOT_INTEGER
            pipe = client.pipeline()
            pipe.incr("word").set("after", "1")
            results = await pipe.execute(raise_on_error=False)
            assert isinstance(results[0], keyspace.ResponseError)
            assert results[1] is True

    asyncio.run(main())


def test_asyncio_scan_iter_yields_every_key(kv: keyspace.Client) -> None:
    kv.mset({f"key:{n}": n for n in range(300)})

    async def main() -> set[bytes]:
        async with keyspace.asyncio.Client(kv.target, timeout=10) as client:
            return {key async for key in client.scan_iter(count=25)}

    assert asyncio.run(main()) == {f"key:{n}".encode() for n in range(300)}


def test_asyncio_client_timeout_and_connection_errors(kv: keyspace.Client) -> None:
    make_slow_lcs(kv)

    async def main() -> None:
        async with keyspace.asyncio.Client(kv.target, timeout=SHORT_DEADLINE) as client:
            with pytest.raises(keyspace.TimeoutError):
                await client.lcs("a", "b")
        async with keyspace.asyncio.Client(f"127.0.0.1:{free_port()}", timeout=3) as client:
            with pytest.raises(keyspace.ConnectionError):
                await client.ping()

    asyncio.run(main())


# -- exceptions -------------------------------------------------------------------------


def test_wrongtype_error_is_a_response_error() -> None:
    assert issubclass(keyspace.WrongTypeError, keyspace.ResponseError)
    assert issubclass(keyspace.ResponseError, keyspace.RedisError)
    assert keyspace.RedisError is keyspace.KeyspaceError
    for cls in (keyspace.ConnectionError, keyspace.TimeoutError, keyspace.DataError):
        assert issubclass(cls, keyspace.KeyspaceError)


def test_response_error_has_reason_message_and_redis_py_str(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    kv.set("word", "abc")
    r.set("word", "abc")
    with pytest.raises(keyspace.ResponseError) as ours:
        kv.incr("word")
    with pytest.raises(redis.ResponseError) as theirs:
        r.incr("word")
    assert str(ours.value) == str(theirs.value) == "value is not an integer or out of range"
    assert ours.value.reason == "ERR"
    assert ours.value.redis_message == NOT_INTEGER
    assert type(ours.value) is keyspace.ResponseError


def test_wrongtype_error_str_keeps_its_prefix_like_redis_py(r: redis.Redis) -> None:
    from keyspace.exceptions import response_error

    r.rpush("list", "x")
    with pytest.raises(redis.ResponseError) as theirs:
        r.get("list")
    ours = response_error(WRONGTYPE, 9)
    assert type(ours) is keyspace.WrongTypeError
    assert str(ours) == str(theirs.value) == WRONGTYPE
    assert (ours.reason, ours.redis_message, ours.code) == ("WRONGTYPE", WRONGTYPE, 9)


def test_not_found_error_from_server_is_a_response_error(kv: keyspace.Client) -> None:
    with pytest.raises(keyspace.ResponseError) as caught:
        kv.rename("missing", "other")
    assert caught.value.redis_message == "ERR no such key"
    assert caught.value.code == 5


@pytest.mark.parametrize(
    "error",
    [
        keyspace.ResponseError(NOT_INTEGER),
        keyspace.WrongTypeError(WRONGTYPE, 9),
        keyspace.ResourceExhaustedError("ERR string exceeds maximum allowed size", 8),
        keyspace.ConnectionError("connection refused"),
    ],
)
def test_exceptions_survive_pickling_with_their_attributes(error: Exception) -> None:
    # concurrent.futures' process pools and multiprocessing pickle exceptions.
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def test_connection_error_when_no_server_listens() -> None:
    started = time.monotonic()
    with keyspace.Client(f"127.0.0.1:{free_port()}", timeout=3) as client:
        with pytest.raises(keyspace.ConnectionError):
            client.ping()
        with pytest.raises(keyspace.ConnectionError):
            client.pipeline().set("k", "v").execute()
    assert time.monotonic() - started < 10


# A deadline far shorter than the slow calls below take on the server (LCS
# of two 2000-byte strings, or 50,000 commands in one pipeline: each about
# 0.3 s). A deadline of microseconds is no test: gRPC checks deadlines with
# millisecond timers, so a call on a connected channel can beat it.
SHORT_DEADLINE = 0.02


def make_slow_lcs(kv: keyspace.Client) -> None:
    kv.mset({"a": "ab" * 1000, "b": "ba" * 1000})


def test_timeout_is_applied_to_calls(kv: keyspace.Client) -> None:
    make_slow_lcs(kv)
    with (
        keyspace.Client(kv.target, timeout=SHORT_DEADLINE) as client,
        pytest.raises(keyspace.TimeoutError),
    ):
        client.lcs("a", "b")
    with keyspace.Client(kv.target) as client:  # no timeout: no deadline
        assert len(client.lcs("a", "b")) > 1000


def test_timeout_is_applied_to_pipelines(kv: keyspace.Client) -> None:
    with keyspace.Client(kv.target, timeout=SHORT_DEADLINE) as client:
        pipe = client.pipeline()
        for _ in range(50_000):
            pipe.ping()
        with pytest.raises(keyspace.TimeoutError):
            pipe.execute()
        assert len(pipe) == 0


# -- reconnection --------------------------------------------------------------------------


def test_client_made_before_a_restart_works_after_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = start_keyspace(data_dir)
    port = server.port
    client = keyspace.Client(server.address, timeout=10)
    try:
        assert client.set("k", "before") is True
        assert server.stop() == 0
        server = start_keyspace(data_dir, port=port)
        # The same client object, not a new one: its channel reconnects.
        assert client.set("k", "after") is True
        assert client.get("k") == b"after"
        assert client.pipeline().incr("n").incr("n").execute() == [1, 2]
    finally:
        client.close()
        server.stop()


# -- arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [True, False, None])
def test_data_error_for_values_redis_py_refuses(
    kv: keyspace.Client, r: redis.Redis, value: object
) -> None:
    with pytest.raises(redis.DataError) as theirs:
        r.set("k", value)  # type: ignore[arg-type]
    with pytest.raises(keyspace.DataError) as ours:
        kv.set("k", value)  # type: ignore[arg-type]
    assert str(ours.value) == str(theirs.value)
    assert kv.exists("k") == 0


def test_data_error_for_a_bool_key(kv: keyspace.Client) -> None:
    with pytest.raises(keyspace.DataError):
        kv.get(True)  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore:Call to deprecated setex:DeprecationWarning")
def test_timedelta_and_datetime_expiry_arguments_match_redis_py(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    now = datetime.datetime.now(datetime.UTC)
    naive_later = datetime.datetime.now() + datetime.timedelta(seconds=500)
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("set", ("a", "v"), {"ex": datetime.timedelta(seconds=100)}),
        ("set", ("b", "v"), {"px": datetime.timedelta(milliseconds=200_500)}),
        ("set", ("c", "v"), {"exat": now + datetime.timedelta(seconds=300)}),
        ("set", ("d", "v"), {"pxat": now + datetime.timedelta(seconds=400)}),
        ("set", ("e", "v"), {}),
        ("expire", ("e", datetime.timedelta(minutes=10)), {}),
        ("set", ("f", "v"), {}),
        ("pexpire", ("f", datetime.timedelta(seconds=700)), {}),
        ("set", ("g", "v"), {}),
        ("expireat", ("g", naive_later), {}),
        ("set", ("h", "v"), {}),
        ("pexpireat", ("h", now + datetime.timedelta(seconds=800)), {}),
        ("setex", ("i", datetime.timedelta(seconds=900), "v"), {}),  # deprecated in redis-py
        ("psetex", ("j", datetime.timedelta(seconds=1000), "v"), {}),
        ("set", ("k", "v"), {}),
        ("getex", ("k",), {"ex": datetime.timedelta(hours=1)}),
    ]
    for name, args, kwargs in calls:
        assert getattr(kv, name)(*args, **kwargs) == getattr(r, name)(*args, **kwargs)
    for key in "abcdefghijk":
        assert abs(kv.pttl(key) - r.pttl(key)) < 2000, key
        assert kv.pttl(key) > 0


# -- iteration and pipelines -------------------------------------------------------------


def test_scan_iter_yields_every_key(kv: keyspace.Client) -> None:
    kv.mset({f"key:{n}": n for n in range(1000)})
    kv.mset({f"other:{n}": n for n in range(10)})
    assert set(kv.scan_iter(count=37)) == {
        *(f"key:{n}".encode() for n in range(1000)),
        *(f"other:{n}".encode() for n in range(10)),
    }
    assert set(kv.scan_iter(match="other:*")) == {f"other:{n}".encode() for n in range(10)}


def test_with_pipeline_block_like_redis_py(kv: keyspace.Client, r: redis.Redis) -> None:
    results = []
    for client in (kv, r):
        with client.pipeline() as pipe:
            pipe.set("a", 1)
            pipe.incrby("a", 41)
            pipe.get("a")
            results.append(pipe.execute())
    assert results[0] == results[1] == [True, 42, b"42"]
