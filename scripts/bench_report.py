"""scripts/bench's results: the records (bench.json, --json) and the
Markdown report (bench.md, standard output), the issue's targets included."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bench_measure import Cell
from bench_runners import Sample
from bench_workloads import REFERENCE_PIPELINE, TARGET_WORKLOADS
from benchlib import Spread, markdown_table

SERVERS = ("keyspace", "redis")


def _median(samples: Sequence[Sample], name: str) -> float:
    return float(statistics.median(getattr(sample, name) for sample in samples))


def _ops(samples: Sequence[Sample]) -> Spread:
    return Spread.of([sample.ops_per_sec for sample in samples])


def _figures(prefix: str, samples: Sequence[Sample]) -> dict[str, float]:
    """One server's figures over the rounds: the median of each, with the
    lowest and highest rate."""
    ops = _ops(samples)
    return {
        f"{prefix}_ops_per_sec": round(ops.median, 1),
        f"{prefix}_ops_per_sec_min": round(ops.low, 1),
        f"{prefix}_ops_per_sec_max": round(ops.high, 1),
        f"{prefix}_p50_ms": round(_median(samples, "p50_ms"), 3),
        f"{prefix}_p99_ms": round(_median(samples, "p99_ms"), 3),
        f"{prefix}_p999_ms": round(_median(samples, "p999_ms"), 3),
        f"{prefix}_server_cpu_pct": round(_median(samples, "server_cpu"), 1),
        f"{prefix}_loader_cpu_pct": round(_median(samples, "loader_cpu"), 1),
    }


def _reference(cells: Sequence[Cell], cell: Cell) -> Cell | None:
    """The Redis -P 16 cell a pipelined SET or GET is held against."""
    if cell.workload not in TARGET_WORKLOADS or cell.mode.in_flight in (1, REFERENCE_PIPELINE):
        return None
    return next(
        (
            other
            for other in cells
            if other.workload == cell.workload
            and other.mode.in_flight == REFERENCE_PIPELINE
            and other.value_size == cell.value_size
            and "redis" in other.samples
        ),
        None,
    )


def throughput_records(cells: Sequence[Cell]) -> list[dict[str, Any]]:
    """One record per cell measured on both servers; see scripts/bench --help."""
    records = []
    for cell in cells:
        if not all(server in cell.samples for server in SERVERS):
            continue
        ours, theirs = (_figures(server, cell.samples[server]) for server in SERVERS)
        record: dict[str, Any] = {
            "workload": cell.workload,
            "mode": cell.mode.name,
            "in_flight": cell.mode.in_flight,
            "clients": cell.clients,
            "keyspace_len": cell.keyspace_len,
            "value_size": cell.value_size,
            "rounds": len(cell.samples["keyspace"]),
            "keyspace_ops_per_sec": ours["keyspace_ops_per_sec"],
            "redis_ops_per_sec": theirs["redis_ops_per_sec"],
            "ratio": round(ours["keyspace_ops_per_sec"] / theirs["redis_ops_per_sec"], 4),
            "keyspace_p99_ms": ours["keyspace_p99_ms"],
            "redis_p99_ms": theirs["redis_p99_ms"],
        }
        record |= ours | theirs
        for server in SERVERS:
            if server in cell.dry:
                record[f"{server}_ran_dry"] = any(cell.dry[server])
        reference = _reference(cells, cell)
        if reference is not None:
            p16 = _ops(reference.samples["redis"]).median
            record["redis_p16_ops_per_sec"] = p16
            record["ratio_vs_redis_p16"] = round(record["keyspace_ops_per_sec"] / p16, 4)
        records.append(record)
    return records


def reference_records(cells: Sequence[Cell]) -> list[dict[str, Any]]:
    """Cells measured on Redis only (-P 16 for the pipelined targets, when
    --modes does not include pipeline-16)."""
    return [
        {
            "workload": cell.workload,
            "in_flight": cell.mode.in_flight,
            "clients": cell.clients,
            "value_size": cell.value_size,
        }
        | _figures("redis", cell.samples["redis"])
        for cell in cells
        if "keyspace" not in cell.samples
    ]


def run_records(cells: Sequence[Cell]) -> list[dict[str, Any]]:
    """Every measured run, for whoever wants more than the medians."""
    return [
        {
            "workload": cell.workload,
            "in_flight": cell.mode.in_flight,
            "clients": cell.clients,
            "value_size": cell.value_size,
            "server": label,
            "round": number,
            "requests": sample.requests,
            "seconds": round(sample.seconds, 3),
            "ops_per_sec": round(sample.ops_per_sec, 1),
            "p50_ms": sample.p50_ms,
            "p99_ms": sample.p99_ms,
            "p999_ms": sample.p999_ms,
            "server_cpu_pct": round(sample.server_cpu, 1),
            "loader_cpu_pct": round(sample.loader_cpu, 1),
        }
        for cell in cells
        for label, samples in cell.samples.items()
        for number, sample in enumerate(samples, start=1)
    ]


def group_commit_record(cell: Cell) -> dict[str, Any]:
    """appendfsync always beside no persistence, for each server."""
    record: dict[str, Any] = {"clients": cell.clients, "workload": cell.workload}
    for server in SERVERS:
        for policy in ("none", "always"):
            record |= _figures(f"{server}_{policy}", cell.samples[f"{server} {policy}"])
        record[f"{server}_always_vs_none"] = round(
            record[f"{server}_always_ops_per_sec"] / record[f"{server}_none_ops_per_sec"], 4
        )
    return record


# -- Markdown ---------------------------------------------------------------------


def _spread(record: dict[str, Any], prefix: str) -> str:
    spread = Spread(
        record[f"{prefix}_ops_per_sec"],
        record[f"{prefix}_ops_per_sec_min"],
        record[f"{prefix}_ops_per_sec_max"],
    )
    return spread.format() + (" †" if record.get(f"{prefix}_ran_dry") else "")


def _latency(record: dict[str, Any], prefix: str) -> str:
    return " / ".join(f"{record[f'{prefix}_{name}_ms']:.2f}" for name in ("p50", "p99", "p999"))


def _cpu(record: dict[str, Any], prefix: str) -> str:
    return f"{record[f'{prefix}_server_cpu_pct']:.0f}% / {record[f'{prefix}_loader_cpu_pct']:.0f}%"


def throughput_tables(records: Sequence[dict[str, Any]]) -> str:
    """A table per mode: ops/s (median, lowest-highest), the ratio of the
    medians, latency percentiles and CPU."""
    parts = []
    for in_flight in sorted({record["in_flight"] for record in records}):
        rows = [
            [
                record["workload"],
                _spread(record, "keyspace"),
                _spread(record, "redis"),
                f"{record['ratio']:.2f}x",
                _latency(record, "keyspace"),
                _latency(record, "redis"),
                _cpu(record, "keyspace"),
                _cpu(record, "redis"),
            ]
            for record in records
            if record["in_flight"] == in_flight
        ]
        mode = "unary (-P 1)" if in_flight == 1 else f"pipeline {in_flight} (-P {in_flight})"
        parts.append(f"**{mode}**\n")
        parts.append(
            markdown_table(
                [
                    "workload",
                    "Keyspace ops/s",
                    "Redis ops/s",
                    "Keyspace/Redis",
                    "Keyspace p50 / p99 / p99.9 ms",
                    "Redis p50 / p99 / p99.9 ms",
                    "Keyspace CPU server / loader",
                    "Redis CPU server / loader",
                ],
                rows,
            )
            + "\n"
        )
    if any(record.get(f"{server}_ran_dry") for record in records for server in SERVERS):
        parts.append(
            "† the structure this pop workload drains was empty at the end of a run: "
            "its last pops found nothing (a set or sorted set holds at most --keyspace members).\n"
        )
    return "\n".join(parts)


def reference_table(records: Sequence[dict[str, Any]]) -> str:
    rows = [
        [
            record["workload"],
            f"-P {record['in_flight']}",
            Spread(
                record["redis_ops_per_sec"],
                record["redis_ops_per_sec_min"],
                record["redis_ops_per_sec_max"],
            ).format(),
            _latency(record, "redis"),
            _cpu(record, "redis"),
        ]
        for record in records
    ]
    return markdown_table(
        [
            "workload",
            "pipeline",
            "Redis ops/s",
            "Redis p50 / p99 / p99.9 ms",
            "CPU server / loader",
        ],
        rows,
    )


def group_commit_table(record: dict[str, Any]) -> str:
    rows = [
        [
            name,
            Spread(
                record[f"{server}_none_ops_per_sec"],
                record[f"{server}_none_ops_per_sec_min"],
                record[f"{server}_none_ops_per_sec_max"],
            ).format(),
            Spread(
                record[f"{server}_always_ops_per_sec"],
                record[f"{server}_always_ops_per_sec_min"],
                record[f"{server}_always_ops_per_sec_max"],
            ).format(),
            f"{record[f'{server}_always_vs_none']:.2f}x",
            f"{record[f'{server}_always_p99_ms']:.2f}",
            _cpu(record, f"{server}_always"),
        ]
        for server, name in (("keyspace", "Keyspace"), ("redis", "Redis"))
    ]
    return markdown_table(
        [
            "server",
            "no persistence ops/s",
            "appendfsync always ops/s",
            "always / none",
            "always p99 ms",
            "always CPU server / loader",
        ],
        rows,
    )


def memory_table(rows: Sequence[dict[str, Any]]) -> str:
    return markdown_table(
        ["type", "elements", "Keyspace RSS B/elem", "Redis used_memory B/elem", "ratio"],
        [
            [
                row["type"],
                f"{row['elements']:,}",
                f"{row['keyspace_bytes_per_element']:.1f}",
                f"{row['redis_bytes_per_element']:.1f}",
                f"{row['ratio']:.2f}x",
            ]
            for row in rows
        ],
    )


def aof_table(load: dict[str, Any]) -> str:
    return markdown_table(
        ["keys", "Keyspace AOF", "Redis AOF", "Keyspace s", "Redis s", "Keyspace/Redis"],
        [
            [
                f"{load['keys']:,}",
                f"{load['keyspace_aof_bytes'] / 1e6:.1f} MB",
                f"{load['redis_aof_bytes'] / 1e6:.1f} MB",
                f"{load['keyspace_seconds']:.2f}",
                f"{load['redis_seconds']:.2f}",
                f"{load['keyspace_seconds'] / load['redis_seconds']:.1f}x",
            ]
        ],
        left=0,
    )


# -- targets ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    goal: float
    measured: float | None  # a ratio; None when not measured
    detail: str
    at_most: bool = False  # the goal is a ceiling, not a floor

    @property
    def result(self) -> str:
        if self.measured is None:
            return "not measured"
        met = self.measured <= self.goal if self.at_most else self.measured >= self.goal
        return "PASS" if met else "MISS"

    @property
    def goal_text(self) -> str:
        return f"{'<=' if self.at_most else '>='} {self.goal:.2f}x"

    def as_record(self) -> dict[str, Any]:
        return {
            "target": self.name,
            "goal": self.goal_text,
            "measured": None if self.measured is None else round(self.measured, 4),
            "result": self.result,
            "detail": self.detail,
        }


def targets(
    records: Sequence[dict[str, Any]],
    value_size: int,
    memory: Sequence[dict[str, Any]] | None,
    group_commit: dict[str, Any] | None,
) -> list[Target]:
    """The issue's four targets, from what was measured (at the main value
    size for the throughput ones)."""
    found: list[Target] = []
    # (commands in flight, what is compared, goal, ratio field, Redis's figure)
    throughput_goals = [
        (100, "Keyspace pipeline 100 / Redis -P 16", 1.0, "ratio_vs_redis_p16", "redis_p16"),
        (1, "Keyspace unary / Redis -P 1", 0.15, "ratio", "redis"),
    ]
    for in_flight, compared, goal, ratio, redis in throughput_goals:
        for workload in TARGET_WORKLOADS:
            record = next(
                (
                    r
                    for r in records
                    if r["workload"] == workload
                    and r["in_flight"] == in_flight
                    and r["value_size"] == value_size
                    and f"{redis}_ops_per_sec" in r
                ),
                None,
            )
            found.append(
                Target(
                    f"{workload}: {compared}",
                    goal,
                    record[ratio] if record else None,
                    f"{record['keyspace_ops_per_sec']:,.0f} vs "
                    f"{record[f'{redis}_ops_per_sec']:,.0f} ops/s"
                    if record
                    else "",
                )
            )
    strings = next((row for row in memory or [] if row["type"] == "string"), None)
    found.append(
        Target(
            "memory per string key: Keyspace RSS / Redis used_memory",
            1.5,
            strings["ratio"] if strings else None,
            f"{strings['keyspace_bytes_per_element']:.1f} vs "
            f"{strings['redis_bytes_per_element']:.1f} B/key"
            if strings
            else "",
            at_most=True,
        )
    )
    found.append(
        Target(
            f"Keyspace appendfsync always / no persistence, SET unary, "
            f"{group_commit['clients'] if group_commit else 64} clients",
            0.5,
            group_commit["keyspace_always_vs_none"] if group_commit else None,
            f"{group_commit['keyspace_always_ops_per_sec']:,.0f} vs "
            f"{group_commit['keyspace_none_ops_per_sec']:,.0f} ops/s"
            if group_commit
            else "",
        )
    )
    return found


def targets_table(found: Sequence[Target]) -> str:
    rows = [
        [
            target.name,
            "-" if target.measured is None else f"{target.measured:.2f}x",
            target.goal_text,
            target.result,
            target.detail,
        ]
        for target in found
    ]
    return markdown_table(["target", "measured", "goal", "result", "figures"], rows)


def machine_table(machine: dict[str, str]) -> str:
    return markdown_table(["machine", ""], [[key, value] for key, value in machine.items()])
