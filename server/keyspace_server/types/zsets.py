"""Sorted sets: distinct members ordered by (score, member bytes).

Representation
--------------
A ``ZSet`` maps member -> score in a dict (O(1) ZSCORE) and keeps
(score, member) pairs in a ``sortedcontainers.SortedList``, which gives
O(log n) rank, insertion, removal and positional access, the role of
Redis's skiplist. Scores are floats, never NaN.

Redis stores a small sorted set as a listpack and converts it to a skiplist
once it has more than zset-max-listpack-entries (128) members or a member
longer than zset-max-listpack-value (64) bytes, never back; ``skiplist``
records the conversion so OBJECT ENCODING matches. An empty sorted set is
never stored: the command that empties it deletes the key.
"""

from __future__ import annotations

from sortedcontainers import SortedList

TYPE_NAME = "zset"
MAX_LISTPACK_ENTRIES = 128
MAX_LISTPACK_VALUE = 64


class ZSet:
    __slots__ = ("order", "scores", "skiplist")

    def __init__(self) -> None:
        self.scores: dict[bytes, float] = {}
        self.order: SortedList = SortedList()
        self.skiplist = False

    def __len__(self) -> int:
        return len(self.scores)


def encoding(value: ZSet) -> str:
    return "skiplist" if value.skiplist else "listpack"


def duplicate(value: ZSet) -> ZSet:
    copy = ZSet()
    copy.scores = dict(value.scores)
    copy.order = SortedList(value.order)
    copy.skiplist = value.skiplist
    return copy
