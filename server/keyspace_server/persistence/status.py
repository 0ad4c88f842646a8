"""What INFO persistence reports, and the state of the background job.

As Redis runs at most one child process, at most one background job runs
here: an AOF rewrite or a BGSAVE. The other kind asked for meanwhile is
scheduled (BGREWRITEAOF during BGSAVE, BGSAVE SCHEDULE during a rewrite) and
started by the persistence cron once the running one ends.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

REWRITE = "rewrite"
BGSAVE = "bgsave"
OK = "ok"
ERR = "err"


@dataclass(slots=True)
class PersistenceStatus:
    # Set once startup has loaded the dataset from --dir: a Context used
    # without one (in-process, as the tests do) has no files to write, and
    # its SAVE, BGSAVE and BGREWRITEAOF refuse instead.
    opened: bool = False
    # Changes since the last successful save (INFO rdb_changes_since_last_save,
    # Redis's "dirty"): counted per logged effect by commands/dispatch.py.
    dirty: int = 0
    # Unix time of the last successful save; the start counts as one, as in
    # Redis ("at startup we consider the DB saved").
    last_save: int = field(default_factory=lambda: int(time.time()))
    # The background job running (REWRITE or BGSAVE), its task and start.
    job: str | None = None
    task: asyncio.Task[None] | None = None
    job_started: float = 0.0
    job_ended: float = 0.0
    rewrite_scheduled: bool = False
    bgsave_scheduled: bool = False
    rewrites: int = 0
    last_rewrite_seconds: int = -1
    last_rewrite_status: str = OK
    # Rewrites failed in a row: automatic rewrites back off meanwhile.
    rewrite_failures: int = 0
    saves: int = 0
    last_bgsave_seconds: int = -1
    last_bgsave_status: str = OK
    # ``dirty`` when the running BGSAVE took its snapshot: what a success
    # subtracts, so changes made during the save still count as unsaved.
    dirty_at_snapshot: int = 0
    # The AOF's size after the last rewrite (or when it was loaded): the
    # reference auto-aof-rewrite-percentage measures growth against.
    rewrite_base_size: int = 0

    def running_seconds(self, kind: str) -> int:
        """Seconds the running job of ``kind`` has taken so far; -1 if none."""
        if self.job != kind:
            return -1
        return int(time.monotonic() - self.job_started)
