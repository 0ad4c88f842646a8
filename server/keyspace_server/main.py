"""``keyspace-server``: configure, serve, run the active expiry cycle, and
shut down gracefully on SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from keyspace_server.api.service import build_service
from keyspace_server.commands.registry import SERVICE_NAME
from keyspace_server.commands.table import missing_rpcs
from keyspace_server.config import Config, parse_args
from keyspace_server.context import Context
from keyspace_server.info import VERSION

log = logging.getLogger("keyspace")

_LOG_LEVELS = {
    "debug": logging.DEBUG,
    "verbose": logging.INFO,
    "notice": logging.INFO,
    "warning": logging.WARNING,
    "nothing": logging.CRITICAL + 1,
}
# Share of each expiry tick that deleting expired keys may take, as Redis's
# ACTIVE_EXPIRE_CYCLE_SLOW_TIME_PERC (25%).
_EXPIRE_CYCLE_SHARE = 0.25


def _configure_logging(config: Config) -> None:
    handler: logging.Handler
    handler = logging.FileHandler(config.logfile) if config.logfile else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=_LOG_LEVELS[config.loglevel], handlers=[handler])


async def _expire_cycle(ctx: Context) -> None:
    period = 1.0 / ctx.config.hz
    while True:
        await asyncio.sleep(period)
        ctx.db.expire_cycle(period * _EXPIRE_CYCLE_SHARE, on_expired=lambda _key: None)


async def serve(config: Config) -> None:
    data_dir = Path(config.dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    ctx = Context(config=config)
    limit = config.grpc_max_message_size
    server = grpc.aio.server(
        options=[
            ("grpc.max_receive_message_length", limit),
            ("grpc.max_send_message_length", limit),
        ]
    )
    server.add_generic_rpc_handlers((build_service(ctx),))
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        (SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME), server
    )
    missing = missing_rpcs()
    if missing:
        log.warning("RPCs without a command answer UNIMPLEMENTED: %s", ", ".join(missing))
    ports = []
    for address in config.bind:
        host = f"[{address}]" if ":" in address and not address.startswith("[") else address
        ports.append(server.add_insecure_port(f"{host}:{config.port}"))
    ctx.port = ports[0]
    await server.start()
    for name in ("", SERVICE_NAME):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    log.info(
        "Keyspace %s ready: gRPC on %s, data in %s",
        VERSION,
        ", ".join(f"{address}:{ctx.port}" for address in config.bind),
        data_dir.resolve(),
    )

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    expiry = asyncio.create_task(_expire_cycle(ctx))
    await stop.wait()
    log.info("shutting down: waiting up to %.0fs for calls in flight", config.shutdown_timeout)
    for name in ("", SERVICE_NAME):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    await server.stop(config.shutdown_timeout)
    expiry.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await expiry
    log.info("bye")


def main(argv: list[str] | None = None) -> None:
    config = parse_args(argv)
    _configure_logging(config)
    try:
        asyncio.run(serve(config))
    except OSError as error:
        log.error("cannot start: %s", error)
        sys.exit(1)
    except RuntimeError as error:  # grpc reports a port it cannot bind this way
        log.error("cannot start: %s", error)
        sys.exit(1)


if __name__ == "__main__":
    main()
