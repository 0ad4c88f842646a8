"""Command errors to gRPC statuses: the only place that knows the mapping.

A unary call that fails ends with the error's code, Redis's text as the
status message, and a google.rpc.Status in the ``grpc-status-details-bin``
trailer whose ErrorInfo detail carries the Redis prefix as ``reason`` (the
standard rich error model, read by grpc-status libraries in every language).
In a Pipeline the same facts travel as an ``Error`` reply.
"""

from __future__ import annotations

from functools import lru_cache

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from keyspace.v1 import pipeline_pb2

from keyspace_server.errors import CommandError

ERROR_DOMAIN = "keyspace.v1"
_DETAILS_KEY = "grpc-status-details-bin"
_CODES = {code.value[0]: code for code in grpc.StatusCode}

Trailer = tuple[tuple[str, bytes], ...]


@lru_cache(maxsize=1024)
def _status(message: str, code: int, reason: str) -> tuple[grpc.StatusCode, Trailer]:
    detail = any_pb2.Any()
    detail.Pack(error_details_pb2.ErrorInfo(reason=reason, domain=ERROR_DOMAIN))
    status = status_pb2.Status(code=code, message=message, details=[detail])
    return _CODES[code], ((_DETAILS_KEY, status.SerializeToString()),)


def grpc_status(error: CommandError) -> tuple[grpc.StatusCode, str, Trailer]:
    code, trailer = _status(error.message, int(error.code), error.reason)
    return code, error.message, trailer


def error_reply(error: CommandError) -> pipeline_pb2.Reply:
    return pipeline_pb2.Reply(
        error=pipeline_pb2.Error(reason=error.reason, message=error.message, code=int(error.code))
    )
