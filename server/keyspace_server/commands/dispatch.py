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
from typing import Any, TypeVar

from google.protobuf.message import Message
from keyspace.v1 import keys_pb2, pipeline_pb2

from keyspace_server import errors
from keyspace_server.blocking import Blocked
from keyspace_server.commands.registry import Command
from keyspace_server.context import Context
from keyspace_server.keyspace import now_ms


def propagate(ctx: Context, name: str, request: Message) -> None:
    """Log ``name``/``request`` instead of (or besides) the running command.
    Each call adds one record; calling it with nothing to log is allowed."""
    if ctx.effects is not None:
        field = {name: request}
        ctx.effects.append(pipeline_pb2.Command(**field))  # type: ignore[arg-type]


def propagate_nothing(ctx: Context) -> None:
    """Log nothing for the running command: it failed a condition or found
    nothing to change (SET NX on an existing key, EXPIRE on a missing one),
    so its record would only lengthen the file. Nothing propagated after
    this call is logged either."""
    ctx.effects = None


def log_expired(ctx: Context) -> None:
    """Append a DEL for each key the server expired since last asked."""
    expired = ctx.db.expired_log
    if not expired:
        return
    if ctx.aof is not None:
        for key in expired:
            _append(ctx, _del_record(key))
    expired.clear()


def _append(ctx: Context, record: bytes) -> None:
    """Log one record, or keep it for EXEC to log its commands' records as
    one (so that a crash never leaves half a transaction in the file)."""
    batch = ctx.aof_batch
    if batch is not None:
        batch.append(record)
    else:
        ctx.aof.append(record)


def _del_record(key: bytes) -> bytes:
    # "del" is a Python keyword, so the field is set through its name.
    field = {"del": keys_pb2.DelRequest(keys=[key])}
    return pipeline_pb2.Command(**field).SerializeToString()  # type: ignore[arg-type]


def _log_effects(ctx: Context, command: Command, request: Message) -> None:
    aof = ctx.aof
    effects, ctx.effects = ctx.effects, None
    if effects is not None:
        ctx.persistence.dirty += len(effects) or 1  # INFO rdb_changes_since_last_save
        db = ctx.db
        if db.watched:
            # A change of a watched key aborts the transactions that watched
            # it. Only commands that changed something get here (one that
            # called propagate_nothing did not), so as in Redis a failed SET
            # NX does not abort anybody.
            for key in command.keys(request):
                db.touch(key)
    if aof is None:
        return
    if effects:
        for effect in effects:
            _append(ctx, effect.SerializeToString())
    elif effects is not None:
        field = {command.name: request}
        _append(ctx, pipeline_pb2.Command(**field).SerializeToString())  # type: ignore[arg-type]


R = TypeVar("R")


def _call(ctx: Context, handler: Callable[..., R], *arguments: Any) -> R:
    """Run a command's handler, then log the keys that expired on the way.
    They go before the command's effect, which may have re-created them
    (BLMOVE onto a destination whose TTL had passed): the other order would
    delete them again on replay. A failed command logs no effect."""
    try:
        response = handler(*arguments)
    except BaseException:
        ctx.effects = None
        log_expired(ctx)
        raise
    log_expired(ctx)
    return response


def _logged_attempt(
    ctx: Context, command: Command, request: Message, attempt: Callable[[], Message | None]
) -> Callable[[], Message | None]:
    """A blocked command's retry that logs its effect when it is served."""

    def run() -> Message | None:
        if ctx.snapshot is not None:  # copy-before-write, as in run()
            ctx.snapshot.before_write(command, request)
        ctx.effects = []
        response = _call(ctx, attempt)
        if response is None:
            ctx.effects = None
        else:
            _log_effects(ctx, command, request)
        return response

    return run


def run(ctx: Context, command: Command, request: Message) -> Message | Blocked:
    if ctx.loading:
        raise errors.loading()
    if command.runs_commands:
        # EXEC: each of its commands comes back here with its own AOF
        # record and clock; EXEC itself has nothing to log.
        return command.handler(ctx, request)
    write = command.write
    if write and ctx.aof is not None:
        ctx.aof.check_writable()
    ctx.effects = [] if write else None
    if write and ctx.snapshot is not None:
        # A BGREWRITEAOF or BGSAVE in progress saves the keys this command
        # may change as they are now, before it changes them.
        ctx.snapshot.before_write(command, request)
    # One clock for the whole command, clients it wakes included, as Redis's
    # fixed_time_expire: a key alive at the command's first lookup must not
    # expire at its second (RPOPLPUSH k k, ZUNIONSTORE k k), which would
    # leave an effect that replaying the AOF cannot reproduce.
    ctx.db.command_time = now_ms()
    try:
        response = _call(ctx, command.handler, ctx, request)
        if isinstance(response, Blocked):
            ctx.effects = None
            response.attempt = _logged_attempt(ctx, command, request, response.attempt)
        elif write:
            _log_effects(ctx, command, request)
        if ctx.db.ready_keys and not ctx.in_transaction:
            ctx.blocked.serve_ready()
        return response
    finally:
        ctx.db.command_time = None
