"""The kinds of value a configuration parameter takes, read and shown as
Redis 7.0 reads and shows them: integers, memory sizes, yes/no, enums,
client output buffer limits, and Keyspace's own seconds.

Each reader raises ``ConfigError`` with Redis's reason ("argument must be a
memory value", ...), which CONFIG SET puts after its "CONFIG SET failed"
prefix and the config file and the flags after the directive's name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

INT_MAX = 2**31 - 1
LLONG_MAX = 2**63 - 1
_ULLONG_MAX = 2**64 - 1


class ConfigError(ValueError):
    """A directive or parameter with a bad name or value."""


# Redis's string2ll: no sign but "-", no leading zeros, no blanks.
_CANONICAL_INTEGER = re.compile(r"0|-?[1-9][0-9]*")
_MEMORY_UNITS = {
    "": 1,
    "b": 1,
    "k": 1000,
    "kb": 1024,
    "m": 1000**2,
    "mb": 1024**2,
    "g": 1000**3,
    "gb": 1024**3,
}
_DIGITS_THEN_UNIT = re.compile(r"([0-9]*)(.*)", re.DOTALL)
_DECIMAL = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+")
# strtoll's syntax, for the soft seconds of an output buffer limit.
_STRTOLL = re.compile(r"[ \t\n\v\f\r]*([+-]?[0-9]+)?")


def integer(text: str, low: int, high: int) -> int:
    """A number in Redis's strict integer syntax, within [low, high]."""
    # More than 20 characters cannot be an int64 (and int() refuses
    # thousands of digits).
    if len(text) > 20 or not _CANONICAL_INTEGER.fullmatch(text):
        raise ConfigError("argument couldn't be parsed into an integer")
    number = int(text)
    if not -LLONG_MAX - 1 <= number <= LLONG_MAX:
        raise ConfigError("argument couldn't be parsed into an integer")
    return bounded(number, low, high)


def bounded(number: int, low: int, high: int) -> int:
    if not low <= number <= high:
        raise ConfigError(f"argument must be between {low} and {high} inclusive")
    return number


def parse_size(text: str) -> int:
    """Redis's memtoull: digits (none reads as 0) with an optional unit (b,
    k, kb, m, mb, g, gb in any case). Digits past 2**64 saturate, as
    strtoull does, for the range check to refuse."""
    match = _DIGITS_THEN_UNIT.fullmatch(text)
    assert match is not None  # the expression matches any text
    digits, unit = match.groups()
    multiplier = _MEMORY_UNITS.get(unit.lower())
    if multiplier is None or len(digits) >= 128:
        raise ConfigError("argument must be a memory value")
    number = min(int(digits or "0"), _ULLONG_MAX)
    if number > _ULLONG_MAX // multiplier:
        raise ConfigError("argument must be a memory value")
    return number * multiplier


def memory(text: str, low: int, high: int) -> int:
    return bounded(parse_size(text), low, high)


_YES_NO = {"yes": True, "no": False}


def yes_no(text: str) -> bool:
    value = _YES_NO.get(text.lower())
    if value is None:
        raise ConfigError("argument must be 'yes' or 'no'")
    return value


def show_yes_no(value: bool) -> str:
    return "yes" if value else "no"


def enum(text: str, choices: Sequence[str]) -> str:
    """One of ``choices``, matched without regard to case, as Redis does."""
    if text.lower() not in choices:
        raise ConfigError(f"argument(s) must be one of the following: {', '.join(choices)}")
    return text.lower()


def seconds(text: str) -> float:
    """Keyspace's own: a non-negative, finite number of seconds."""
    # Plain decimals only: float() would also take "inf", "nan" and "1_0",
    # and an infinite deadline is one asyncio cannot keep.
    value = float(text) if _DECIMAL.fullmatch(text) else math.inf
    if not math.isfinite(value):
        raise ConfigError("argument must be a non-negative number of seconds")
    return value


def show_seconds(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


# -- client-output-buffer-limit --------------------------------------------

OutputBufferLimits = dict[str, tuple[int, int, int]]
_CLIENT_CLASSES = {"normal": "normal", "slave": "replica", "replica": "replica", "pubsub": "pubsub"}


def _soft_seconds(text: str) -> int:
    """strtoll's reading, stored in a C int as Redis stores it (so large
    values wrap); negative or trailing garbage is refused."""
    match = _STRTOLL.match(text)
    assert match is not None  # the expression matches the empty prefix
    if match.end() != len(text):
        raise ValueError(text)
    number = max(-LLONG_MAX - 1, min(int(match.group(1) or "0"), LLONG_MAX))
    number = (number + 2**31) % 2**32 - 2**31
    if number < 0:
        raise ValueError(text)
    return number


def parse_output_buffer_limits(
    values: Sequence[str], current: OutputBufferLimits
) -> OutputBufferLimits:
    """``CLASS HARD SOFT SECONDS`` groups, as Redis's directive: all are
    checked before any is taken, and classes not named keep their limits."""
    if len(values) % 4:
        raise ConfigError("Wrong number of arguments in buffer limit configuration.")
    limits = dict(current)
    for start in range(0, len(values), 4):
        name, hard, soft, soft_seconds = values[start : start + 4]
        group = _CLIENT_CLASSES.get(name.lower())
        if group is None:
            raise ConfigError("Invalid client class specified in buffer limit configuration.")
        try:
            limits[group] = (parse_size(hard), parse_size(soft), _soft_seconds(soft_seconds))
        except ValueError:
            raise ConfigError(
                "Error in hard, soft or soft_seconds setting in buffer limit configuration."
            ) from None
    return limits


def format_output_buffer_limits(limits: OutputBufferLimits) -> str:
    """CONFIG GET's text: Redis shows the replica class as "slave"."""
    return " ".join(
        f"{'slave' if group == 'replica' else group} {hard} {soft} {seconds}"
        for group, (hard, soft, seconds) in limits.items()
    )
