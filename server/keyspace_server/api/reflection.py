"""gRPC server reflection, so that grpcurl and similar tools need no .proto files.

grpcio-reflection looks symbols up in the default descriptor pool, whose upb
implementation does not resolve a method's full name
(``keyspace.v1.KeyspaceService.Set``), so ``grpcurl describe`` of an RPC would
fail with "Symbol not found" (grpc/grpc#34743). ``MethodResolvingPool`` adds
that lookup: a method is in its service's file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import grpc.aio
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import FileDescriptor
from grpc_reflection.v1alpha import reflection


class MethodResolvingPool:
    """A descriptor pool that also finds the file containing a method."""

    def __init__(self, pool: descriptor_pool.DescriptorPool) -> None:
        self._pool = pool

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pool, name)

    def FindFileContainingSymbol(self, symbol: str) -> FileDescriptor:  # noqa: N802 (pool API)
        try:
            return self._pool.FindFileContainingSymbol(symbol)
        except KeyError:
            service_name, _, method = symbol.rpartition(".")
            try:
                service = self._pool.FindServiceByName(service_name)
            except KeyError:
                service = None
            if service is not None and method in service.methods_by_name:
                return service.file
            raise


def enable(service_names: Sequence[str], server: grpc.aio.Server) -> None:
    """Serve reflection for ``service_names`` (and the reflection service)."""
    names = (*service_names, reflection.SERVICE_NAME)
    # The servicer only calls the pool's Find* methods: the wrapper stands in.
    pool = cast(descriptor_pool.DescriptorPool, MethodResolvingPool(descriptor_pool.Default()))
    reflection.enable_server_reflection(names, server, pool=pool)
