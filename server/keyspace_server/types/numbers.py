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


# CPython refuses to convert more than 4300 decimal digits between int and
# str (a guard against slow conversions); Redis's float texts reach 5119
# characters and a long double prints with up to 4951, so longer digit strings
# go through in chunks.
_DIGITS_CHUNK = 4000


def _int_from_digits(digits: bytes, base: int = 10) -> int:
    if len(digits) <= _DIGITS_CHUNK:
        return int(digits, base)
    split = len(digits) - _DIGITS_CHUNK
    scale: int = base**_DIGITS_CHUNK
    return _int_from_digits(digits[:split], base) * scale + int(digits[split:], base)


def _digits_of(number: int) -> str:
    """``str(number)`` for a non-negative int of any size."""
    if number < 10**_DIGITS_CHUNK:
        return str(number)
    high, low = divmod(number, 10**_DIGITS_CHUNK)
    return _digits_of(high) + str(low).zfill(_DIGITS_CHUNK)


# Beyond these binary magnitudes a text is out of range whatever its digits
# (a long double spans about 2**-16445 to 2**16384), so a huge exponent such
# as "1e99999999999" is rejected without computing 10**99999999999.
_SURELY_OVERFLOWS = _MAX_EXPONENT + 100
_SURELY_UNDERFLOWS = _LOWEST_BIT - 100


def _clamped_exponent(text: bytes | None) -> int:
    """The exponent, clamped where it is out of range whatever the mantissa
    (which has fewer than 5120 digits)."""
    if not text:
        return 0
    digits = text.lstrip(b"+-").lstrip(b"0") or b"0"
    value = int(digits) if len(digits) <= 9 else 10**9
    return -value if text.startswith(b"-") else value


def parse_long_double(text: bytes) -> LongDouble | None:
    """What Redis's ``string2ld`` accepts: strtold's syntax, the whole string,
    no leading space, no NaN, no overflow and no underflow to zero."""
    # A NUL byte is rejected like any other stray character: Redis checks that
    # strtold consumed the whole length, not just up to the C terminator.
    if not text or len(text) >= MAX_LONG_DOUBLE_CHARS:
        return None
    if match := _INFINITY.fullmatch(text):
        return LongDouble(Fraction(0), -1 if match.group(1) == b"-" else 1)
    # The value is mantissa * radix**power; a hex digit is 4 binary places.
    if match := _DECIMAL.fullmatch(text):
        radix, base, places_per_digit = 10, 10, 1
    elif match := _HEX.fullmatch(text):
        radix, base, places_per_digit = 2, 16, 4
    else:
        return None
    sign, whole, fraction, only_fraction, exponent = match.groups()
    fraction = fraction or only_fraction or b""
    mantissa = _int_from_digits((whole or b"") + fraction, base)
    if mantissa == 0:
        return LongDouble(Fraction(0))
    power = _clamped_exponent(exponent) - places_per_digit * len(fraction)
    magnitude = mantissa.bit_length() + power * math.log2(radix)
    if not _SURELY_UNDERFLOWS < magnitude < _SURELY_OVERFLOWS:
        return None  # strtold's ERANGE, which Redis rejects
    exact = mantissa * Fraction(radix) ** power
    rounded = round_long_double(-exact if sign == b"-" else exact)
    if rounded.infinite or rounded.value == 0:
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
    text = f"{'-' if negative else ''}{_digits_of(whole)}.{fraction:017d}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if len(text) + 1 > MAX_LONG_DOUBLE_CHARS:
        return b""  # Redis's buffer overflows and it stores an empty string
    return text.encode()


def long_double_to_float(number: LongDouble) -> float:
    """The nearest double; a long double beyond a double's range is an
    infinity (as C's conversion gives), not an error."""
    if number.infinite:
        return math.inf * number.infinite
    try:
        return float(number.value)
    except OverflowError:
        return math.inf if number.value > 0 else -math.inf


def format_double(value: float) -> bytes:
    """Redis's ``%.17g`` formatting of a double, as used for scores."""
    if math.isinf(value):
        return b"inf" if value > 0 else b"-inf"
    return (f"{value:.17g}").encode()
