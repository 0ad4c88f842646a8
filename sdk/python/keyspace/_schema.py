"""Facts about the service read from the generated descriptors, so that the
clients need no per-RPC code."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from google.protobuf import descriptor_pb2
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from keyspace.v1 import keyspace_service_pb2, pipeline_pb2, subscribe_pb2

SERVICE = keyspace_service_pb2.DESCRIPTOR.services_by_name["KeyspaceService"]
SERVICE_NAME = SERVICE.full_name


def method_path(rpc: str) -> str:
    return f"/{SERVICE_NAME}/{rpc}"


@cache
def request_type(rpc: str) -> type[Message]:
    return GetMessageClass(SERVICE.methods_by_name[rpc].input_type)


@cache
def response_type(rpc: str) -> type[Message]:
    return GetMessageClass(SERVICE.methods_by_name[rpc].output_type)


def unary_method(channel: Any, rpc: str) -> Any:
    """The callable for ``rpc`` on ``channel``; sync and asyncio channels
    have the same ``unary_unary`` signature."""
    return channel.unary_unary(
        method_path(rpc),
        request_serializer=request_type(rpc).SerializeToString,
        response_deserializer=response_type(rpc).FromString,
    )


def pipeline_method(channel: Any) -> Any:
    """The Pipeline stream's callable on a sync or asyncio channel."""
    return channel.stream_stream(
        method_path("Pipeline"),
        request_serializer=pipeline_pb2.PipelineRequest.SerializeToString,
        response_deserializer=pipeline_pb2.PipelineResponse.FromString,
    )


def subscribe_method(channel: Any) -> Any:
    """The Subscribe stream's callable on a sync or asyncio channel."""
    return channel.stream_stream(
        method_path("Subscribe"),
        request_serializer=subscribe_pb2.SubscribeRequest.SerializeToString,
        response_deserializer=subscribe_pb2.SubscribeResponse.FromString,
    )


DEFAULT_PORT = 7379
MAX_MESSAGE_SIZE = 64 * 1024 * 1024


def retryable_rpcs() -> list[str]:
    """RPCs the schema marks NO_SIDE_EFFECTS or IDEMPOTENT."""
    options = descriptor_pb2.MethodOptions
    safe = (options.NO_SIDE_EFFECTS, options.IDEMPOTENT)
    return [
        method.name for method in SERVICE.methods if method.GetOptions().idempotency_level in safe
    ]


# gRPC already retries, transparently, a call that never left the client.
# Beyond that only read-only (and idempotent) RPCs are retried on UNAVAILABLE: a write cut
# off by a server crash may have run (and been logged) before the crash, and
# running INCR or RPUSH twice would be wrong. Such a write surfaces as
# ConnectionError, like a dropped connection in redis-py.
_SERVICE_CONFIG = json.dumps(
    {
        "methodConfig": [
            {
                "name": [{"service": SERVICE_NAME, "method": name} for name in retryable_rpcs()],
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
