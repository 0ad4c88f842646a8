"""PUBLISH, SPUBLISH and PUBSUB's subcommands, with redis-py's names and
returns. Subscribing is not a command here: ``client.pubsub()`` holds a
Subscribe stream (see ``keyspace.pubsub``)."""

from __future__ import annotations

from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field
from keyspace.v1 import pubsub_pb2 as pb


def _channels(response: Any) -> list[bytes]:
    return list(response.channels)


def _counts(response: Any) -> list[tuple[bytes, int]]:
    return [(entry.channel, entry.subscribers) for entry in response.channels]


# redis-py's pub/sub commands take ``**kwargs`` for cluster routing
# (target_nodes); Keyspace is one node, so they are accepted and unused.


class PubSubCommands(CommandsBase):
    def publish(self, channel: args.KeyT, message: args.EncodableT, **kwargs: Any) -> Any:
        """PUBLISH: the number of subscriptions that received the message."""
        request = pb.PublishRequest(channel=args.encode(channel), message=args.encode(message))
        return self._send(Call("Publish", request, field("receivers")))

    def spublish(self, shard_channel: args.KeyT, message: args.EncodableT) -> Any:
        request = pb.SPublishRequest(
            channel=args.encode(shard_channel), message=args.encode(message)
        )
        return self._send(Call("SPublish", request, field("receivers")))

    def pubsub_channels(self, pattern: args.KeyT = "*", **kwargs: Any) -> Any:
        # redis-py always sends a pattern ("*" by default), never none.
        request = pb.PubSubChannelsRequest(pattern=args.encode(pattern))
        return self._send(Call("PubSubChannels", request, _channels))

    def pubsub_shardchannels(self, pattern: args.KeyT = "*", **kwargs: Any) -> Any:
        request = pb.PubSubShardChannelsRequest(pattern=args.encode(pattern))
        return self._send(Call("PubSubShardChannels", request, _channels))

    def pubsub_numpat(self, **kwargs: Any) -> Any:
        return self._send(Call("PubSubNumPat", pb.PubSubNumPatRequest(), field("patterns")))

    def pubsub_numsub(self, *channels: args.KeyT, **kwargs: Any) -> Any:
        """[(channel, subscribers), ...] for each channel named, in order."""
        request = pb.PubSubNumSubRequest(channels=_encode_each(channels))
        return self._send(Call("PubSubNumSub", request, _counts))

    def pubsub_shardnumsub(self, *channels: args.KeyT, **kwargs: Any) -> Any:
        request = pb.PubSubShardNumSubRequest(channels=_encode_each(channels))
        return self._send(Call("PubSubShardNumSub", request, _counts))


def _encode_each(names: tuple[args.KeyT, ...]) -> list[bytes]:
    # Unlike SUBSCRIBE, redis-py sends these arguments as given: a list is
    # not flattened.
    return [args.encode(name) for name in names]
