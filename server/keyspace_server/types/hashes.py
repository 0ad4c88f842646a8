"""Hashes: maps from field to value, both binary-safe bytes.

Representation
--------------
A ``Hash`` is a dict of field -> value. Redis stores a small hash as a
listpack and converts it to a hashtable once it has more than
hash-max-listpack-entries (128) fields or a field or value longer than
hash-max-listpack-value (64) bytes, and never converts back; ``hashtable``
records that conversion so OBJECT ENCODING answers as Redis would.
An empty hash is never stored: the command that empties it deletes the key.
"""

from __future__ import annotations

TYPE_NAME = "hash"
MAX_LISTPACK_ENTRIES = 128
MAX_LISTPACK_VALUE = 64


class Hash(dict[bytes, bytes]):
    __slots__ = ("hashtable",)

    def __init__(self) -> None:
        super().__init__()
        self.hashtable = False


def encoding(value: Hash) -> str:
    return "hashtable" if value.hashtable else "listpack"


def duplicate(value: Hash) -> Hash:
    copy = Hash()
    copy.update(value)
    copy.hashtable = value.hashtable
    return copy
