"""The server through grpcurl, as the README shows it: services listed and
described by reflection, calls with JSON (bytes fields in base64), and a
failing command's status.

grpcurl is installed by scripts/setup-tests (into .tools/bin). Without it these
tests are skipped, except under CI (env CI set), where they fail instead."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.servers import RunningServer

ROOT = Path(__file__).resolve().parent.parent


def find_grpcurl() -> str | None:
    """grpcurl from .tools/bin (scripts/setup-tests), PATH, or Go's bin folder."""
    gopath = os.environ.get("GOPATH") or str(Path.home() / "go")
    candidates = [
        ROOT / ".tools" / "bin" / "grpcurl",
        *([Path(os.environ["GOBIN"]) / "grpcurl"] if os.environ.get("GOBIN") else []),
    ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    on_path = shutil.which("grpcurl")
    if on_path:
        return on_path
    in_gopath = Path(gopath) / "bin" / "grpcurl"
    return str(in_gopath) if in_gopath.is_file() else None


@pytest.fixture(scope="module")
def grpcurl() -> str:
    found = find_grpcurl()
    if found is None:
        message = "grpcurl is not installed: run scripts/setup-tests"
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{message} (CI is set, so this is a failure, not a skip)")
        pytest.skip(message)
    return found


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class Grpcurl:
    def __init__(self, binary: str, address: str) -> None:
        self.binary = binary
        self.address = address

    def run(self, *args: str, data: object = None) -> subprocess.CompletedProcess[str]:
        command = [self.binary, "-plaintext"]
        if data is not None:
            command += ["-d", json.dumps(data)]
        command += [self.address, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    def call(self, rpc: str, data: object) -> dict[str, object]:
        result = self.run(f"keyspace.v1.KeyspaceService/{rpc}", data=data)
        assert result.returncode == 0, result.stdout + result.stderr
        reply: dict[str, object] = json.loads(result.stdout)
        return reply


@pytest.fixture
def cli(grpcurl: str, keyspace_server: RunningServer) -> Grpcurl:
    return Grpcurl(grpcurl, keyspace_server.address)


def test_list_shows_the_services(cli: Grpcurl) -> None:
    result = cli.run("list")
    assert result.returncode == 0, result.stderr
    services = result.stdout.split()
    assert "keyspace.v1.KeyspaceService" in services
    assert "grpc.health.v1.Health" in services


def test_list_shows_the_rpcs(cli: Grpcurl) -> None:
    result = cli.run("list", "keyspace.v1.KeyspaceService")
    assert result.returncode == 0, result.stderr
    rpcs = result.stdout.split()
    for rpc in ("Get", "Set", "ObjectEncoding", "Pipeline", "Publish", "Subscribe"):
        assert f"keyspace.v1.KeyspaceService.{rpc}" in rpcs


def test_describe_the_subscribe_stream(cli: Grpcurl) -> None:
    result = cli.run("describe", "keyspace.v1.KeyspaceService.Subscribe")
    assert result.returncode == 0, result.stderr
    assert (
        "rpc Subscribe ( stream .keyspace.v1.SubscribeRequest ) "
        "returns ( stream .keyspace.v1.SubscribeResponse )"
    ) in result.stdout


def test_subscribe_and_receive_a_published_message(cli: Grpcurl) -> None:
    # grpcurl sends its one request and half-closes: the subscription stays
    # and messages keep coming until grpcurl's own deadline ends the call.
    subscribe = {"action": "SUBSCRIBE_ACTION_SUBSCRIBE", "channels": [b64(b"grpcurl:news")]}
    command = [cli.binary, "-plaintext", "-max-time", "3", "-d", json.dumps(subscribe)]
    command += [cli.address, "keyspace.v1.KeyspaceService/Subscribe"]
    listener = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        numsub: dict[str, object] = {}
        for _ in range(200):
            numsub = cli.call("PubSubNumSub", {"channels": [b64(b"grpcurl:news")]})
            if numsub == {"channels": [{"channel": b64(b"grpcurl:news"), "subscribers": "1"}]}:
                break
        else:
            raise AssertionError(f"grpcurl never subscribed: {numsub}")
        published = cli.call("Publish", {"channel": b64(b"grpcurl:news"), "message": b64(b"hi")})
        assert published["receivers"] == "1"
        out, _err = listener.communicate(timeout=30)
    finally:
        listener.kill()
        listener.wait()
    # One JSON object per response, one after the other.
    decoder, responses, rest = json.JSONDecoder(), [], out.strip()
    while rest:
        response, end = decoder.raw_decode(rest)
        responses.append(response)
        rest = rest[end:].strip()
    events = [event for response in responses for event in response["events"]]
    assert events[0]["change"]["channel"] == b64(b"grpcurl:news")
    message = events[1]["message"]
    assert (message["channel"], message["payload"]) == (b64(b"grpcurl:news"), b64(b"hi"))


def test_describe_a_method(cli: Grpcurl) -> None:
    result = cli.run("describe", "keyspace.v1.KeyspaceService.Set")
    assert result.returncode == 0, result.stderr
    assert "keyspace.v1.KeyspaceService.Set is a method" in result.stdout
    assert "rpc Set ( .keyspace.v1.SetRequest ) returns ( .keyspace.v1.SetResponse )" in (
        result.stdout
    )


def test_describe_a_message(cli: Grpcurl) -> None:
    result = cli.run("describe", "keyspace.v1.SetRequest")
    assert result.returncode == 0, result.stderr
    assert "keyspace.v1.SetRequest is a message" in result.stdout
    assert "bytes key = 1;" in result.stdout


def test_set_then_get_round_trip(cli: Grpcurl) -> None:
    key, value = b"grpcurl:foo", b"bar\x00\xff"
    assert cli.call("Set", {"key": b64(key), "value": b64(value)}) == {"written": True}
    assert cli.call("Get", {"key": b64(key)}) == {"value": b64(value)}
    # A missing key: Redis's nil is an absent field.
    assert cli.call("Get", {"key": b64(b"grpcurl:missing")}) == {}
    assert cli.call("Del", {"keys": [b64(key)]}) == {"count": "1"}  # int64 is a JSON string


def test_failing_command_prints_redis_error_and_status(cli: Grpcurl) -> None:
    key = b64(b"grpcurl:not-a-number")
    cli.call("Set", {"key": key, "value": b64(b"abc")})
    result = cli.run("keyspace.v1.KeyspaceService/Incr", data={"key": key})
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Code: InvalidArgument" in output
    assert "Message: ERR value is not an integer or out of range" in output
    assert "google.rpc.ErrorInfo" in output
    assert '"reason": "ERR"' in output


def test_failing_incrbyfloat_prints_its_own_error(cli: Grpcurl) -> None:
    key = b64(b"grpcurl:float")
    cli.call("Set", {"key": key, "value": b64(b"x")})
    result = cli.run("keyspace.v1.KeyspaceService/IncrByFloat", data={"key": key, "increment": 1})
    assert result.returncode != 0
    assert "Code: InvalidArgument" in result.stdout + result.stderr
    assert "Message: ERR value is not a valid float" in result.stdout + result.stderr


def test_health_check(cli: Grpcurl) -> None:
    result = cli.run("grpc.health.v1.Health/Check")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"status": "SERVING"}
