"""Running one command: the single path every client command takes, as
Redis's ``call()``. Unary RPCs and the Pipeline both come here.

Around the handler it: refuses client commands while the dataset loads;
refuses writes while the AOF cannot be written (MISCONF); collects what the
command changed and appends it to the AOF; logs the keys that expired on the
way as DELs, before the command's own effect; and hands keys the command
created to clients blocked on them.

What goes to the AOF is the command's request, unless the handler called
``propagate`` with something deterministic to log instead (an absolute
expiry for a relative one, the members SPOP removed, the value INCRBYFLOAT
stored), so that replaying the file rebuilds exactly the same data.
"""

from __future__ import annotations

from collections.abc import Callable

from google.protobuf.message import Message
from keyspace.v1 import keys_pb2, pipeline_pb2

from keyspace_server import errors
from keyspace_server.blocking import Blocked
from keyspace_server.commands.registry import Command
from keyspace_server.context import Context


def propagate(ctx: Context, name: str, request: Message) -> None:
    """Log ``name``/``request`` instead of (or besides) the running command.
    Each call adds one record; calling it with nothing to log is allowed."""
    if ctx.effects is not None:
        field = {name: request}
        ctx.effects.append(pipeline_pb2.Command(**field))  # type: ignore[arg-type]


def log_expired(ctx: Context) -> None:
    """Append a DEL for each key the server expired since last asked."""
    expired = ctx.db.expired_log
    if not expired:
        return
    aof = ctx.aof
    if aof is not None:
        for key in expired:
            aof.append(_del_record(key))
    expired.clear()


def _del_record(key: bytes) -> bytes:
    # "del" is a Python keyword, so the field is set through its name.
    field = {"del": keys_pb2.DelRequest(keys=[key])}
    return pipeline_pb2.Command(**field).SerializeToString()  # type: ignore[arg-type]


def _log_effects(ctx: Context, command: Command, request: Message) -> None:
    aof = ctx.aof
    effects, ctx.effects = ctx.effects, None
    if aof is None:
        return
    if effects:
        for effect in effects:
            aof.append(effect.SerializeToString())
    elif effects is not None:
        field = {command.name: request}
        aof.append(pipeline_pb2.Command(**field).SerializeToString())  # type: ignore[arg-type]


def _logged_attempt(
    ctx: Context, command: Command, request: Message, attempt: Callable[[], Message | None]
) -> Callable[[], Message | None]:
    """A blocked command's retry that logs its effect when it is served."""

    def run() -> Message | None:
        ctx.effects = []
        try:
            response = attempt()
        except BaseException:
            ctx.effects = None
            raise
        if response is None:
            ctx.effects = None
        else:
            _log_effects(ctx, command, request)
        log_expired(ctx)
        return response

    return run


def run(ctx: Context, command: Command, request: Message) -> Message | Blocked:
    if ctx.loading:
        raise errors.loading()
    write = command.write
    if write and ctx.aof is not None:
        ctx.aof.check_writable()
    ctx.effects = [] if write else None
    try:
        response = command.handler(ctx, request)
    except BaseException:
        ctx.effects = None
        log_expired(ctx)
        raise
    log_expired(ctx)
    if isinstance(response, Blocked):
        ctx.effects = None
        response.attempt = _logged_attempt(ctx, command, request, response.attempt)
    elif write:
        _log_effects(ctx, command, request)
    if ctx.db.ready_keys:
        ctx.blocked.serve_ready()
    return response
