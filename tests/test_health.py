"""The standard gRPC health service (grpc.health.v1) on the real server: load
balancers and orchestrators probe it, and the test fixtures wait on it."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.servers import RunningServer

SERVING = health_pb2.HealthCheckResponse.SERVING


@pytest.fixture
def health(keyspace_server: RunningServer) -> Iterator[health_pb2_grpc.HealthStub]:
    with grpc.insecure_channel(keyspace_server.address) as channel:
        yield health_pb2_grpc.HealthStub(channel)


@pytest.mark.parametrize("service", ["", "keyspace.v1.KeyspaceService"])
def test_check_is_serving(health: health_pb2_grpc.HealthStub, service: str) -> None:
    reply = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
    assert reply.status == SERVING


def test_unknown_service_is_not_found(health: health_pb2_grpc.HealthStub) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        health.Check(health_pb2.HealthCheckRequest(service="no.such.Service"), timeout=10)
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


def test_watch_reports_serving(health: health_pb2_grpc.HealthStub) -> None:
    stream = health.Watch(health_pb2.HealthCheckRequest(service=""), timeout=10)
    try:
        assert next(stream).status == SERVING
    finally:
        stream.cancel()
