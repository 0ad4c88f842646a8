"""Measuring cells (a workload in a mode) against several servers, round
after round, each run sized to last about the target duration.

redis-benchmark only takes a request count (-n), so every run, Keyspace's
too, is given one: the cell's rate so far (the median of its earlier rounds)
times the duration. A cell's first run is preceded by probes, runs of a few
tenths of a second whose rate sizes it and which are not reported. Knowing
the count beforehand is also what lets a pop workload's structure be filled
with more elements than the run will pop (bench_data.prepare).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import bench_data
from bench_runners import Load, Sample
from bench_workloads import Mode
from benchlib import log

PROBE_SECONDS = 0.3  # a probe this long gives a usable rate


@dataclass(frozen=True, slots=True, eq=False)
class Side:
    """One server under test: ``label`` names it in the results
    ("keyspace", "redis", "keyspace always", ...), ``client`` (redis-py's
    calls) loads data into it, ``run`` runs a load against it with a
    timeout in seconds."""

    label: str
    client: Any
    run: Callable[[Load, float], Sample]


@dataclass(frozen=True, slots=True)
class Spec:
    workload: str
    mode: Mode
    sides: tuple[Side, ...]


@dataclass(slots=True)
class Cell:
    """A cell's runs: every round's sample per side, and for pop workloads
    whether the structure was empty at the end of the run."""

    workload: str
    mode: Mode
    clients: int
    keyspace_len: int
    value_size: int
    samples: dict[str, list[Sample]] = field(default_factory=dict)
    dry: dict[str, list[bool]] = field(default_factory=dict)


@dataclass(slots=True)
class Sizing:
    """The request count of each run, from the rates measured so far."""

    duration: float
    rates: dict[tuple[str, str, int, int, int], list[float]] = field(default_factory=dict)

    def requests(self, side: Side, load: Load) -> int:
        """Measured rates when the cell has some, else a probe's."""
        rates = self.rates.get(_key(side, load)) or [self._probe(side, load)]
        return max(_floor(load), round(statistics.median(rates) * self.duration))

    def record(self, side: Side, load: Load, sample: Sample) -> None:
        self.rates.setdefault(_key(side, load), []).append(sample.ops_per_sec)

    def _probe(self, side: Side, load: Load) -> float:
        requests = _floor(load) * 4
        known = [
            statistics.median(rates)
            for (label, _, in_flight, _, _), rates in self.rates.items()
            if label == side.label and in_flight == load.mode.in_flight and rates
        ]
        if known:
            requests = max(requests, round(min(known) * PROBE_SECONDS))
        while True:
            trial = replace(load, requests=requests)
            bench_data.prepare(side.client, trial)
            sample = side.run(trial, timeout(PROBE_SECONDS * 10))
            elapsed = requests / sample.ops_per_sec
            if elapsed >= PROBE_SECONDS:
                return sample.ops_per_sec
            requests = round(requests * min(100.0, max(2.0, 1.5 * PROBE_SECONDS / elapsed)))


def _key(side: Side, load: Load) -> tuple[str, str, int, int, int]:
    return (side.label, load.workload, load.mode.in_flight, load.clients, load.value_size)


def _floor(load: Load) -> int:
    """The fewest requests worth a run: a full pipeline for every client."""
    return load.clients * load.mode.in_flight


def timeout(seconds: float) -> float:
    """How long a run meant to last ``seconds`` may take before it is killed:
    generous, since a rate measured on a busy machine can be far off."""
    return 60 + 20 * seconds


def _order(sides: tuple[Side, ...], turn: int) -> list[Side]:
    """The sides, rotated by ``turn``: each goes first in turn, so that load
    from elsewhere on the machine, or a server's warm-up, favours none."""
    shift = turn % len(sides)
    return list(sides[shift:] + sides[:shift])


def measure(
    specs: Sequence[Spec],
    *,
    title: str,
    rounds: int,
    sizing: Sizing,
    clients: int,
    keyspace_len: int,
    value_size: int,
    reset: bool = True,
) -> list[Cell]:
    """Runs every spec on each of its sides, ``rounds`` times. With
    ``reset``, each round starts from empty servers loaded with the same
    string keys (bench_data.reset), then runs the specs in order: the pushes
    before the pops, as in redis-benchmark."""
    cells = [Cell(s.workload, s.mode, clients, keyspace_len, value_size) for s in specs]
    sides = list(dict.fromkeys(side for spec in specs for side in spec.sides))
    total = rounds * sum(len(spec.sides) for spec in specs)
    step = 0
    for number in range(rounds):
        if reset:
            log(f"{title}round {number + 1}/{rounds}: loading {keyspace_len:,} string keys")
            for side in sides:
                bench_data.reset(side.client, keyspace_len, value_size)
        for index, (spec, cell) in enumerate(zip(specs, cells, strict=True)):
            for side in _order(spec.sides, number + index):
                load = Load(spec.workload, spec.mode, clients, 0, keyspace_len, value_size)
                requests = sizing.requests(side, load)
                load = replace(load, requests=requests)
                bench_data.prepare(side.client, load)
                sample = side.run(load, timeout(sizing.duration))
                sizing.record(side, load, sample)
                cell.samples.setdefault(side.label, []).append(sample)
                dry = bench_data.ran_dry(side.client, spec.workload)
                if dry is not None:
                    cell.dry.setdefault(side.label, []).append(dry)
                step += 1
                log(
                    f"[{step}/{total}] {title}{spec.workload} {spec.mode.label}: "
                    f"{side.label} {sample.ops_per_sec:,.0f} ops/s in {sample.seconds:.1f} s, "
                    f"p99 {sample.p99_ms:.2f} ms, CPU server {sample.server_cpu:.0f}% "
                    f"loader {sample.loader_cpu:.0f}%" + (" (ran dry)" if dry else "")
                )
    return cells
