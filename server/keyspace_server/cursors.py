"""Cursors for the SCAN family.

Redis's cursor walks its hash table in reverse-binary bucket order, which
keeps working across rehashes. A Python dict offers no such walk (nor
does the KeyTable: deleting moves keys back to slots a walk may have
passed), so an iteration here starts by snapshotting the collection's
members (a list of references, about 8 bytes each; for the keyspace, a
KeyList of the keys' bytes) and the cursor is the snapshot's id plus a
position in it. Every member present throughout the iteration is in the
snapshot, so it is returned; members added meanwhile may be missed and
members deleted meanwhile are filtered out, which is what SCAN guarantees.

A cursor encodes (snapshot id << 32 | position), so a client may repeat a
call with an earlier cursor and get the same batch. Snapshots are kept for
the most recent iterations only; a cursor whose snapshot was dropped gets
Redis's "ERR invalid cursor".
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from keyspace_server import errors

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Snapshot(Protocol[T_co]):
    """The members as of an iteration's first call: a list, or the
    keyspace's KeyList."""

    def __len__(self) -> int: ...
    def __getitem__(self, positions: slice, /) -> Sequence[T_co]: ...


_POSITION_BITS = 32
_MAX_SNAPSHOTS = 128
_MAX_SNAPSHOT_ITEMS = 32_000_000


class CursorTable(Generic[T]):
    def __init__(self) -> None:
        self._snapshots: OrderedDict[int, Snapshot[T]] = OrderedDict()
        # What each snapshot was taken of (the key, for HSCAN and friends), so
        # that a cursor is not used to continue another collection's walk.
        self._owners: dict[int, object] = {}
        self._items = 0

    def _new_snapshot(self, snapshot: Snapshot[T], owner: object) -> int:
        snapshot_id = random.getrandbits(31) + 1
        while snapshot_id in self._snapshots:
            snapshot_id = random.getrandbits(31) + 1
        self._snapshots[snapshot_id] = snapshot
        self._owners[snapshot_id] = owner
        self._items += len(snapshot)
        while len(self._snapshots) > _MAX_SNAPSHOTS or (
            self._items > _MAX_SNAPSHOT_ITEMS and len(self._snapshots) > 1
        ):
            dropped_id, dropped = self._snapshots.popitem(last=False)
            self._owners.pop(dropped_id, None)
            self._items -= len(dropped)
        return snapshot_id

    def _drop(self, snapshot_id: int) -> None:
        dropped = self._snapshots.pop(snapshot_id, None)
        self._owners.pop(snapshot_id, None)
        if dropped is not None:
            self._items -= len(dropped)

    def scan(
        self,
        cursor: int,
        count: int,
        members: Callable[[], Snapshot[T]],
        keep: Callable[[T], bool],
        owner: object = None,
    ) -> tuple[int, list[T]]:
        """Visit up to ``count`` snapshot members from ``cursor``; return the
        next cursor (0 when done) and the visited members ``keep`` accepts.
        ``members()`` makes the snapshot for a new iteration: a copy of the
        members that nothing else changes."""
        if cursor == 0:
            snapshot_id, position = self._new_snapshot(members(), owner), 0
        else:
            snapshot_id, position = cursor >> _POSITION_BITS, cursor & ((1 << _POSITION_BITS) - 1)
        snapshot = self._snapshots.get(snapshot_id)
        if snapshot is None or position > len(snapshot) or self._owners[snapshot_id] != owner:
            raise errors.CommandError(errors.INVALID_CURSOR)
        self._snapshots.move_to_end(snapshot_id)
        end = min(position + count, len(snapshot))
        batch = [member for member in snapshot[position:end] if keep(member)]
        if end >= len(snapshot):
            self._drop(snapshot_id)
            return 0, batch
        return (snapshot_id << _POSITION_BITS) | end, batch

    def clear(self) -> None:
        self._snapshots.clear()
        self._owners.clear()
        self._items = 0
