"""What a command can see besides its request: the database, the
configuration and the server's counters."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from google.protobuf.message import Message

from keyspace_server.blocking import BlockedClients
from keyspace_server.config import Config
from keyspace_server.cursors import CursorTable
from keyspace_server.keyspace import Database
from keyspace_server.persistence.status import PersistenceStatus
from keyspace_server.pubsub import notifications
from keyspace_server.pubsub.hub import Hub


@dataclass(slots=True)
class Stats:
    """Counters reported by INFO stats and INFO clients."""

    commands_processed: int = 0
    pipelines_open: int = 0
    rejected_calls: int = 0
    subscribers_open: int = 0


@dataclass(slots=True)
class Context:
    config: Config
    db: Database = field(default_factory=Database)
    stats: Stats = field(default_factory=Stats)
    started_at: float = field(default_factory=time.time)
    started_monotonic: float = field(default_factory=time.monotonic)
    # Snapshots behind the SCAN cursors handed out.
    key_cursors: CursorTable[bytes] = field(default_factory=CursorTable)
    # Snapshots behind HSCAN, SSCAN and ZSCAN cursors.
    member_cursors: CursorTable[object] = field(default_factory=CursorTable)
    port: int = 0
    blocked: BlockedClients = field(init=False)
    # Subscriptions and the messages on their way (pubsub/).
    pubsub: Hub = field(init=False)
    # The append-only file, when persistence is on (persistence/aof.py).
    aof: Any = None
    # True until the dataset is loaded: client commands get LOADING.
    loading: bool = False
    # While a write command runs: what it asked to log instead of its
    # request (commands/dispatch.py).
    effects: list[Message] | None = None
    # While BGREWRITEAOF or BGSAVE writes its snapshot: the copy-before-write
    # dump (persistence/background.py) that dispatch.run lets save each key
    # a write command is about to change.
    snapshot: Any = None
    # While EXEC runs its commands: clients blocked on keys they create are
    # served after the last one, so that none sees the transaction half done.
    in_transaction: bool = False
    # While EXEC runs its commands: their AOF records, which EXEC logs as
    # one record (commands/dispatch.py).
    aof_batch: list[bytes] | None = None
    # Saves, rewrites and the counters INFO persistence reports.
    persistence: PersistenceStatus = field(default_factory=PersistenceStatus)

    def __post_init__(self) -> None:
        self.blocked = BlockedClients(self.db)
        self.pubsub = Hub(self.config)
        # Keys created, expired and missed, as keyspace notifications.
        notifications.watch_database(self)
