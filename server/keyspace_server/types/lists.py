"""Lists: sequences of binary-safe elements, pushed and popped at both ends.

Representation
--------------
A ``List`` is a deque: O(1) at both ends, O(n) by index in the middle (as
Redis's quicklist). Redis 7.0 reports every list as "quicklist". An empty
list is never stored: the command that empties it deletes the key.
"""

from __future__ import annotations

from collections import deque

TYPE_NAME = "list"


class List(deque[bytes]):
    __slots__ = ()


def encoding(value: List) -> str:
    return "quicklist"


def duplicate(value: List) -> List:
    return List(value)
