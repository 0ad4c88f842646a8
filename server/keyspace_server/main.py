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
import grpc.aio
import uvloop
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from keyspace_server.api import reflection
from keyspace_server.api.service import build_service
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import SERVICE_NAME
from keyspace_server.commands.table import missing_rpcs
from keyspace_server.config import LOG_LEVELS, Config, parse_args
from keyspace_server.context import Context
from keyspace_server.info import VERSION
from keyspace_server.persistence import jobs
from keyspace_server.persistence.loader import LoadError
from keyspace_server.persistence.manifest import ManifestError
from keyspace_server.persistence.records import FormatError
from keyspace_server.persistence.setup import open_persistence

log = logging.getLogger("keyspace")

# Share of each expiry tick that deleting expired keys may take, as Redis's
# ACTIVE_EXPIRE_CYCLE_SLOW_TIME_PERC (25%).
_EXPIRE_CYCLE_SHARE = 0.25


def _configure_logging(config: Config) -> None:
    handler: logging.Handler
    handler = logging.FileHandler(config.logfile) if config.logfile else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=LOG_LEVELS[config.loglevel], handlers=[handler])


async def _pubsub_cron(ctx: Context) -> None:
    while True:
        await asyncio.sleep(1.0)
        ctx.pubsub.check_limits()


async def _expire_cycle(ctx: Context) -> None:
    while True:
        # Read each tick: CONFIG SET hz takes effect from the next one.
        period = 1.0 / ctx.config.hz
        await asyncio.sleep(period)
        if ctx.loading:
            continue
        # Each key deleted is published as "expired" as it goes (the
        # database's hook), then logged to the AOF as a DEL.
        ctx.db.expire_cycle(period * _EXPIRE_CYCLE_SHARE)
        dispatch.log_expired(ctx)


class StartupError(Exception):
    """The server cannot start; the message says why, for the log."""


def _listen_address(address: str, port: int) -> str:
    host = f"[{address}]" if ":" in address and not address.startswith("[") else address
    return f"{host}:{port}"


async def serve(config: Config) -> None:
    data_dir = Path(config.dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    ctx = Context(config=config)
    limit = config.grpc_max_message_size
    server = grpc.aio.server(
        options=[
            ("grpc.max_receive_message_length", limit),
            ("grpc.max_send_message_length", limit),
            # gRPC sets SO_REUSEPORT by default, which lets a second server
            # bind a port another keyspace-server already serves and then
            # steal some of its connections; a port in use must be an error.
            ("grpc.so_reuseport", 0),
        ]
    )
    server.add_generic_rpc_handlers((build_service(ctx),))
    # grpc-stubs does not declare health.aio (the asyncio servicer module).
    health_servicer = health.aio.HealthServicer()  # type: ignore[attr-defined]
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable((SERVICE_NAME, health.SERVICE_NAME), server)
    missing = missing_rpcs()
    if missing:
        log.warning("RPCs without a command answer UNIMPLEMENTED: %s", ", ".join(missing))
    listening = []
    for address in config.bind:
        try:
            # With --port 0 each address gets a port of its own choosing.
            bound = server.add_insecure_port(_listen_address(address, config.port))
        except RuntimeError:  # gRPC's only report of a failed bind
            raise StartupError(
                f"cannot listen on {_listen_address(address, config.port)}: "
                "the port is in use or the address is not available"
            ) from None
        listening.append(_listen_address(address, bound))
        ctx.port = ctx.port or bound
    ctx.loading = True
    for name in ("", SERVICE_NAME):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    await server.start()
    # Served meanwhile: health says NOT_SERVING, commands get LOADING.
    try:
        ctx.aof = await open_persistence(ctx)
    except (LoadError, ManifestError, FormatError) as error:
        await server.stop(0)
        raise StartupError(str(error)) from None
    ctx.loading = False
    for name in ("", SERVICE_NAME):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    log.info(
        "Keyspace %s ready: gRPC on %s, data in %s",
        VERSION,
        ", ".join(listening),
        data_dir.resolve(),
    )

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    expiry = asyncio.create_task(_expire_cycle(ctx))
    persistence_cron = asyncio.create_task(jobs.cron(ctx))
    pubsub_cron = asyncio.create_task(_pubsub_cron(ctx))
    await stop.wait()
    log.info("shutting down: waiting up to %.0fs for calls in flight", config.shutdown_timeout)
    for name in ("", SERVICE_NAME):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    # Subscriptions never end by themselves: close them, as Redis closes
    # its connections, instead of waiting the whole shutdown timeout.
    ctx.pubsub.close_all("the server is shutting down")
    await server.stop(config.shutdown_timeout)
    for task in (expiry, persistence_cron, pubsub_cron):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await jobs.stop(ctx)  # a rewrite or BGSAVE in progress is abandoned, as Redis does
    if ctx.aof is not None:
        await ctx.aof.close()
    log.info("bye")


def main(argv: list[str] | None = None) -> None:
    config = parse_args(argv)
    _configure_logging(config)
    try:
        # uvloop's event loop costs less per callback than asyncio's, and a
        # gRPC call is several callbacks: ~15% more unary calls per second
        # (README, Performance).
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            runner.run(serve(config))
    except (OSError, StartupError) as error:
        log.error("cannot start: %s", error)
        sys.exit(1)
    except KeyboardInterrupt:
        # SIGINT before the signal handlers are installed (during startup):
        # still a requested stop, not a crash worth a traceback.
        log.info("interrupted during startup; bye")


if __name__ == "__main__":
    main()
