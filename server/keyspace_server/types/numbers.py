"""Redis's conversions between text and numbers, reproduced exactly.

Redis keeps numbers as strings and parses them on use. Integers must be in
canonical form (``string2ll``: no sign but '-', no leading zeros, no spaces,
at most 20 characters, within int64). Floating point values are C ``long
double`` (x87 80-bit extended on x86-64: a 64-bit significand), parsed with
``strtold`` and printed with ``"%.17Lf"`` minus trailing zeros. Python has no
long double, so values are exact ``Fraction``s rounded to 64 significant bits
after every operation, which reproduces Redis's results digit for digit (for
example 0.1 + 0.2 is "0.3" in Redis, not "0.30000000000000004").
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

_CANONICAL_INT = re.compile(rb"0|-?[1-9][0-9]{0,19}")


def parse_int(text: bytes) -> int | None:
    """The int64 that ``text`` spells in canonical form, else None."""
    if len(text) > 20 or not _CANONICAL_INT.fullmatch(text):
        return None
    value = int(text)
    if value < INT64_MIN or value > INT64_MAX:
        return None
    return value


# x87 extended precision: 64-bit significand, exponents as in IEEE terms.
_SIGNIFICAND_BITS = 64
_MIN_EXPONENT = -16382  # of the leading bit of a normal number
_MAX_EXPONENT = 16383
_LOWEST_BIT = _MIN_EXPONENT - _SIGNIFICAND_BITS + 1  # the last subnormal bit
MAX_LONG_DOUBLE_CHARS = 5 * 1024


class LongDouble:
    """A finite long double value, or an infinity (``Fraction`` can't be one)."""

    __slots__ = ("infinite", "value")

    def __init__(self, value: Fraction, infinite: int = 0) -> None:
        self.value = value
        self.infinite = infinite  # -1, 0 or +1

    def __add__(self, other: LongDouble) -> LongDouble:
        if self.infinite or other.infinite:
            if self.infinite and other.infinite and self.infinite != other.infinite:
                return NAN
            return LongDouble(Fraction(0), self.infinite or other.infinite)
        return round_long_double(self.value + other.value)

    @property
    def is_finite(self) -> bool:
        return self.infinite == 0 and self is not NAN


NAN = LongDouble(Fraction(0), 0)


def round_long_double(exact: Fraction) -> LongDouble:
    """Round to the nearest long double, ties to even, as the FPU does."""
    if exact == 0:
        return LongDouble(Fraction(0))
    sign = -1 if exact < 0 else 1
    magnitude = abs(exact)
    exponent = magnitude.numerator.bit_length() - magnitude.denominator.bit_length()
    if Fraction(2) ** exponent > magnitude:
        exponent -= 1
    lsb = max(exponent - _SIGNIFICAND_BITS + 1, _LOWEST_BIT)
    scaled = magnitude / Fraction(2) ** lsb
    units = round(scaled)  # Fraction.__round__ rounds half to even
    result = Fraction(units) * Fraction(2) ** lsb
    if result >= Fraction(2) ** (_MAX_EXPONENT + 1):
        return LongDouble(Fraction(0), sign)
    return LongDouble(sign * result)


_DECIMAL = re.compile(rb"([+-]?)(?:(\d+)\.?(\d*)|\.(\d+))(?:[eE]([+-]?\d+))?")
_HEX = re.compile(
    rb"([+-]?)0[xX](?:([0-9a-fA-F]+)\.?([0-9a-fA-F]*)|\.([0-9a-fA-F]+))(?:[pP]([+-]?\d+))?"
)
_INFINITY = re.compile(rb"([+-]?)(?:inf|infinity)", re.IGNORECASE)


def parse_long_double(text: bytes) -> LongDouble | None:
    """What Redis's ``string2ld`` accepts: strtold's syntax, the whole string,
    no leading space, no NaN, no overflow and no underflow to zero."""
    if not text or len(text) >= MAX_LONG_DOUBLE_CHARS:
        return None
    text = text.split(b"\0", 1)[0]  # C stops at the first NUL
    if not text:
        return None
    if match := _INFINITY.fullmatch(text):
        return LongDouble(Fraction(0), -1 if match.group(1) == b"-" else 1)
    if match := _DECIMAL.fullmatch(text):
        sign, whole, fraction, only_fraction, exponent = match.groups()
        digits = (whole or b"") + (fraction or only_fraction or b"")
        scale = len(fraction or only_fraction or b"")
        exact = Fraction(int(digits)) * Fraction(10) ** (int(exponent or 0) - scale)
    elif match := _HEX.fullmatch(text):
        sign, whole, fraction, only_fraction, exponent = match.groups()
        digits = (whole or b"") + (fraction or only_fraction or b"")
        scale = 4 * len(fraction or only_fraction or b"")
        exact = Fraction(int(digits, 16)) * Fraction(2) ** (int(exponent or 0) - scale)
    else:
        return None
    if sign == b"-":
        exact = -exact
    rounded = round_long_double(exact)
    if rounded.infinite or (rounded.value == 0 and exact != 0):
        return None  # strtold's ERANGE, which Redis rejects
    return rounded


def long_double_from_double(value: float) -> LongDouble | None:
    """A double as a Redis client sends it: its shortest decimal text."""
    if math.isnan(value):
        return None
    return parse_long_double(repr(value).encode())


def format_long_double(number: LongDouble) -> bytes:
    """Redis's ``ld2string(..., LD_STR_HUMAN)``: "%.17Lf", trailing zeros and
    a trailing point removed, "-0" written "0"."""
    value = number.value
    negative = value < 0
    units = round(abs(value) * 10**17)
    whole, fraction = divmod(units, 10**17)
    text = f"{'-' if negative else ''}{whole}.{fraction:017d}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if len(text) + 1 > MAX_LONG_DOUBLE_CHARS:
        return b""  # Redis's buffer overflows and it stores an empty string
    return text.encode()


def long_double_to_float(number: LongDouble) -> float:
    if number.infinite:
        return math.inf * number.infinite
    return float(number.value)


def format_double(value: float) -> bytes:
    """Redis's ``%.17g`` formatting of a double, as used for scores."""
    if math.isinf(value):
        return b"inf" if value > 0 else b"-inf"
    return (f"{value:.17g}").encode()
