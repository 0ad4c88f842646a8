"""Transactions (MULTI/EXEC/DISCARD/WATCH/UNWATCH): through the SDK, compared
with redis-py on a real redis-server where Redis has the behaviour, and as
raw Exec calls; atomicity against concurrent clients; replay through the AOF."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import keyspace
import keyspace.asyncio
import pytest
import redis
from keyspace.v1 import keyspace_service_pb2_grpc, pipeline_pb2, strings_pb2

from tests.dumps import differences, dump
from tests.servers import RunningServer, start_keyspace

Command = pipeline_pb2.Command
EXECABORT = "EXECABORT Transaction discarded because of previous errors."


@pytest.fixture
def stub(
    keyspace_server: RunningServer, kv: keyspace.Client
) -> Iterator[keyspace_service_pb2_grpc.KeyspaceServiceStub]:
    with grpc.insecure_channel(keyspace_server.address) as channel:
        yield keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]


@pytest.fixture
def other_kv(keyspace_server: RunningServer, kv: keyspace.Client) -> Iterator[keyspace.Client]:
    """A second client of the same server, for the writes a WATCH must see."""
    with keyspace.Client(keyspace_server.address, timeout=30) as client:
        yield client


@pytest.fixture
def other_r(redis_server: RunningServer, r: redis.Redis) -> Iterator[redis.Redis]:
    client = redis.Redis(host="127.0.0.1", port=redis_server.port, protocol=2)
    yield client
    client.close()


def normalized(results: list[Any]) -> list[Any]:
    """Errors as their text (each library has its own classes)."""
    return [("error", str(x)) if isinstance(x, Exception) else x for x in results]


def both(kv: keyspace.Client, r: redis.Redis, scenario: Callable[[Any], Any]) -> tuple[Any, Any]:
    """``scenario(client)`` on each server: its result, or the text of the
    error it raised."""
    outcomes = []
    for client in (r, kv):
        try:
            outcomes.append(scenario(client))
        except (redis.RedisError, keyspace.KeyspaceError) as error:
            outcomes.append(("error", str(error)))
    expected, actual = outcomes
    return actual, expected


# -- MULTI/EXEC ---------------------------------------------------------------


def test_multi_exec_results_match_redis(kv: keyspace.Client, r: redis.Redis) -> None:
    def scenario(client: Any) -> Any:
        pipe = client.pipeline(transaction=True)
        pipe.set("a", "1").incr("a").rpush("l", "x", "y").lpop("l")
        pipe.get("missing").mget("a", "missing").hset("h", "f", "v").hgetall("h")
        # A blocking command inside MULTI does not block: it replies as on timeout.
        pipe.blpop("empty", 0)
        return normalized(pipe.execute()), client.get("a"), client.lrange("l", 0, -1)

    actual, expected = both(kv, r, scenario)
    assert actual == expected


def test_runtime_error_inside_exec_does_not_roll_back(kv: keyspace.Client, r: redis.Redis) -> None:
    def scenario(client: Any) -> Any:
        client.set("word", "abc")
        pipe = client.pipeline()
        pipe.set("a", "1").incr("word").lpush("word", "x").incr("a")
        results = normalized(pipe.execute(raise_on_error=False))
        return results, client.get("a"), client.get("word")

    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == b"2"


def test_runtime_error_is_raised_by_default_after_everything_ran(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    def scenario(client: Any) -> Any:
        client.set("word", "abc")
        pipe = client.pipeline()
        pipe.incr("word").set("after", "yes")
        try:
            pipe.execute()
        except (redis.ResponseError, keyspace.ResponseError) as error:
            return str(error), client.get("after")
        return None

    actual, expected = both(kv, r, scenario)
    # redis-py prefixes the error with the failing command's position and
    # arguments ("Command # 1 (INCRBY word 1) of pipeline caused error: ").
    assert expected[0].endswith(actual[0])
    assert actual == ("value is not an integer or out of range", b"yes") == (actual[0], expected[1])


def test_empty_transaction_returns_nothing(kv: keyspace.Client) -> None:
    assert kv.pipeline().execute() == []


def test_discard_clears_the_queue(kv: keyspace.Client) -> None:
    pipe = kv.pipeline()
    pipe.set("a", "1")
    pipe.reset()
    pipe.set("b", "2")
    assert pipe.execute() == [True]
    assert kv.get("a") is None and kv.get("b") == b"2"


# -- WATCH --------------------------------------------------------------------


def watch_scenario(
    other: Callable[[Any], Any],
    *,
    setup: Callable[[Any], Any] = lambda client: None,
    pause: float = 0,
) -> Callable[[Any], Any]:
    """WATCH k, read it in immediate mode, let ``other`` act, then MULTI,
    SET k, EXEC: the EXEC's results, or the WatchError."""

    def scenario(client: Any) -> Any:
        setup(client)
        with client.pipeline() as pipe:
            pipe.watch("k")
            seen = pipe.get("k")
            other(client)
            time.sleep(pause)
            pipe.multi()
            pipe.set("k", "mine")
            pipe.incr("runs")
            try:
                results = pipe.execute()
            except (redis.WatchError, keyspace.WatchError) as error:
                return seen, "WatchError", str(error), client.get("k"), client.get("runs")
            return seen, results, client.get("k"), client.get("runs")

    return scenario


def test_watched_key_written_by_another_client_aborts(
    kv: keyspace.Client, r: redis.Redis, other_kv: keyspace.Client, other_r: redis.Redis
) -> None:
    others: dict[int, Any] = {id(kv): other_kv, id(r): other_r}
    scenario = watch_scenario(
        lambda client: others[id(client)].set("k", "theirs"),
        setup=lambda client: client.set("k", "first"),
    )
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == "WatchError" and actual[3] == b"theirs" and actual[4] is None


def test_unchanged_watched_key_lets_exec_run(kv: keyspace.Client, r: redis.Redis) -> None:
    scenario = watch_scenario(
        lambda client: client.set("unrelated", "x"), setup=lambda client: client.set("k", "a")
    )
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == [True, 1]


def test_own_write_in_immediate_mode_aborts(kv: keyspace.Client, r: redis.Redis) -> None:
    def scenario(client: Any) -> Any:
        with client.pipeline() as pipe:
            pipe.watch("k")
            pipe.set("k", "immediate")  # runs at once, and changes k
            pipe.multi()
            pipe.set("k", "queued")
            try:
                return pipe.execute()
            except (redis.WatchError, keyspace.WatchError):
                return "WatchError", client.get("k")

    actual, expected = both(kv, r, scenario)
    assert actual == expected == ("WatchError", b"immediate")


def test_write_that_changes_nothing_does_not_abort(kv: keyspace.Client, r: redis.Redis) -> None:
    # SET NX on an existing key, DEL of a missing one: no change, no abort.
    def other(client: Any) -> None:
        client.set("k", "other", nx=True)
        client.delete("missing-k")

    scenario = watch_scenario(other, setup=lambda client: client.set("k", "a"))
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == [True, 1]


def test_watched_missing_key_created_aborts(
    kv: keyspace.Client, r: redis.Redis, other_kv: keyspace.Client, other_r: redis.Redis
) -> None:
    others: dict[int, Any] = {id(kv): other_kv, id(r): other_r}
    scenario = watch_scenario(lambda client: others[id(client)].set("k", "x"))
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == "WatchError"


def test_expiry_of_watched_key_aborts(kv: keyspace.Client, r: redis.Redis) -> None:
    # Nobody looks the key up between its deadline and the EXEC.
    scenario = watch_scenario(
        lambda client: None, setup=lambda client: client.set("k", "v", px=100), pause=0.25
    )
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[0] == b"v" and actual[1] == "WatchError"


def test_active_expiry_of_watched_key_aborts(kv: keyspace.Client) -> None:
    kv.set("k", "v", px=50)
    with kv.pipeline() as pipe:
        pipe.watch("k")
        deadline = time.monotonic() + 5
        # The server's expire cycle deletes the key without any lookup.
        while kv.dbsize() and time.monotonic() < deadline:
            time.sleep(0.02)
        pipe.multi()
        pipe.set("x", "1")
        with pytest.raises(keyspace.WatchError):
            pipe.execute()
    assert kv.get("x") is None


def test_key_already_expired_when_watched_does_not_abort(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    def setup(client: Any) -> None:
        client.set("k", "v", px=20)
        time.sleep(0.1)

    scenario = watch_scenario(lambda client: None, setup=setup)
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == [True, 1]


def test_flushall_aborts_a_watch_of_an_existing_key(
    kv: keyspace.Client, r: redis.Redis, other_kv: keyspace.Client, other_r: redis.Redis
) -> None:
    others: dict[int, Any] = {id(kv): other_kv, id(r): other_r}
    scenario = watch_scenario(
        lambda client: others[id(client)].flushall(), setup=lambda client: client.set("k", "a")
    )
    actual, expected = both(kv, r, scenario)
    assert actual == expected
    assert actual[1] == "WatchError"


def test_flushdb_and_flushall_of_a_watched_missing_key(
    kv: keyspace.Client, r: redis.Redis, other_kv: keyspace.Client, other_r: redis.Redis
) -> None:
    # Redis 7.0 only invalidates watched keys that the flush removed.
    others: dict[int, Any] = {id(kv): other_kv, id(r): other_r}

    def flush(client: Any) -> None:
        others[id(client)].set("another", "x")
        others[id(client)].flushdb()

    actual, expected = both(kv, r, watch_scenario(flush))
    assert actual == expected


def test_unwatch_forgets_the_versions(
    kv: keyspace.Client, r: redis.Redis, other_kv: keyspace.Client, other_r: redis.Redis
) -> None:
    others: dict[int, Any] = {id(kv): other_kv, id(r): other_r}

    def scenario(client: Any) -> Any:
        with client.pipeline() as pipe:
            pipe.watch("k")
            others[id(client)].set("k", "theirs")
            pipe.unwatch()
            pipe.multi()
            pipe.set("k", "mine")
            return pipe.execute(), client.get("k")

    actual, expected = both(kv, r, scenario)
    assert actual == expected == ([True], b"mine")


def test_pipeline_state_errors_match_redis_py(kv: keyspace.Client) -> None:
    pipe = kv.pipeline()
    pipe.multi()
    with pytest.raises(keyspace.KeyspaceError, match="nested"):
        pipe.multi()
    with pytest.raises(keyspace.KeyspaceError, match="WATCH after a MULTI"):
        pipe.watch("k")
    pipe.reset()
    pipe.set("k", "v")
    with pytest.raises(keyspace.KeyspaceError, match="without an initial WATCH"):
        pipe.multi()


def test_transaction_helper_retries_until_no_watched_key_changed(
    kv: keyspace.Client, other_kv: keyspace.Client
) -> None:
    kv.set("counter", "0")
    attempts = 0

    def increment(pipe: keyspace.Pipeline) -> int:
        nonlocal attempts
        attempts += 1
        value = int(pipe.get("counter"))
        if attempts == 1:
            other_kv.set("counter", "10")  # makes the first attempt abort
        pipe.multi()
        pipe.set("counter", value + 1)
        return value + 1

    assert kv.transaction(increment, "counter", value_from_callable=True) == 11
    assert attempts == 2 and kv.get("counter") == b"11"


def test_asyncio_client_watch_and_transaction(keyspace_server: RunningServer, kv: Any) -> None:
    async def main() -> Any:
        async with keyspace.asyncio.Client(keyspace_server.address, timeout=30) as client:
            await client.set("k", "1")
            pipe = client.pipeline()
            await pipe.watch("k")
            assert await pipe.get("k") == b"1"
            kv.set("k", "2")
            pipe.multi()
            pipe.incr("k")
            with pytest.raises(keyspace.WatchError):
                await pipe.execute()

            async def increment(p: Any) -> None:
                value = int(await p.get("k"))
                p.multi()
                p.set("k", value * 10)

            return await client.transaction(increment, "k"), await client.get("k")

    assert asyncio.run(main()) == ([True], b"20")


# -- queue-time errors (raw Exec) --------------------------------------------


def incr(key: bytes) -> pipeline_pb2.Command:
    return Command(incr=strings_pb2.IncrRequest(key=key))


@pytest.mark.parametrize(
    "bad",
    [
        Command(),
        Command(watch=pipeline_pb2.WatchRequest(keys=[b"k"])),
        Command(exec=pipeline_pb2.ExecRequest()),
    ],
    ids=["unset", "watch", "exec"],
)
def test_queue_time_error_aborts_everything(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub,
    kv: keyspace.Client,
    bad: pipeline_pb2.Command,
) -> None:
    request = pipeline_pb2.ExecRequest(commands=[incr(b"n"), bad, incr(b"n")])
    with pytest.raises(grpc.RpcError) as failure:
        stub.Exec(request)
    assert failure.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert failure.value.details() == EXECABORT
    assert kv.get("n") is None


def test_execabort_matches_redis_text(r: redis.Redis) -> None:
    # Redis flags a transaction whose command cannot be queued (here an
    # unknown one, as a Command with nothing set). Redis 7.0 replies to WATCH
    # and MULTI inside MULTI with an error without flagging it; Keyspace has
    # no such replies to give (Exec answers once), so it refuses them too.
    connection: Any = r.connection_pool.get_connection()
    try:
        connection.send_command("MULTI")
        assert connection.read_response() == b"OK"
        connection.send_command("NOSUCHCOMMAND", "k")
        with pytest.raises(redis.ResponseError):
            connection.read_response()
        connection.send_command("EXEC")
        with pytest.raises(redis.ResponseError) as failure:
            connection.read_response()
        assert str(failure.value) == EXECABORT.removeprefix("EXECABORT ")
    finally:
        r.connection_pool.release(connection)


def test_raw_watch_and_exec(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub, kv: keyspace.Client
) -> None:
    (version,) = stub.Watch(pipeline_pb2.WatchRequest(keys=[b"n"])).versions
    watched = [pipeline_pb2.WatchedKey(key=b"n", version=version)]
    ran = stub.Exec(pipeline_pb2.ExecRequest(commands=[incr(b"n")], watched=watched))
    assert not ran.aborted and ran.replies[0].incr.value == 1
    # That EXEC changed n itself: the same versions no longer match.
    again = stub.Exec(pipeline_pb2.ExecRequest(commands=[incr(b"n")], watched=watched))
    assert again.aborted and not again.replies
    assert kv.get("n") == b"1"


def test_exec_inside_a_pipeline_stream(
    stub: keyspace_service_pb2_grpc.KeyspaceServiceStub, kv: keyspace.Client
) -> None:
    transaction = Command(exec=pipeline_pb2.ExecRequest(commands=[incr(b"n"), incr(b"n")]))
    (response,) = stub.Pipeline(iter([pipeline_pb2.PipelineRequest(commands=[transaction])]))
    assert [reply.incr.value for reply in response.replies[0].exec.replies] == [1, 2]


# -- atomicity ----------------------------------------------------------------


def test_no_other_client_sees_a_transaction_half_done(
    kv: keyspace.Client, keyspace_server: RunningServer
) -> None:
    stop = threading.Event()
    torn: list[Any] = []

    def reader() -> None:
        with keyspace.Client(keyspace_server.address, timeout=30) as client:
            while not stop.is_set():
                a, b = client.mget("a", "b")
                if a != b:
                    torn.append((a, b))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for _ in range(300):
            pipe = kv.pipeline()
            pipe.incr("a")
            for _ in range(20):
                pipe.echo("padding")  # room for another command to slip in
            pipe.incr("b")
            pipe.execute()
    finally:
        stop.set()
        thread.join()
    assert not torn
    assert kv.mget("a", "b") == [b"300", b"300"]


def test_concurrent_check_and_set_loses_no_increment(
    kv: keyspace.Client, keyspace_server: RunningServer
) -> None:
    def worker() -> None:
        with keyspace.Client(keyspace_server.address, timeout=30) as client:
            for _ in range(25):

                def increment(pipe: keyspace.Pipeline) -> None:
                    value = int(pipe.get("counter") or 0)
                    pipe.multi()
                    pipe.set("counter", value + 1)

                client.transaction(increment, "counter")

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert kv.get("counter") == b"100"


def test_blocked_client_is_served_after_the_whole_transaction(
    kv: keyspace.Client, keyspace_server: RunningServer
) -> None:
    # LPUSH then LPOP in one EXEC leaves the list empty: a client blocked
    # on it must not be handed the element in between (as in Redis).
    got: list[Any] = []

    def blocked() -> None:
        with keyspace.Client(keyspace_server.address, timeout=30) as client:
            got.append(client.blpop(["l"], timeout=1))

    thread = threading.Thread(target=blocked)
    thread.start()
    deadline = time.monotonic() + 10
    while kv.info("clients")["blocked_clients"] < 1:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    assert kv.pipeline().lpush("l", "x").lpop("l").execute() == [1, b"x"]
    kv.lpush("l", "y")  # now the waiter gets this one
    thread.join()
    assert got == [[b"l", b"y"]] or got == [(b"l", b"y")]


# -- AOF ----------------------------------------------------------------------


def test_exec_replays_through_the_aof(tmp_data: Any, servers: list[RunningServer]) -> None:
    server = start_keyspace(tmp_data, "--appendfsync", "always")
    servers.append(server)
    with keyspace.Client(server.address, timeout=30) as client:
        client.sadd("s", *[str(i) for i in range(20)])
        client.set("gone", "x", px=100)
        pipe = client.pipeline()
        pipe.set("a", "1").incr("a").incrbyfloat("f", 1.5).expire("a", 3600)
        pipe.spop("s", 5).rpush("l", "x", "y").lmove("l", "l2").set("word", "abc")
        pipe.incr("word")  # fails, the others stay
        pipe.execute(raise_on_error=False)
        time.sleep(0.2)
        with client.pipeline() as watched:
            watched.watch("a")
            watched.multi()
            watched.get("gone").hset("h", "f", "v").delete("a")
            watched.execute()
        before = dump(client)
    assert server.stop() == 0, server.log()
    server = start_keyspace(tmp_data)
    servers.append(server)
    with keyspace.Client(server.address, timeout=30) as client:
        after = dump(client)
    assert not differences(before, after), "\n".join(differences(before, after))
    assert "replayed" not in server.log(), server.log()
    assert b"h" in after and b"a" not in after and len(after[b"s"][1]) == 15


def test_a_torn_transaction_record_is_dropped_whole(
    tmp_data: Any, servers: list[RunningServer]
) -> None:
    # The transaction is one AOF record: a crash that cuts it leaves none of
    # its commands, as Redis drops an unfinished MULTI block.
    server = start_keyspace(tmp_data, "--appendfsync", "always")
    servers.append(server)
    with keyspace.Client(server.address, timeout=30) as client:
        client.set("before", "1")
        assert client.pipeline().set("x", "1").set("y", "2").incr("before").execute()
    server.process.kill()
    server.process.wait()
    (increment,) = (tmp_data / "appendonlydir").glob("*.incr.aof")
    data = increment.read_bytes()
    increment.write_bytes(data[:-3])
    server = start_keyspace(tmp_data)
    servers.append(server)
    with keyspace.Client(server.address, timeout=30) as client:
        assert dump(client) == {b"before": (b"string", b"1", -1)}
    assert "last record is truncated" in server.log()
