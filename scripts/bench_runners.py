"""Running one load against one server: keyspace-loadgen against Keyspace,
redis-benchmark against Redis, with what the run cost in CPU.

Each run is a child process given a number of requests; what it reports
(ops/s and latency percentiles) is read from its output, its CPU time from
``wait4``, and the server's CPU time from /proc before and after.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench_workloads import Mode, redis_benchmark_test
from benchlib import ROOT, cpu_seconds, log

LOADGEN_SOURCE = ROOT / "scripts" / "loadgen"
LOADGEN_BINARY = ROOT / ".tools" / "bin" / "keyspace-loadgen"


@dataclass(frozen=True, slots=True)
class Load:
    """One run's parameters, the same for both servers."""

    workload: str
    mode: Mode
    clients: int
    requests: int
    keyspace_len: int
    value_size: int


@dataclass(frozen=True, slots=True)
class Sample:
    """What one run measured. CPU figures are percent of one core over the
    run's wall time (the load generator's start-up included)."""

    ops_per_sec: float
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    p999_ms: float
    server_cpu: float
    loader_cpu: float


@dataclass(frozen=True, slots=True)
class _Finished:
    stdout: str
    stderr: str
    status: int
    seconds: float
    loader_cpu: float
    server_cpu: float


class LoadError(RuntimeError):
    """A load generator failed, or some of its commands did."""


def _run(argv: list[str], server_pid: int, timeout: float) -> _Finished:
    """Runs ``argv`` to its end; its CPU time comes from wait4, which Popen's
    own wait does not give."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        server_before = cpu_seconds(server_pid)
        started = time.monotonic()
        process = subprocess.Popen(argv, stdout=out, stderr=err)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            timer.cancel()
        seconds = time.monotonic() - started
        server_cpu = cpu_seconds(server_pid) - server_before
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return _Finished(
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            process.returncode,
            seconds,
            usage.ru_utime + usage.ru_stime,
            server_cpu,
        )


def _percent(cpu: float, seconds: float) -> float:
    return 100.0 * cpu / seconds if seconds > 0 else 0.0


def _go() -> str:
    found = shutil.which("go") or "/usr/local/go/bin/go"
    if not Path(found).exists():
        raise RuntimeError("go is not installed: run scripts/setup-tests")
    return found


def loadgen() -> str:
    """The keyspace-loadgen binary, built first when it is missing or older
    than any file of scripts/loadgen. $KEYSPACE_LOADGEN names another one
    (never rebuilt)."""
    given = os.environ.get("KEYSPACE_LOADGEN")
    if given:
        return given
    sources = [path for path in LOADGEN_SOURCE.rglob("*") if path.is_file()]
    if not sources:
        raise RuntimeError(f"no load generator sources in {LOADGEN_SOURCE}")
    newest = max(path.stat().st_mtime for path in sources)
    if not LOADGEN_BINARY.exists() or LOADGEN_BINARY.stat().st_mtime < newest:
        log(f"building {LOADGEN_BINARY.relative_to(ROOT)} (go build in scripts/loadgen)")
        LOADGEN_BINARY.parent.mkdir(parents=True, exist_ok=True)
        built = subprocess.run(
            [_go(), "build", "-o", str(LOADGEN_BINARY), "."],
            cwd=LOADGEN_SOURCE,
            capture_output=True,
            text=True,
        )
        if built.returncode != 0:
            raise RuntimeError(f"go build of scripts/loadgen failed:\n{built.stderr}")
        # go build leaves an up-to-date binary untouched: mark it as checked.
        LOADGEN_BINARY.touch()
    return str(LOADGEN_BINARY)


def redis_benchmark() -> str:
    found = shutil.which("redis-benchmark") or "/usr/bin/redis-benchmark"
    if not Path(found).exists():
        raise RuntimeError("redis-benchmark is not installed: run scripts/setup-tests")
    return found


def run_keyspace(binary: str, address: str, server_pid: int, load: Load, timeout: float) -> Sample:
    argv = [
        binary,
        "--addr",
        address,
        "--workload",
        load.workload,
        "--mode",
        load.mode.name,
        "--clients",
        str(load.clients),
        "--requests",
        str(load.requests),
        "--keyspace",
        str(load.keyspace_len),
        "--value-size",
        str(load.value_size),
    ]
    if load.mode.in_flight > 1:
        argv += ["--in-flight", str(load.mode.in_flight)]
    done = _run(argv, server_pid, timeout)
    if done.status != 0:
        raise LoadError(
            f"keyspace-loadgen {load.workload} {load.mode.label} exited with {done.status}:\n"
            f"{done.stderr.strip() or done.stdout.strip()}"
        )
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise LoadError(f"keyspace-loadgen printed no JSON report:\n{done.stdout}") from None
    if report["errors"]:
        raise LoadError(
            f"keyspace-loadgen {load.workload}: {report['errors']} commands failed:\n{done.stderr}"
        )
    return Sample(
        float(report["ops_per_sec"]),
        int(report["commands"]),
        done.seconds,
        float(report["p50_ms"]),
        float(report["p99_ms"]),
        float(report["p999_ms"]),
        _percent(done.server_cpu, done.seconds),
        _percent(done.loader_cpu, done.seconds),
    )


def run_redis(binary: str, port: int, server_pid: int, load: Load, timeout: float) -> Sample:
    argv = [
        binary,
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        "-c",
        str(load.clients),
        "-P",
        str(load.mode.in_flight),
        "-n",
        str(load.requests),
        "-r",
        str(load.keyspace_len),
        "-d",
        str(load.value_size),
        *redis_benchmark_test(load.workload),
    ]
    done = _run(argv, server_pid, timeout)
    output = done.stdout + done.stderr
    # It stops at the first error reply, exit status 1, or carries on and says so.
    if done.status != 0 or "Error from server" in output:
        raise LoadError(
            f"redis-benchmark {load.workload} {load.mode.label} exited with {done.status}:\n"
            f"{_last_lines(output)}"
        )
    ops, p50, p99, p999 = parse_redis_benchmark(done.stdout)
    return Sample(
        ops,
        load.requests,
        done.seconds,
        p50,
        p99,
        p999,
        _percent(done.server_cpu, done.seconds),
        _percent(done.loader_cpu, done.seconds),
    )


def _last_lines(text: str, count: int = 20) -> str:
    lines = [line for line in text.replace("\r", "\n").splitlines() if line.strip()]
    return "\n".join(lines[-count:])


_DISTRIBUTION = re.compile(r"^\s*([\d.]+)% <= ([\d.]+) milliseconds")
_THROUGHPUT = re.compile(r"throughput summary: ([\d.]+) requests per second")


def parse_redis_benchmark(text: str) -> tuple[float, float, float, float]:
    """ops/s, p50, p99 and p99.9 (ms) from redis-benchmark's full output
    (not -q, whose output has no percentiles; nor --csv, which in 7.0 has no
    p99.9). p50 and p99 are the summary's; p99.9 is the first line of the
    "Latency by percentile distribution" at or above 99.9%: that histogram
    prints the percentiles it halves its way to, not round ones."""
    # Progress lines end in \r; the last test's section is the run's.
    section = text.replace("\r", "\n").split("======")[-1]
    throughput = _THROUGHPUT.search(section)
    if throughput is None:
        raise LoadError(f"no throughput in redis-benchmark's output:\n{_last_lines(text)}")
    lines = section.splitlines()
    distribution: list[tuple[float, float]] = []
    summary: dict[str, float] = {}
    # The "Cumulative distribution of latencies" that follows has lines of
    # the same look: only those under the percentile heading count.
    in_percentiles = False
    for index, line in enumerate(lines):
        if line.startswith("Latency by percentile distribution"):
            in_percentiles = True
        elif not line.strip():
            in_percentiles = False
        elif in_percentiles and (matched := _DISTRIBUTION.match(line)):
            distribution.append((float(matched[1]), float(matched[2])))
        elif line.split() == ["avg", "min", "p50", "p95", "p99", "max"]:
            summary = dict(zip(line.split(), map(float, lines[index + 1].split()), strict=True))
    p999 = next((value for percent, value in distribution if percent >= 99.9), None)
    if not summary or p999 is None:
        raise LoadError(f"no latency figures in redis-benchmark's output:\n{_last_lines(text)}")
    return float(throughput[1]), summary["p50"], summary["p99"], p999
