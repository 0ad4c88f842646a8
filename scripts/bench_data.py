"""The data the benchmarks read and pop, loaded the same way into both servers.

The clients are a ``redis.Redis`` and a ``keyspace.Client``: the same calls
(redis-py's) work on both. Keys, members and values are redis-benchmark's:
``key:`` and ``element:`` followed by 12 digits, values its -d payload.
"""

from __future__ import annotations

from typing import Any

from bench_runners import Load
from bench_workloads import benchmark_value

BATCH = 1000  # keys or elements per command
COMMANDS_PER_TRIP = 50  # commands per pipeline round trip, at most
BYTES_PER_TRIP = 4 << 20  # and about this much data, far below gRPC's message limit

# LRANGE_100 reads the first 100 elements of mylist; redis-benchmark fills it
# first (its "LPUSH (needed to benchmark LRANGE)"). A few hundred more than
# it reads, so that the list is not a trivially small one.
LRANGE_FLOOR = 1000

# Which structure each pop drains (redis-benchmark's key names).
POPPED = {"LPOP": "mylist", "RPOP": "mylist", "SPOP": "myset", "ZPOPMIN": "myzset"}


def string_key(number: int) -> bytes:
    return b"key:%012d" % number


def member(number: int) -> bytes:
    return b"element:%012d" % number


def _batches(count: int) -> list[range]:
    return [range(start, min(start + BATCH, count)) for start in range(0, count, BATCH)]


def _send(client: Any, queue: list[Any], value_size: int = 0) -> None:
    """Runs the queued calls (functions of a pipeline), a few per round trip."""
    per_trip = max(1, min(COMMANDS_PER_TRIP, BYTES_PER_TRIP // (BATCH * (value_size + 24))))
    for start in range(0, len(queue), per_trip):
        pipe = client.pipeline(transaction=False)
        for call in queue[start : start + per_trip]:
            call(pipe)
        pipe.execute()


def reset(client: Any, keyspace_len: int, value_size: int) -> None:
    """An empty server, then every key SET and GET can name (``key:`` and
    the numbers below ``keyspace_len``) holding redis-benchmark's value, so
    that GETs hit on both servers however many SETs each managed."""
    client.flushall()
    value = benchmark_value(value_size)
    _send(
        client,
        [
            (lambda pipe, ids=ids: pipe.mset({string_key(i): value for i in ids}))
            for ids in _batches(keyspace_len)
        ],
        value_size,
    )


def size(client: Any, workload: str) -> int:
    """The length of the structure a pop or LRANGE workload reads."""
    if workload in ("LPOP", "RPOP", "LRANGE_100"):
        return int(client.llen("mylist"))
    if workload == "SPOP":
        return int(client.scard("myset"))
    if workload == "ZPOPMIN":
        return int(client.zcard("myzset"))
    raise ValueError(workload)


def prepare(client: Any, load: Load) -> None:
    """Makes sure the run's commands find data: a pop workload's structure
    holds more elements than the run will pop, LRANGE_100's list at least
    LRANGE_FLOOR. A set or sorted set's members are ``element:`` and a
    number below the key range, so it can hold no more than that: pops
    beyond it find the structure empty (see ``ran_dry``), as they would with
    redis-benchmark -r."""
    workload, keyspace_len, value_size = load.workload, load.keyspace_len, load.value_size
    # A pipelining client may send a few more than the count: one more batch each.
    requests = load.requests + load.clients * load.mode.in_flight
    if workload in ("LPOP", "RPOP", "LRANGE_100"):
        wanted = requests if workload in POPPED else LRANGE_FLOOR
        missing = wanted - size(client, workload)
        if missing > 0:
            value = benchmark_value(value_size)
            _send(
                client,
                [
                    (lambda pipe, ids=ids: pipe.rpush("mylist", *([value] * len(ids))))
                    for ids in _batches(missing)
                ],
                value_size,
            )
    elif workload in ("SPOP", "ZPOPMIN") and size(client, workload) < min(requests, keyspace_len):
        if workload == "SPOP":
            queue = [
                (lambda pipe, ids=ids: pipe.sadd("myset", *[member(i) for i in ids]))
                for ids in _batches(keyspace_len)
            ]
        else:
            queue = [
                (lambda pipe, ids=ids: pipe.zadd("myzset", {member(i): float(i) for i in ids}))
                for ids in _batches(keyspace_len)
            ]
        _send(client, queue)


def ran_dry(client: Any, workload: str) -> bool | None:
    """For a pop workload: whether its structure was empty after the run
    (its last pops found nothing, and cost less than real ones)."""
    if workload not in POPPED:
        return None
    return size(client, workload) == 0
