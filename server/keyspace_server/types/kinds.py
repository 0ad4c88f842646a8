"""What every data type module provides to the generic key commands: its
TYPE name, its OBJECT ENCODING, and how COPY duplicates a value. The key
commands ask here instead of knowing each type."""

from __future__ import annotations

from keyspace_server.types import strings


def type_name(value: object) -> str:
    if strings.is_string(value):
        return "string"
    raise TypeError(f"no Redis type for {type(value).__name__}")


def encoding(value: object) -> str:
    if strings.is_string(value):
        return strings.encoding(value)  # type: ignore[arg-type]
    raise TypeError(f"no Redis encoding for {type(value).__name__}")


def duplicate(value: object) -> object:
    """An independent copy, as COPY makes (immutable values are shared)."""
    if type(value) is bytearray:
        return bytearray(value)
    return value
