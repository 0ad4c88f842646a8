"""redis-py style methods, one mixin per domain. Each method builds the typed
request and names how to read the response; the client, the asyncio client
and the pipeline each decide how to send it."""

from keyspace.commands.hashes import HashCommands
from keyspace.commands.keys import KeyCommands
from keyspace.commands.lists import ListCommands
from keyspace.commands.pubsub import PubSubCommands
from keyspace.commands.server import ServerCommands
from keyspace.commands.sets import SetCommands
from keyspace.commands.strings import StringCommands
from keyspace.commands.zsets import SortedSetCommands


class Commands(
    StringCommands,
    KeyCommands,
    HashCommands,
    ListCommands,
    SetCommands,
    SortedSetCommands,
    ServerCommands,
    PubSubCommands,
):
    """Every command of the schema."""


__all__ = ["Commands"]
