"""One Pipeline request, run with the native fast path where it may.

``_native.run`` takes the plain GETs and SETs straight from the request's
bytes; at the first command it does not take it stops, that command runs
through the dispatcher like any other (``run_one``), and the native run
resumes after it. Replies come back as serialized ``PipelineResponse``
fields, so the response is their concatenation.

The fast path leaves out everything that plain GET and SET do not need
when nobody is watching: it may run only while no keyspace notification is
enabled, no snapshot (BGREWRITEAOF, BGSAVE) is being written, no key is
WATCHed, no client is blocked on a key, the dataset is loaded and the AOF
accepts writes. A command run through the dispatcher may change any of
that (CONFIG SET, BGREWRITEAOF), so it is asked again after each one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from keyspace.v1 import pipeline_pb2

from keyspace_server.context import Context

try:
    from keyspace_server.fastpath import _native
except ImportError:  # pragma: no cover - a tree where the extension was not built
    _native = None  # type: ignore[assignment]

_GIVE_UP = -2
log = logging.getLogger("keyspace")

RunOne = Callable[[pipeline_pb2.Command], bytes]


def available() -> bool:
    """Whether the extension was built (pip install builds it)."""
    return _native is not None


def _may_run(ctx: Context) -> bool:
    db = ctx.db
    aof = ctx.aof
    return (
        _native is not None
        and not ctx.loading
        and ctx.snapshot is None
        and not db.watched
        and not db.blocked_keys
        and not ctx.pubsub.notify_flags
        and ctx.aof_batch is None
        and (aof is None or aof.error is None)
    )


class Request:
    """A PipelineRequest as it arrived: its bytes, parsed by protobuf only
    if a command needs the dispatcher. A request of nothing but plain GETs
    and SETs is checked by ``_native.plain_commands`` instead, as completely
    as protobuf would; any other is parsed at once, so that a malformed
    request is refused (DecodeError) before any of its commands runs."""

    __slots__ = ("_parsed", "raw", "size")

    def __init__(self, raw: bytes, ctx: Context) -> None:
        self.raw = raw
        self._parsed: pipeline_pb2.PipelineRequest | None = None
        try:
            size = -1 if _native is None else _native.plain_commands(raw, _max_value(ctx))
        except Exception:  # a broken configuration: protobuf's path reports it
            size = -1
        self.size = size if size >= 0 else len(self.parsed().commands)

    def parsed(self) -> pipeline_pb2.PipelineRequest:
        if self._parsed is None:
            self._parsed = pipeline_pb2.PipelineRequest.FromString(self.raw)
        return self._parsed


def _max_value(ctx: Context) -> int:
    return ctx.config.proto_max_bulk_len


def _dispatched(
    request: Request, start: int, run_one: RunOne, parts: list[bytes] | None = None
) -> bytes:
    """``parts`` followed by the replies of the commands from ``start`` on,
    each run through the dispatcher."""
    commands = request.parsed().commands
    return b"".join([*(parts or []), *(run_one(command) for command in commands[start:])])


def run_request(ctx: Context, request: Request, run_one: RunOne) -> bytes:
    """The serialized replies to ``request``, as the fields of a
    PipelineResponse. ``run_one`` runs one command through the dispatcher
    and returns its reply as such a field."""
    if not _may_run(ctx):
        return _dispatched(request, 0, run_one)
    raw = request.raw
    db = ctx.db
    records: list[bytes] | None = [] if ctx.aof is not None else None
    parts: list[bytes] = []
    offset = index = 0
    while True:
        try:
            outcome = _native.run(raw, offset, db.data, db.expires, _max_value(ctx), records)
        except Exception:
            # Arguments it cannot take (a broken configuration) fail it
            # before it runs anything (running out of memory could fail it
            # midway): the dispatcher runs the rest and answers each command
            # as it can, so the stream goes on.
            log.exception("the native fast path failed; running the commands in Python")
            return _dispatched(request, index, run_one, parts)
        replies, ran, stop_end, hits, misses, created, writes = outcome
        parts.append(replies)
        index += ran
        db.hits += hits
        db.misses += misses
        db.version += created
        if writes:
            ctx.persistence.dirty += writes
            if records:
                for record in records:
                    ctx.aof.append(record)
                records.clear()
        if stop_end == -1:
            return b"".join(parts)
        if stop_end == _GIVE_UP:
            return _dispatched(request, index, run_one, parts)
        parts.append(run_one(request.parsed().commands[index]))
        index += 1
        offset = stop_end
        if not _may_run(ctx):
            return _dispatched(request, index, run_one, parts)
