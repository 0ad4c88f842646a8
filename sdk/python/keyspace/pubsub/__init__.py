"""Pub/sub: redis-py's PubSub over Keyspace's Subscribe stream, with what
Redis cannot say added (sequence numbers, resumption, discontinuities).

``client.pubsub()`` returns ``keyspace.pubsub.PubSub`` (``sync.py``); the
asyncio client's returns ``keyspace.pubsub.aio.PubSub``. ``state.py`` holds
what both know (subscriptions, message dicts, resume points),
``reconnect.py`` when a broken stream is reopened."""

from keyspace.pubsub.reconnect import Backoff
from keyspace.pubsub.state import Subscription
from keyspace.pubsub.sync import PubSub, PubSubWorkerThread

__all__ = ["Backoff", "PubSub", "PubSubWorkerThread", "Subscription"]
