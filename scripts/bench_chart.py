"""bench.png: Keyspace/Redis throughput per workload, a bar per mode, with
the issue's targets drawn over them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: write the file only

import matplotlib.pyplot as plt
from bench_workloads import WORKLOADS

UNARY_TARGET = 0.15
PIPELINE_TARGET = 1.0


def draw(path: Path, panels: Sequence[tuple[str, Sequence[dict[str, Any]]]]) -> None:
    """One panel per (title, records): grouped bars of the ratio of the
    medians, on a log scale, and a line at parity. The first panel (the
    value size the targets are about) also has a dashed line at the unary
    target and diamonds for the pipelined target's own ratio (Keyspace
    pipeline 100 / Redis -P 16), whose goal is parity."""
    panels = [(title, records) for title, records in panels if records]
    most = max(len({r["workload"] for r in records}) for _, records in panels)
    figure, axes = plt.subplots(
        len(panels), 1, figsize=(7 + 0.9 * most, 4.8 * len(panels)), squeeze=False
    )
    for number, (axis, (title, records)) in enumerate(zip(axes[:, 0], panels, strict=True)):
        _panel(axis, title, records, targets=number == 0)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def _panel(axis: Any, title: str, records: Sequence[dict[str, Any]], targets: bool) -> None:
    workloads = [name for name in WORKLOADS if any(r["workload"] == name for r in records)]
    depths = sorted({r["in_flight"] for r in records})
    width = 0.8 / len(depths)
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    where: dict[tuple[str, int], float] = {}  # each bar's x
    shown: list[float] = [UNARY_TARGET, PIPELINE_TARGET]
    for index, depth in enumerate(depths):
        xs, ratios = [], []
        for position, workload in enumerate(workloads):
            record = next(
                (r for r in records if r["workload"] == workload and r["in_flight"] == depth), None
            )
            if record is not None:
                where[workload, depth] = position - 0.4 + width * (index + 0.5)
                xs.append(where[workload, depth])
                ratios.append(record["ratio"])
        shown += ratios
        label = "unary" if depth == 1 else f"pipeline {depth}"
        bars = axis.bar(
            xs, ratios, width, label=f"{label} vs Redis -P {depth}", color=colors[index]
        )
        axis.bar_label(bars, fmt="%.2f", fontsize=6, padding=1)
    axis.axhline(
        PIPELINE_TARGET,
        color="black",
        linewidth=1,
        label=f"parity; target for pipeline 100 vs Redis -P 16 ({PIPELINE_TARGET:g}x)"
        if targets
        else "parity",
    )
    if targets and 1 in depths:
        axis.axhline(
            UNARY_TARGET,
            color=colors[0],
            linestyle="--",
            linewidth=1,
            label=f"target for unary SET/GET ({UNARY_TARGET:g}x)",
        )
    # The pipelined target's own ratio, on the pipeline 100 bar it belongs to.
    diamonds = [
        (where[r["workload"], 100], r["ratio_vs_redis_p16"])
        for r in records
        if targets and r["in_flight"] == 100 and "ratio_vs_redis_p16" in r
    ]
    if diamonds:
        axis.scatter(
            [x for x, _ in diamonds],
            [y for _, y in diamonds],
            marker="D",
            color="black",
            zorder=3,
            label="Keyspace pipeline 100 / Redis -P 16",
        )
        for x, y in diamonds:
            axis.annotate(f"{y:.2f}", (x, y), xytext=(6, 0), textcoords="offset points", fontsize=7)
        shown += [y for _, y in diamonds]
    axis.set_yscale("log")
    axis.set_ylim(min(shown) / 2, max(shown) * 2)
    axis.set_xticks(range(len(workloads)), workloads, rotation=30)
    axis.set_ylabel("Keyspace / Redis (ops/s, medians)")
    axis.set_title(title, fontsize=9)
    axis.grid(axis="y", which="both", alpha=0.3)
    axis.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
