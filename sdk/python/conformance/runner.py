"""The Python conformance runner: tests/conformance/scenarios.json against a live server.

It drives the generated stubs (``keyspace.v1``) directly, with messages read
from and compared as the scenarios' canonical proto3 JSON, and prints one
JSON line per scenario (tests/conformance/README.md has the format):

    python sdk/python/conformance/runner.py --address 127.0.0.1:7379 \
        --scenarios tests/conformance/scenarios.json
"""

from __future__ import annotations

import argparse
import json
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import grpc
from google.protobuf import json_format, message_factory
from google.protobuf.descriptor import MethodDescriptor
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from keyspace.v1 import (
    keyspace_service_pb2,
    keyspace_service_pb2_grpc,
    pipeline_pb2,
    pubsub_pb2,
    server_pb2,
    subscribe_pb2,
)

CALL_TIMEOUT = 10.0
EVENT_TIMEOUT = 5.0
# Fields of subscription events that differ from run to run (the format says
# runners clear them before comparing).
VOLATILE_FIELDS = ("run_id", "sequence")
SERVICE = keyspace_service_pb2.DESCRIPTOR.services_by_name["KeyspaceService"]


M = TypeVar("M", bound=Message)
Events = list[subscribe_pb2.SubscriptionEvent]


class MismatchError(Exception):
    """A step's outcome is not the expected one; the message says how."""


def parse(value: Any, message_type: type[M]) -> M:
    return json_format.ParseDict(value, message_type())


def show(message: Message) -> str:
    return json.dumps(json_format.MessageToDict(message), separators=(",", ":"))


def expect_equal(step: str, got: Message, want: Message) -> None:
    if got != want:
        raise MismatchError(f"{step}: got {show(got)}, want {show(want)}")


def error_reason(error: grpc.Call) -> str:
    """The google.rpc.ErrorInfo reason of a failed call, or "" without one."""
    for key, value in error.trailing_metadata() or ():
        if key != "grpc-status-details-bin" or not isinstance(value, bytes):
            continue
        for detail in status_pb2.Status.FromString(value).details:
            info = error_details_pb2.ErrorInfo()
            if detail.Unpack(info):
                return str(info.reason)
    return ""


class Runner:
    def __init__(self, channel: grpc.Channel) -> None:
        self.stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]

    def method(self, name: str) -> MethodDescriptor:
        method = SERVICE.methods_by_name.get(name)
        if method is None:
            raise MismatchError(f"no RPC named {name!r} in KeyspaceService")
        return method

    def unary(self, step: dict[str, Any]) -> None:
        name = step["call"]
        method = self.method(name)
        request = parse(step.get("request", {}), message_factory.GetMessageClass(method.input_type))
        label = f"{name} {show(request)}"
        try:
            response = getattr(self.stub, name)(request, timeout=CALL_TIMEOUT)
        except grpc.RpcError as failure:
            call: grpc.Call = failure  # type: ignore[assignment]
            got = {
                "code": call.code().name,
                "reason": error_reason(call),
                "message": call.details() or "",
            }
            if "error" not in step:
                raise MismatchError(f"{label}: failed with {got}") from None
            if got != step["error"]:
                raise MismatchError(f"{label}: failed with {got}, want {step['error']}") from None
            return
        if "error" in step:
            raise MismatchError(f"{label}: got {show(response)}, want the error {step['error']}")
        output = message_factory.GetMessageClass(method.output_type)
        expect_equal(label, response, parse(step["response"], output))

    def pipeline(self, step: dict[str, Any]) -> None:
        commands = [parse(c, pipeline_pb2.Command) for c in step["pipeline"]]
        request = pipeline_pb2.PipelineRequest(commands=commands)
        responses = self.stub.Pipeline(iter([request]), timeout=CALL_TIMEOUT)
        try:
            response = next(responses)
        finally:
            responses.cancel()
        want = pipeline_pb2.PipelineResponse(
            replies=[parse(r, pipeline_pb2.Reply) for r in step["replies"]]
        )
        expect_equal("Pipeline", response, want)

    def subscription(self, step: dict[str, Any]) -> None:
        request = parse(step["subscribe"], subscribe_pb2.SubscribeRequest)
        want = [parse(e, subscribe_pb2.SubscriptionEvent) for e in step["events"]]
        stream = _Subscription(self.stub, request)
        try:
            confirmations = len(request.channels)
            stream.read_until(
                lambda events: sum(e.HasField("change") for e in events) >= confirmations,
                len(want),
            )
            for publish in step.get("publish", []):
                message = parse(publish, pubsub_pb2.PublishRequest)
                self.stub.Publish(message, timeout=CALL_TIMEOUT)
            got = stream.read_until(lambda events: len(events) >= len(want), len(want))
        finally:
            stream.close()
        if len(got) != len(want):
            shown = ", ".join(show(e) for e in got)
            raise MismatchError(f"Subscribe: got {len(got)} events [{shown}], want {len(want)}")
        for index, (event, expected) in enumerate(zip(got, want, strict=True)):
            expect_equal(f"Subscribe event {index}", event, expected)

    def scenario(self, scenario: dict[str, Any]) -> str:
        """Runs one scenario; returns "" when it passed, else the first mismatch."""
        try:
            self.stub.FlushAll(server_pb2.FlushAllRequest(), timeout=CALL_TIMEOUT)
            for index, step in enumerate(scenario["steps"]):
                try:
                    self.step(step)
                except MismatchError as mismatch:
                    return f"step {index + 1}: {mismatch}"
        except (grpc.RpcError, json_format.ParseError, KeyError) as failure:
            return f"{type(failure).__name__}: {failure}"
        return ""

    def step(self, step: dict[str, Any]) -> None:
        if "call" in step:
            self.unary(step)
        elif "pipeline" in step:
            self.pipeline(step)
        elif "subscribe" in step:
            self.subscription(step)
        else:
            raise MismatchError(f"unknown step {sorted(step)}")


class _Subscription:
    """A Subscribe stream whose events are read by a thread into a queue, so
    that waiting for an event can time out."""

    def __init__(
        self, stub: keyspace_service_pb2_grpc.KeyspaceServiceStub, request: Message
    ) -> None:
        self._requests: queue.Queue[Message | None] = queue.Queue()
        self._requests.put(request)
        self._events: queue.Queue[subscribe_pb2.SubscriptionEvent | None] = queue.Queue()
        self.received: Events = []
        self._call = stub.Subscribe(self._outgoing())
        threading.Thread(target=self._read, daemon=True).start()

    def _outgoing(self) -> Iterator[Message]:
        # The stream stays open (no half-close) until close(), as a client's would.
        while (request := self._requests.get()) is not None:
            yield request

    def _read(self) -> None:
        try:
            for response in self._call:
                for event in response.events:
                    self._events.put(event)
        except grpc.RpcError:
            pass
        self._events.put(None)

    def read_until(self, done: Callable[[Events], bool], limit: int) -> Events:
        while not done(self.received) and len(self.received) < limit + 1:
            try:
                event = self._events.get(timeout=EVENT_TIMEOUT)
            except queue.Empty:
                break
            if event is None:
                break
            if event.HasField("heartbeat"):
                continue
            kind = event.WhichOneof("event")
            if kind is not None:
                part = getattr(event, kind)
                for field in VOLATILE_FIELDS:
                    if field in part.DESCRIPTOR.fields_by_name:
                        part.ClearField(field)
            self.received.append(event)
        return self.received

    def close(self) -> None:
        self._requests.put(None)
        self._call.cancel()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--address", required=True, help="the server, host:port")
    parser.add_argument("--scenarios", required=True, type=Path, help="scenarios.json")
    options = parser.parse_args()
    scenarios = json.loads(options.scenarios.read_text())["scenarios"]
    with grpc.insecure_channel(options.address) as channel:
        runner = Runner(channel)
        for scenario in scenarios:
            detail = runner.scenario(scenario)
            line = {"scenario": scenario["name"], "passed": not detail, "detail": detail}
            print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
