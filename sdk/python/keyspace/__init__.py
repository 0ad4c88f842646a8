"""Keyspace's Python SDK: Redis's commands over Keyspace's typed gRPC API,
with redis-py's method names, arguments and return values.

    import keyspace
    kv = keyspace.Client("localhost:7379")
    kv.set("greeting", "hello", ex=10)
    kv.get("greeting")            # b"hello"

``keyspace.asyncio.Client`` is the same with awaitable methods;
``kv.pubsub()`` subscribes, as redis-py's (``keyspace.pubsub``); generated
messages and stubs are in ``keyspace.v1``.
"""

from keyspace.client import Client, Pipeline
from keyspace.exceptions import (
    BusyLoadingError,
    ConnectionError,
    DataError,
    KeyspaceError,
    PubSubError,
    RedisError,
    ResourceExhaustedError,
    ResponseError,
    TimeoutError,
    WatchError,
    WrongTypeError,
)
from keyspace.pubsub import Backoff, PubSub, Subscription

__all__ = [
    "Backoff",
    "BusyLoadingError",
    "Client",
    "ConnectionError",
    "DataError",
    "KeyspaceError",
    "Pipeline",
    "PubSub",
    "PubSubError",
    "RedisError",
    "ResourceExhaustedError",
    "ResponseError",
    "Subscription",
    "TimeoutError",
    "WatchError",
    "WrongTypeError",
]
__version__ = "0.1.0"
