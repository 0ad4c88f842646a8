"""Set commands, with redis-py's names, arguments and return values."""

from __future__ import annotations

from keyspace.commands.base import CommandsBase


class SetCommands(CommandsBase):
    pass
