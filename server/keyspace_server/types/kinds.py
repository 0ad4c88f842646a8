"""What every data type module provides to the generic key commands: its
TYPE name, its OBJECT ENCODING, and how COPY duplicates a value. The key
commands ask here instead of knowing each type; the value's exact Python
class says which module owns it."""

from __future__ import annotations

from types import ModuleType

from keyspace_server.types import hashes, lists, sets, strings, zsets

_OWNER: dict[type, ModuleType] = {
    bytes: strings,
    bytearray: strings,
    strings.EmbeddedString: strings,
    hashes.Hash: hashes,
    lists.List: lists,
    sets.Set: sets,
    zsets.ZSet: zsets,
}


def _owner(value: object) -> ModuleType:
    try:
        return _OWNER[type(value)]
    except KeyError:
        raise TypeError(f"no Redis type for {type(value).__name__}") from None


def type_name(value: object) -> str:
    return str(_owner(value).TYPE_NAME)


def encoding(value: object) -> str:
    return str(_owner(value).encoding(value))


def duplicate(value: object) -> object:
    """An independent copy, as COPY makes (immutable values are shared)."""
    return _owner(value).duplicate(value)
