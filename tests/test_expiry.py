"""Expiry, Keyspace against redis-server 7.0.15: EXPIRE, PEXPIRE, EXPIREAT,
PEXPIREAT (NX, XX, GT, LT), TTL, PTTL, EXPIRETIME, PEXPIRETIME, PERSIST, and
how keys expire: lazily on access, actively in the background, and how other
commands keep or clear a TTL.

Relative TTLs are compared where the result does not depend on the few
milliseconds between the two servers' replies; absolute ones (EXPIREAT with
a fixed time in 2100) are compared exactly."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from typing import Any

import keyspace
import pytest
import redis

from tests.differential import Step, compare, step

FUTURE = 4_102_444_800  # 2100-01-01T00:00:00Z
INT64_MAX = 2**63 - 1
# The largest seconds value that survives EXPIRE's conversion to ms.
MAX_SECONDS = INT64_MAX // 1000

Client = keyspace.Client | redis.Redis


def _flags(**options: bool) -> dict[str, bool]:
    return options


INVALID_COMBINATIONS = [
    pytest.param(_flags(nx=True, xx=True), id="nx-xx"),
    pytest.param(_flags(nx=True, gt=True), id="nx-gt"),
    pytest.param(_flags(nx=True, lt=True), id="nx-lt"),
    pytest.param(_flags(gt=True, lt=True), id="gt-lt"),
    pytest.param(_flags(nx=True, gt=True, lt=True), id="nx-gt-lt"),
    pytest.param(_flags(xx=True, gt=True, lt=True), id="xx-gt-lt"),
]


@pytest.mark.parametrize("command", ["expire", "pexpire", "expireat", "pexpireat"])
@pytest.mark.parametrize("options", INVALID_COMBINATIONS)
def test_invalid_option_combinations(
    kv: keyspace.Client, r: redis.Redis, command: str, options: dict[str, Any]
) -> None:
    # Redis checks the options before the time and the key.
    compare(
        kv,
        r,
        [
            step(command, "missing", 10, **options),
            step("set", "k", "v"),
            step(command, "k", 10, **options),
            step(command, "k", "not a number", **options),
            step("ttl", "k"),
        ],
    )


SCENARIOS = [
    # -- missing keys, TTL replies ----------------------------------------------
    pytest.param(
        [
            step("expire", "missing", 10),
            step("pexpire", "missing", 10_000),
            step("expireat", "missing", FUTURE),
            step("pexpireat", "missing", FUTURE * 1000),
            step("expire", "missing", -1),
            step("expire", "missing", 10, xx=True, gt=True),
            step("ttl", "missing"),
            step("pttl", "missing"),
            step("expiretime", "missing"),
            step("pexpiretime", "missing"),
            step("persist", "missing"),
            step("exists", "missing"),
        ],
        id="missing-key",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("ttl", "k"),
            step("pttl", "k"),
            step("expiretime", "k"),
            step("pexpiretime", "k"),
            step("persist", "k"),
        ],
        id="key-without-ttl",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expire", "k", 100),
            step("ttl", "k"),
            step("pexpire", "k", 200_000),
            step("ttl", "k"),
        ],
        id="relative-ttl",
    ),
    # -- exact absolute times and EXPIRETIME's rounding -------------------------------
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE),
            step("expiretime", "k"),
            step("pexpiretime", "k"),
            step("pexpireat", "k", FUTURE * 1000 + 499),
            step("expiretime", "k"),
            step("pexpiretime", "k"),
            step("pexpireat", "k", FUTURE * 1000 + 500),
            step("expiretime", "k"),
        ],
        id="expiretime-exact-and-rounded",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC)),
            step("expiretime", "k"),
            step("pexpireat", "k", datetime.datetime(2100, 1, 1, 0, 0, 1, tzinfo=datetime.UTC)),
            step("pexpiretime", "k"),
            step("expire", "k", datetime.timedelta(seconds=100)),
            step("ttl", "k"),
            step("pexpire", "k", datetime.timedelta(seconds=50)),
            step("ttl", "k"),
        ],
        id="datetime-and-timedelta",
    ),
    # -- NX XX GT LT --------------------------------------------------------------------
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE, nx=True),
            step("expireat", "k", FUTURE + 10, nx=True),
            step("expiretime", "k"),
        ],
        id="nx",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE, xx=True),
            step("ttl", "k"),
            step("expireat", "k", FUTURE),
            step("expireat", "k", FUTURE + 10, xx=True),
            step("expiretime", "k"),
        ],
        id="xx",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE, gt=True),
            step("ttl", "k"),
            step("expireat", "k", FUTURE),
            step("expireat", "k", FUTURE + 10, gt=True),
            step("expireat", "k", FUTURE + 5, gt=True),
            step("expireat", "k", FUTURE + 10, gt=True),
            step("expiretime", "k"),
        ],
        id="gt-no-ttl-counts-as-infinite",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE, lt=True),
            step("expiretime", "k"),
            step("expireat", "k", FUTURE + 10, lt=True),
            step("expireat", "k", FUTURE - 10, lt=True),
            step("expireat", "k", FUTURE - 10, lt=True),
            step("expiretime", "k"),
        ],
        id="lt-no-ttl-counts-as-infinite",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE, xx=True, gt=True),
            step("expireat", "k", FUTURE),
            step("expireat", "k", FUTURE + 1, xx=True, gt=True),
            step("expireat", "k", FUTURE, xx=True, gt=True),
            step("expiretime", "k"),
        ],
        id="xx-gt",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE, xx=True, lt=True),
            step("ttl", "k"),
            step("expireat", "k", FUTURE),
            step("expireat", "k", FUTURE - 1, xx=True, lt=True),
            step("expireat", "k", FUTURE, xx=True, lt=True),
            step("expiretime", "k"),
        ],
        id="xx-lt",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expire", "k", 1000),
            step("expireat", "k", FUTURE, lt=True),
            step("pexpire", "k", 2_000_000, gt=True),
            step("ttl", "k"),
            step("expire", "k", 500, gt=True),
            step("expire", "k", 500, lt=True),
            step("ttl", "k"),
        ],
        id="gt-lt-with-relative-times",
    ),
    # -- zero, negative and past times delete the key ------------------------------------
    pytest.param(
        [
            step("set", "k", "v"),
            step("expire", "k", 0),
            step("exists", "k"),
            step("set", "k", "v"),
            step("pexpire", "k", -5),
            step("exists", "k"),
            step("set", "k", "v"),
            step("expireat", "k", 1),
            step("exists", "k"),
            step("set", "k", "v"),
            step("pexpireat", "k", 0),
            step("exists", "k"),
            step("set", "k", "v"),
            step("expireat", "k", -FUTURE),
            step("dbsize"),
        ],
        id="non-positive-and-past-times-delete",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expire", "k", -1, nx=True),
            step("exists", "k"),
            step("set", "k", "v"),
            step("expire", "k", 100),
            step("expire", "k", -1, gt=True),
            step("expire", "k", -1, nx=True),
            step("exists", "k"),
            step("expire", "k", -1, xx=True, lt=True),
            step("exists", "k"),
        ],
        id="past-times-with-conditions",
    ),
    # -- out of range -------------------------------------------------------------------
    pytest.param(
        [
            step("set", "k", "v"),
            step("expire", "k", 2**62),
            step("expire", "k", -(2**62)),
            step("expire", "k", MAX_SECONDS + 1),
            step("expire", "k", MAX_SECONDS),
            step("pexpire", "k", 2**62 * 2),
            step("pexpire", "k", INT64_MAX),
            step("expireat", "k", 2**62),
            step("expireat", "k", MAX_SECONDS + 1),
            step("expireat", "k", -(MAX_SECONDS + 1)),
            step("ttl", "k"),
            step("expire", "k", 2**63),
            step("pexpire", "k", -(2**63) - 1),
            step("expire", "missing", 2**62),
        ],
        id="overflowing-times",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", MAX_SECONDS),
            step("expiretime", "k"),
            step("pexpiretime", "k"),
            step("pexpireat", "k", INT64_MAX),
            step("pexpiretime", "k"),
            step("expiretime", "k"),
            step("expire", "k", -MAX_SECONDS),
            step("exists", "k"),
            step("set", "k", "v"),
            step("pexpire", "k", -(2**63)),
            step("exists", "k"),
        ],
        id="largest-valid-times",
    ),
    pytest.param(
        [
            step("set", "k", "v"),
            step("expire", "k", "abc"),
            step("expire", "k", 1.5),
            step("expire", "k", ""),
            step("expire", "k", " 1"),
            step("expire", "k", "1 "),
            step("expire", "k", "0x10"),
            step("pexpire", "k", "+5"),
            step("expire", "k", "10"),
            step("ttl", "k"),
        ],
        id="non-integer-times",
    ),
    # -- PERSIST ----------------------------------------------------------------------------
    pytest.param(
        [
            step("set", "k", "v"),
            step("expireat", "k", FUTURE),
            step("persist", "k"),
            step("ttl", "k"),
            step("persist", "k"),
            step("expiretime", "k"),
        ],
        id="persist",
    ),
]


@pytest.mark.parametrize("steps", SCENARIOS)
def test_scenario(kv: keyspace.Client, r: redis.Redis, steps: list[Step]) -> None:
    compare(kv, r, steps)


# -- What keeps or clears a TTL ------------------------------------------------------

TTL_EFFECTS = [
    pytest.param([step("set", "k", "new")], id="set-clears"),
    pytest.param([step("set", "k", "new", keepttl=True)], id="set-keepttl-keeps"),
    pytest.param([step("set", "k", "new", xx=True)], id="set-xx-clears"),
    pytest.param([step("getset", "k", "new")], id="getset-clears"),
    pytest.param([step("mset", {"k": "new"})], id="mset-clears"),
    pytest.param([step("incr", "k")], id="incr-keeps"),
    pytest.param([step("incrbyfloat", "k", 1.5)], id="incrbyfloat-keeps"),
    pytest.param([step("append", "k", "x")], id="append-keeps"),
    pytest.param([step("setrange", "k", 0, "9")], id="setrange-keeps"),
    pytest.param([step("getex", "k", persist=True)], id="getex-persist-clears"),
    pytest.param([step("getex", "k")], id="getex-without-options-keeps"),
    pytest.param([step("getex", "k", exat=FUTURE + 1)], id="getex-exat-replaces"),
    pytest.param([step("rename", "k", "k2"), step("rename", "k2", "k")], id="rename-carries"),
    pytest.param([step("copy", "k", "k2"), step("rename", "k2", "k")], id="copy-carries"),
]


@pytest.mark.parametrize("effect", TTL_EFFECTS)
def test_ttl_kept_or_cleared(kv: keyspace.Client, r: redis.Redis, effect: list[Step]) -> None:
    setup = [step("set", "k", "1"), step("expireat", "k", FUTURE)]
    compare(kv, r, [*setup, *effect, step("expiretime", "k"), step("get", "k")])


# -- Lazy and active expiry ----------------------------------------------------------


def _on_both(kv: keyspace.Client, r: redis.Redis, action: Callable[[Client], Any]) -> None:
    for client in (r, kv):
        action(client)


def _stat(client: Client, field: str) -> int:
    return int(client.info("stats")[field])


def test_lazy_expiry(kv: keyspace.Client, r: redis.Redis) -> None:
    _on_both(kv, r, lambda c: c.set("k", "v", px=50))
    _on_both(kv, r, lambda c: c.set("kept", "v"))
    time.sleep(0.15)
    compare(
        kv,
        r,
        [
            step("get", "k"),
            step("exists", "k"),
            step("ttl", "k"),
            step("keys", "*"),
            step("dbsize"),
        ],
    )


def _wait_until_empty(client: Client, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.dbsize() == 0:
            return True
        time.sleep(0.05)
    return False


def test_active_expiry_reclaims_untouched_keys(kv: keyspace.Client, r: redis.Redis) -> None:
    # DBSIZE counts keys that are due but not yet reclaimed and deletes none,
    # so reaching 0 without touching a key proves the background cycle.
    before = {client: _stat(client, "expired_keys") for client in (r, kv)}
    for client in (r, kv):
        pipe = client.pipeline(transaction=False)
        for n in range(200):
            pipe.set(f"volatile:{n}", "v", px=100)
        pipe.execute()
        assert client.dbsize() == 200
    for client in (r, kv):
        assert _wait_until_empty(client, timeout=5), f"{type(client).__name__} kept expired keys"
        assert _stat(client, "expired_keys") - before[client] == 200


def test_past_expiry_deletes_at_once_without_counting_as_expired(
    kv: keyspace.Client, r: redis.Redis
) -> None:
    before = {client: _stat(client, "expired_keys") for client in (r, kv)}
    compare(
        kv,
        r,
        [
            step("set", "k", "v"),
            step("expireat", "k", 1),
            step("dbsize"),
            step("exists", "k"),
        ],
    )
    # Redis deletes the key as DEL does; expired_keys counts only keys that
    # reached their deadline.
    assert [_stat(c, "expired_keys") - before[c] for c in (r, kv)] == [0, 0]


def test_expired_keys_counter(kv: keyspace.Client, r: redis.Redis) -> None:
    before = {client: _stat(client, "expired_keys") for client in (r, kv)}
    for client in (r, kv):
        for name in ("a", "b", "c"):
            client.set(name, "v", px=30)
    time.sleep(0.1)
    for client in (r, kv):
        assert client.get("a") is None
        assert client.exists("b", "c") == 0
    # Each key expired exactly once, by a lookup or by the background cycle.
    assert [_stat(c, "expired_keys") - before[c] for c in (r, kv)] == [3, 3]


def test_info_keyspace_counts_expires(kv: keyspace.Client, r: redis.Redis) -> None:
    def counts(client: Client) -> dict[str, tuple[int, int]]:
        info = client.info("keyspace")
        return {db: (fields["keys"], fields["expires"]) for db, fields in info.items()}

    for client in (r, kv):
        client.set("plain", "v")
        client.set("ex", "v", ex=100)
        client.set("px", "v", px=100_000)
    assert counts(kv) == counts(r) == {"db0": (3, 2)}
    _on_both(kv, r, lambda c: c.persist("ex"))
    assert counts(kv) == counts(r) == {"db0": (3, 1)}
    _on_both(kv, r, lambda c: c.flushall())
    assert counts(kv) == counts(r) == {}


def test_avg_ttl_is_plausible(kv: keyspace.Client, r: redis.Redis) -> None:
    # Redis estimates avg_ttl by sampling; Keyspace's must at least be of the
    # same order: between the shortest and the longest TTL left.
    kv.set("a", "v", ex=100)
    kv.set("b", "v", ex=300)
    assert 90_000 <= kv.info("keyspace")["db0"]["avg_ttl"] <= 300_000


# -- TTL rounding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("milliseconds", "seconds"),
    [(1300, 1), (1700, 2), (2400, 2), (2600, 3), (100_400, 100)],
)
def test_ttl_rounds_to_nearest_second(
    kv: keyspace.Client, r: redis.Redis, milliseconds: int, seconds: int
) -> None:
    # TTL is (ms left + 500) / 1000. The values stay 100 ms clear of a
    # rounding boundary, so the time between SET and TTL cannot matter.
    compare(kv, r, [step("set", "k", "v", px=milliseconds), step("ttl", "k")])
    assert kv.ttl("k") == seconds


def test_ttl_of_px_1500(kv: keyspace.Client, r: redis.Redis) -> None:
    # PX 1500 sits on the rounding boundary: TTL answers 2 while the
    # millisecond has not changed since SET, else 1 (Redis too, now and then).
    for client in (r, kv):
        client.set("k", "v", px=1500)
        assert client.ttl("k") in (1, 2)
        assert 1400 <= client.pttl("k") <= 1500
