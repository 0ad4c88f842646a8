"""The synchronous client: ``keyspace.Client("localhost:7379")``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc

from keyspace import _schema
from keyspace._errors import from_rpc_error
from keyspace.commands import Commands
from keyspace.commands.base import Call, deadline
from keyspace.exceptions import WatchError
from keyspace.pipeline import PipelineBase
from keyspace.pubsub import PubSub


class Client(Commands):
    """A connection to a Keyspace server with redis-py's command methods.

    ``timeout`` (alias ``socket_timeout``) is each call's deadline in
    seconds. The channel reconnects by itself, and a call that could not
    reach the server is retried a few times before ``ConnectionError``.
    """

    def __init__(
        self,
        target: str | None = None,
        *,
        host: str = "localhost",
        port: int = _schema.DEFAULT_PORT,
        timeout: float | None = None,
        socket_timeout: float | None = None,
        channel: grpc.Channel | None = None,
    ) -> None:
        self.target = _schema.target_of(target, host, port)
        self._channel = channel or grpc.insecure_channel(
            self.target, options=_schema.CHANNEL_OPTIONS
        )
        self.timeout = timeout if timeout is not None else socket_timeout
        self._methods: dict[str, grpc.UnaryUnaryMultiCallable[Any, Any]] = {}
        # PubSubs share a channel given by the caller (its credentials);
        # otherwise each makes its own (see keyspace.pubsub).
        self._given_channel = channel

    def _method(self, call: Call) -> grpc.UnaryUnaryMultiCallable[Any, Any]:
        method = self._methods.get(call.rpc)
        if method is None:
            method = _schema.unary_method(self._channel, call.rpc)
            self._methods[call.rpc] = method
        return method

    def _send(self, call: Call) -> Any:
        try:
            response = self._method(call)(call.request, timeout=deadline(self.timeout, call))
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return call.parse(response)

    def pipeline(self, transaction: bool = True) -> Pipeline:
        return Pipeline(self, transaction)

    def pubsub(self, **kwargs: Any) -> PubSub:
        """redis-py's pubsub(): subscriptions on a Subscribe stream of their
        own. Options: ignore_subscribe_messages, reconnect, backoff,
        discontinuity_handler, disconnect_handler (see the README)."""
        return PubSub(self.target, channel=self._given_channel, **kwargs)

    def transaction(
        self,
        func: Callable[[Pipeline], Any],
        *watches: Any,
        value_from_callable: bool = False,
        watch_delay: float | None = None,
    ) -> Any:
        """Run ``func(pipe)`` with ``watches`` watched, then execute, again
        and again until no watched key changed in between (redis-py's)."""
        with self.pipeline(True) as pipe:
            while True:
                try:
                    if watches:
                        pipe.watch(*watches)
                    func_value = func(pipe)
                    exec_value = pipe.execute()
                    return func_value if value_from_callable else exec_value
                except WatchError:
                    if watch_delay is not None and watch_delay > 0:
                        time.sleep(watch_delay)

    def scan_iter(
        self, match: Any = None, count: int | None = None, _type: str | None = None
    ) -> Iterator[bytes]:
        cursor = 0
        while True:
            cursor, keys = self.scan(cursor, match=match, count=count, _type=_type)
            yield from keys
            if cursor == 0:
                return

    def sscan_iter(self, name: Any, match: Any = None, count: int | None = None) -> Iterator[bytes]:
        cursor = 0
        while True:
            cursor, members = self.sscan(name, cursor, match=match, count=count)
            yield from members
            if cursor == 0:
                return

    def hscan_iter(
        self,
        name: Any,
        match: Any = None,
        count: int | None = None,
        no_values: bool | None = None,
    ) -> Iterator[Any]:
        """(field, value) pairs, or only fields with ``no_values``, as redis-py."""
        cursor = 0
        while True:
            cursor, data = self.hscan(name, cursor, match=match, count=count, no_values=no_values)
            yield from (data if no_values else data.items())
            if cursor == 0:
                return

    def zscan_iter(
        self,
        name: Any,
        match: Any = None,
        count: int | None = None,
        score_cast_func: Any = float,
    ) -> Iterator[tuple[bytes, Any]]:
        """(member, score) pairs, as redis-py's zscan_iter."""
        cursor = 0
        while True:
            cursor, pairs = self.zscan(
                name, cursor, match=match, count=count, score_cast_func=score_cast_func
            )
            yield from pairs
            if cursor == 0:
                return

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Pipeline(PipelineBase):
    """Commands queued by the client's methods and sent by ``execute()``."""

    def __init__(self, client: Client, transaction: bool = True) -> None:
        super().__init__(transaction)
        self._client = client

    def _run_now(self, call: Call) -> Any:
        return self._client._send(call)

    def execute(self, raise_on_error: bool = True) -> list[Any]:
        if self._uses_exec():
            return self._execute_transaction(raise_on_error)
        if not self._calls:
            return []
        stream = _schema.pipeline_method(self._client._channel)
        try:
            responses = list(stream(self._requests(), timeout=self._client.timeout))
        except grpc.RpcError as error:
            self.reset()
            raise from_rpc_error(error) from None
        return self._results(
            [r for response in responses for r in response.replies], raise_on_error
        )

    def _execute_transaction(self, raise_on_error: bool) -> list[Any]:
        if not self._calls and not self._watched:
            self.reset()
            return []
        call = Call("Exec", self._exec_request(), lambda response: response)
        try:
            response = self._client._send(call)
        except BaseException:
            self.reset()
            raise
        return self._exec_results(response, raise_on_error)

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.reset()
