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

``key_list()`` lists the keys as of now in a ``KeyList``, which keeps
them compactly (a list of bytes objects made from the table would cost
about 56 bytes per short key): what SCAN and background dumps start from.
"""

from keyspace_server.fastpath._native import KeyList, KeyTable

__all__ = ["KeyList", "KeyTable"]
