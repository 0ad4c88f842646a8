"""Sets: unordered collections of distinct binary-safe members.

Representation
--------------
A ``Set`` keeps its members in a list and maps each member to its index in
that list, so that adding, removing (swap with the last, then pop) and
picking a uniformly random member (SPOP, SRANDMEMBER) are all O(1), which a
Python set cannot offer for the random pick.

Redis 7.0 stores a set of at most set-max-intset-entries (512) integers as
an intset and converts it to a hashtable otherwise, never back; ``intset``
records whether that conversion has happened so OBJECT ENCODING matches.
An empty set is never stored: the command that empties it deletes the key.
"""

from __future__ import annotations

TYPE_NAME = "set"
MAX_INTSET_ENTRIES = 512


class Set:
    __slots__ = ("index", "intset", "members")

    def __init__(self) -> None:
        self.members: list[bytes] = []
        self.index: dict[bytes, int] = {}
        self.intset = True

    def __len__(self) -> int:
        return len(self.members)

    def __contains__(self, member: object) -> bool:
        return member in self.index


def encoding(value: Set) -> str:
    return "intset" if value.intset else "hashtable"


def duplicate(value: Set) -> Set:
    copy = Set()
    copy.members = list(value.members)
    copy.index = dict(value.index)
    copy.intset = value.intset
    return copy
