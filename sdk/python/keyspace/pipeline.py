"""Pipelines: commands queued locally and sent together over the Pipeline
stream, answered in order (redis-py's ``with kv.pipeline() as p``).

The server runs one request's commands back to back in a single turn of its
event loop, so no other client's command runs between them. A transaction
pipeline (``pipeline()``, redis-py's default) is therefore always sent as one
request, however long; ``pipeline(transaction=False)`` is split into batches,
as redis-py's non-transactional pipelines may interleave with other clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from keyspace.commands import Commands
from keyspace.commands.base import Call
from keyspace.exceptions import KeyspaceError, response_error
from keyspace.v1 import pipeline_pb2

# Commands and bytes per PipelineRequest of a non-transactional pipeline:
# keeps each message far below the size limit (gRPC's usual 4 MiB as well as
# the server's) while letting many commands share an HTTP/2 frame.
BATCH_SIZE = 1000
BATCH_BYTES = 512 * 1024


def _command_field(call: Call) -> dict[str, Any]:
    """Command's oneof field for the call: the RPC name lowercased."""
    return {call.rpc.lower(): call.request}


class PipelineBase(Commands):
    def __init__(self, transaction: bool = True) -> None:
        self.transaction = transaction
        self._calls: list[Call] = []

    def _send(self, call: Call) -> Any:
        self._calls.append(call)
        return self

    def __len__(self) -> int:
        return len(self._calls)

    def __bool__(self) -> bool:
        # As redis-py's: an empty pipeline is still a pipeline (``pipe or ...``
        # must not replace it), which __len__ alone would make falsy.
        return True

    def reset(self) -> None:
        self._calls = []

    def _requests(self) -> Iterator[pipeline_pb2.PipelineRequest]:
        commands = [pipeline_pb2.Command(**_command_field(c)) for c in self._calls]
        if self.transaction:
            # One request is what makes the server run them all at once.
            yield pipeline_pb2.PipelineRequest(commands=commands)
            return
        batch: list[pipeline_pb2.Command] = []
        size = 0
        for command in commands:
            command_size = command.ByteSize()
            if batch and (len(batch) == BATCH_SIZE or size + command_size > BATCH_BYTES):
                yield pipeline_pb2.PipelineRequest(commands=batch)
                batch, size = [], 0
            batch.append(command)
            size += command_size
        if batch:
            yield pipeline_pb2.PipelineRequest(commands=batch)

    def _results(
        self, responses: list[pipeline_pb2.PipelineResponse], raise_on_error: bool
    ) -> list[Any]:
        # Reset first: whatever happens below, these commands have been sent.
        calls = self._calls
        self.reset()
        replies = [reply for response in responses for reply in response.replies]
        if len(replies) != len(calls):
            raise KeyspaceError(f"expected {len(calls)} replies, got {len(replies)}")
        results: list[Any] = []
        for call, reply in zip(calls, replies, strict=True):
            if reply.WhichOneof("reply") == "error":
                results.append(response_error(reply.error.message, reply.error.code))
            else:
                results.append(call.parse(getattr(reply, call.rpc.lower())))
        if raise_on_error:
            for result in results:
                if isinstance(result, KeyspaceError):
                    raise result
        return results
