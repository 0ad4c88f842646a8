"""Redis's glob-style patterns (KEYS, SCAN MATCH, and later PSUBSCRIBE).

Redis matches with ``stringmatchlen`` from util.c. Running a recursive matcher
per key in Python is slow, so a pattern is compiled once into an equivalent
regular expression. The translation walks the pattern exactly as Redis's
matcher does, so these quirks survive:

* ``\\x`` matches ``x`` literally, also inside ``[...]``; a trailing ``\\``
  matches a backslash.
* ``[^...]`` negates; ``[a-z]`` is a range whose ends may come in either
  order; an unterminated ``[...`` at the end of the pattern is a class of the
  characters it lists.
* Range ends and the candidate byte are compared as C's signed ``char``, so a
  range with one end above 0x7f covers what it covers in Redis.
* The empty string matches only the empty pattern (Redis never enters its
  loop), although callers special-case a lone ``*`` as "everything", as Redis
  does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

Matcher = Callable[[bytes], bool]


def _signed(byte: int) -> int:
    return byte - 256 if byte > 127 else byte


def _class_members(pattern: bytes, index: int) -> tuple[set[int], int]:
    """Parse the class starting after ``[``; return the bytes it matches and
    the index just past it, mirroring stringmatchlen's loop."""
    negate = index < len(pattern) and pattern[index] == ord("^")
    if negate:
        index += 1
    members: set[int] = set()
    while True:
        remaining = len(pattern) - index
        if remaining >= 2 and pattern[index] == ord("\\"):
            members.add(pattern[index + 1])
            index += 2
        elif remaining > 0 and pattern[index] == ord("]"):
            index += 1
            break
        elif remaining == 0:
            break
        elif remaining >= 3 and pattern[index + 1] == ord("-"):
            start, end = _signed(pattern[index]), _signed(pattern[index + 2])
            if start > end:
                start, end = end, start
            members.update(b for b in range(256) if start <= _signed(b) <= end)
            index += 3
        else:
            members.add(pattern[index])
            index += 1
    if negate:
        members = set(range(256)) - members
    return members, index


def _segments(pattern: bytes) -> list[bytes]:
    """The pattern as regular expressions for the pieces between its runs of
    ``*``; every element of a piece matches exactly one byte, as every
    element but ``*`` does in stringmatchlen."""
    segments: list[bytes] = [b""]
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == ord("*"):
            while index + 1 < len(pattern) and pattern[index + 1] == ord("*"):
                index += 1
            segments.append(b"")
            index += 1
            continue
        if char == ord("?"):
            part = b"."
            index += 1
        elif char == ord("["):
            members, index = _class_members(pattern, index + 1)
            if members:
                part = b"[" + b"".join(re.escape(bytes([m])) for m in sorted(members)) + b"]"
            else:
                part = b"(?!)"
        elif char == ord("\\") and index + 1 < len(pattern):
            part = re.escape(pattern[index + 1 : index + 2])
            index += 2
        else:
            part = re.escape(bytes([char]))
            index += 1
        segments[-1] += part
    return segments


def _translate(pattern: bytes) -> bytes:
    """A regular expression for ``fullmatch``. A plain ``.*`` per star
    backtracks in O(n**stars) on patterns like ``*a*a*a*b`` (Redis fixed the
    same blow-up in 7.0.9). Pieces between stars have a fixed length, so the
    leftmost place a middle piece matches is always a right choice: an atomic
    group commits to it, leaving backtracking to the last star alone."""
    segments = _segments(pattern)
    if len(segments) == 1:
        return segments[0]
    first, *middle, last = segments
    return first + b"".join(b"(?>.*?" + piece + b")" for piece in middle) + b".*" + last


@lru_cache(maxsize=256)
def compile_pattern(pattern: bytes) -> Matcher:
    """A predicate telling whether a key matches ``pattern`` as Redis would."""
    if pattern == b"*":
        return lambda _key: True
    regex = re.compile(_translate(pattern), re.DOTALL)
    fullmatch = regex.fullmatch
    if pattern == b"":
        return lambda key: key == b""

    def matches(key: bytes) -> bool:
        return bool(key) and fullmatch(key) is not None

    return matches
