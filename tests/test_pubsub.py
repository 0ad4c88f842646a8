"""Pub/sub through the raw Subscribe stream and the PUBLISH/PUBSUB RPCs,
compared with redis-server 7.0 wherever Redis has the behaviour: receiver
counts, PUBSUB's introspection, the shard namespace, confirmations and
their counts, PING and bad requests on the stream, and glob matching. Then
what Redis cannot compare: sequence numbers under concurrent publishers,
PUBLISH in Pipeline and Exec, that PUBLISH is not logged to the AOF, how
streams end, and INFO's pub/sub fields.

Limits and heartbeats are in test_pubsub_limits.py, resuming in
test_pubsub_resume.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyspace.v1 import pipeline_pb2, pubsub_pb2, strings_pb2, subscribe_pb2

from tests.servers import RunningServer, start_tracked
from tests.subscriptions import (
    KeyspaceSide,
    RedisSide,
    RedisSubscriber,
    Side,
    Stream,
    eventually,
)

Command = pipeline_pb2.Command
Subscriber = Stream | RedisSubscriber


@pytest.fixture
def ks(address: str) -> Iterator[KeyspaceSide]:
    side = KeyspaceSide(address)
    # Streams of earlier tests end asynchronously on the server.
    eventually(side.channels, [])
    eventually(side.shard_channels, [])
    eventually(side.numpat, 0)
    yield side
    side.close()


@pytest.fixture
def rd(r: redis.Redis, redis_server: RunningServer) -> Iterator[RedisSide]:
    side = RedisSide(redis_server.port)
    eventually(side.channels, [])
    eventually(side.shard_channels, [])
    eventually(side.numpat, 0)
    yield side
    side.close()


def both(ks: KeyspaceSide, rd: RedisSide, scenario: Callable[[Any], list[Any]]) -> list[Any]:
    """Run ``scenario`` on each server; their transcripts must be equal."""
    expected = scenario(rd)
    actual = scenario(ks)
    assert actual == expected
    return actual


def drain(subscriber: Subscriber) -> list[tuple[Any, ...]]:
    """Everything the subscriber received before a PING sent now, with the
    pmessages of one publish in a fixed order (Redis walks its patterns in
    hash order)."""
    subscriber.send("ping", b"drained")
    received: list[tuple[Any, ...]] = []
    while (event := subscriber.next()[0]) != ("pong", b"drained"):
        received.append(event)
    return _sort_runs(received, lambda e: e[0] == "pmessage", lambda e: e[2:])


def _sort_runs(
    events: list[tuple[Any, ...]],
    member: Callable[[tuple[Any, ...]], bool],
    group: Callable[[tuple[Any, ...]], Any],
) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    run: list[tuple[Any, ...]] = []
    for event in [*events, ("end",)]:
        if run and (not member(event) or group(event) != group(run[0])):
            out.extend(sorted(run))
            run = []
        if member(event):
            run.append(event)
        elif event != ("end",):
            out.append(event)
    return out


def unsubscribed_all(subscriber: Subscriber, action: str, count: int) -> tuple[Any, ...]:
    """An unsubscribe-all's replies: Redis walks a dict, so which channel
    comes first is arbitrary; the counts still go down one by one."""
    subscriber.send(action)
    replies = subscriber.next(count)
    assert {reply[0] for reply in replies} == {action}
    return (sorted(reply[1] for reply in replies), [reply[2] for reply in replies])


# -- PUBLISH's receivers ----------------------------------------------------------------


def test_publish_counts_every_matching_subscription(ks: KeyspaceSide, rd: RedisSide) -> None:
    def scenario(side: Side) -> list[Any]:
        a, b, c = side.subscriber(), side.subscriber(), side.subscriber()
        out: list[Any] = [side.publish(b"news", b"nobody")]
        a.send("subscribe", b"news")
        out += a.next()
        out.append(side.publish(b"news", b"one"))
        b.send("subscribe", b"news", b"sport")
        out += b.next(2)
        out.append(side.publish(b"news", b"two"))
        # By channel and by a matching pattern: counted (and delivered) twice.
        # The PUBLISH waits for the confirmation, behind "one" and "two".
        a.send("psubscribe", b"n*")
        out += a.next(3)
        out.append(side.publish(b"news", b"three"))
        c.send("psubscribe", b"n*", b"*s", b"x*", b"n*")
        out += c.next(4)
        out.append(side.publish(b"news", b"four"))
        out.append(side.publish(b"sport", b"five"))
        out.append(side.publish(b"xylophone", b"six"))
        out.append(side.publish(b"none", b"seven"))
        out.append(side.publish(b"", b"empty"))
        out += [drain(a), drain(b), drain(c)]
        return out

    out = both(ks, rd, scenario)
    assert out[0] == 0 and out[2] == 1 and out[5] == 2 and out[9] == 3
    assert out[14:19] == [5, 1, 1, 2, 0]


def test_publish_counts_several_subscribers_and_shard_channels_apart(
    ks: KeyspaceSide, rd: RedisSide
) -> None:
    def scenario(side: Side) -> list[Any]:
        subscribers = [side.subscriber() for _ in range(4)]
        out: list[Any] = []
        for subscriber in subscribers[:3]:
            subscriber.send("subscribe", b"chan")
            out += subscriber.next()
        subscribers[3].send("ssubscribe", b"chan", b"shard")
        out += subscribers[3].next(2)
        subscribers[0].send("psubscribe", b"*")
        out += subscribers[0].next()
        # PUBLISH does not reach SSUBSCRIBE, SPUBLISH neither SUBSCRIBE nor patterns.
        out.append(side.publish(b"chan", b"plain"))
        out.append(side.spublish(b"chan", b"sharded"))
        out.append(side.publish(b"shard", b"plain"))
        out.append(side.spublish(b"shard", b"sharded"))
        out.append(side.spublish(b"elsewhere", b"sharded"))
        out.append(side.publish(b"chan", b""))  # an empty message is a message
        out += [drain(subscriber) for subscriber in subscribers]
        return out

    out = both(ks, rd, scenario)
    assert out[6:12] == [4, 1, 1, 1, 0, 4]


# -- PUBSUB -------------------------------------------------------------------------------


def test_pubsub_channels_numsub_numpat_match_redis(ks: KeyspaceSide, rd: RedisSide) -> None:
    def scenario(side: Side) -> list[Any]:
        a, b, c = side.subscriber(), side.subscriber(), side.subscriber()
        a.send("subscribe", b"news.uk", b"news.fr", b"", b"weird[1]")
        b.send("subscribe", b"news.uk", b"sport")
        c.send("psubscribe", b"news.*", b"*", b"news.*")
        a.send("psubscribe", b"news.*", b"s*")
        c.send("ssubscribe", b"shard.a", b"shard.b")
        b.send("ssubscribe", b"shard.a")
        out: list[Any] = [a.next(6), b.next(3), c.next(5)]
        out += [
            side.channels(),
            side.channels(b"news.*"),
            side.channels(b"*"),  # not the empty channel: no pattern but "" matches it
            side.channels(b""),
            side.channels(b"weird[[]1]"),
            side.channels(b"nothing*"),
            side.numsub(),
            side.numsub(b"news.uk", b"unknown", b"news.uk", b"", b"news.*"),
            side.numpat(),  # distinct patterns: news.* is counted once
            side.shard_channels(),
            side.shard_channels(b"*.b"),
            side.shard_numsub(),
            side.shard_numsub(b"shard.a", b"news.uk", b"shard.b"),
        ]
        # PUBSUB's view of shard channels and channels stays apart.
        out.append(side.numsub(b"shard.a"))
        return out

    out = both(ks, rd, scenario)
    assert out[3] == [b"", b"news.fr", b"news.uk", b"sport", b"weird[1]"]
    assert out[5] == [b"news.fr", b"news.uk", b"sport", b"weird[1]"]
    assert out[11] == 3


def test_pubsub_forgets_channels_and_patterns_nobody_follows(
    ks: KeyspaceSide, rd: RedisSide
) -> None:
    def scenario(side: Side) -> list[Any]:
        a, b = side.subscriber(), side.subscriber()
        a.send("subscribe", b"x", b"y")
        a.send("psubscribe", b"p*")
        b.send("psubscribe", b"p*")
        b.send("ssubscribe", b"s")
        out: list[Any] = [a.next(3), b.next(2)]
        a.send("unsubscribe", b"x")
        a.send("punsubscribe", b"p*")
        b.send("sunsubscribe", b"s")
        out += [a.next(2), b.next()]
        out += [side.channels(), side.numpat(), side.shard_channels(), side.numsub(b"x", b"y")]
        b.send("punsubscribe")
        out += [b.next(), side.numpat()]
        return out

    both(ks, rd, scenario)


# -- confirmations ------------------------------------------------------------------------


def test_subscribe_confirmations_and_counts_match_redis(ks: KeyspaceSide, rd: RedisSide) -> None:
    def scenario(side: Side) -> list[Any]:
        s = side.subscriber()
        out: list[Any] = []
        requests: list[tuple[str, list[bytes], int]] = [
            ("unsubscribe", [], 1),  # nothing subscribed: a nil channel, count 0
            ("punsubscribe", [], 1),
            ("sunsubscribe", [], 1),
            ("subscribe", [b"a", b"a", b"b"], 3),  # duplicates confirmed again, same count
            ("psubscribe", [b"p*", b"p*", b"q?"], 3),  # patterns count with channels
            ("ssubscribe", [b"s1", b"s1", b"s2"], 3),  # shard channels count apart
            ("unsubscribe", [b"never", b"a", b"a"], 3),  # never subscribed: count unchanged
            ("punsubscribe", [b"zz*", b"p*"], 2),
            ("sunsubscribe", [b"s1", b"nope"], 2),
            ("subscribe", [b""], 1),
            ("unsubscribe", [b""], 1),
            ("psubscribe", [b"p*"], 1),
            ("ping", [], 1),
            ("ping", [b"hello"], 1),
        ]
        for action, channels, replies in requests:
            s.send(action, *channels)
            out.append(s.next(replies))
        # PUNSUBSCRIBE with none named goes through the patterns in the order
        # they were subscribed (Redis 7.0 keeps them in a list).
        s.send("punsubscribe")
        out.append(s.next(2))
        out.append(unsubscribed_all(s, "unsubscribe", 1))
        s.send("subscribe", b"c1", b"c2", b"c3")
        out.append(s.next(3))
        out.append(unsubscribed_all(s, "unsubscribe", 3))
        s.send("ssubscribe", b"t1", b"t2")
        out.append(s.next(2))
        out.append(unsubscribed_all(s, "sunsubscribe", 3))
        s.send("unsubscribe")
        out.append(s.next())
        return out

    out = both(ks, rd, scenario)
    assert out[0] == [("unsubscribe", None, 0)]
    assert out[3] == [("subscribe", b"a", 1), ("subscribe", b"a", 1), ("subscribe", b"b", 2)]
    assert out[6][0] == ("unsubscribe", b"never", 4)


def test_ping_and_bad_requests_get_redis_errors_and_the_stream_goes_on(
    ks: KeyspaceSide, rd: RedisSide
) -> None:
    def scenario(side: Side) -> list[Any]:
        s = side.subscriber()
        # Redis answers PING with a pong event only in subscribed mode, the
        # only mode a Subscribe stream has.
        s.send("subscribe", b"first")
        out: list[Any] = s.next()
        for action, channels in [
            ("ping", []),
            ("ping", [b""]),
            ("ping", [b"a\x00\xff"]),
            ("ping", [b"a", b"b"]),
            ("subscribe", []),
            ("psubscribe", []),
            ("ssubscribe", []),
            ("subscribe", [b"after"]),
            ("ping", [b"x", b"y", b"z"]),
        ]:
            s.send(action, *channels)
            out.append(s.next())
        out.append(side.publish(b"after", b"still subscribed"))
        out.append(drain(s))
        return out

    out = both(ks, rd, scenario)
    assert out[4] == [("error", "wrong number of arguments for 'ping' command")]
    assert out[5] == [("error", "wrong number of arguments for 'subscribe' command")]


@pytest.mark.parametrize(
    ("action", "error"),
    [
        (0, "unknown subscription action: the SubscribeRequest has no action set"),
        (99, "unknown subscription action 99"),
    ],
)
def test_request_without_a_known_action_gets_an_error_and_the_stream_goes_on(
    ks: KeyspaceSide, action: int, error: str
) -> None:
    s = ks.subscriber()
    s.send("subscribe", b"chan")
    s.next()
    s.send(action, b"chan")
    (event,) = s.events(1)
    assert event.error.message == f"ERR {error}"
    assert event.error.reason == "ERR"
    assert event.error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert ks.publish(b"chan", b"m") == 1
    s.send("subscribe", b"other")
    assert s.next(2) == [("message", b"chan", b"m"), ("subscribe", b"other", 2)]


def test_confirmations_carry_the_run_id_and_the_channels_latest_sequence(
    ks: KeyspaceSide,
) -> None:
    first = ks.stub.Publish(pubsub_pb2.PublishRequest(channel=b"seq", message=b"1")).sequence
    ks.publish(b"seq", b"2")
    s = ks.subscriber()
    s.send("subscribe", b"seq")
    s.send("psubscribe", b"se*")
    s.send("ssubscribe", b"seq")
    channel, pattern, shard = (event.change for event in s.events(3))
    assert channel.sequence == first + 1
    assert len(channel.run_id) == 40 and channel.run_id == pattern.run_id == shard.run_id
    assert ks.info("server")["run_id"] == channel.run_id
    # SPUBLISH numbers shard channels apart: this one has had no message.
    published = ks.stub.SPublish(pubsub_pb2.SPublishRequest(channel=b"seq", message=b"s"))
    assert published.sequence == shard.sequence + 1
    assert ks.publish(b"seq", b"3") == 2
    messages = [event.message for event in s.events(3)]
    assert [m.sequence for m in messages] == [published.sequence, first + 2, first + 2]
    assert [m.sharded for m in messages] == [True, False, False]
    assert [m.HasField("pattern") for m in messages] == [False, False, True]


# -- glob matching --------------------------------------------------------------------------

_PATTERN_PIECES = st.sampled_from(
    [
        *(b"a", b"b", b"z", b"*", b"**", b"?", b"[", b"]", b"^", b"-", b"\\"),
        *(b"[a-z]", b"[z-a]", b"[^x]", b"[^a-b]", b"[ab]", b"[\\]]", b"[a\\-]", b"\\*"),
        *(b"\\?", b"\\[", b"[\x80-\xff]", b"[a-\xe9]", b"\xe9", b"\xff", b"\x00"),
    ]
)
_CHANNEL_BYTES = st.sampled_from([*b"abxz*?[]^-\\", 0x00, 0x7F, 0x80, 0xE9, 0xFF])
patterns = st.lists(_PATTERN_PIECES, max_size=6).map(b"".join)
channels = st.lists(_CHANNEL_BYTES, max_size=5).map(bytes)


@pytest.fixture
def glob_sides(
    ks: KeyspaceSide, rd: RedisSide
) -> Iterator[list[tuple[Side, Subscriber, Subscriber]]]:
    """Each server with a pattern subscriber and a channel subscriber, shared
    by all the examples of a test: connecting per example would dominate."""
    yield [(side, side.subscriber(), side.subscriber()) for side in (ks, rd)]


def _matching_on(
    side: Side,
    by_pattern: Subscriber,
    by_channel: Subscriber,
    pattern_list: list[bytes],
    channel_list: list[bytes],
) -> tuple[list[tuple[bytes, bytes]], list[list[bytes]]]:
    by_pattern.send("psubscribe", *pattern_list)
    by_pattern.next(len(pattern_list))
    for number, channel in enumerate(channel_list):
        side.publish(channel, b"%d" % number)
    delivered = sorted((event[1], event[2]) for event in drain(by_pattern))
    by_pattern.send("punsubscribe")
    by_pattern.next(len(set(pattern_list)))
    # PUBSUB CHANNELS filters with the same matcher.
    by_channel.send("subscribe", *channel_list)
    by_channel.next(len(channel_list))
    listed = [[c for c in side.channels(p) if c in channel_list] for p in pattern_list]
    by_channel.send("unsubscribe")
    by_channel.next(len(set(channel_list)))
    return delivered, listed


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    pattern_list=st.lists(patterns, min_size=1, max_size=6),
    channel_list=st.lists(channels, min_size=1, max_size=6),
)
def test_patterns_match_channels_exactly_as_in_redis(
    glob_sides: list[tuple[Side, Subscriber, Subscriber]],
    pattern_list: list[bytes],
    channel_list: list[bytes],
) -> None:
    (ours, theirs) = (_matching_on(*sides, pattern_list, channel_list) for sides in glob_sides)
    assert ours == theirs


@pytest.mark.parametrize(
    ("pattern", "matched"),
    [
        (b"*", [b"a", b"ab", b"a\\", b"[x", b"a["]),  # everything but the empty channel
        (b"", [b""]),
        (b"a[", []),  # an unterminated, empty class: nothing matches it
        (b"a\\", [b"a\\"]),  # a trailing backslash is a backslash
        (b"[z-a]b", [b"ab"]),
        (b"[^a]*", [b"[x"]),
    ],
)
def test_pattern_edge_cases_match_redis(
    ks: KeyspaceSide, rd: RedisSide, pattern: bytes, matched: list[bytes]
) -> None:
    candidates = [b"", b"a", b"ab", b"a\\", b"[x", b"a["]

    def scenario(side: Side) -> list[Any]:
        s = side.subscriber()
        s.send("psubscribe", pattern)
        s.next()
        for channel in candidates:
            side.publish(channel, b"m")
        return [event[2] for event in drain(s)]

    assert both(ks, rd, scenario) == matched


# -- ordering and sequence numbers ----------------------------------------------------


def test_concurrent_publishers_keep_order_and_numbers_go_up_by_one(ks: KeyspaceSide) -> None:
    names = [b"ord.a", b"ord.b", b"ord.c"]
    publishers, per_publisher = 4, 150
    subscribers = [ks.subscriber() for _ in range(3)]
    for s in subscribers[:2]:
        s.send("subscribe", *names)
    subscribers[2].send("psubscribe", b"ord.*")
    starts = [{e.change.channel: e.change.sequence for e in s.events(3)} for s in subscribers[:2]]
    subscribers[2].next()
    assert starts[0] == starts[1]
    replies: dict[bytes, int] = {}
    failures: list[BaseException] = []

    def publish(number: int) -> None:
        side = KeyspaceSide(ks.address)
        try:
            for index in range(per_publisher):
                channel = names[(index * (number + 1)) % len(names)]
                payload = b"%d:%d" % (number, index)
                reply = side.stub.Publish(
                    pubsub_pb2.PublishRequest(channel=channel, message=payload), timeout=10
                )
                assert reply.receivers == 3
                replies[payload] = reply.sequence
        except BaseException as error:
            failures.append(error)
        finally:
            side.close()

    threads = [threading.Thread(target=publish, args=(n,)) for n in range(publishers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures
    total = publishers * per_publisher

    seen: list[dict[bytes, list[tuple[int, bytes]]]] = []
    for s in subscribers:
        per_channel: dict[bytes, list[tuple[int, bytes]]] = {name: [] for name in names}
        for event in s.events(total):
            per_channel[event.message.channel].append(
                (event.message.sequence, event.message.payload)
            )
        seen.append(per_channel)
        assert s.quiet()
    # Every subscriber saw the same order on each channel, pattern or not.
    assert seen[0] == seen[1] == seen[2]
    for name, received in seen[0].items():
        numbers = [sequence for sequence, _payload in received]
        first = starts[0][name] + 1
        assert numbers == list(range(first, first + len(numbers)))
        for number in range(publishers):
            mine = [p for _s, p in received if p.startswith(b"%d:" % number)]
            indexes = [int(p.split(b":")[1]) for p in mine]
            assert indexes == sorted(indexes)
    # Each PUBLISH's reply gave the number its subscribers received.
    assert {p: s for received in seen[0].values() for s, p in received} == replies


# -- PUBLISH in Pipeline and Exec -------------------------------------------------------


def _publish(channel: bytes, message: bytes) -> pipeline_pb2.Command:
    return Command(publish=pubsub_pb2.PublishRequest(channel=channel, message=message))


def test_publish_inside_pipeline_and_exec(ks: KeyspaceSide, rd: RedisSide) -> None:
    ours, theirs = ks.subscriber(), rd.subscriber()
    for s in (ours, theirs):
        s.send("subscribe", b"pipe")
        s.send("psubscribe", b"pi*")
    start = ours.events(2)[0].change.sequence
    theirs.next(2)

    set_command = Command(set=strings_pb2.SetRequest(key=b"k", value=b"v"))
    commands = [_publish(b"pipe", b"p1"), set_command, _publish(b"pipes", b"p2")]
    (response,) = ks.stub.Pipeline(iter([pipeline_pb2.PipelineRequest(commands=commands)]))
    received = [reply.publish.receivers for reply in response.replies if reply.HasField("publish")]
    executed = ks.stub.Exec(
        pipeline_pb2.ExecRequest(commands=[_publish(b"pipe", b"e1"), _publish(b"x", b"e2")])
    )
    assert not executed.aborted
    received += [reply.publish.receivers for reply in executed.replies]

    pipe = rd.client.pipeline(transaction=False)
    pipe.publish(b"pipe", b"p1").set(b"k", b"v").publish(b"pipes", b"p2")
    expected = pipe.execute()[::2]
    transaction = rd.client.pipeline(transaction=True)
    expected += transaction.publish(b"pipe", b"e1").publish(b"x", b"e2").execute()
    assert received == expected == [2, 1, 2, 0]
    assert drain(ours) == drain(theirs)
    # Numbered as they ran: p1, then e1 on the same channel.
    assert executed.replies[0].publish.sequence == start + 2


# -- persistence ------------------------------------------------------------------------


def _aof_records(data_dir: Path) -> int:
    checked = subprocess.run(
        [shutil.which("keyspace-check-aof") or "keyspace-check-aof", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    counts = [line.split()[1] for line in checked.stdout.splitlines() if "records:" in line]
    return sum(int(count) for count in counts)


def test_publish_is_not_written_to_the_aof(servers: list[RunningServer], tmp_data: Path) -> None:
    server = start_tracked(servers, tmp_data, "--appendfsync", "always")
    side = KeyspaceSide(server.address)
    side.stub.Set(strings_pb2.SetRequest(key=b"before", value=b"1"))
    s = side.subscriber()
    s.send("subscribe", b"aof-channel")
    s.next()
    assert side.publish(b"aof-channel", b"aof-message") == 1
    assert side.spublish(b"aof-shard", b"aof-message") == 0
    commands = [_publish(b"aof-channel", b"aof-message")] * 3
    list(side.stub.Pipeline(iter([pipeline_pb2.PipelineRequest(commands=commands)])))
    side.stub.Exec(pipeline_pb2.ExecRequest(commands=commands))
    side.stub.Set(strings_pb2.SetRequest(key=b"after", value=b"2"))
    side.close()
    assert server.stop() == 0

    assert _aof_records(server.data_dir) == 2
    for path in (server.data_dir / "appendonlydir").iterdir():
        assert b"aof-message" not in path.read_bytes(), path
    # Nothing replays on start: numbering starts over.
    server = start_tracked(servers, tmp_data)
    side = KeyspaceSide(server.address)
    sequence = side.stub.Publish(pubsub_pb2.PublishRequest(channel=b"aof-channel")).sequence
    assert sequence == 1
    side.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs to fill up (needs root, else the test is skipped)."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs: {mounted.stderr}")
        pytest.skip(f"cannot mount a tmpfs (needs root): {mounted.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        if subprocess.run(["umount", str(mountpoint)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True)


def test_publish_is_served_while_the_aof_refuses_writes(
    small_disk: Path, servers: list[RunningServer]
) -> None:
    server = start_tracked(servers, small_disk, "--appendfsync", "always")
    side = KeyspaceSide(server.address)
    s = side.subscriber()
    s.send("subscribe", b"disk")
    s.next()
    stat = os.statvfs(small_disk)
    (small_disk / "filler").write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - 16 * 1024))
    for number in range(10_000):
        try:
            side.stub.Set(strings_pb2.SetRequest(key=b"k%d" % number, value=b"v" * 1000))
        except grpc.RpcError as refusal:
            assert refusal.details().startswith("MISCONF")
            break
    else:
        raise AssertionError("the disk never filled up")
    assert side.publish(b"disk", b"still delivered") == 1
    assert s.next() == [("message", b"disk", b"still delivered")]
    side.close()


# -- how streams end ----------------------------------------------------------------------


def test_cancelled_stream_loses_its_subscriptions(ks: KeyspaceSide) -> None:
    s = ks.subscriber()
    s.send("subscribe", b"gone", b"kept")
    s.send("psubscribe", b"go*")
    s.send("ssubscribe", b"gone")
    stay = ks.subscriber()
    stay.send("subscribe", b"kept")
    s.next(4), stay.next()
    assert ks.numsub(b"gone", b"kept") == [(b"gone", 1), (b"kept", 2)]
    s.cancel()
    eventually(lambda: ks.numsub(b"gone", b"kept"), [(b"gone", 0), (b"kept", 1)])
    eventually(ks.numpat, 0)
    eventually(ks.shard_channels, [])
    assert ks.publish(b"gone", b"m") == 0
    assert ks.publish(b"kept", b"m") == 1


def test_half_closed_stream_keeps_receiving(ks: KeyspaceSide) -> None:
    s = ks.subscriber()
    s.send("subscribe", b"half")
    s.half_close()
    s.next()
    assert ks.publish(b"half", b"after half-close") == 1
    assert s.next() == [("message", b"half", b"after half-close")]
    assert ks.numsub(b"half") == [(b"half", 1)]
    s.cancel()
    eventually(lambda: ks.numsub(b"half"), [(b"half", 0)])


def test_malformed_request_ends_the_stream_with_invalid_argument(ks: KeyspaceSide) -> None:
    channel = grpc.insecure_channel(ks.address)
    call = channel.stream_stream(
        "/keyspace.v1.KeyspaceService/Subscribe",
        request_serializer=lambda raw: raw,
        response_deserializer=subscribe_pb2.SubscribeResponse.FromString,
    )
    subscribe = subscribe_pb2.SubscribeRequest(
        action=subscribe_pb2.SUBSCRIBE_ACTION_SUBSCRIBE, channels=[b"bad"]
    )
    # Many times: the malformed request arrives while the confirmation of the
    # first is being written, and the status used to be lost in about half of
    # such calls (an abort during the stream's first write); a deadline turns
    # a lost status into a failure instead of a hang.
    for _attempt in range(20):
        responses = call(iter([subscribe.SerializeToString(), b"\xff\xff\xff"]), timeout=10)
        with pytest.raises(grpc.RpcError) as ended:
            for _response in responses:
                pass
        assert ended.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert ended.value.details().startswith("malformed SubscribeRequest")
    eventually(lambda: ks.numsub(b"bad"), [(b"bad", 0)])
    channel.close()


def test_sigterm_ends_open_streams_with_unavailable_promptly(
    servers: list[RunningServer], tmp_data: Path
) -> None:
    # A shutdown timeout far above the wait below: streams must not hold it up.
    server = start_tracked(servers, tmp_data, "--shutdown-timeout", "60")
    side = KeyspaceSide(server.address)
    streams = [side.subscriber() for _ in range(3)]
    for number, s in enumerate(streams):
        s.send("subscribe", b"c%d" % number)
        s.send("psubscribe", b"*")
        s.next(2)
    server.process.send_signal(signal.SIGTERM)
    for s in streams:
        assert s.status() == (grpc.StatusCode.UNAVAILABLE, "the server is shutting down")
    assert server.process.wait(20) == 0
    side.close()


# -- INFO ----------------------------------------------------------------------------------

_PUBSUB_FIELDS = ("pubsub_channels", "pubsub_patterns", "pubsubshard_channels")


def test_info_counts_channels_patterns_and_clients(ks: KeyspaceSide, rd: RedisSide) -> None:
    def scenario(side: Side) -> list[Any]:
        a, b = side.subscriber(), side.subscriber()
        a.send("subscribe", b"i1", b"i2")
        b.send("subscribe", b"i2")
        a.send("psubscribe", b"i*", b"j*")
        b.send("psubscribe", b"i*")
        b.send("ssubscribe", b"s1", b"s2", b"s3")
        a.next(4), b.next(5)
        stats = side.info("stats")
        out = [{name: stats[name] for name in _PUBSUB_FIELDS}]
        a.send("unsubscribe")
        a.send("punsubscribe", b"j*")
        a.next(3)
        stats = side.info("stats")
        out.append({name: stats[name] for name in _PUBSUB_FIELDS})
        return out

    assert both(ks, rd, scenario)[0] == {
        "pubsub_channels": "2",
        "pubsub_patterns": "2",
        "pubsubshard_channels": "3",
    }


def test_info_counts_each_stream_as_a_pubsub_client(ks: KeyspaceSide) -> None:
    eventually(lambda: ks.info("clients")["pubsub_clients"], "0")
    before = int(ks.info("clients")["connected_clients"])
    streams = [ks.subscriber() for _ in range(2)]
    for s in streams:
        s.send("ping")
        s.next()
    clients = ks.info("clients")
    assert (clients["pubsub_clients"], int(clients["connected_clients"])) == ("2", before + 2)
    streams[0].cancel()
    eventually(lambda: ks.info("clients")["pubsub_clients"], "1")
    assert int(ks.info("clients")["connected_clients"]) == before + 1
