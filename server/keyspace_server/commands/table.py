"""The complete command table: importing this module registers every command
and checks that each RPC of the service has exactly one implementation."""

from __future__ import annotations

from keyspace_server.commands import expire, keys, server  # noqa: F401  (registration)
from keyspace_server.commands.registry import SERVICE, STREAMING_RPCS, TABLE, Command
from keyspace_server.types import strings  # noqa: F401  (registration)


def _check_complete() -> None:
    missing = [
        method.name
        for method in SERVICE.methods
        if method.name not in STREAMING_RPCS and method.name.lower() not in TABLE
    ]
    if missing:
        raise RuntimeError(f"RPCs without a command: {', '.join(missing)}")


_check_complete()

__all__ = ["TABLE", "Command"]
