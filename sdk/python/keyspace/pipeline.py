"""Pipelines: commands queued locally and sent together, answered in order
(redis-py's ``with kv.pipeline() as p``).

A transaction pipeline (``pipeline()``, redis-py's default) is sent as one
Exec call: MULTI ... EXEC, run with no other client's command in between.
As in redis-py, ``pipe.watch(*keys)`` asks for the keys' versions and puts
the pipeline in immediate mode (commands run at once, to read the watched
values) until ``pipe.multi()`` starts queueing; ``execute()`` then raises
``WatchError`` if a watched key changed meanwhile, and nothing ran. MULTI,
DISCARD and UNWATCH have no RPC: the queue and the versions are kept here.

``pipeline(transaction=False)`` goes over the Pipeline stream, split into
batches, as redis-py's non-transactional pipelines may interleave with other
clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from keyspace import _arguments as args
from keyspace.commands import Commands
from keyspace.commands.base import Call
from keyspace.exceptions import KeyspaceError, WatchError, response_error
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
        # Keys watched, with the version the server gave for each.
        self._watched: dict[bytes, int] = {}
        # Between watch() and multi(): commands run at once.
        self.watching = False
        # multi() was called: commands are queued for an Exec.
        self.explicit_transaction = False

    def _run_now(self, call: Call) -> Any:
        """Send one call at once through the client (immediate mode)."""
        raise NotImplementedError

    def _send(self, call: Call) -> Any:
        if self.watching:
            return self._run_now(call)
        self._calls.append(call)
        return self

    def watch(self, *names: args.KeyT) -> Any:
        """WATCH: remember the keys' versions; the pipeline runs commands at
        once until ``multi()``."""
        if self.explicit_transaction:
            raise KeyspaceError("Cannot issue a WATCH after a MULTI")
        keys = args.encode_all(names)

        def record(response: pipeline_pb2.WatchResponse) -> bool:
            for key, version in zip(keys, response.versions, strict=True):
                # The first version seen counts, as a second WATCH of a key
                # in Redis does not forget a change since the first.
                self._watched.setdefault(key, version)
            self.watching = True
            return True

        return self._run_now(Call("Watch", pipeline_pb2.WatchRequest(keys=keys), record))

    def unwatch(self) -> bool:
        """UNWATCH: forget the watched keys (nothing to tell the server)."""
        self._watched = {}
        self.watching = False
        return True

    def multi(self) -> None:
        """MULTI: queue the following commands for ``execute()``."""
        if self.explicit_transaction:
            raise KeyspaceError("Cannot issue nested calls to MULTI")
        if self._calls:
            raise KeyspaceError("Commands without an initial WATCH have already been issued")
        self.explicit_transaction = True
        self.watching = False

    def __len__(self) -> int:
        return len(self._calls)

    def __bool__(self) -> bool:
        # As redis-py's: an empty pipeline is still a pipeline (``pipe or ...``
        # must not replace it), which __len__ alone would make falsy.
        return True

    def reset(self) -> None:
        """DISCARD and UNWATCH: back to an empty, unwatched pipeline."""
        self._calls = []
        self._watched = {}
        self.watching = False
        self.explicit_transaction = False

    def _uses_exec(self) -> bool:
        return self.transaction or self.explicit_transaction or bool(self._watched)

    def _exec_request(self) -> pipeline_pb2.ExecRequest:
        return pipeline_pb2.ExecRequest(
            commands=[pipeline_pb2.Command(**_command_field(c)) for c in self._calls],
            watched=[
                pipeline_pb2.WatchedKey(key=key, version=version)
                for key, version in self._watched.items()
            ],
        )

    def _requests(self) -> Iterator[pipeline_pb2.PipelineRequest]:
        commands = [pipeline_pb2.Command(**_command_field(c)) for c in self._calls]
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

    def _exec_results(self, response: pipeline_pb2.ExecResponse, raise_on_error: bool) -> list[Any]:
        if response.aborted:
            self.reset()
            raise WatchError("Watched variable changed.")
        return self._results(list(response.replies), raise_on_error)

    def _results(self, replies: list[pipeline_pb2.Reply], raise_on_error: bool) -> list[Any]:
        # Reset first: whatever happens below, these commands have been sent.
        calls = self._calls
        self.reset()
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
