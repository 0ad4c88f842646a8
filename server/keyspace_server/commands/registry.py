"""The command table: every command described once, as data.

A command module declares each command with ``@command("RpcName", ...)``
next to its handler. The table records the handler, whether the command
writes, and where its keys are; the unary RPCs, the Pipeline stream (and
later the AOF, notifications and transactions) all read this table instead
of knowing commands by name.

A handler is a plain function ``(context, request) -> response`` that runs
to completion on the event loop, which makes every command atomic. A
blocking command's handler may return ``blocking.Blocked`` instead of a
response, and the API layer waits for it (see blocking.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from keyspace.v1 import keyspace_service_pb2

from keyspace_server.blocking import Blocked
from keyspace_server.context import Context

SERVICE = keyspace_service_pb2.DESCRIPTOR.services_by_name["KeyspaceService"]
SERVICE_NAME = SERVICE.full_name
STREAMING_RPCS = frozenset({"Pipeline", "Subscribe"})

Handler = Callable[[Context, Any], Message | Blocked]
H = TypeVar("H", bound=Handler)


@dataclass(frozen=True, slots=True)
class Command:
    # Redis's name, lowercased and without spaces: the RPC name lowercased
    # and the field name in Pipeline's Command and Reply.
    name: str
    rpc: str
    handler: Handler
    request_type: type[Message]
    response_type: type[Message]
    write: bool
    # Request fields holding the keys the command touches, in order; each is
    # a bytes field, a repeated bytes field, or a repeated message whose
    # ``key`` field is the key (MSET's KeyValue pairs).
    key_fields: tuple[str, ...]
    # EXEC: a command made of other commands, each of which goes through
    # dispatch.run itself.
    runs_commands: bool = False

    def keys(self, request: Message) -> list[bytes]:
        found: list[bytes] = []
        for field_name in self.key_fields:
            value = getattr(request, field_name)
            if isinstance(value, bytes):
                found.append(value)
                continue
            for item in value:
                found.append(item if isinstance(item, bytes) else item.key)
        return found


TABLE: dict[str, Command] = {}


def command(
    rpc: str, *, write: bool, keys: Sequence[str] = (), runs_commands: bool = False
) -> Callable[[H], H]:
    """Register the decorated handler as the implementation of ``rpc``."""
    method = SERVICE.methods_by_name.get(rpc)
    if method is None:
        raise LookupError(f"{rpc} is not an RPC of {SERVICE_NAME}")

    def register(handler: H) -> H:
        name = rpc.lower()
        if name in TABLE:
            raise ValueError(f"{rpc} is registered twice")
        TABLE[name] = Command(
            name=name,
            rpc=rpc,
            handler=handler,
            request_type=GetMessageClass(method.input_type),
            response_type=GetMessageClass(method.output_type),
            write=write,
            key_fields=tuple(keys),
            runs_commands=runs_commands,
        )
        return handler

    return register
