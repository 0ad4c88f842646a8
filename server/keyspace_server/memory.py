"""Estimates of the memory each data type uses, for INFO memory.

CPython does not account its heap per object graph, and walking a million
keys (or a million-element collection) on every INFO would stall the server.
So the estimate measures a bounded sample: the first keys of the keyspace
in its table's order (by hash, so not biased by age), and within a large
collection its first elements, then scales by the counts.
It is an estimate (``used_memory_*`` fields say so with the sample size);
``used_memory_rss`` is the measured total.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable

from keyspace_server.keyspace import Database
from keyspace_server.keytable import KeyTable
from keyspace_server.types import hashes, lists, sets, zsets
from keyspace_server.types.kinds import type_name

SAMPLE_KEYS = 2000
SAMPLE_ELEMENTS = 200
_sizeof = sys.getsizeof


def _scaled(items: Iterable[object], count: int, size_of_item: object) -> int:
    sample = list(itertools.islice(items, SAMPLE_ELEMENTS))
    if not sample:
        return 0
    total = sum(size_of_item(item) for item in sample)  # type: ignore[operator]
    return total * count // len(sample)


def _pair_size(pair: tuple[object, object]) -> int:
    return _sizeof(pair[0]) + _sizeof(pair[1])


def value_size(value: object) -> int:
    """Bytes held by one value: its containers plus a scaled sample of its
    elements (each element's object, not shared small ints)."""
    if isinstance(value, hashes.Hash):
        # A compact hash's one bytes object holds every field and value.
        fields = 0 if value.compact else _scaled(value.items(), len(value), _pair_size)
        return _sizeof(value) + value.container_size() + fields
    if isinstance(value, lists.List):
        return _sizeof(value) + value.container_size() + _scaled(value, len(value), _sizeof)
    if isinstance(value, sets.Set):
        containers = _sizeof(value.members) + _sizeof(value.index)
        return containers + _scaled(value.members, len(value), _sizeof)
    if isinstance(value, zsets.ZSet):
        count = len(value)
        # The containers, then each member's float and bytes.
        return value.container_size() + count * 24 + _scaled(value.scores, count, _sizeof)
    return _sizeof(value)


def _key_size(data: KeyTable, key: bytes, value: object) -> int:
    """Bytes one key takes: its entry in the table (its share of the slots,
    its key and a short string's bytes), plus the value's objects unless the
    table holds the value as its content."""
    size = data.entry_size(key)
    if type(value) is bytes and len(value) <= KeyTable.INLINE_LIMIT:
        return size
    return size + value_size(value)


def by_type(db: Database) -> tuple[dict[str, int], int]:
    """Estimated bytes per Redis type (keys included), and the sample size."""
    data = db.data
    sample = list(itertools.islice(data.items(), SAMPLE_KEYS))
    estimates: dict[str, int] = {}
    for key, value in sample:
        name = type_name(value)
        estimates[name] = estimates.get(name, 0) + _key_size(data, key, value)
    scale = len(data) / len(sample) if sample else 0
    return {name: int(size * scale) for name, size in estimates.items()}, len(sample)
