"""What every command method produces: a ``Call``, sent by the class that
mixes the commands in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message


@dataclass(frozen=True, slots=True)
class Call:
    # The RPC name; lowercased, the field of Pipeline's Command and Reply.
    rpc: str
    request: Message
    # Turns the response message into what redis-py would return.
    parse: Callable[[Any], Any]
    # For a blocking command: the seconds the server may wait (0: forever),
    # which the call's deadline must leave room for.
    blocks_for: float | None = None


def deadline(timeout: float | None, call: Call) -> float | None:
    """The gRPC deadline for ``call`` given the client's ``timeout``."""
    if call.blocks_for is None or timeout is None:
        return timeout
    if call.blocks_for == 0:
        return None
    return timeout + call.blocks_for


class CommandsBase:
    def _send(self, call: Call) -> Any:
        raise NotImplementedError


def optional_value(response: Any) -> bytes | None:
    return response.value if response.HasField("value") else None


def field(name: str) -> Callable[[Any], Any]:
    """A parser returning one field of the response."""
    return lambda response: getattr(response, name)


def ok(_response: Any) -> bool:
    return True
