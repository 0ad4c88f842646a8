"""The workloads scripts/bench runs and the modes it runs them in.

A workload is one of redis-benchmark's ``-t`` tests, by the name its output
gives it; keyspace-loadgen (scripts/loadgen) sends the same commands with the
same keys and values as Keyspace RPCs.
"""

from __future__ import annotations

from dataclasses import dataclass

# redis-benchmark's own order (-t runs its tests in this order whatever order
# they are given in): the pops come after the pushes that feed them.
WORKLOADS = (
    "PING",
    "SET",
    "GET",
    "INCR",
    "LPUSH",
    "RPUSH",
    "LPOP",
    "RPOP",
    "SADD",
    "HSET",
    "SPOP",
    "ZADD",
    "ZPOPMIN",
    "LRANGE_100",
    "MSET",
)

# Those whose cost grows with the value size (-d), run again with large values.
# Not LRANGE_100: at 1 KiB, 100 of them in flight are 10 MB replies, over
# gRPC's default 4 MB receive limit of Go clients (--large-workloads can add it).
LARGE_VALUE_WORKLOADS = ("SET", "GET", "LPUSH", "LPOP", "HSET", "MSET")

# The throughput targets are about these two.
TARGET_WORKLOADS = ("SET", "GET")

# Redis's pipeline depth the pipelined targets compare with.
REFERENCE_PIPELINE = 16


@dataclass(frozen=True, slots=True, order=True)
class Mode:
    """How many commands each client keeps in flight: 1 is unary (one RPC,
    or one Redis command, at a time), more is a pipeline of that depth."""

    in_flight: int

    @property
    def name(self) -> str:
        return "unary" if self.in_flight == 1 else "pipeline"

    @property
    def label(self) -> str:
        return "unary" if self.in_flight == 1 else f"pipeline {self.in_flight}"

    @property
    def token(self) -> str:
        return "unary" if self.in_flight == 1 else f"pipeline-{self.in_flight}"


DEFAULT_MODES = (Mode(1), Mode(16), Mode(100))


def parse_mode(token: str) -> Mode:
    """``unary`` or ``pipeline-N`` (``--modes``)."""
    if token == "unary":
        return Mode(1)
    prefix = "pipeline-"
    if token.startswith(prefix) and token[len(prefix) :].isdigit():
        depth = int(token[len(prefix) :])
        if depth >= 2:
            return Mode(depth)
    raise ValueError(f"{token!r}: a mode is unary or pipeline-N with N >= 2")


def ordered(workloads: list[str]) -> list[str]:
    """The given workloads (any case), in redis-benchmark's order."""
    wanted = {name.upper() for name in workloads}
    unknown = wanted - set(WORKLOADS)
    if unknown:
        raise ValueError(f"unknown workloads: {', '.join(sorted(unknown))}")
    return [name for name in WORKLOADS if name in wanted]


def redis_benchmark_test(workload: str) -> list[str]:
    """The redis-benchmark arguments that run exactly this test.

    ``-t ping`` would run two tests (PING_INLINE, then PING_MBULK): the
    multi-bulk one is the form clients send. ``-t lrange_100`` would first
    run its own LPUSH with the same -n inside the measured process; the test
    is this command (redis-benchmark's own) run after bench has filled the
    list."""
    if workload == "PING":
        return ["-t", "ping_mbulk"]
    if workload == "LRANGE_100":
        return ["LRANGE", "mylist", "0", "99"]
    return ["-t", workload.lower()]


def benchmark_value(size: int) -> bytes:
    """redis-benchmark's payload for ``-d size`` (7.0 and later): a fixed
    linear congruential sequence (seed 1234) mapped onto '0'..'o'. The data
    bench loads beside the benchmarks uses it too, so that every value in
    both servers is the same bytes."""
    state = 1234
    out = bytearray(size)
    for i in range(size):
        state = (state * 1103515245 + 12345) & 0xFFFFFFFF
        out[i] = 0x30 + ((state >> 16) & 63)
    return bytes(out)
