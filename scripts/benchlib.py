"""What the bench scripts (scripts/bench*) share: where the repository is,
what a process costs according to /proc, a median with its spread,
Markdown tables, and a description of the machine.

Importing this module puts the repository on ``sys.path``, so that a bench
script can then import ``tests.servers`` (which starts the servers) and the
SDK from the working tree.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int) -> int:
    """The process's resident memory: what the OS gives it."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) the process has used so far.
    Read from /proc because psutil is not a dependency: the threads'
    schedstat, in nanoseconds (a thread that exits takes its time with it:
    fine for servers, whose threads live as long as they do); else the
    process's stat, in clock ticks (10 ms, too coarse for short runs)."""
    try:
        return (
            sum(
                int((task / "schedstat").read_text().split()[0])
                for task in Path(f"/proc/{pid}/task").iterdir()
            )
            / 1e9
        )
    except (OSError, ValueError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        # The command name (field 2) may hold spaces: count fields after its ")".
        fields = stat[stat.rindex(")") + 2 :].split()
        utime, stime = int(fields[11]), int(fields[12])
        return (utime + stime) / _CLOCK_TICKS


@dataclass(frozen=True, slots=True)
class Spread:
    """The median of repeated measurements, with the lowest and highest."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        return cls(statistics.median(values), min(values), max(values))

    def format(self, digits: int = 0) -> str:
        if self.low == self.high:
            return f"{self.median:,.{digits}f}"
        return f"{self.median:,.{digits}f} ({self.low:,.{digits}f}-{self.high:,.{digits}f})"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> str:
    """A Markdown table; the first ``left`` columns align left, the others
    (numbers) right."""
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---" if i < left else "---:" for i in range(len(header))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def log(message: str) -> None:
    """Progress, on standard error: standard output holds the report."""
    print(message, file=sys.stderr, flush=True)


def _command_output(*argv: str) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def machine() -> dict[str, str]:
    """What a reader needs to weigh a benchmark's figures: the hardware, the
    software on both sides, and the commit measured (with "+ changes" when
    the working tree differs from it)."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    memory = next(
        int(line.split()[1]) * 1024
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )
    redis_version = _command_output("redis-server", "--version").split()
    commit = _command_output("git", "rev-parse", "--short=12", "HEAD") or "unknown"
    if _command_output("git", "status", "--porcelain", "--untracked-files=no"):
        commit += " + changes"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": f"{memory / 2**30:.1f} GiB",
        "kernel": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "redis-server": redis_version[2].removeprefix("v=") if len(redis_version) > 2 else "?",
        "keyspace commit": commit,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
    }
