"""redis-py style methods, one mixin per domain. Each method builds the typed
request and names how to read the response; the client, the asyncio client
and the pipeline each decide how to send it."""

from keyspace.commands.keys import KeyCommands
from keyspace.commands.server import ServerCommands
from keyspace.commands.strings import StringCommands


class Commands(StringCommands, KeyCommands, ServerCommands):
    """Every command of the schema."""


__all__ = ["Commands"]
