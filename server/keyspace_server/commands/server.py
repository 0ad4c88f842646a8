"""Connection and server commands: PING, ECHO, TIME, DBSIZE, FLUSHDB,
FLUSHALL, INFO."""

from __future__ import annotations

import time

from keyspace.v1 import server_pb2

from keyspace_server import info
from keyspace_server.commands.registry import command
from keyspace_server.context import Context

_PONG = server_pb2.PingResponse(message=b"PONG")


@command("Ping", write=False)
def ping(ctx: Context, request: server_pb2.PingRequest) -> server_pb2.PingResponse:
    if request.HasField("message"):
        return server_pb2.PingResponse(message=request.message)
    return _PONG


@command("Echo", write=False)
def echo(ctx: Context, request: server_pb2.EchoRequest) -> server_pb2.EchoResponse:
    return server_pb2.EchoResponse(message=request.message)


@command("Time", write=False)
def time_(ctx: Context, request: server_pb2.TimeRequest) -> server_pb2.TimeResponse:
    seconds, nanoseconds = divmod(time.time_ns(), 1_000_000_000)
    return server_pb2.TimeResponse(seconds=seconds, microseconds=nanoseconds // 1000)


@command("DbSize", write=False)
def dbsize(ctx: Context, request: server_pb2.DbSizeRequest) -> server_pb2.DbSizeResponse:
    return server_pb2.DbSizeResponse(count=len(ctx.db))


def _flush(ctx: Context) -> None:
    # Dropping the dict is O(1) for the command; CPython frees the values as
    # the old dict's references go, which is what ASYNC promises anyway.
    ctx.db.clear()
    ctx.key_cursors.clear()


@command("FlushDb", write=True)
def flushdb(ctx: Context, request: server_pb2.FlushDbRequest) -> server_pb2.FlushDbResponse:
    _flush(ctx)
    return server_pb2.FlushDbResponse()


@command("FlushAll", write=True)
def flushall(ctx: Context, request: server_pb2.FlushAllRequest) -> server_pb2.FlushAllResponse:
    _flush(ctx)
    return server_pb2.FlushAllResponse()


@command("Info", write=False)
def info_(ctx: Context, request: server_pb2.InfoRequest) -> server_pb2.InfoResponse:
    text = info.render(ctx, [section.lower() for section in request.sections])
    return server_pb2.InfoResponse(info=text)
