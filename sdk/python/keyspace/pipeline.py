"""Pipelines: commands queued locally and sent together over the Pipeline
stream, answered in order (redis-py's ``with kv.pipeline() as p``).

The server runs one request's commands back to back in a single turn of its
event loop, so no other client's command runs between them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from keyspace.commands import Commands
from keyspace.commands.base import Call
from keyspace.exceptions import KeyspaceError, response_error
from keyspace.v1 import pipeline_pb2

# Commands per PipelineRequest: keeps each message far below the size limit
# while letting many commands share an HTTP/2 frame.
BATCH_SIZE = 1000


class PipelineBase(Commands):
    def __init__(self, transaction: bool = True) -> None:
        self.transaction = transaction
        self._calls: list[Call] = []

    def _send(self, call: Call) -> Any:
        self._calls.append(call)
        return self

    def __len__(self) -> int:
        return len(self._calls)

    def reset(self) -> None:
        self._calls = []

    def _requests(self) -> Iterator[pipeline_pb2.PipelineRequest]:
        for start in range(0, len(self._calls), BATCH_SIZE):
            batch = self._calls[start : start + BATCH_SIZE]
            yield pipeline_pb2.PipelineRequest(
                commands=[pipeline_pb2.Command(**{c.rpc.lower(): c.request}) for c in batch]
            )

    def _results(
        self, responses: list[pipeline_pb2.PipelineResponse], raise_on_error: bool
    ) -> list[Any]:
        replies = [reply for response in responses for reply in response.replies]
        if len(replies) != len(self._calls):
            raise KeyspaceError(f"expected {len(self._calls)} replies, got {len(replies)}")
        results: list[Any] = []
        for call, reply in zip(self._calls, replies, strict=True):
            if reply.WhichOneof("reply") == "error":
                results.append(response_error(reply.error.message, reply.error.code))
            else:
                results.append(call.parse(getattr(reply, call.rpc.lower())))
        self.reset()
        if raise_on_error:
            for result in results:
                if isinstance(result, KeyspaceError):
                    raise result
        return results
