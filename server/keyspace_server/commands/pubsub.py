"""PUBLISH, SPUBLISH and PUBSUB's subcommands. Messages are not stored data:
nothing here is logged to the AOF (Redis does not persist pub/sub either)."""

from __future__ import annotations

from collections.abc import Iterable

from keyspace.v1 import pubsub_pb2

from keyspace_server.commands.registry import command
from keyspace_server.context import Context
from keyspace_server.pubsub.hub import Followers, channel_matcher


@command("Publish", write=False)
def publish(ctx: Context, request: pubsub_pb2.PublishRequest) -> pubsub_pb2.PublishResponse:
    receivers, sequence = ctx.pubsub.publish(request.channel, request.message)
    return pubsub_pb2.PublishResponse(receivers=receivers, sequence=sequence)


@command("SPublish", write=False)
def spublish(ctx: Context, request: pubsub_pb2.SPublishRequest) -> pubsub_pb2.SPublishResponse:
    receivers, sequence = ctx.pubsub.spublish(request.channel, request.message)
    return pubsub_pb2.SPublishResponse(receivers=receivers, sequence=sequence)


def _matching(channels: Iterable[bytes], pattern: bytes | None) -> list[bytes]:
    if pattern is None:
        return list(channels)
    matches = channel_matcher(pattern)
    return [channel for channel in channels if matches(channel)]


def _counts(
    table: dict[bytes, Followers], channels: Iterable[bytes]
) -> list[pubsub_pb2.ChannelSubscribers]:
    return [
        pubsub_pb2.ChannelSubscribers(channel=channel, subscribers=len(table.get(channel, ())))
        for channel in channels
    ]


@command("PubSubChannels", write=False)
def pubsub_channels(
    ctx: Context, request: pubsub_pb2.PubSubChannelsRequest
) -> pubsub_pb2.PubSubChannelsResponse:
    pattern = request.pattern if request.HasField("pattern") else None
    return pubsub_pb2.PubSubChannelsResponse(channels=_matching(ctx.pubsub.channels, pattern))


@command("PubSubShardChannels", write=False)
def pubsub_shard_channels(
    ctx: Context, request: pubsub_pb2.PubSubShardChannelsRequest
) -> pubsub_pb2.PubSubShardChannelsResponse:
    pattern = request.pattern if request.HasField("pattern") else None
    return pubsub_pb2.PubSubShardChannelsResponse(
        channels=_matching(ctx.pubsub.shard_channels, pattern)
    )


@command("PubSubNumSub", write=False)
def pubsub_numsub(
    ctx: Context, request: pubsub_pb2.PubSubNumSubRequest
) -> pubsub_pb2.PubSubNumSubResponse:
    return pubsub_pb2.PubSubNumSubResponse(channels=_counts(ctx.pubsub.channels, request.channels))


@command("PubSubShardNumSub", write=False)
def pubsub_shard_numsub(
    ctx: Context, request: pubsub_pb2.PubSubShardNumSubRequest
) -> pubsub_pb2.PubSubShardNumSubResponse:
    return pubsub_pb2.PubSubShardNumSubResponse(
        channels=_counts(ctx.pubsub.shard_channels, request.channels)
    )


@command("PubSubNumPat", write=False)
def pubsub_numpat(
    ctx: Context, _request: pubsub_pb2.PubSubNumPatRequest
) -> pubsub_pb2.PubSubNumPatResponse:
    return pubsub_pb2.PubSubNumPatResponse(patterns=len(ctx.pubsub.patterns))
