"""Transactions: WATCH and EXEC (MULTI, DISCARD and UNWATCH are the
client's; see ExecRequest in pipeline.proto).

WATCH hands out versions (keyspace.py, "Versions") and keeps no client
state; EXEC compares the versions it is sent and, when none changed, runs
its commands through dispatch.run one after the other within this one call,
so that no other client's command, and no blocked client, runs in between.
The AOF records the commands make (their effects, as if sent alone) are
logged as one EXEC record holding them all: a crash cannot leave half a
transaction in the file (a truncated last record is dropped whole), which is
what Redis's MULTI ... EXEC wrapping in its AOF achieves. Replaying that
record applies the effects in order, as the loader applies any record.
"""

from __future__ import annotations

from keyspace.v1 import pipeline_pb2

from keyspace_server import errors
from keyspace_server.commands import dispatch
from keyspace_server.commands.registry import TABLE, command
from keyspace_server.context import Context
from keyspace_server.keyspace import now_ms

# Commands Redis refuses between MULTI and EXEC (flagging the transaction):
# the transaction commands themselves.
_NOT_IN_TRANSACTION = frozenset({"watch", "exec"})

EXECABORT = "EXECABORT Transaction discarded because of previous errors."


@command("Watch", write=False, keys=("keys",))
def watch(ctx: Context, request: pipeline_pb2.WatchRequest) -> pipeline_pb2.WatchResponse:
    db = ctx.db
    versions = []
    for key in request.keys:
        # A key already past its deadline is deleted first: its expiry
        # happened before the WATCH, so it must not abort the EXEC.
        db.get(key)
        versions.append(db.watch(key))
    return pipeline_pb2.WatchResponse(versions=versions)


def _unchanged(ctx: Context, watched: list[pipeline_pb2.WatchedKey]) -> bool:
    db = ctx.db
    db.command_time = now_ms()
    try:
        for item in watched:
            # A watched key whose deadline has passed by now changed, even
            # if nobody has looked it up since (Redis's isWatchedKeyExpired).
            db.get(item.key)
    finally:
        db.command_time = None
        dispatch.log_expired(ctx)
    return all(db.version_of(item.key) == item.version for item in watched)


@command("Exec", write=True, runs_commands=True)
def exec_(ctx: Context, request: pipeline_pb2.ExecRequest) -> pipeline_pb2.ExecResponse:
    # Imported here: the API layer imports the command table, which imports
    # this module.
    from keyspace_server.api.pipeline import execute

    if ctx.db.loading:
        _replay(ctx, request)
        return pipeline_pb2.ExecResponse()
    for queued in request.commands:
        name = queued.WhichOneof("command")
        if name is None or name in _NOT_IN_TRANSACTION:
            raise errors.CommandError(EXECABORT)
    if not _unchanged(ctx, list(request.watched)):
        return pipeline_pb2.ExecResponse(aborted=True)
    ctx.stats.commands_processed += len(request.commands)
    ctx.in_transaction = True
    batch: list[bytes] = []
    if ctx.aof is not None:
        ctx.aof_batch = batch
    try:
        replies = [execute(ctx, queued) for queued in request.commands]
    finally:
        ctx.in_transaction = False
        ctx.aof_batch = None
        if batch:
            _log(ctx, batch)
    if ctx.db.ready_keys:
        ctx.blocked.serve_ready()
    return pipeline_pb2.ExecResponse(replies=replies)


def _log(ctx: Context, records: list[bytes]) -> None:
    if len(records) == 1:
        ctx.aof.append(records[0])
        return
    commands = [pipeline_pb2.Command.FromString(record) for record in records]
    transaction = pipeline_pb2.Command(exec=pipeline_pb2.ExecRequest(commands=commands))
    ctx.aof.append(transaction.SerializeToString())


def _replay(ctx: Context, request: pipeline_pb2.ExecRequest) -> None:
    """Apply an EXEC record of the AOF: the effects its commands logged."""
    for effect in request.commands:
        name = effect.WhichOneof("command")
        if name is None or name not in TABLE:
            raise errors.CommandError(EXECABORT)
        TABLE[name].handler(ctx, getattr(effect, name))
