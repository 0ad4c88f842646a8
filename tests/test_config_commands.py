"""CONFIG GET and CONFIG SET, Keyspace against redis-server 7.0.15: the
values of the parameters both servers have, glob matching, Redis's error
texts, all-or-nothing SET; and that a SET takes effect at once on a live
server (keyspace notifications, the pub/sub backlog, the pubsub output
buffer limit, the log level). The reading of the same values from the
config file and the flags is checked here too, since one function reads
them all.

Tests that change the configuration run on servers of their own, so the
shared servers of the other test modules keep their defaults.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import grpc
import keyspace
import keyspace.asyncio
import pytest
import redis
from keyspace.v1 import keyspace_service_pb2_grpc, pubsub_pb2, server_pb2, subscribe_pb2
from keyspace_server.config import PARAMETERS, Config, parse_args

from tests.differential import compare, step
from tests.servers import RunningServer, start_keyspace, start_redis, start_tracked

DEFAULT_LIMITS = "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60"
# The parameters both servers have and can change, at their defaults: put
# back after each test on the module's own pair of servers.
SHARED_DEFAULTS = {
    "hz": "10",
    "notify-keyspace-events": "",
    "client-output-buffer-limit": DEFAULT_LIMITS,
    "proto-max-bulk-len": "536870912",
    "appendfsync": "everysec",
    "loglevel": "notice",
    "aof-load-truncated": "yes",
    "auto-aof-rewrite-percentage": "100",
    "auto-aof-rewrite-min-size": "67108864",
}


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A keyspace-server and a redis-server for this module alone: their
    address and port."""
    own = start_keyspace(tmp_path_factory.mktemp("config-keyspace") / "data")
    try:
        oracle = start_redis(tmp_path_factory.mktemp("config-redis"))
    except Exception:
        own.stop()
        raise
    yield own.address, oracle.port
    own.stop()
    oracle.stop()


@pytest.fixture
def kv(pair: tuple[str, int]) -> Iterator[keyspace.Client]:
    client = keyspace.Client(pair[0], timeout=30)
    yield client
    client.config_set(*_flat(SHARED_DEFAULTS))
    client.close()


@pytest.fixture
def r(pair: tuple[str, int]) -> Iterator[redis.Redis]:
    client = redis.Redis(host="127.0.0.1", port=pair[1], protocol=2)
    yield client
    client.config_set(*_flat(SHARED_DEFAULTS))
    client.close()


def _flat(parameters: dict[str, str]) -> list[str]:
    return [word for pair in parameters.items() for word in pair]


# -- CONFIG GET -------------------------------------------------------------------


def test_shared_parameters_have_redis_defaults(kv: keyspace.Client, r: redis.Redis) -> None:
    names = list(SHARED_DEFAULTS)
    names += ["appendfilename", "appenddirname"]
    assert kv.config_get(*names) == r.config_get(*names)
    assert kv.config_get(*names) == {
        **SHARED_DEFAULTS,
        "appendfilename": "appendonly.aof",
        "appenddirname": "appendonlydir",
    }


@pytest.mark.parametrize(
    "patterns",
    [
        ["hz"],
        ["HZ"],
        ["HZ", "hz"],
        ["hz", "HZ"],
        ["H?"],
        ["h[z]"],
        ["h[^a]"],
        ["appendf*"],
        ["AUTO-AOF-*"],
        ["proto-max-*", "proto-max-bulk-len"],
        ["notify-*", "client-output-buffer-*"],
        ["aof-load-*", "hz", "h?"],
        ["nothing-by-this-name"],
        ["no-such-*"],
        [""],
    ],
)
def test_get_matches_as_redis(kv: keyspace.Client, r: redis.Redis, patterns: list[str]) -> None:
    assert kv.config_get(*patterns) == r.config_get(*patterns)


def test_get_star_lists_every_parameter_once(kv: keyspace.Client) -> None:
    everything = kv.config_get()
    assert list(everything) == list(PARAMETERS)
    assert kv.config_get("*", "hz", "h*") == everything


def test_every_config_field_is_a_parameter() -> None:
    assert sorted(p.attribute for p in PARAMETERS.values()) == sorted(
        f.name for f in fields(Config)
    )


def test_get_shows_keyspace_values_as_redis_would(kv: keyspace.Client) -> None:
    shown = kv.config_get("bind", "port", "dir", "appendonly", "pubsub-*", "shutdown-timeout")
    assert shown["bind"] == "127.0.0.1"
    assert shown["port"] == kv.config_get("port")["port"]
    assert Path(shown["dir"]).is_absolute()
    assert shown["appendonly"] == "yes"
    assert shown["pubsub-backlog-size"] == "64"
    assert shown["pubsub-backlog-max-memory"] == str(16 * 1024 * 1024)
    assert shown["pubsub-heartbeat-interval"] == "15"
    assert shown["shutdown-timeout"] == "10"


def test_get_without_patterns_is_an_arity_error(pair: tuple[str, int], r: redis.Redis) -> None:
    with pytest.raises(redis.ResponseError) as expected:
        r.execute_command("CONFIG GET")
    with grpc.insecure_channel(pair[0]) as channel:
        stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]
        with pytest.raises(grpc.RpcError) as actual:
            stub.ConfigGet(server_pb2.ConfigGetRequest(), timeout=10)
        assert actual.value.details() == f"ERR {expected.value}"
        with pytest.raises(grpc.RpcError) as actual:
            stub.ConfigSet(server_pb2.ConfigSetRequest(), timeout=10)
        assert actual.value.details() == "ERR wrong number of arguments for 'config|set' command"
    assert str(expected.value) == "wrong number of arguments for 'config|get' command"


# -- CONFIG SET then GET ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("hz", "37"),
        ("hz", "0"),  # capped to 1
        ("hz", "1000"),  # capped to 500
        ("HZ", "20"),
        ("notify-keyspace-events", "KEA"),
        ("notify-keyspace-events", "g$lshzxetdKE"),
        ("notify-keyspace-events", "AdtKE"),
        ("notify-keyspace-events", "g$lshzxedt"),
        ("notify-keyspace-events", "Ex"),
        ("notify-keyspace-events", "xg"),
        ("notify-keyspace-events", "mK"),
        ("notify-keyspace-events", "Am"),
        ("notify-keyspace-events", "KElz$"),
        ("notify-keyspace-events", "K"),
        ("notify-keyspace-events", ""),
        ("client-output-buffer-limit", "pubsub 1mb 512kb 10"),
        ("client-output-buffer-limit", "Slave 1 2 3 Normal 4 5 6"),
        ("client-output-buffer-limit", "replica 64mb 16mb 30"),
        ("client-output-buffer-limit", "PUBSUB 1gb 1g 0"),
        ("client-output-buffer-limit", "pubsub 1 1 1 pubsub 2 2 2"),
        ("client-output-buffer-limit", "pubsub 1 1 "),
        ("client-output-buffer-limit", "pubsub  1 1"),
        ("client-output-buffer-limit", "pubsub 1 1 +5"),
        ("client-output-buffer-limit", "pubsub 1 1 99999999999"),
        ("client-output-buffer-limit", "pubsub 99999999999999999999999 1b 1"),
        ("client-output-buffer-limit", ""),
        ("proto-max-bulk-len", "1mb"),
        ("proto-max-bulk-len", "2mB"),
        ("proto-max-bulk-len", "1048576b"),
        ("proto-max-bulk-len", "1gb"),
        ("proto-max-bulk-len", "2000k"),
        ("appendfsync", "ALWAYS"),
        ("appendfsync", "no"),
        ("loglevel", "WARNING"),
        ("aof-load-truncated", "NO"),
        ("auto-aof-rewrite-percentage", "0"),
        ("auto-aof-rewrite-min-size", ""),
        ("auto-aof-rewrite-min-size", "mb"),
        ("auto-aof-rewrite-min-size", "3g"),
    ],
)
def test_set_then_get_as_redis(kv: keyspace.Client, r: redis.Redis, name: str, value: str) -> None:
    compare(kv, r, [step("config_set", name, value), step("config_get", name.lower())])


@pytest.mark.parametrize("value", ["KEn", "nm", "An", "AKEmn"])
def test_set_then_get_new_key_class_as_redis(
    kv: keyspace.Client, r: redis.Redis, value: str
) -> None:
    compare(
        kv,
        r,
        [
            step("config_set", "notify-keyspace-events", value),
            step("config_get", "notify-keyspace-events"),
        ],
    )


def test_several_pairs_in_one_set(kv: keyspace.Client, r: redis.Redis) -> None:
    compare(
        kv,
        r,
        [
            step(
                "config_set", "hz", 25, "notify-keyspace-events", "Kx", "proto-max-bulk-len", "4mb"
            ),
            step("config_get", "hz", "notify-keyspace-events", "proto-max-bulk-len"),
        ],
    )


def test_partial_output_buffer_limits_keep_other_classes(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    compare(
        kv,
        r,
        [
            step("config_set", "client-output-buffer-limit", "normal 1 2 3"),
            step("config_set", "client-output-buffer-limit", "pubsub 1mb 512kb 10"),
            step("config_get", "client-output-buffer-limit"),
        ],
    )
    expected = "normal 1 2 3 slave 268435456 67108864 60 pubsub 1048576 524288 10"
    assert kv.config_get("client-output-buffer-limit")["client-output-buffer-limit"] == expected


# -- errors -----------------------------------------------------------------------

SET_ERRORS = [
    ["foo", "bar"],
    ["FOO", "bar"],
    ["hz", "abc"],
    ["HZ", "abc"],
    ["hz", ""],
    ["hz", " 5"],
    ["hz", "+5"],
    ["hz", "007"],
    ["hz", "-0"],
    ["hz", "1.5"],
    ["hz", "-1"],
    ["hz", "2147483648"],
    ["hz", "99999999999999999999999"],
    ["proto-max-bulk-len", "1k"],
    ["proto-max-bulk-len", "abc"],
    ["proto-max-bulk-len", "-5"],
    ["proto-max-bulk-len", "1.5mb"],
    ["proto-max-bulk-len", "1 mb"],
    ["proto-max-bulk-len", "0x10"],
    ["proto-max-bulk-len", "9223372036854775808"],
    ["appendfsync", "sometimes"],
    ["aof-load-truncated", "maybe"],
    ["auto-aof-rewrite-percentage", "-1"],
    ["auto-aof-rewrite-min-size", "-1"],
    ["notify-keyspace-events", "Q"],
    ["notify-keyspace-events", "KE "],
    ["client-output-buffer-limit", "foo 1 1 1"],
    ["client-output-buffer-limit", "master 1 1 1"],
    ["client-output-buffer-limit", "pubsub 1 1"],
    ["client-output-buffer-limit", "pubsub  1 1 1"],
    ["client-output-buffer-limit", "pubsub x 1 1"],
    ["client-output-buffer-limit", "pubsub -1 1 1"],
    ["client-output-buffer-limit", "pubsub 1 1 -1"],
    ["client-output-buffer-limit", "pubsub 1 1 5x"],
    ["client-output-buffer-limit", "pubsub 1 1 2147483648"],
    # Parameters Redis does not let CONFIG SET change either.
    ["logfile", "x"],
    ["appendfilename", "x"],
    ["appenddirname", "x"],
    ["dir", "/tmp"],
    ["dbfilename", "x"],
    # Duplicates, named as the second was typed.
    ["hz", "10", "hz", "11"],
    ["hz", "10", "HZ", "11"],
    # The first problem in argument order is the one reported; every name
    # is checked before any value.
    ["foo", "1", "logfile", "x"],
    ["logfile", "x", "foo", "1"],
    ["hz", "abc", "foo", "1"],
    ["hz", "abc", "logfile", "x"],
    ["hz", "abc", "hz", "5"],
    ["hz", "5", "proto-max-bulk-len", "1", "hz", "6"],
    ["hz", "5", "proto-max-bulk-len", "1", "appendfsync", "sometimes"],
    # An odd number of arguments: redis-py sends it, the SDK refuses it.
    ["hz", "5", "loglevel"],
]


@pytest.mark.parametrize("arguments", SET_ERRORS)
def test_set_errors_as_redis(kv: keyspace.Client, r: redis.Redis, arguments: list[str]) -> None:
    compare(kv, r, [step("config_set", *arguments)])


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["foo", "bar"], "ERR Unknown option or number of arguments for CONFIG SET - 'foo'"),
        (
            ["hz", "abc"],
            "ERR CONFIG SET failed (possibly related to argument 'hz') - "
            "argument couldn't be parsed into an integer",
        ),
        (
            ["hz", "1", "HZ", "2"],
            "ERR CONFIG SET failed (possibly related to argument 'HZ') - duplicate parameter",
        ),
        (
            ["appendfilename", "x"],
            "ERR CONFIG SET failed (possibly related to argument 'appendfilename') - "
            "can't set immutable config",
        ),
    ],
)
def test_set_error_keeps_the_err_prefix(
    kv: keyspace.Client, arguments: list[str], message: str
) -> None:
    with pytest.raises(keyspace.ResponseError) as error:
        kv.config_set(*arguments)
    assert error.value.redis_message == message
    assert error.value.reason == "ERR"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("port", "7000"),
        ("bind", "0.0.0.0"),
        ("appendonly", "no"),
        ("grpc-max-message-size", "1mb"),
        ("PORT", "7000"),
    ],
)
def test_what_cannot_change_at_run_time_is_immutable(
    kv: keyspace.Client, name: str, value: str
) -> None:
    """Redis can rebind and start or stop its AOF live; Keyspace's gRPC
    server and persistence cannot, and say so with Redis's error."""
    before = kv.config_get("*")
    with pytest.raises(keyspace.ResponseError) as error:
        kv.config_set(name, value)
    assert error.value.redis_message == (
        f"ERR CONFIG SET failed (possibly related to argument '{name}') - "
        "can't set immutable config"
    )
    assert kv.config_get("*") == before


@pytest.mark.parametrize(
    "arguments",
    [
        ["hz", "20", "proto-max-bulk-len", "1"],
        ["notify-keyspace-events", "KEA", "client-output-buffer-limit", "pubsub 1 1"],
        ["client-output-buffer-limit", "pubsub 1 1 1", "hz", "abc"],
        ["hz", "20", "logfile", "x"],
        ["hz", "20", "no-such-parameter", "1"],
        ["hz", "20", "hz", "30"],
    ],
)
def test_set_is_all_or_nothing(kv: keyspace.Client, r: redis.Redis, arguments: list[str]) -> None:
    compare(kv, r, [step("config_set", *arguments), step("config_get", *SHARED_DEFAULTS)])
    assert kv.config_get(*SHARED_DEFAULTS) == SHARED_DEFAULTS


# -- the SDK's clients ------------------------------------------------------------


def test_pipeline_and_transaction_carry_config(kv: keyspace.Client) -> None:
    for transaction in (True, False):
        with kv.pipeline(transaction=transaction) as pipe:
            pipe.config_set("hz", 42)
            pipe.config_get("hz")
            pipe.config_set("hz", "abc")
            pipe.config_get("h?")
            results = pipe.execute(raise_on_error=False)
        assert results[:2] == [True, {"hz": "42"}]
        assert isinstance(results[2], keyspace.ResponseError)
        assert results[3] == {"hz": "42"}
        kv.config_set("hz", 10)


def test_asyncio_client(pair: tuple[str, int]) -> None:
    async def run() -> tuple[Any, Any]:
        async with keyspace.asyncio.Client(pair[0], timeout=30) as client:
            done = await client.config_set("hz", 33, "loglevel", "notice")
            shown = await client.config_get("hz")
            await client.config_set("hz", 10)
            return done, shown

    assert asyncio.run(run()) == (True, {"hz": "33"})


# -- taking effect on a live server -----------------------------------------------


class Stream:
    """A raw Subscribe call, read on a thread of its own."""

    def __init__(self, address: str) -> None:
        self._channel = grpc.insecure_channel(address)
        stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(self._channel)  # type: ignore[no-untyped-call]
        self._requests: queue.Queue[subscribe_pb2.SubscribeRequest | None] = queue.Queue()
        self._events: queue.Queue[subscribe_pb2.SubscriptionEvent | grpc.RpcError | None]
        self._events = queue.Queue()
        self._call = stub.Subscribe(iter(self._requests.get, None))
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            for response in self._call:
                for event in response.events:
                    if not event.HasField("heartbeat"):
                        self._events.put(event)
            self._events.put(None)
        except grpc.RpcError as error:
            self._events.put(error)

    def send(self, action: int, *channels: bytes, **fields: Any) -> None:
        self._requests.put(
            subscribe_pb2.SubscribeRequest(action=action, channels=channels, **fields)
        )

    def event(self) -> subscribe_pb2.SubscriptionEvent:
        item = self._events.get(timeout=10)
        if not isinstance(item, subscribe_pb2.SubscriptionEvent):
            raise AssertionError(f"the stream ended: {item}")
        return item

    def end(self) -> grpc.RpcError:
        while True:
            item = self._events.get(timeout=10)
            if isinstance(item, grpc.RpcError):
                return item
            if item is None:
                raise AssertionError("the stream ended without an error")

    def close(self) -> None:
        self._call.cancel()
        self._requests.put(None)
        self._thread.join(10)
        self._channel.close()


@pytest.fixture
def streams() -> Iterator[list[Stream]]:
    opened: list[Stream] = []
    yield opened
    for stream in opened:
        stream.close()


def _open(streams: list[Stream], address: str) -> Stream:
    stream = Stream(address)
    streams.append(stream)
    return stream


def _message(event: subscribe_pb2.SubscriptionEvent) -> tuple[bytes, bytes]:
    assert event.WhichOneof("event") == "message", event
    return event.message.channel, event.message.payload


SUBSCRIBE = subscribe_pb2.SUBSCRIBE_ACTION_SUBSCRIBE
PSUBSCRIBE = subscribe_pb2.SUBSCRIBE_ACTION_PSUBSCRIBE


def test_notify_keyspace_events_turns_notifications_on_and_off_live(
    servers: list[RunningServer], tmp_data: Path, streams: list[Stream]
) -> None:
    server = start_tracked(servers, tmp_data)
    kv = keyspace.Client(server.address, timeout=30)
    stream = _open(streams, server.address)
    # A marker channel on the same stream: events arrive in order, so the
    # marker coming next proves that no notification came before it.
    stream.send(SUBSCRIBE, b"marker")
    stream.send(PSUBSCRIBE, b"__key*__:*")
    assert stream.event().change.channel == b"marker"
    assert stream.event().change.channel == b"__key*__:*"

    kv.set("before", "v")
    _publish(server.address, b"marker", b"1")
    assert _message(stream.event()) == (b"marker", b"1")

    assert kv.config_set("notify-keyspace-events", "KEA") is True
    kv.set("during", "v")
    assert [_message(stream.event()) for _ in range(2)] == [
        (b"__keyspace@0__:during", b"set"),
        (b"__keyevent@0__:set", b"during"),
    ]

    kv.config_set("notify-keyspace-events", "")
    kv.set("after", "v")
    _publish(server.address, b"marker", b"2")
    assert _message(stream.event()) == (b"marker", b"2")
    kv.close()


def _publish(address: str, channel: bytes, payload: bytes) -> int:
    with grpc.insecure_channel(address) as connection:
        stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(connection)  # type: ignore[no-untyped-call]
        request = pubsub_pb2.PublishRequest(channel=channel, message=payload)
        return int(stub.Publish(request, timeout=10).sequence)


def test_pubsub_backlog_size_zero_drops_the_backlog(
    servers: list[RunningServer], tmp_data: Path, streams: list[Stream]
) -> None:
    server = start_tracked(servers, tmp_data)
    kv = keyspace.Client(server.address, timeout=30)
    run_id = kv.info("server")["run_id"]
    numbers = [_publish(server.address, b"news", payload) for payload in (b"a", b"b", b"c")]
    resume = [subscribe_pb2.ResumePoint(channel=b"news", last_sequence=numbers[0] - 1)]

    # By default, a resuming subscriber gets what it missed from the backlog.
    replayed = _open(streams, server.address)
    replayed.send(SUBSCRIBE, b"news", resume=resume, resume_run_id=run_id)
    assert replayed.event().WhichOneof("event") == "change"
    assert [replayed.event().message.payload for _ in range(3)] == [b"a", b"b", b"c"]

    assert kv.config_set("pubsub-backlog-size", 0) is True
    assert kv.config_get("pubsub-backlog-size") == {"pubsub-backlog-size": "0"}
    lost = _open(streams, server.address)
    lost.send(SUBSCRIBE, b"news", resume=resume, resume_run_id=run_id)
    assert lost.event().WhichOneof("event") == "change"
    gap = lost.event()
    assert gap.WhichOneof("event") == "discontinuity", gap
    assert (gap.discontinuity.first_lost, gap.discontinuity.last_lost) == (numbers[0], numbers[2])
    assert gap.discontinuity.reason == subscribe_pb2.DISCONTINUITY_REASON_BACKLOG_EXCEEDED
    kv.close()


def test_pubsub_output_buffer_limit_applies_to_live_subscribers(
    servers: list[RunningServer], tmp_data: Path, streams: list[Stream]
) -> None:
    server = start_tracked(servers, tmp_data)
    kv = keyspace.Client(server.address, timeout=30)
    stream = _open(streams, server.address)
    stream.send(SUBSCRIBE, b"chan")
    assert stream.event().WhichOneof("event") == "change"
    _publish(server.address, b"chan", b"x" * 100)
    assert _message(stream.event()) == (b"chan", b"x" * 100)

    # A hard limit smaller than one message: the next one ends the stream.
    assert kv.config_set("client-output-buffer-limit", "pubsub 10 0 0") is True
    _publish(server.address, b"chan", b"x" * 100)
    error = stream.end()
    assert error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "pubsub hard limit of 10 bytes" in (error.details() or "")
    shown = kv.config_get("client-output-buffer-limit")["client-output-buffer-limit"]
    assert shown == "normal 0 0 0 slave 268435456 67108864 60 pubsub 10 0 0"
    kv.close()


@pytest.mark.parametrize(
    ("start", "new", "logged"), [("notice", "warning", False), ("warning", "notice", True)]
)
def test_loglevel_applies_at_once(
    servers: list[RunningServer], tmp_data: Path, start: str, new: str, logged: bool
) -> None:
    server = start_tracked(servers, tmp_data, "--loglevel", start)
    with keyspace.Client(server.address, timeout=30) as kv:
        kv.config_set("loglevel", new)
    server.stop()
    # The shutdown lines are logged at notice level.
    assert ("shutting down" in server.log()) is logged


def test_hz_is_what_info_reports(servers: list[RunningServer], tmp_data: Path) -> None:
    server = start_tracked(servers, tmp_data)
    with keyspace.Client(server.address, timeout=30) as kv:
        kv.config_set("hz", 1000)
        assert kv.info("server")["hz"] == 500
        assert kv.config_get("hz") == {"hz": "500"}


def test_proto_max_bulk_len_applies_at_once(servers: list[RunningServer], tmp_data: Path) -> None:
    server = start_tracked(servers, tmp_data)
    with keyspace.Client(server.address, timeout=30) as kv:
        kv.setrange("k", 1024 * 1024, "x")
        kv.config_set("proto-max-bulk-len", "1mb")
        with pytest.raises(keyspace.ResponseError, match="proto-max-bulk-len"):
            kv.setrange("k", 1024 * 1024, "x")


# -- the config file and the flags read values the same way -----------------------


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


def test_file_caps_hz_and_reads_sizes_as_redis(tmp_path: Path) -> None:
    config = parse_args(
        [str(_write(tmp_path / "k.conf", "hz 1000", "proto-max-bulk-len 1048576B"))]
    )
    assert (config.hz, config.proto_max_bulk_len) == (500, 1024 * 1024)


def test_file_output_buffer_limit_lines_accumulate(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "k.conf",
        "client-output-buffer-limit pubsub 1mb 512kb 10",
        "client-output-buffer-limit normal 1 2 3",
    )
    config = parse_args([str(path), "--client-output-buffer-limit", "replica", "4", "5", "6"])
    assert config.client_output_buffer_limit == {
        "normal": (1, 2, 3),
        "replica": (4, 5, 6),
        "pubsub": (1024 * 1024, 512 * 1024, 10),
    }


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("hz abc", "argument couldn't be parsed into an integer"),
        ("proto-max-bulk-len 1k", "argument must be between 1048576 and"),
        ("notify-keyspace-events Q", "Invalid event class character"),
        ("client-output-buffer-limit pubsub 1 1", "Wrong number of arguments in buffer limit"),
        ("appendfsync sometimes", "argument(s) must be one of the following: everysec"),
    ],
)
def test_file_errors_give_redis_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, reason: str
) -> None:
    path = _write(tmp_path / "k.conf", "# first", line)
    with pytest.raises(SystemExit):
        parse_args([str(path)])
    error = capsys.readouterr().err
    assert f"{path}:2:" in error
    assert reason in error
