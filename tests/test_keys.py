"""Key commands, Keyspace against redis-server 7.0.15: DEL, UNLINK, EXISTS,
TOUCH, TYPE, RENAME, RENAMENX, COPY, KEYS, SCAN, RANDOMKEY, OBJECT ENCODING,
plus random sequences of key and expiry commands driven by hypothesis."""

from __future__ import annotations

from typing import Any

import keyspace
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.differential import Step, compare, step

# 2100-01-01T00:00:00Z: an absolute expiry far enough that it never passes
# during a test, and whose EXPIRETIME is exact on both servers.
FUTURE = 4_102_444_800


def sorted_scan(reply: tuple[int, list[bytes]]) -> tuple[int, list[bytes]]:
    cursor, keys = reply
    return cursor, sorted(keys)


def scan_all(client: Any, **options: Any) -> list[bytes]:
    """Every key one SCAN iteration returns, cursor to cursor, sorted (a key
    may come twice in Redis; the set is what is guaranteed)."""
    cursor, seen = 0, set()
    for _ in range(100_000):
        cursor, batch = client.scan(cursor, **options)
        seen.update(batch)
        if cursor == 0:
            return sorted(seen)
    raise AssertionError("SCAN did not finish")


SCENARIOS = [
    # -- DEL, UNLINK, EXISTS, TOUCH, TYPE --------------------------------------
    pytest.param(
        [
            step("set", "a", "1"),
            step("set", "b", "2"),
            step("delete", "a", "b", "missing"),
            step("exists", "a", "b"),
        ],
        id="del-counts-deleted-keys",
    ),
    pytest.param(
        [step("set", "a", "1"), step("delete", "a", "a"), step("delete", "a")],
        id="del-repeated-key-counts-once",
    ),
    pytest.param(
        [step("set", "a", "1"), step("set", "b", "2"), step("unlink", "a", "b", "c", "a")],
        id="unlink",
    ),
    pytest.param(
        [step("set", "a", "1"), step("exists", "a", "a", "b"), step("exists", "b")],
        id="exists-counts-repeats",
    ),
    pytest.param(
        [step("set", "a", "1"), step("touch", "a", "a", "b"), step("touch", "b")],
        id="touch-counts-repeats",
    ),
    pytest.param(
        [step("set", "a", "1"), step("type", "a"), step("type", "missing")],
        id="type-string-and-none",
    ),
    pytest.param(
        [
            step("set", b"\x00\xff key", b"\x00"),
            step("exists", b"\x00\xff key"),
            step("type", b"\x00\xff key"),
            step("keys", "*"),
            step("delete", b"\x00\xff key"),
            step("exists", b"\x00\xff key"),
        ],
        id="binary-key",
    ),
    pytest.param(
        [
            step("set", "", "empty"),
            step("exists", ""),
            step("type", ""),
            step("keys", "*"),
            step("keys", ""),
            step("keys", "?"),
            step("rename", "", "x"),
            step("get", "x"),
        ],
        id="empty-key",
    ),
    pytest.param(
        [step("delete"), step("unlink"), step("exists"), step("touch")],
        id="no-keys-is-wrong-arity",
    ),
    # -- RENAME, RENAMENX ----------------------------------------------------------
    pytest.param(
        [step("rename", "missing", "b"), step("renamenx", "missing", "b")],
        id="rename-missing-key",
    ),
    pytest.param(
        [step("rename", "missing", "missing"), step("renamenx", "missing", "missing")],
        id="rename-missing-key-onto-itself",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("expireat", "a", FUTURE),
            step("rename", "a", "a"),
            step("renamenx", "a", "a"),
            step("get", "a"),
            step("expiretime", "a"),
        ],
        id="rename-same-key",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("set", "b", "2"),
            step("rename", "a", "b"),
            step("get", "b"),
            step("exists", "a"),
        ],
        id="rename-overwrites",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("expireat", "a", FUTURE),
            step("rename", "a", "b"),
            step("expiretime", "b"),
            step("ttl", "a"),
        ],
        id="rename-carries-ttl",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("set", "b", "2"),
            step("expireat", "b", FUTURE),
            step("rename", "a", "b"),
            step("ttl", "b"),
        ],
        id="rename-drops-destination-ttl",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("set", "b", "2"),
            step("renamenx", "a", "b"),
            step("get", "a"),
            step("get", "b"),
            step("renamenx", "a", "c"),
            step("get", "c"),
            step("exists", "a"),
        ],
        id="renamenx",
    ),
    # -- COPY ----------------------------------------------------------------------
    pytest.param([step("copy", "missing", "b"), step("exists", "b")], id="copy-missing"),
    pytest.param(
        [step("copy", "a", "a"), step("set", "a", "1"), step("copy", "a", "a", replace=True)],
        id="copy-same-key-error",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("set", "b", "2"),
            step("copy", "a", "b"),
            step("get", "b"),
            step("copy", "a", "b", replace=True),
            step("get", "b"),
        ],
        id="copy-destination-exists",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("expireat", "a", FUTURE),
            step("copy", "a", "b"),
            step("expiretime", "b"),
            step("expiretime", "a"),
        ],
        id="copy-copies-ttl",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("set", "b", "2"),
            step("expireat", "b", FUTURE),
            step("copy", "a", "b", replace=True),
            step("ttl", "b"),
        ],
        id="copy-replace-drops-destination-ttl",
    ),
    pytest.param(
        [
            step("set", "a", "x"),
            step("copy", "a", "b"),
            step("append", "a", "y"),
            step("get", "a"),
            step("get", "b"),
            step("append", "b", "z"),
            step("copy", "b", "c"),
            step("append", "b", "!"),
            step("get", "c"),
            step("object", "encoding", "c"),
        ],
        id="copy-is-independent-after-append",
    ),
    pytest.param(
        [
            step("set", "a", "1"),
            step("copy", "a", "b", destination_db=0),
            step("copy", "a", "c", destination_db=16),
            step("copy", "a", "c", destination_db=-1),
            step("copy", "a", "c", destination_db="x"),
            step("copy", "a", "c", destination_db="01"),
            step("copy", "a", "c", destination_db=2**31),
            step("copy", "a", "a", destination_db="0"),
        ],
        id="copy-db-option",
    ),
    # -- RANDOMKEY, OBJECT ENCODING ------------------------------------------------
    pytest.param(
        [step("randomkey"), step("set", "only", "1"), step("randomkey")],
        id="randomkey-empty-and-single",
    ),
    pytest.param(
        [
            step("object", "encoding", "missing"),
            step("set", "i", "123"),
            step("set", "e", "text"),
            step("set", "r", "x" * 45),
            step("set", "a", "x"),
            step("append", "a", "y"),
            step("object", "encoding", "i"),
            step("object", "ENCODING", "e"),
            step("object", "encoding", "r"),
            step("object", "encoding", "a"),
            step("object", "nosuch", "i"),
        ],
        id="object-encoding",
    ),
    # -- SCAN: single calls and errors ------------------------------------------------
    pytest.param([step("scan", 0), step("scan", 0, match="*", count=5)], id="scan-empty-db"),
    pytest.param(
        [
            step("mset", {"k1": "1", "k2": "2", "other": "3"}),
            step("scan", 0, count=1000, normalize=sorted_scan),
            step("scan", "0", match="k*", count=1000, normalize=sorted_scan),
            step("scan", "", match="k*", count=1000, normalize=sorted_scan),
            step("scan", 0, count=1000, _type="STRING", normalize=sorted_scan),
            step("scan", 0, count=1000, _type=b"string", normalize=sorted_scan),
            step("scan", 0, count=1000, _type="hash", normalize=sorted_scan),
            step("scan", 0, count=1000, _type="nosuch", normalize=sorted_scan),
        ],
        id="scan-one-call-covers-small-db",
    ),
    pytest.param(
        [
            step("scan", 0, count=0),
            step("scan", 0, count=-1),
            step("scan", 0, count="x"),
            step("scan", 0, count=2**63),
            step("scan", "abc"),
            step("scan", " 1"),
            step("scan", "1x"),
            step("scan", "-"),
            step("scan", 1.5),
            step("scan", 2**64),
            step("scan", "abc", count=0),
        ],
        id="scan-bad-count-and-cursor",
    ),
]


@pytest.mark.parametrize("steps", SCENARIOS)
def test_scenario(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


# -- KEYS --------------------------------------------------------------------------

KEYS_FIXTURE = ["", "a", "ab", "abc", "b", "z", "a*", "a?", "[", "\\", "h\\llo", "hello", "hallo"]


@pytest.mark.parametrize(
    "pattern",
    [
        "*",
        "h?llo",
        "h*llo",
        "h[ae]llo",
        "h[^e]llo",
        "h[a-b]llo",
        "[z-a]",
        "a\\*",
        "a\\?",
        "\\[",
        "[abc",
        "[",
        "\\",
        "h\\\\llo",
        "",
        "?",
        "nomatch*",
        b"\xff*",
    ],
)
def test_keys_patterns(kv: keyspace.Client, r: redis.Redis, pattern: str | bytes) -> None:
    compare(
        kv,
        r,
        [step("mset", dict.fromkeys(KEYS_FIXTURE, "v")), step("keys", pattern, normalize=sorted)],
    )


# -- SCAN iterations ---------------------------------------------------------------


@pytest.fixture
def many_keys(kv: keyspace.Client, r: redis.Redis) -> list[str]:
    names = [f"key:{n}" for n in range(150)] + [f"other:{n}" for n in range(30)] + [""]
    for client in (kv, r):
        client.mset(dict.fromkeys(names, "v"))
    return names


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({}, id="defaults"),
        pytest.param({"count": 1}, id="count-1"),
        pytest.param({"count": 7}, id="count-7"),
        pytest.param({"count": 1000}, id="count-1000"),
        pytest.param({"match": "key:1*"}, id="match-prefix"),
        pytest.param({"match": "*"}, id="match-star"),
        pytest.param({"match": "other:?", "count": 3}, id="match-question"),
        pytest.param({"match": "nothing*"}, id="match-nothing"),
        pytest.param({"_type": "string"}, id="type-string"),
        pytest.param({"_type": "STRING", "count": 50}, id="type-uppercase"),
        pytest.param({"_type": "list"}, id="type-other"),
        pytest.param({"_type": "nosuch"}, id="type-unknown"),
        pytest.param({"match": "key:*5", "_type": "string", "count": 20}, id="match-and-type"),
    ],
)
def test_scan_iteration_returns_every_key(
    kv: keyspace.Client, r: redis.Redis, many_keys: list[str], options: dict[str, Any]
) -> None:
    expected = scan_all(r, **options)
    assert scan_all(kv, **options) == expected
    if "match" not in options and options.get("_type", "string").lower() == "string":
        assert len(expected) == len(many_keys)


@pytest.mark.parametrize("server", ["keyspace", "redis"])
def test_scan_guarantees_while_keys_change(
    kv: keyspace.Client, r: redis.Redis, many_keys: list[str], server: str
) -> None:
    # Batches differ between the servers, so SCAN's guarantees are checked
    # on each: a key present for the whole iteration is returned, and only
    # keys that existed at some point during it are.
    client: Any = kv if server == "keyspace" else r
    deleted = {f"key:{n}".encode() for n in range(0, 150, 3)}
    added = {f"new:{n}".encode() for n in range(40)}
    cursor, seen, batches = 0, set(), 0
    while True:
        cursor, batch = client.scan(cursor, count=10)
        seen.update(batch)
        if batches == 2:
            client.delete(*deleted)
            client.mset(dict.fromkeys(added, "v"))
        batches += 1
        if cursor == 0:
            break
    existed = {name.encode() for name in many_keys} | added
    assert existed - deleted - added <= seen <= existed


def test_scan_iter(kv: keyspace.Client, r: redis.Redis, many_keys: list[str]) -> None:
    assert sorted(kv.scan_iter(match="other:*")) == sorted(r.scan_iter(match="other:*"))


def test_randomkey_picks_an_existing_key(kv: keyspace.Client, r: redis.Redis) -> None:
    names = {b"a", b"b", b"c"}
    for client in (kv, r):
        client.mset(dict.fromkeys(names, "v"))
    assert {kv.randomkey() for _ in range(30)} <= names


# -- Random sequences ------------------------------------------------------------------

NAMES = ["a", "b", "c"]
names = st.sampled_from(NAMES)
name_lists = st.lists(names, min_size=1, max_size=4)
CONDITIONS = [
    {},
    {"nx": True},
    {"xx": True},
    {"gt": True},
    {"lt": True},
    {"xx": True, "gt": True},
    {"xx": True, "lt": True},
    {"nx": True, "xx": True},
    {"nx": True, "gt": True},
    {"gt": True, "lt": True},
]
conditions = st.sampled_from(CONDITIONS)
# A TTL's size in units of 1000 s, mostly positive; zero and negative ones
# delete the key.
spans = st.one_of(st.sampled_from([-1, 0]), st.integers(1, 5), st.integers(1, 5))


def time_dependent(value: int) -> int | str:
    """A TTL-like reply: -1 and -2 exactly, otherwise only its sign, since
    the milliseconds left differ between the two servers."""
    return value if value < 0 else "positive" if value > 0 else 0


def keyspace_counts(info: dict[str, Any]) -> dict[str, Any]:
    """INFO keyspace without avg_ttl, which Redis only estimates."""
    return {db: (fields["keys"], fields["expires"]) for db, fields in info.items()}


def _expiry_step(command: str, name: str, span: int, options: dict[str, Any], index: int) -> Step:
    """An EXPIRE-family step. Positive spans are at least 1000 s and differ
    by the step's index, so GT/LT comparisons never depend on timing, and
    absolute times are in 2100, after every relative deadline."""
    if span <= 0:
        amount = {"expire": span, "pexpire": span, "expireat": span + 1, "pexpireat": span}
        return step(command, name, amount[command], **options)
    seconds = span * 1000 + index
    amount = {
        "expire": seconds,
        "pexpire": seconds * 1000,
        "expireat": FUTURE + seconds,
        "pexpireat": (FUTURE + seconds) * 1000,
    }
    return step(command, name, amount[command], **options)


@st.composite
def command_steps(draw: st.DrawFn, index: int) -> Step:
    kind = draw(
        st.sampled_from(
            [
                "set",
                "set-keepttl",
                "append",
                "get",
                "delete",
                "unlink",
                "exists",
                "touch",
                "type",
                "rename",
                "renamenx",
                "copy",
                # Listed more than once: the commands under test draw more often.
                "expiry",
                "expiry",
                "expiry",
                "ttl",
                "ttl",
                "persist",
                "keys",
                "scan",
                "dbsize",
                "randomkey-single",
                "info-keyspace",
            ]
        )
    )
    name, other = draw(names), draw(names)
    if kind == "set":
        return step("set", name, draw(st.sampled_from(["1", "x", "long" * 12])))
    if kind == "set-keepttl":
        return step("set", name, "kept", keepttl=True)
    if kind in ("append", "get", "type", "persist"):
        return step(kind, name, "+") if kind == "append" else step(kind, name)
    if kind in ("delete", "unlink", "exists", "touch"):
        return step(kind, *draw(name_lists))
    if kind in ("rename", "renamenx"):
        return step(kind, name, other)
    if kind == "copy":
        return step("copy", name, other, replace=draw(st.booleans()))
    if kind == "expiry":
        command = draw(st.sampled_from(["expire", "pexpire", "expireat", "pexpireat"]))
        return _expiry_step(command, name, draw(spans), draw(conditions), index)
    if kind == "ttl":
        command = draw(st.sampled_from(["ttl", "pttl", "expiretime", "pexpiretime"]))
        return step(command, name, normalize=time_dependent)
    if kind == "keys":
        return step("keys", draw(st.sampled_from(["*", "?", "[ab]", "[^a]"])), normalize=sorted)
    if kind == "scan":
        return step("scan", 0, count=100, normalize=sorted_scan)
    if kind == "randomkey-single":
        # A random key is comparable only as "some key or none".
        return step("randomkey", normalize=lambda key: key is not None)
    if kind == "info-keyspace":
        return step("info", "keyspace", normalize=keyspace_counts)
    return step("dbsize")


@st.composite
def command_sequences(draw: st.DrawFn) -> list[Step]:
    # Start from existing keys, some with a TTL, so that most commands find
    # something to act on.
    steps = [step("set", name, "v") for name in NAMES]
    for name in draw(st.lists(names, unique=True)):
        command = draw(st.sampled_from(["expire", "pexpire", "expireat", "pexpireat"]))
        steps.append(_expiry_step(command, name, draw(st.integers(1, 5)), {}, len(steps)))
    length = draw(st.integers(min_value=1, max_value=30))
    return steps + [draw(command_steps(len(steps) + index)) for index in range(length)]


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=command_sequences())
def test_random_key_and_expiry_sequences(
    kv: keyspace.Client, r: redis.Redis, steps: list[Step]
) -> None:
    kv.flushall()
    r.flushall()
    compare(kv, r, steps)
