"""The keyspace's key -> value table: ``KeyTable``, a C type (the
``fastpath._native`` extension, ``fastpath/table.c``) so that the fast path
works on it without Python objects.

It behaves as a dict of bytes keys, with two differences callers see:

- a value that is an exact ``bytes`` of at most ``KeyTable.INLINE_LIMIT``
  bytes is kept as its content, so each read returns a new bytes object,
  equal to the one stored but not the same object (every other value,
  bytearray and bytes subclasses included, is kept as the object itself);
- ``keys()``, ``values()`` and ``items()`` are iterators in the table's own
  order, not views in insertion order (Redis's order is its table's too).

A key costs about a third of what it does in a dict of bytes objects.
"""

from keyspace_server.fastpath._native import KeyTable

__all__ = ["KeyTable"]
