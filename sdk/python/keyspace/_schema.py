"""Facts about the service read from the generated descriptors, so that the
clients need no per-RPC code."""

from __future__ import annotations

import json
from functools import cache

from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from keyspace.v1 import keyspace_service_pb2

SERVICE = keyspace_service_pb2.DESCRIPTOR.services_by_name["KeyspaceService"]
SERVICE_NAME = SERVICE.full_name


def method_path(rpc: str) -> str:
    return f"/{SERVICE_NAME}/{rpc}"


@cache
def response_type(rpc: str) -> type[Message]:
    return GetMessageClass(SERVICE.methods_by_name[rpc].output_type)


DEFAULT_PORT = 7379
MAX_MESSAGE_SIZE = 64 * 1024 * 1024
# Retry only what never reached a command: UNAVAILABLE means the call did not
# get through (the server restarting, a dropped connection), so retrying it
# cannot run a command twice.
_SERVICE_CONFIG = json.dumps(
    {
        "methodConfig": [
            {
                "name": [{"service": SERVICE_NAME}],
                "retryPolicy": {
                    "maxAttempts": 5,
                    "initialBackoff": "0.1s",
                    "maxBackoff": "2s",
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ]
    }
)
CHANNEL_OPTIONS: list[tuple[str, object]] = [
    ("grpc.max_receive_message_length", MAX_MESSAGE_SIZE),
    ("grpc.max_send_message_length", MAX_MESSAGE_SIZE),
    ("grpc.enable_retries", 1),
    ("grpc.service_config", _SERVICE_CONFIG),
]


def target_of(target: str | None, host: str, port: int) -> str:
    """``Client("host:port")`` or redis-py's ``Client(host=..., port=...)``."""
    if target is not None:
        return target
    # An IPv6 address needs brackets in a gRPC target ("[::1]:7379"); without
    # them "::1:7379" reads as an address with no port.
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{host}:{port}"
