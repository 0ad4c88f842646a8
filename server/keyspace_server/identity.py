"""This server process's identity."""

from __future__ import annotations

import secrets

# Like Redis's run_id: random per process, so that a client can tell that the
# server restarted (INFO's run_id; the Subscribe stream's resume points).
RUN_ID = secrets.token_hex(20)
