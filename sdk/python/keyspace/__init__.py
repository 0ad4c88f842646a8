"""Keyspace's Python SDK: Redis's commands over Keyspace's typed gRPC API,
with redis-py's method names, arguments and return values.

    import keyspace
    kv = keyspace.Client("localhost:7379")
    kv.set("greeting", "hello", ex=10)
    kv.get("greeting")            # b"hello"

``keyspace.asyncio.Client`` is the same with awaitable methods; generated
messages and stubs are in ``keyspace.v1``.
"""

from keyspace.client import Client, Pipeline
from keyspace.exceptions import (
    BusyLoadingError,
    ConnectionError,
    DataError,
    KeyspaceError,
    RedisError,
    ResourceExhaustedError,
    ResponseError,
    TimeoutError,
    WatchError,
    WrongTypeError,
)

__all__ = [
    "BusyLoadingError",
    "Client",
    "ConnectionError",
    "DataError",
    "KeyspaceError",
    "Pipeline",
    "RedisError",
    "ResourceExhaustedError",
    "ResponseError",
    "TimeoutError",
    "WatchError",
    "WrongTypeError",
]
__version__ = "0.1.0"
