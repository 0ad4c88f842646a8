"""Copy-before-write: writing the dataset as of one instant while commands
go on changing it (BGREWRITEAOF's new base, BGSAVE's snapshot).

Redis forks and lets the kernel copy each memory page before the parent
changes it. Here the copy is per key: at the switch point the dump keeps
the database's tables (data and expires) and a list of their keys; a
background task then walks the keys in small batches, one batch per turn
of the event loop, and serializes each into the file. Before a write command runs, dispatch.run
calls ``before_write`` with the command's keys (Command.keys), and each key
not yet written is serialized first, as it still is at the switch point. So
every key is written exactly once, with its value at the switch point:

- a key the walk reaches untouched still holds that value;
- a key created after the switch point is absent from the tables when the
  hook first sees it, so it is marked done with nothing written;
- a key the server expires (actively or on lookup) is gone from the tables
  before anything can write it; the DEL of its expiry is in the AOF after
  the switch point, so replaying base then increment ends the same way;
- FLUSHALL/FLUSHDB replace the database's tables (Database.clear) instead of
  emptying them, so the tables the dump holds stop changing and the walk
  finishes from them with no copying at all.

The one step proportional to the dataset at the switch point is listing
the keys (KeyTable.key_list: their bytes copied end to end, about 35 ms
per million short keys); no value is touched then.
A key the hook serializes costs the time to serialize that key, so one
huge container delays the write that touches it first.
"""

from __future__ import annotations

import asyncio
import logging
import time

from google.protobuf.message import Message

from keyspace_server.commands.registry import Command
from keyspace_server.context import Context
from keyspace_server.keytable import KeyList
from keyspace_server.persistence.snapshot import SnapshotWriter, encode_key

log = logging.getLogger("keyspace.persistence")

# Commands that change every key; see the module's docstring.
FLUSHES = frozenset({"flushall", "flushdb"})
# The walk's share of each loop turn: long enough to amortize the turn,
# short enough that commands queued meanwhile wait no longer than this.
BATCH_SECONDS = 0.002
# Keys serialized between two looks at the clock.
CLOCK_EVERY = 32
# Bytes the walk may leave buffered before it waits for the disk.
MAX_BUFFERED = 16 * 1024 * 1024
PAUSE_SECONDS = 0.001


class DumpFailedError(RuntimeError):
    pass


class BackgroundDump:
    def __init__(self, ctx: Context, writer: SnapshotWriter) -> None:
        db = ctx.db
        self._ctx = ctx
        self._db = db
        self._data = db.data
        self._expires = db.expires
        self._keys = self._data.key_list()
        self._position = 0
        # Keys written, or known to need nothing (absent at the switch point).
        self._done: set[bytes] = set()
        self._writer = writer
        self.failure: BaseException | None = None
        self.keys_total = len(self._keys)
        ctx.snapshot = self

    @property
    def keys_processed(self) -> int:
        return self._position

    # -- the hook ------------------------------------------------------------

    def before_write(self, command: Command, request: Message) -> None:
        """Serialize the keys ``command`` may change that are not written
        yet. Never raises: a failure ends the dump, not the command."""
        if self._db.data is not self._data or command.name in FLUSHES:
            return  # flushed (or flushing): the tables held here stay as they are
        try:
            for key in command.keys(request):
                self._copy(key)
        except Exception as error:
            log.exception("copy-before-write failed; abandoning the snapshot")
            self.failure = error
            self.detach()

    def _copy(self, key: bytes) -> None:
        done = self._done
        if key in done:
            return
        done.add(key)
        value = self._data.get(key)
        if value is not None:
            self._writer.add(encode_key(key, value, self._expires.get(key)))

    def detach(self) -> None:
        """Stop receiving the hook (the dump finished or gave up)."""
        if self._ctx.snapshot is self:
            self._ctx.snapshot = None

    # -- the walk ------------------------------------------------------------

    async def run(self) -> None:
        """Serialize every key not written yet, a batch per loop turn. On
        return all of them are in the writer (the caller finishes it) and
        the hook is detached; raises DumpFailedError or the writer's OSError."""
        keys = self._keys
        try:
            while self._position < len(keys):
                if self.failure is not None:
                    raise DumpFailedError("copy-before-write failed") from self.failure
                position = self._position
                stop = time.perf_counter() + BATCH_SECONDS
                while position < len(keys):
                    self._copy(keys[position])
                    position += 1
                    if position % CLOCK_EVERY == 0 and time.perf_counter() >= stop:
                        break
                self._position = position
                await self._writer.pace(MAX_BUFFERED)
                await asyncio.sleep(PAUSE_SECONDS)
            if self.failure is not None:
                raise DumpFailedError("copy-before-write failed") from self.failure
        finally:
            self.detach()
            # What the walk held is garbage now; free it before the disk work.
            self._keys, self._done = KeyList(), set()
