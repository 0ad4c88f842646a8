"""gRPC failures to SDK exceptions: the one place that reads statuses."""

from __future__ import annotations

from typing import cast

import grpc
from google.rpc import error_details_pb2, status_pb2

from keyspace.exceptions import (
    BusyLoadingError,
    ConnectionError,
    KeyspaceError,
    TimeoutError,
    response_error,
)

_DETAILS_KEY = "grpc-status-details-bin"


def _redis_text(error: grpc.RpcError) -> str | None:
    """Redis's error text when the status carries an ErrorInfo detail."""
    # A failed call's error is also its grpc.Call (grpc.aio.AioRpcError for the
    # asyncio client); either way the trailers iterate as (key, value) pairs.
    trailers = cast(grpc.Call, error).trailing_metadata() or ()
    for key, value in trailers:
        if key != _DETAILS_KEY or not isinstance(value, bytes):
            continue
        status = status_pb2.Status.FromString(value)
        for detail in status.details:
            if detail.TypeName() == error_details_pb2.ErrorInfo.DESCRIPTOR.full_name:
                return str(status.message)
    return None


def from_rpc_error(error: grpc.RpcError) -> KeyspaceError:
    code = error.code()
    details = error.details() or ""
    if code == grpc.StatusCode.UNAVAILABLE:
        if details.startswith("LOADING "):
            return BusyLoadingError(details)
        return ConnectionError(details)
    if code == grpc.StatusCode.DEADLINE_EXCEEDED:
        return TimeoutError(details)
    text = _redis_text(error)
    if text is not None:
        return response_error(text, code.value[0])
    if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
        return response_error(f"ERR {details}", code.value[0])
    return KeyspaceError(f"{code.name}: {details}")
