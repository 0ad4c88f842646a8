"""The complete command table: importing this module registers every
command. An RPC without a command answers UNIMPLEMENTED (gRPC's reply for a
method nobody serves); the test suite requires the table to be complete."""

from __future__ import annotations

from keyspace_server.commands import (  # noqa: F401  (registration)
    config,
    expire,
    keys,
    persistence,
    pubsub,
    server,
    transactions,
)
from keyspace_server.commands.registry import SERVICE, STREAMING_RPCS, TABLE, Command
from keyspace_server.types import hashes, lists, sets, strings, zsets  # noqa: F401


def missing_rpcs() -> list[str]:
    """RPCs of the service that no command implements."""
    return [
        method.name
        for method in SERVICE.methods
        if method.name not in STREAMING_RPCS and method.name.lower() not in TABLE
    ]


__all__ = ["TABLE", "Command", "missing_rpcs"]
