"""Turning redis-py style arguments into typed request fields, with the
conversions redis-py and Redis apply to them (str as UTF-8, numbers as their
text, timedelta and datetime as counts)."""

from __future__ import annotations

import datetime
import re
from typing import Union

from keyspace.exceptions import DataError, response_error

KeyT = Union[bytes, str, memoryview]  # noqa: UP007  (readable in signatures)
EncodableT = Union[bytes, bytearray, memoryview, str, int, float]  # noqa: UP007
ExpiryT = Union[int, datetime.timedelta]  # noqa: UP007
AbsExpiryT = Union[int, datetime.datetime]  # noqa: UP007

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_CANONICAL_INT = re.compile(r"0|-?[1-9][0-9]{0,19}")
NOT_INTEGER = "ERR value is not an integer or out of range"
SYNTAX = "ERR syntax error"


def encode(value: object) -> bytes:
    """What redis-py sends for a key or value."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    if isinstance(value, bool):
        raise DataError(
            "Invalid input of type: 'bool'. Convert to a bytes, string, int or float first."
        )
    if isinstance(value, int | float):
        return repr(value).encode()
    if isinstance(value, str):
        return value.encode()
    raise DataError(
        f"Invalid input of type: '{type(value).__name__}'. "
        "Convert to a bytes, string, int or float first."
    )


def encode_all(values: object) -> list[bytes]:
    return [encode(value) for value in values]  # type: ignore[attr-defined]


def flatten(first: object, rest: tuple[object, ...]) -> list[object]:
    """redis-py's list_or_args: ``f(["a", "b"])`` and ``f("a", "b")`` alike."""
    items = list(first) if isinstance(first, list | tuple | set) else [first]
    return items + list(rest)


def integer(value: object) -> int:
    """An integer argument as Redis parses it: int64 in canonical form."""
    if isinstance(value, bool):
        encode(value)  # raises redis-py's DataError
    if isinstance(value, int):
        number = value
    else:
        text = encode(value).decode("utf-8", "replace")
        if not _CANONICAL_INT.fullmatch(text):
            raise response_error(NOT_INTEGER)
        number = int(text)
    if not INT64_MIN <= number <= INT64_MAX:
        raise response_error(NOT_INTEGER)
    return number


def seconds(value: ExpiryT | str | bytes) -> int:
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds())
    return integer(value)


def milliseconds(value: ExpiryT | str | bytes) -> int:
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds() * 1000)
    return integer(value)


def unix_seconds(value: AbsExpiryT | str | bytes) -> int:
    if isinstance(value, datetime.datetime):
        return int(value.timestamp())
    return integer(value)


def unix_milliseconds(value: AbsExpiryT | str | bytes) -> int:
    if isinstance(value, datetime.datetime):
        return int(value.timestamp() * 1000)
    return integer(value)


def number(value: object) -> float:
    """A float argument (INCRBYFLOAT's increment), as Redis would read it."""
    if isinstance(value, bool):
        encode(value)
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(encode(value))
    except ValueError:
        raise response_error("ERR value is not a valid float") from None
