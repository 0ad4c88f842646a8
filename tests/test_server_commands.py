"""Connection and server commands, Keyspace against redis-server 7.0.15:
PING, ECHO, TIME, DBSIZE, FLUSHDB, FLUSHALL, INFO (its sections and fields,
and the counters that commands move), and the SDK's INFO parsing against
redis-py's."""

from __future__ import annotations

import contextlib
import time
from typing import Any

import keyspace
import pytest
import redis
from keyspace.commands.server import parse_info
from redis._parsers.helpers import parse_info as redis_py_parse_info

from tests.differential import Step, compare, step

Client = keyspace.Client | redis.Redis


def raw_reply(r: redis.Redis, *command: Any) -> Any:
    """Redis's reply without redis-py's parsing (which turns any PING reply
    into a bool)."""
    connection = r.connection_pool.get_connection()
    try:
        connection.send_command(*command)
        return connection.read_response()
    finally:
        r.connection_pool.release(connection)


# -- PING, ECHO -------------------------------------------------------------------


def test_ping(kv: keyspace.Client, r: redis.Redis) -> None:
    compare(kv, r, [step("ping")])


@pytest.mark.parametrize(
    "message",
    [b"hello", b"PONG", b"", b"\x00\xff\r\n", "héllo", 42],
    ids=["text", "pong", "empty", "binary", "unicode", "integer"],
)
def test_ping_with_message(kv: keyspace.Client, r: redis.Redis, message: Any) -> None:
    # redis-py's ping() takes no message; the SDK's returns Redis's reply.
    assert kv.ping(message) == raw_reply(r, "PING", message)


@pytest.mark.parametrize(
    "message",
    [b"hello", b"", b"\x00\x01\xfe\xff", "héllo", 3.5, b"x" * 100_000],
    ids=["text", "empty", "binary", "unicode", "float", "large"],
)
def test_echo(kv: keyspace.Client, r: redis.Redis, message: Any) -> None:
    compare(kv, r, [step("echo", message)])


# -- TIME ---------------------------------------------------------------------------


def test_time(kv: keyspace.Client, r: redis.Redis) -> None:
    for reply in (kv.time(), r.time()):
        assert isinstance(reply, tuple) and len(reply) == 2
        seconds, microseconds = reply
        assert type(seconds) is int and type(microseconds) is int
        assert 0 <= microseconds < 1_000_000
        assert abs(seconds + microseconds / 1e6 - time.time()) < 2


# -- DBSIZE, FLUSHDB, FLUSHALL ----------------------------------------------------


FLUSHES = [
    pytest.param(
        [
            step("dbsize"),
            step("mset", {"a": "1", "b": "2", "c": "3"}),
            step("set", "d", "4", ex=100),
            step("dbsize"),
            step("delete", "a"),
            step("dbsize"),
        ],
        id="dbsize",
    ),
    pytest.param(
        [
            step("mset", {"a": "1", "b": "2"}),
            step("flushdb"),
            step("dbsize"),
            step("keys", "*"),
            step("flushdb"),
        ],
        id="flushdb",
    ),
    pytest.param(
        [step("mset", {"a": "1", "b": "2"}), step("flushdb", asynchronous=True), step("dbsize")],
        id="flushdb-async",
    ),
    pytest.param(
        [
            step("set", "a", "1", ex=100),
            step("flushall"),
            step("dbsize"),
            step("ttl", "a"),
            step("set", "a", "2"),
            step("ttl", "a"),
        ],
        id="flushall-drops-ttls",
    ),
    pytest.param(
        [step("mset", {"a": "1", "b": "2"}), step("flushall", asynchronous=True), step("dbsize")],
        id="flushall-async",
    ),
]


@pytest.mark.parametrize("steps", FLUSHES)
def test_dbsize_and_flush(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


def test_flush_resets_scan(kv: keyspace.Client, r: redis.Redis) -> None:
    for client in (kv, r):
        client.mset({f"k{n}": "v" for n in range(50)})
        cursor, _ = client.scan(0, count=5)
        assert cursor != 0
        client.flushdb()
        assert client.scan(0) == (0, [])


# -- INFO ---------------------------------------------------------------------------

# Fields of each section that clients and monitoring tools read; Redis has
# them all, and so must Keyspace.
SECTION_FIELDS = {
    "server": [
        "redis_version",
        "redis_mode",
        "os",
        "arch_bits",
        "process_id",
        "run_id",
        "tcp_port",
        "server_time_usec",
        "uptime_in_seconds",
        "uptime_in_days",
        "hz",
        "configured_hz",
        "lru_clock",
        "executable",
        "config_file",
    ],
    "clients": ["connected_clients", "blocked_clients"],
    "memory": [
        "used_memory",
        "used_memory_human",
        "used_memory_rss",
        "used_memory_rss_human",
        "used_memory_peak",
        "used_memory_peak_human",
        "used_memory_peak_perc",
        "total_system_memory",
        "total_system_memory_human",
        "maxmemory",
        "maxmemory_human",
        "maxmemory_policy",
        "mem_allocator",
    ],
    "persistence": ["loading", "aof_enabled", "rdb_changes_since_last_save"],
    "stats": [
        "total_commands_processed",
        "expired_keys",
        "evicted_keys",
        "keyspace_hits",
        "keyspace_misses",
    ],
    "replication": ["role", "connected_slaves", "master_replid", "master_repl_offset"],
    "cpu": ["used_cpu_sys", "used_cpu_user", "used_cpu_sys_children", "used_cpu_user_children"],
}


@pytest.mark.parametrize("section", list(SECTION_FIELDS))
def test_info_section_fields(kv: keyspace.Client, r: redis.Redis, section: str) -> None:
    expected, actual = r.info(section), kv.info(section)
    for name in SECTION_FIELDS[section]:
        assert name in expected, f"redis has no {name}: fix the test"
        assert name in actual, f"INFO {section} lacks {name}"
        assert type(actual[name]) is type(expected[name]), name
    # A section asked for alone comes alone.
    assert "db0" not in actual and (section == "server" or "redis_version" not in actual)


def test_info_default_has_every_section(kv: keyspace.Client, r: redis.Redis) -> None:
    for client in (kv, r):
        client.set("k", "v")
    for sections in [(), ("default",), ("all",), ("everything",)]:
        actual = kv.info(*sections)
        for fields in SECTION_FIELDS.values():
            assert set(fields) <= set(actual), sections
        assert actual["db0"]["keys"] == 1


def test_info_values(kv: keyspace.Client, r: redis.Redis) -> None:
    for name, value in [
        ("redis_version", "7.0.15"),
        ("redis_mode", "standalone"),
        ("arch_bits", 64),
        ("loading", 0),
        ("role", "master"),
        ("connected_slaves", 0),
        ("maxmemory", 0),
        ("maxmemory_policy", "noeviction"),
    ]:
        assert kv.info()[name] == r.info()[name] == value, name
    server = kv.info("server")
    assert len(server["run_id"]) == 40 and server["run_id"] == kv.info("server")["run_id"]
    assert abs(server["server_time_usec"] / 1e6 - time.time()) < 2


@pytest.mark.parametrize(
    "sections",
    [("keyspace",), ("KEYSPACE",), ("server", "keyspace"), ("nosuch",), ("keyspace", "nosuch")],
    ids=["keyspace", "uppercase", "two-sections", "unknown", "known-and-unknown"],
)
def test_info_keyspace_section(
    kv: keyspace.Client, r: redis.Redis, sections: tuple[str, ...]
) -> None:
    for client in (kv, r):
        client.mset({"a": "1", "b": "2"})
    expected, actual = r.info(*sections), kv.info(*sections)
    assert ("db0" in actual) == ("db0" in expected)
    if "db0" in expected:
        assert actual["db0"] == expected["db0"] == {"keys": 2, "expires": 0, "avg_ttl": 0}
    assert ("redis_version" in actual) == ("redis_version" in expected)
    assert "used_memory" not in actual
    if sections == ("nosuch",):
        assert actual == expected == {}


def test_info_keyspace_empty(kv: keyspace.Client, r: redis.Redis) -> None:
    compare(kv, r, [step("info", "keyspace")])


# -- Counters commands move -----------------------------------------------------------


def _stat(client: Client, field: str) -> int:
    return int(client.info("stats")[field])


def _counters(client: Client) -> tuple[int, int, int]:
    stats = client.info("stats")
    return stats["keyspace_hits"], stats["keyspace_misses"], stats["total_commands_processed"]


def _deltas(client: Client, steps: list[Step]) -> tuple[int, ...]:
    client.flushall()
    client.set("a", "1")
    client.set("b", "2", ex=1000)
    before = _counters(client)
    for s in steps:
        with contextlib.suppress(redis.ResponseError, keyspace.ResponseError):
            getattr(client, s.method)(*s.args, **s.kwargs)
    return tuple(after - was for after, was in zip(_counters(client), before, strict=True))


# Hits and misses count read lookups only: TYPE, EXISTS and TTL read, while
# RENAME, EXPIRE and PERSIST look keys up for writing, which Redis does not count.
LOOKUPS = [
    pytest.param([step("get", "a"), step("get", "x")], id="get"),
    pytest.param([step("exists", "a", "x", "a")], id="exists"),
    pytest.param([step("touch", "a", "x")], id="touch"),
    pytest.param([step("type", "a"), step("type", "x")], id="type"),
    pytest.param(
        [step("ttl", "a"), step("pttl", "x"), step("expiretime", "b"), step("pexpiretime", "x")],
        id="ttl-family",
    ),
    pytest.param([step("object", "encoding", "a"), step("object", "encoding", "x")], id="object"),
    pytest.param(
        [step("copy", "a", "c"), step("copy", "x", "c"), step("copy", "a", "b")], id="copy"
    ),
    pytest.param(
        [step("rename", "a", "c"), step("renamenx", "c", "b"), step("rename", "x", "y")],
        id="rename",
    ),
    pytest.param(
        [step("expire", "a", 100), step("pexpireat", "x", 1), step("persist", "b")],
        id="expire-and-persist",
    ),
    pytest.param([step("delete", "a", "x"), step("unlink", "b")], id="del"),
    pytest.param(
        [step("keys", "*"), step("randomkey"), step("dbsize"), step("scan", 0)],
        id="keys-scan-randomkey",
    ),
    pytest.param([step("scan", 0, _type="string")], id="scan-type-filter"),
    pytest.param([step("scan", 0, match="a*", _type="string")], id="scan-match-and-type"),
    pytest.param([step("ping"), step("echo", "x"), step("time")], id="connection"),
]


@pytest.mark.parametrize("steps", LOOKUPS)
def test_keyspace_hits_misses_and_commands(
    kv: keyspace.Client, r: redis.Redis, steps: list[Step]
) -> None:
    assert _deltas(kv, steps) == _deltas(r, steps)


def test_scan_reclaims_expired_keys_it_visits(kv: keyspace.Client, r: redis.Redis) -> None:
    def run(client: Client) -> list[Any]:
        client.set("live", "v")
        for n in range(5):
            client.set(f"gone:{n}", "v", px=1)
        time.sleep(0.01)
        expired = _stat(client, "expired_keys")
        # Due keys are either reclaimed by now or by the SCAN: DBSIZE is 1
        # afterwards either way.
        reply = client.scan(0, count=100)
        return [reply, client.dbsize(), _stat(client, "expired_keys") - expired <= 5]

    assert run(kv) == run(r) == [(0, [b"live"]), 1, True]


# -- The SDK's INFO parsing is redis-py's ------------------------------------------------

INFO_TEXTS = [
    "# Server\r\nredis_version:7.0.15\r\narch_bits:64\r\n",
    "# Keyspace\r\ndb0:keys=2,expires=1,avg_ttl=99\r\n",
    "a:1.5\r\nb:1.2.3\r\nc:-4\r\nd:\r\ne:text with: colon\r\n",
    "list:x,y,,z\r\nflags:k=v,bare,,n=1\r\nnested:a=b=c\r\n",
    "module:name=search,ver=1\r\nmodule:name=json,ver=2\r\ncmdstat_host:calls=1,usec=2\r\n",
    "no colon here\r\n\r\n# Comment\r\nx:1\r\n",
]


@pytest.mark.parametrize("text", INFO_TEXTS)
def test_parse_info_matches_redis_py(text: str) -> None:
    assert parse_info(text) == redis_py_parse_info(text)
