"""Crashes under load: a real server taking concurrent writes is killed with
SIGKILL at random moments, again and again, and every restart is checked
against what the clients saw acknowledged.

Each client thread INCRs its own counter and RPUSHes its own sequence
numbers, one call at a time, recording when each call was sent and when its
reply came. With appendfsync always nothing acknowledged may be lost; with
everysec a loss is allowed, but only of writes acknowledged in the last
moments before the kill, and never out of order (the AOF is one log, so
what survives is a prefix of it).

SIGKILL ends the process, not the machine: bytes written to the file are in
the page cache and survive, so this checks the server's own buffering and
ordering, not the fsync policy's protection against power loss.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
import keyspace
import pytest

from tests.servers import RunningServer, kill, start_keyspace_quickly

CLIENTS = 4
ITERATIONS = 10
# How long the clients write before the kill, drawn per iteration.
LOAD_SECONDS = (0.3, 1.2)
# Under everysec, the most a write may have been acknowledged before the
# kill and still be lost: a second of fsync period, and some slack.
EVERYSEC_WINDOW = 2.0


@dataclass(frozen=True, slots=True)
class Ack:
    sent: float
    acked: float
    value: int  # the counter's new value, or the sequence number pushed


@dataclass(slots=True)
class Writer:
    """One client's own keys and what the server acknowledged on them."""

    counter: bytes
    items: bytes
    incrs: list[Ack] = field(default_factory=list)
    pushes: list[Ack] = field(default_factory=list)
    # A failure other than the kill's: it fails the test.
    error: str = ""

    def run(self, address: str, stop: threading.Event) -> None:
        # The SDK retries UNAVAILABLE, which a call cut by the kill also
        # gets; off here, so each thread stops at once on the dead server.
        channel = grpc.insecure_channel(address, options=[("grpc.enable_retries", 0)])
        sequence = 0
        with keyspace.Client(channel=channel, timeout=10) as client:
            while not stop.is_set():
                try:
                    sent = time.monotonic()
                    value = client.incr(self.counter)
                    self.incrs.append(Ack(sent, time.monotonic(), value))
                    sent = time.monotonic()
                    length = client.rpush(self.items, sequence)
                    self.pushes.append(Ack(sent, time.monotonic(), sequence))
                except keyspace.ConnectionError:
                    return  # the server was killed
                except keyspace.KeyspaceError as error:
                    self.error = repr(error)
                    return
                if length != sequence + 1:
                    self.error = f"RPUSH of {sequence} answered length {length}"
                    return
                sequence += 1


@dataclass(slots=True)
class Outcome:
    lost: int = 0
    oldest_loss: float = 0.0  # seconds before the kill
    torn_tails: int = 0
    acknowledged: int = 0


def load_and_kill(
    server: RunningServer, iteration: int, rng: random.Random
) -> tuple[list[Writer], float]:
    """Writers on fresh keys until a SIGKILL; the writers and the kill's time."""
    writers = [
        Writer(b"counter:%d:%d" % (iteration, n), b"items:%d:%d" % (iteration, n))
        for n in range(CLIENTS)
    ]
    stop = threading.Event()
    threads = [
        threading.Thread(target=writer.run, args=(server.address, stop)) for writer in writers
    ]
    for thread in threads:
        thread.start()
    # The random moment counts from when every writer is under way, so a
    # slow first connection on a busy machine cannot leave one with nothing.
    deadline = time.monotonic() + 30
    while not all(writer.pushes or writer.error for writer in writers):
        assert time.monotonic() < deadline, "the writers never got going"
        time.sleep(0.01)
    time.sleep(rng.uniform(*LOAD_SECONDS))
    killed_at = time.monotonic()
    kill(server)
    stop.set()
    for thread in threads:
        thread.join(30)
        assert not thread.is_alive(), "a writer hung after the kill"
    for writer in writers:
        assert not writer.error, writer.error
        assert writer.incrs, "every writer must have been acknowledged something"
    return writers, killed_at


def check_restart(
    client: keyspace.Client, writers: list[Writer], killed_at: float, lossless: bool
) -> Outcome:
    outcome = Outcome()
    present: list[Ack] = []
    lost: list[Ack] = []
    for writer in writers:
        stored = client.get(writer.counter)
        counter = int(stored) if stored is not None else 0
        items = [int(item) for item in client.lrange(writer.items, 0, -1)]
        # The log is ordered: what survives of a client's pushes is their
        # beginning, with nothing skipped or repeated.
        assert items == list(range(len(items))), f"{writer.items!r}: {items}"
        last_incr = writer.incrs[-1].value
        # Beyond the acknowledged, at most the one call in flight at the kill.
        assert counter <= last_incr + 1, f"{writer.counter!r}: {counter} > {last_incr} + 1"
        assert len(items) <= len(writer.pushes) + 1
        for ack in writer.incrs:
            (present if ack.value <= counter else lost).append(ack)
        for ack in writer.pushes:
            (present if ack.value < len(items) else lost).append(ack)
        outcome.acknowledged += len(writer.incrs) + len(writer.pushes)
    if lossless:
        assert not lost, f"{len(lost)} acknowledged writes lost under appendfsync always"
    outcome.lost = len(lost)
    if lost:
        outcome.oldest_loss = killed_at - min(ack.acked for ack in lost)
        assert outcome.oldest_loss <= EVERYSEC_WINDOW, (
            f"a write acknowledged {outcome.oldest_loss:.2f}s before the kill was lost"
        )
        # A prefix of one log: nothing sent after a lost write was
        # acknowledged may have survived it.
        first_lost = min(ack.acked for ack in lost)
        survivors_after = [ack for ack in present if ack.sent > first_lost]
        assert not survivors_after, "writes survived that were logged after a lost one"
    return outcome


@pytest.mark.parametrize("appendfsync", ["always", "everysec"])
def test_sigkill_under_load_keeps_what_was_acknowledged(appendfsync: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(f"crash-{appendfsync}")
    server = start_keyspace_quickly(data_dir, "--appendfsync", appendfsync)
    # What each earlier iteration's keys held after their restart: later
    # restarts must keep it exactly.
    kept: dict[bytes, object] = {}
    outcomes: list[Outcome] = []
    try:
        for iteration in range(ITERATIONS):
            writers, killed_at = load_and_kill(server, iteration, rng)
            server = start_keyspace_quickly(data_dir, "--appendfsync", appendfsync)
            with keyspace.Client(server.address, timeout=10) as client:
                outcome = check_restart(client, writers, killed_at, appendfsync == "always")
                outcome.torn_tails = server.log().count("last record is truncated")
                for key, value in kept.items():
                    now = client.lrange(key, 0, -1) if key.startswith(b"items") else client.get(key)
                    assert now == value, f"{key!r} changed across a later crash"
                for writer in writers:
                    kept[writer.counter] = client.get(writer.counter)
                    kept[writer.items] = client.lrange(writer.items, 0, -1)
            outcomes.append(outcome)
    finally:
        server.stop()
    acknowledged = sum(outcome.acknowledged for outcome in outcomes)
    lost = sum(outcome.lost for outcome in outcomes)
    torn = sum(1 for outcome in outcomes if outcome.torn_tails)
    worst = max(outcome.oldest_loss for outcome in outcomes)
    print(
        f"appendfsync {appendfsync}: {ITERATIONS} kills, {acknowledged} acknowledged writes, "
        f"{lost} lost (oldest {worst:.2f}s before its kill), {torn} restarts cut a torn tail"
    )
    assert acknowledged >= ITERATIONS * CLIENTS * 2
