"""The SDK's pub/sub: PUBLISH and PUBSUB commands and ``client.pubsub()``.

Each scenario runs twice, with redis-py on a real redis-server and with the
SDK on a real keyspace-server, and the message dicts must be the same (ours
minus the 'sequence' key, which Redis does not have). Then what only
Keyspace does: sequence numbers, heartbeats, and a PubSub that survives a
server restart or a drop for reading too slowly, resuming from the server's
backlog or saying exactly what was lost."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyspace
import keyspace.asyncio
import pytest
import redis
import redis.asyncio
from redis.typing import Subscription as RedisSubscription

from tests.servers import RunningServer, free_port, kill, start_keyspace, start_tracked

Message = dict[str, Any]
Client = Any  # a redis.Redis or a keyspace.Client: the scenarios use their common API


def redis_shaped(value: Any) -> Any:
    """Our results as redis-py's: every message dict has a 'sequence', which
    is dropped; other values are compared as they are."""
    if isinstance(value, dict):
        if "type" in value and "data" in value:
            assert "sequence" in value, value
        return {k: redis_shaped(v) for k, v in value.items() if k != "sequence"}
    if isinstance(value, list):
        return [redis_shaped(item) for item in value]
    if isinstance(value, tuple):
        return tuple(redis_shaped(item) for item in value)
    return value


def collect(p: Any, count: int, timeout: float = 10.0) -> list[Message]:
    """The next ``count`` messages get_message returns (fewer at the timeout)."""
    messages: list[Message] = []
    deadline = time.monotonic() + timeout
    while len(messages) < count and time.monotonic() < deadline:
        message = p.get_message(timeout=0.2)
        if message is not None:
            messages.append(message)
    return messages


def same_on_both(r: redis.Redis, kv: keyspace.Client, scenario: Callable[[Client], Any]) -> Any:
    """Run ``scenario`` on both and compare; return redis-py's result."""
    expected = scenario(r)
    assert redis_shaped(scenario(kv)) == expected
    return expected


# -- commands ---------------------------------------------------------------------------


def settle(client: Client) -> None:
    """Wait until earlier tests' closed subscribers are gone from the
    server (a closed connection is forgotten a moment later)."""
    deadline = time.monotonic() + 10
    while client.pubsub_numpat() or client.pubsub_channels() or client.pubsub_shardchannels():
        assert time.monotonic() < deadline, "subscriptions of earlier tests never went away"
        time.sleep(0.05)


def test_publish_and_pubsub_commands_match_redis(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> dict[str, Any]:
        settle(client)
        with client.pubsub() as p, client.pubsub() as other:
            p.subscribe("cmd:a", "cmd:b")
            p.psubscribe("cmd:*", "x*")
            p.ssubscribe("cmd:s1")
            other.subscribe("cmd:a")
            other.psubscribe("x*")
            assert len(collect(p, 5)) == 5
            assert len(collect(other, 2)) == 2
            pipe = client.pipeline(transaction=False)
            pipe.publish("cmd:b", "m").pubsub_numsub("cmd:a").pubsub_numpat()
            transaction = client.pipeline()
            transaction.publish("cmd:a", "in MULTI").pubsub_channels("cmd:b").spublish("cmd:s1", 1)
            return {
                "channels": sorted(client.pubsub_channels()),
                "matching": sorted(client.pubsub_channels("cmd:[ab]")),
                "none matching": client.pubsub_channels(b"nothing*"),
                "numsub": client.pubsub_numsub("cmd:a", "cmd:b", "cmd:zz", "cmd:a"),
                "numsub of nothing": client.pubsub_numsub(),
                "numpat": client.pubsub_numpat(),
                "shardchannels": client.pubsub_shardchannels(),
                "shardchannels matching": client.pubsub_shardchannels("nope*"),
                "shardnumsub": client.pubsub_shardnumsub("cmd:s1", "cmd:s2"),
                # Channel and pattern subscriptions each count: a, cmd:*; a, x*.
                "publish": client.publish("cmd:a", "hello"),
                "publish to nobody": client.publish("nobody", 1.5),
                "publish to a pattern only": client.publish("xyz", b""),
                "spublish": client.spublish("cmd:s1", "m"),
                "spublish is not publish": client.spublish("cmd:a", "m"),
                "publish is not spublish": client.publish("cmd:s1", "m"),
                "pipeline": pipe.execute(),
                "transaction": transaction.execute(),
            }

    same_on_both(r, kv, scenario)


def test_pubsub_numsub_counts_each_connection_not_patterns(
    r: redis.Redis, kv: keyspace.Client
) -> None:
    def scenario(client: Client) -> Any:
        with client.pubsub() as one, client.pubsub() as two:
            one.subscribe("count:c")
            one.psubscribe("count:*")
            two.subscribe("count:c", "count:d")
            collect(one, 2)
            collect(two, 2)
            return client.pubsub_numsub("count:c", "count:d", "count:e")

    assert same_on_both(r, kv, scenario) == [(b"count:c", 2), (b"count:d", 1), (b"count:e", 0)]


# -- subscribing and receiving ------------------------------------------------------------


def test_subscribe_confirmations_count_like_redis(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> list[Message]:
        with client.pubsub() as p:
            p.subscribe("conf:a", b"conf:b")
            p.subscribe(["conf:c", "conf:a"])  # a list flattens; a repeat confirms again
            p.psubscribe("conf:*")
            p.ssubscribe("conf:s", "conf:t")
            p.psubscribe("conf:*")
            messages = collect(p, 8)
            assert p.subscribed
            assert set(p.channels) == {b"conf:a", b"conf:b", b"conf:c"}
            assert set(p.patterns) == {b"conf:*"}
            assert set(p.shard_channels) == {b"conf:s", b"conf:t"}
            return messages

    same_on_both(r, kv, scenario)


def test_messages_and_pmessages_in_redis_order(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> tuple[list[Message], list[int]]:
        with client.pubsub() as p:
            p.subscribe("news")
            # Redis sends a message's pmessages in its own pattern table's
            # order: one pattern per channel keeps the order defined.
            p.psubscribe("n*", "o?her")
            collect(p, 3)
            receivers = [
                client.publish("news", "hello"),
                client.publish("nope", 42),
                client.publish("other", "via o?her"),
                client.publish("unseen", "nobody"),
                client.publish("news", b"\x00\xff"),
            ]
            messages = collect(p, 6)
            assert p.get_message(timeout=0.2) is None
            return messages, receivers

    _, receivers = same_on_both(r, kv, scenario)
    assert receivers == [2, 1, 1, 0, 2]


def test_shard_channels_are_their_own_namespace(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> tuple[list[Message], list[int]]:
        with client.pubsub() as p:
            p.ssubscribe("shard")
            p.subscribe("plain")
            collect(p, 2)
            receivers = [
                client.spublish("shard", "s1"),
                client.publish("shard", "not for ssubscribe"),
                client.spublish("plain", "not for subscribe"),
                client.publish("plain", "p1"),
            ]
            messages = collect(p, 2)
            assert p.get_sharded_message(timeout=0.2) is None
            p.sunsubscribe("shard")
            messages += collect(p, 1)
            return messages, receivers

    _, receivers = same_on_both(r, kv, scenario)
    assert receivers == [1, 0, 0, 1]


def test_unsubscribe_all_ends_the_subscription(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> Any:
        with client.pubsub() as p:
            p.subscribe("all:a", "all:b", "all:c")
            p.psubscribe("all:x*", "all:y*")
            p.ssubscribe("all:s")
            collect(p, 6)
            p.unsubscribe()
            channels = collect(p, 3)
            p.punsubscribe()
            patterns = collect(p, 2)
            still = p.subscribed
            p.sunsubscribe()
            shards = collect(p, 1)
            # Redis answers all at once in its own order: compare as sets.
            return (
                {(m["type"], m["channel"]) for m in channels},
                [m["data"] for m in channels],
                {(m["type"], m["channel"]) for m in patterns},
                [m["data"] for m in patterns],
                still,
                shards,
                p.subscribed,
                p.channels,
                p.patterns,
                p.shard_channels,
                p.get_message(timeout=0.1),
            )

    result = same_on_both(r, kv, scenario)
    assert result[1] == [4, 3, 2] and result[3] == [1, 0] and result[4] is True
    assert result[6] is False


def test_unsubscribe_by_name_keeps_the_others(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> Any:
        with client.pubsub() as p:
            p.subscribe("keep", "drop")
            collect(p, 2)
            p.unsubscribe("drop", "never-subscribed")
            messages = collect(p, 2)
            client.publish("drop", "gone")
            client.publish("keep", "here")
            messages += collect(p, 1)
            return messages, p.subscribed, set(p.channels)

    same_on_both(r, kv, scenario)


def test_ignore_subscribe_messages(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> list[Message | None]:
        results: list[Message | None] = []
        with client.pubsub(ignore_subscribe_messages=True) as p:
            p.subscribe("quiet")
            # The confirmation is read and dropped: this call returns None.
            results.append(p.get_message(timeout=2))
            client.publish("quiet", "one")
            results += collect(p, 1)
            p.ping()  # a pong is not a subscribe message
            results += collect(p, 1)
            p.unsubscribe("quiet")
            results.append(p.get_message(timeout=2))
            results.append(p.subscribed)  # type: ignore[arg-type]
        with client.pubsub() as p:
            p.subscribe("quiet")
            results.append(p.get_message(ignore_subscribe_messages=True, timeout=2))
            client.publish("quiet", "two")
            results.append(p.get_message(ignore_subscribe_messages=True, timeout=2))
        return results

    same_on_both(r, kv, scenario)


def test_handlers_take_their_messages(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> Any:
        subscription = (
            RedisSubscription if isinstance(client, redis.Redis) else keyspace.Subscription
        )
        handled: list[Message] = []
        with client.pubsub() as p:
            p.subscribe("plain", **{"handled": handled.append})
            p.psubscribe(subscription("pat*", handled.append))
            p.ssubscribe(subscription(b"shard", handled.append))
            confirmations = collect(p, 4)
            client.publish("handled", "to the handler")
            client.publish("pattern", "to the pattern's handler")
            client.spublish("shard", "to the shard's handler")
            client.publish("plain", "returned")
            returned = [p.get_message(timeout=2) for _ in range(4)]
            return confirmations, returned, handled, p.channels[b"plain"] is None

    same_on_both(r, kv, scenario)


def test_get_message_returns_none_after_its_timeout(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> list[Any]:
        results: list[Any] = []
        with client.pubsub() as p:
            # Nothing subscribed: nothing to read.
            results.append(p.get_message(timeout=0.1))
            p.subscribe("silence")
            results += collect(p, 1)
            start = time.monotonic()
            results.append(p.get_message(timeout=0.3))
            results.append(time.monotonic() - start >= 0.3)
            results.append(p.get_message())  # timeout=0: do not wait
        return results

    assert same_on_both(r, kv, scenario)[3] is True


def test_listen_yields_until_nothing_is_subscribed(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> list[Message]:
        got: list[Message] = []
        with client.pubsub() as p:
            p.subscribe("listen")
            for message in p.listen():
                got.append(message)
                if message["type"] == "subscribe":
                    client.publish("listen", "one")
                elif message["type"] == "message":
                    p.unsubscribe("listen")
        return got

    same_on_both(r, kv, scenario)


def test_a_pubsub_is_an_iterator_like_listen(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client, iterate: Callable[[Any], Iterator[Message]]) -> list[Message]:
        got: list[Message] = []
        with client.pubsub() as p:
            p.psubscribe("it*")
            for message in iterate(p):
                got.append(message)
                if message["type"] == "psubscribe":
                    client.publish("iter", "one")
                elif message["type"] == "pmessage":
                    p.punsubscribe()
        return got

    # redis-py's PubSub is not iterable: listen() is what `for m in p` gives.
    expected = scenario(r, lambda p: p.listen())
    assert redis_shaped(scenario(kv, iter)) == expected


def test_ping_on_the_stream(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> list[Any]:
        with client.pubsub() as p:
            p.subscribe("ping")
            returned = [p.ping(), p.ping("hello"), p.ping(b"\x00")]
            return returned + collect(p, 4)

    same_on_both(r, kv, scenario)


def test_subscribe_without_channels_raises_on_the_next_read(
    r: redis.Redis, kv: keyspace.Client
) -> None:
    def scenario(client: Client) -> list[Any]:
        results: list[Any] = []
        error_type = (
            redis.ResponseError if isinstance(client, redis.Redis) else keyspace.ResponseError
        )
        with client.pubsub() as p:
            for subscribe in (p.subscribe, p.psubscribe, p.ssubscribe):
                results.append(subscribe())
                with pytest.raises(error_type) as caught:
                    p.get_message(timeout=2)
                results.append(str(caught.value))
            # The error leaves the subscription usable.
            p.subscribe("after-error")
            results += collect(p, 1)
        return results

    results = same_on_both(r, kv, scenario)
    assert results[1] == "wrong number of arguments for 'subscribe' command"


def test_run_in_thread_hands_messages_to_handlers(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> Any:
        handled: list[Message] = []
        p = client.pubsub()
        p.subscribe(**{"worker": handled.append})
        p.psubscribe(**{"work*": handled.append})
        thread = p.run_in_thread(sleep_time=0.05, daemon=True)
        # Publish only once both subscriptions are in place.
        deadline = time.monotonic() + 10
        while client.pubsub_numsub("worker")[0][1] != 1 or not client.pubsub_numpat():
            assert time.monotonic() < deadline
            time.sleep(0.02)
        client.publish("worker", "one")
        client.publish("workshop", "two")
        while len(handled) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        thread.stop()
        thread.join(10)
        return thread.is_alive(), p.subscribed, p.channels, handled

    alive, subscribed, channels, handled = same_on_both(r, kv, scenario)
    assert (alive, subscribed, channels, len(handled)) == (False, False, {}, 3)


def test_run_in_thread_refuses_subscriptions_without_handler(
    r: redis.Redis, kv: keyspace.Client
) -> None:
    def scenario(client: Client) -> list[str]:
        texts = []
        for subscribe in ("subscribe", "psubscribe", "ssubscribe"):
            with client.pubsub() as p:
                getattr(p, subscribe)("no-handler")
                error = (
                    redis.exceptions.PubSubError
                    if isinstance(client, redis.Redis)
                    else keyspace.PubSubError
                )
                with pytest.raises(error) as caught:
                    p.run_in_thread(sleep_time=0.05)
                texts.append(str(caught.value))
        return texts

    assert same_on_both(r, kv, scenario)[0] == "Channel: 'b'no-handler'' has no handler registered"


def test_run_in_thread_exception_handler(r: redis.Redis, kv: keyspace.Client) -> None:
    def scenario(client: Client) -> list[Any]:
        seen: list[Any] = []

        def failing(message: Message) -> None:
            raise ValueError(message["data"])

        def on_error(error: BaseException, pubsub: Any, thread: Any) -> None:
            seen.append((type(error).__name__, str(error), pubsub is p))
            thread.stop()

        p = client.pubsub()
        p.subscribe(**{"failing": failing})
        collect(p, 1)
        thread = p.run_in_thread(sleep_time=0.05, daemon=True, exception_handler=on_error)
        client.publish("failing", "boom")
        thread.join(10)
        return [*seen, thread.is_alive()]

    assert same_on_both(r, kv, scenario) == [("ValueError", "b'boom'", True), False]


def test_close_forgets_subscriptions_and_the_pubsub_can_be_reused(
    r: redis.Redis, kv: keyspace.Client
) -> None:
    def scenario(client: Client) -> list[Any]:
        p = client.pubsub()
        p.subscribe("reuse")
        first = collect(p, 1)
        p.close()
        state = [p.subscribed, p.channels, p.get_message(timeout=0.1)]
        p.subscribe("again")
        second = collect(p, 1)
        p.close()
        return [*first, *state, *second]

    same_on_both(r, kv, scenario)


def test_close_from_another_thread_ends_a_blocked_listen(kv: keyspace.Client) -> None:
    p = kv.pubsub()
    p.subscribe("blocked")
    collect(p, 1)
    got: list[Message] = []
    reader = threading.Thread(target=lambda: got.extend(p.listen()), daemon=True)
    reader.start()
    time.sleep(0.2)  # let it block in get_message
    p.close()
    reader.join(10)
    assert not reader.is_alive()
    assert got == []
    assert not p.subscribed


# -- asyncio ------------------------------------------------------------------------------


def async_same_on_both(redis_port: int, address: str, scenario: Callable[[Any], Any]) -> Any:
    async def with_redis() -> Any:
        client = redis.asyncio.Redis(host="127.0.0.1", port=redis_port, protocol=2)
        try:
            return await scenario(client)
        finally:
            await client.aclose()

    async def with_keyspace() -> Any:
        async with keyspace.asyncio.Client(address, timeout=10) as client:
            return await scenario(client)

    expected = asyncio.run(with_redis())
    assert redis_shaped(asyncio.run(with_keyspace())) == expected
    return expected


async def async_collect(p: Any, count: int, timeout: float = 10.0) -> list[Message]:
    messages: list[Message] = []
    deadline = time.monotonic() + timeout
    while len(messages) < count and time.monotonic() < deadline:
        message = await p.get_message(timeout=0.2)
        if message is not None:
            messages.append(message)
    return messages


def test_asyncio_subscribe_publish_and_unsubscribe(
    r: redis.Redis, redis_server: RunningServer, address: str
) -> None:
    async def scenario(client: Any) -> list[Any]:
        handled: list[Message] = []
        async with client.pubsub() as p:
            await p.subscribe("a:news", **{"a:handled": handled.append})
            await p.psubscribe("a:n*")
            await p.ssubscribe("a:shard")
            messages = await async_collect(p, 4)
            await client.publish("a:news", "hello")
            await client.publish("a:handled", "to the handler")
            await client.spublish("a:shard", "sharded")
            messages += await async_collect(p, 3)
            await p.ping("hi")
            messages += await async_collect(p, 1)
            await p.unsubscribe("a:handled")
            # With one left: "all" answers in a defined order.
            await p.unsubscribe()
            await p.punsubscribe()
            await p.sunsubscribe()
            messages += await async_collect(p, 4)
            # Nothing subscribed: redis.asyncio still reads, and Redis
            # answers an UNSUBSCRIBE of nothing with a nil channel.
            await p.unsubscribe()
            messages += await async_collect(p, 1)
            messages.append(await p.get_message(timeout=0.2))
            return [*messages, p.subscribed, len(handled)]

    result = async_same_on_both(redis_server.port, address, scenario)
    assert result[-1] == 1 and result[-2] is False


def test_asyncio_listen_and_async_iteration(redis_server: RunningServer, address: str) -> None:
    async def scenario(client: Any, iterate: Callable[[Any], Any]) -> list[Message]:
        got: list[Message] = []
        async with client.pubsub() as p:
            await p.subscribe("a:listen")
            async for message in iterate(p):
                got.append(message)
                if message["type"] == "subscribe":
                    await client.publish("a:listen", "one")
                elif message["type"] == "message":
                    await p.unsubscribe("a:listen")
        return got

    listened = async_same_on_both(
        redis_server.port, address, lambda c: scenario(c, lambda p: p.listen())
    )
    assert [m["type"] for m in listened] == ["subscribe", "message", "unsubscribe"]

    async def iterated() -> list[Message]:
        async with keyspace.asyncio.Client(address, timeout=10) as client:
            return await scenario(client, lambda p: p)

    assert redis_shaped(asyncio.run(iterated())) == listened


def test_asyncio_get_message_before_subscribing_raises_like_redis(
    redis_server: RunningServer, address: str
) -> None:
    async def scenario(client: Any) -> str:
        p = client.pubsub()
        with pytest.raises(RuntimeError) as caught:
            await p.get_message()
        await p.aclose()
        return str(caught.value)

    assert "did you forget to call subscribe()" in async_same_on_both(
        redis_server.port, address, scenario
    )


def test_asyncio_run_with_async_handlers(redis_server: RunningServer, address: str) -> None:
    async def scenario(client: Any) -> list[Any]:
        handled: list[Message] = []

        async def handler(message: Message) -> None:
            await asyncio.sleep(0)
            handled.append(message)

        p = client.pubsub()
        await p.subscribe(**{"a:run": handler})
        task = asyncio.create_task(p.run(poll_timeout=0.1))
        deadline = time.monotonic() + 10
        while (await client.pubsub_numsub("a:run"))[0][1] != 1:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
        await client.publish("a:run", "one")
        while not handled and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await p.aclose()
        return handled

    assert len(async_same_on_both(redis_server.port, address, scenario)) == 1


# -- Keyspace only: sequence numbers and heartbeats --------------------------------------


def test_sequence_numbers_increase_by_one_per_channel(kv: keyspace.Client) -> None:
    kv.publish("seq:a", "before")  # numbers do not start at 1 for every channel
    with kv.pubsub() as p:
        p.subscribe("seq:a")
        p.psubscribe("seq:*")
        p.ssubscribe("seq:a")
        subscribed, psubscribed, ssubscribed = collect(p, 3)
        assert psubscribed["sequence"] is None
        for n in range(3):
            kv.publish("seq:a", n)
            kv.spublish("seq:a", n)
        messages = collect(p, 9)
    first = subscribed["sequence"]
    assert isinstance(first, int) and first >= 1
    by_type: dict[str, list[int]] = {}
    for message in messages:
        by_type.setdefault(message["type"], []).append(message["sequence"])
    # A message and its pmessage carry the same number; shard channels count apart.
    assert by_type["message"] == [first + 1, first + 2, first + 3]
    assert by_type["pmessage"] == by_type["message"]
    start = ssubscribed["sequence"]
    assert by_type["smessage"] == [start + 1, start + 2, start + 3]


def test_heartbeats_are_passed_over_and_recorded(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    server = start_tracked(servers, tmp_path / "data", "--pubsub-heartbeat-interval", "0.1")
    with keyspace.Client(server.address) as client, client.pubsub() as p:
        p.subscribe("quiet")
        collect(p, 1)
        assert p.last_heartbeat is None
        before = time.time()
        assert p.get_message(timeout=0.5) is None
        assert p.last_heartbeat is not None and p.last_heartbeat >= before
        assert p.last_activity == p.last_heartbeat
        assert p.connected


# -- Keyspace only: reconnection ----------------------------------------------------------


def restart(servers: list[RunningServer], server: RunningServer, *extra: str) -> RunningServer:
    """SIGKILL the server and start a new one on the same port and folder."""
    kill(server)
    again = start_keyspace(server.data_dir, *extra, port=server.port)
    servers.append(again)
    return again


def test_a_server_restart_is_reported_and_the_subscription_goes_on(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    flags = ("--appendonly", "no")
    server = start_keyspace(tmp_path / "data", *flags, port=free_port())
    servers.append(server)
    backoff = keyspace.Backoff(initial=0.05, maximum=0.5)
    with keyspace.Client(server.address, timeout=10) as client, client.pubsub(backoff=backoff) as p:
        p.subscribe("news")
        p.psubscribe("n*")
        collect(p, 2)
        client.publish("news", "one")
        client.publish("news", "two")
        before = collect(p, 4)
        last = before[-1]["sequence"]
        assert [m["sequence"] for m in before] == [last - 1, last - 1, last, last]

        restart(servers, server, *flags)
        after = collect(p, 5, timeout=30)
        assert after[0]["type"] == "disconnected"
        assert after[0]["reason"] == "unavailable"
        assert after[1:] == [
            {"type": "subscribe", "pattern": None, "channel": b"news", "data": 1, "sequence": 0},
            {
                "type": "discontinuity",
                "pattern": None,
                "channel": b"news",
                "data": None,
                "sequence": None,
                "first_lost": last + 1,
                "last_lost": None,
                "reason": "server_restarted",
                "sharded": False,
            },
            {"type": "psubscribe", "pattern": None, "channel": b"n*", "data": 2, "sequence": None},
            {
                "type": "discontinuity",
                "pattern": b"n*",
                "channel": b"news",
                "data": None,
                "sequence": None,
                "first_lost": last + 1,
                "last_lost": None,
                "reason": "server_restarted",
                "sharded": False,
            },
        ]
        assert p.connected
        assert client.publish("news", "three") == 2
        assert redis_shaped(collect(p, 2)) == [
            {"type": "message", "pattern": None, "channel": b"news", "data": b"three"},
            {"type": "pmessage", "pattern": b"n*", "channel": b"news", "data": b"three"},
        ]


def test_asyncio_pubsub_survives_a_server_restart(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    flags = ("--appendonly", "no")
    server = start_keyspace(tmp_path / "data", *flags, port=free_port())
    servers.append(server)
    disconnections: list[Message] = []

    async def main() -> list[Message]:
        async with keyspace.asyncio.Client(server.address, timeout=10) as client:
            p = client.pubsub(
                backoff=keyspace.Backoff(initial=0.05, maximum=0.5),
                disconnect_handler=disconnections.append,
            )
            await p.subscribe("news")
            await async_collect(p, 1)
            await client.publish("news", "one")
            (one,) = await async_collect(p, 1)
            await asyncio.to_thread(restart, servers, server, *flags)
            resumed = await async_collect(p, 2, timeout=30)
            await client.publish("news", "two")
            resumed += await async_collect(p, 1)
            await p.aclose()
            return [one, *resumed]

    one, subscribed, lost, two = asyncio.run(main())
    assert [d["reason"] for d in disconnections] == ["unavailable"]
    assert subscribed["type"] == "subscribe"
    assert (lost["type"], lost["reason"], lost["first_lost"]) == (
        "discontinuity",
        "server_restarted",
        one["sequence"] + 1,
    )
    assert (two["data"], two["sequence"]) == (b"two", 1)


# A subscriber over 32kb for more than a second is dropped; the hard limit
# is far above what is replayed, so that the resumed stream gets its replay.
SLOW_READER_LIMITS = ("--client-output-buffer-limit", "pubsub", "64mb", "32kb", "1")
PAYLOAD = b"x" * 4096


def drop_for_reading_slowly(client: keyspace.Client, channel: str) -> int:
    """Publish to ``channel`` (whose subscriber is not reading) until the
    server drops the subscriber; return how many messages were published."""
    stats = client.info("stats")["client_output_buffer_limit_disconnections"]
    published = 0
    deadline = time.monotonic() + 120
    while client.info("stats")["client_output_buffer_limit_disconnections"] == stats:
        assert time.monotonic() < deadline, "the slow subscriber was never dropped"
        pipe = client.pipeline(transaction=False)
        for _ in range(50):
            pipe.publish(channel, PAYLOAD)
        pipe.execute()
        published += 50
        time.sleep(0.05)
    return published


def read_until_quiet(p: keyspace.PubSub, idle: float = 1.0, limit: float = 60) -> list[Message]:
    """What get_message returns until it returned nothing for ``idle``
    seconds (a message a handler took also reads as None)."""
    messages: list[Message] = []
    deadline = time.monotonic() + limit
    last = time.monotonic()
    while time.monotonic() - last < idle:
        assert time.monotonic() < deadline, "the stream never went quiet"
        message = p.get_message(timeout=0.1)
        if message is not None:
            messages.append(message)
            last = time.monotonic()
    return messages


def test_a_dropped_slow_subscriber_resumes_from_the_backlog(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    server = start_tracked(
        servers,
        tmp_path / "data",
        *SLOW_READER_LIMITS,
        "--pubsub-backlog-size",
        "1000000",
        "--pubsub-backlog-max-memory",
        "512mb",
    )
    with keyspace.Client(server.address, timeout=30) as client, client.pubsub() as p:
        p.subscribe("feed")
        p.psubscribe("fe*")
        confirmations = collect(p, 2)
        first = confirmations[0]["sequence"] + 1
        published = drop_for_reading_slowly(client, "feed")
        # Published while the subscriber is away: they come from the backlog.
        for n in range(5):
            client.publish("feed", f"late {n}")
        messages = read_until_quiet(p)
    kinds = [m["type"] for m in messages]
    assert kinds.count("disconnected") == 1
    dropped = messages[kinds.index("disconnected")]
    assert dropped["reason"] == "resource_exhausted"
    assert "client output buffer limit" in dropped["details"]
    assert "discontinuity" not in kinds
    # Every message, once, in order, both ways (the resubscription confirms
    # in between).
    last = first + published + 5 - 1
    for kind in ("message", "pmessage"):
        numbers = [m["sequence"] for m in messages if m["type"] == kind]
        assert numbers == list(range(first, last + 1)), kind
    assert [m["data"] for m in messages if m["type"] == "message"][-5:] == [
        f"late {n}".encode() for n in range(5)
    ]
    assert kinds[kinds.index("disconnected") + 1 :].count("subscribe") == 1


def test_a_drop_beyond_the_backlog_reports_the_lost_numbers(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    server = start_tracked(
        servers, tmp_path / "data", *SLOW_READER_LIMITS, "--pubsub-backlog-size", "10"
    )
    lost: list[Message] = []
    dropped: list[Message] = []
    with keyspace.Client(server.address, timeout=30) as client:
        p = client.pubsub(
            ignore_subscribe_messages=True,
            discontinuity_handler=lost.append,
            disconnect_handler=dropped.append,
        )
        p.subscribe("feed")
        collect(p, 1, timeout=1)  # the confirmation, ignored
        published = drop_for_reading_slowly(client, "feed")
        messages = read_until_quiet(p)
        p.close()
    assert [d["reason"] for d in dropped] == ["resource_exhausted"]
    assert {m["type"] for m in messages} == {"message"}
    numbers = [m["sequence"] for m in messages]
    # Received before the drop: a run of numbers; then the backlog's last
    # ten; the numbers between are reported lost, exactly.
    last = numbers[-1]
    assert numbers[-10:] == list(range(last - 9, last + 1))
    before = numbers[:-10]
    assert before == list(range(before[0], before[0] + len(before)))
    assert len(numbers) < published
    assert lost == [
        {
            "type": "discontinuity",
            "pattern": None,
            "channel": b"feed",
            "data": None,
            "sequence": None,
            "first_lost": before[-1] + 1,
            "last_lost": last - 10,
            "reason": "backlog_exceeded",
            "sharded": False,
        }
    ]


def test_without_reconnect_a_drop_raises_and_the_next_read_resumes(
    servers: list[RunningServer], tmp_path: Path
) -> None:
    server = start_tracked(servers, tmp_path / "data", *SLOW_READER_LIMITS)
    client = keyspace.Client(server.address, timeout=30)
    with client, client.pubsub(reconnect=False) as p:
        p.subscribe("feed")
        collect(p, 1)
        drop_for_reading_slowly(client, "feed")
        received: list[Message] = []
        with pytest.raises(keyspace.ConnectionError) as caught:
            while True:
                message = p.get_message(timeout=5)
                assert message is not None
                received.append(message)
        assert "client output buffer limit" in str(caught.value)
        assert not p.connected
        client.publish("feed", "after")
        resumed = read_until_quiet(p)
    assert resumed[0]["type"] == "subscribe"
    kinds = {m["type"] for m in resumed[1:]}
    assert kinds <= {"message", "discontinuity"}
    assert resumed[-1]["data"] == b"after"
    # Nothing received twice: the resumption starts after the last message.
    numbers = [m["sequence"] for m in received + resumed if m["type"] == "message"]
    assert numbers == sorted(set(numbers))
