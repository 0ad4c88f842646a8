"""Turning redis-py style arguments into typed request fields, with the
conversions redis-py and Redis apply to them (str as UTF-8, numbers as their
text, timedelta and datetime as counts)."""

from __future__ import annotations

import contextlib
import datetime
import math
import re
from fractions import Fraction
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
    """redis-py's list_or_args: ``f(["a", "b"])`` and ``f("a", "b")`` alike;
    any iterable but a string is a list of keys (a generator, a dict's keys)."""
    items: list[object] = [first]  # also what a non-iterable is
    if not isinstance(first, bytes | str | bytearray | memoryview):
        with contextlib.suppress(TypeError):
            items = list(first)  # type: ignore[call-overload]
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


def expire_option(option: str, value: object) -> object:
    """What redis-py sends for SET's or GETEX's EX/PX/EXAT/PXAT, checked as
    it checks it: EX and PX must be ints or timedeltas (EX also a string of
    digits), EXAT and PXAT may be datetimes; anything else is sent as it is,
    for ``integer`` (as Redis) to reject."""
    if option in ("ex", "px"):
        if isinstance(value, datetime.timedelta):
            return seconds(value) if option == "ex" else milliseconds(value)
        if option == "ex" and isinstance(value, str) and value.isdigit():
            return int(value)
        if not isinstance(value, int):
            raise DataError(f"{option} must be datetime.timedelta or int")
        return value
    if isinstance(value, datetime.datetime):
        return unix_seconds(value) if option == "exat" else unix_milliseconds(value)
    return value


NOT_FLOAT = "ERR value is not a valid float"
# What Redis's string2ld accepts: strtold's syntax over the whole text, no
# leading space, no NaN (checked on bytes so that \d means ASCII digits).
_DECIMAL_FLOAT = re.compile(rb"([+-]?)([0-9]*)\.?([0-9]*)(?:[eE]([+-]?[0-9]+))?")
_HEX_FLOAT = re.compile(rb"([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([+-]?[0-9]+))?")
_INFINITY = re.compile(rb"([+-]?)inf(?:inity)?", re.IGNORECASE)
_MAX_FLOAT_CHARS = 5 * 1024  # Redis's MAX_LONG_DOUBLE_CHARS buffer
# Redis parses into an x87 long double; strtold reports a text beyond its
# range (rounding to infinity, or to zero) as ERANGE, which Redis rejects.
_LONG_DOUBLE_OVERFLOW = Fraction(2**16384 - 2**16319)
_LONG_DOUBLE_UNDERFLOW = Fraction(1, 2**16446)


def _int_from_digits(digits: bytes, base: int) -> int:
    """int() of up to 5119 digits (CPython refuses over 4300 decimal digits
    in one conversion, a guard against slow conversions)."""
    if len(digits) <= 4000:
        return int(digits, base)
    split = len(digits) - 4000
    return _int_from_digits(digits[:split], base) * base**4000 + int(digits[split:], base)


def _clamped_exponent(text: bytes | None) -> int:
    """The exponent, clamped where it is out of range whatever the mantissa."""
    if not text:
        return 0
    digits = text.lstrip(b"+-").lstrip(b"0") or b"0"
    value = int(digits) if len(digits) <= 9 else 10**9
    return -value if text.startswith(b"-") else value


def _float_text_value(text: bytes) -> Fraction | float | None:
    """The exact value of a float text in Redis's syntax, an infinity, or
    None when Redis would not read it as a float."""
    if not text or len(text) >= _MAX_FLOAT_CHARS:
        return None
    if match := _INFINITY.fullmatch(text):
        return -math.inf if match.group(1) == b"-" else math.inf
    hex_match = _HEX_FLOAT.fullmatch(text)
    match = hex_match or _DECIMAL_FLOAT.fullmatch(text)
    if match is None or not (match.group(2) or match.group(3)):
        return None
    sign, whole, fraction, exponent = match.groups()
    # The value is mantissa * radix**power; a hex digit is 4 binary places.
    radix, base, places_per_digit = (2, 16, 4) if hex_match else (10, 10, 1)
    mantissa = _int_from_digits(whole + fraction, base)
    if mantissa == 0:
        return Fraction(0)
    power = _clamped_exponent(exponent) - places_per_digit * len(fraction)
    # Far outside the range: decide without building an enormous number.
    if not -16600 < mantissa.bit_length() + power * math.log2(radix) < 16500:
        return None
    exact = mantissa * Fraction(radix) ** power
    if exact >= _LONG_DOUBLE_OVERFLOW or exact <= _LONG_DOUBLE_UNDERFLOW:
        return None
    return -exact if sign == b"-" else exact


def number(value: object) -> float:
    """A float argument (INCRBYFLOAT's increment): the text redis-py would
    send, validated as Redis reads it, as the nearest double (the schema's
    type; a text that needs more precision or range than a double loses it)."""
    exact = _float_text_value(encode(value))
    if exact is None:
        raise response_error(NOT_FLOAT)
    try:
        return float(exact)
    except OverflowError:  # a long double beyond the range of a double
        return -math.inf if exact < 0 else math.inf
