"""A grpc.aio server with nothing of Keyspace in it: Set, Get and Ping answer
constant replies without parsing the request. What it costs per call is
grpcio's own floor; scripts/bench-grpc-floor runs it.

    python scripts/grpc_floor_server.py PORT
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import grpc
import grpc.aio
import uvloop
from grpc_health.v1 import health, health_pb2_grpc
from keyspace.v1 import strings_pb2

# The same event loop and port sharing as keyspace-server would use.
_REPLIES = {
    "Set": strings_pb2.SetResponse(written=True).SerializeToString(),
    "Get": strings_pb2.GetResponse(value=b"xxx").SerializeToString(),
    "Ping": b"",
}


def _constant(reply: bytes) -> grpc.RpcMethodHandler:
    async def answer(_request: bytes, _context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        return reply

    # No (de)serializers: the request is never parsed, the reply is bytes.
    return grpc.unary_unary_rpc_method_handler(answer)


async def serve(port: int) -> None:
    server = grpc.aio.server(options=[("grpc.so_reuseport", 1)])
    handlers = {name: _constant(reply) for name, reply in _REPLIES.items()}
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("keyspace.v1.KeyspaceService", handlers)]
    )
    # Health as keyspace-server has it, so the tests' wait_until_serving
    # tells when it is up.
    health_pb2_grpc.add_HealthServicer_to_server(health.aio.HealthServicer(), server)
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    await server.wait_for_termination()


if __name__ == "__main__":
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve(int(sys.argv[1])))
