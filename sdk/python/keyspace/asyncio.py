"""The asyncio client: ``keyspace.asyncio.Client``, awaitable methods."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import grpc.aio

from keyspace import _schema
from keyspace._errors import from_rpc_error
from keyspace.commands import Commands
from keyspace.commands.base import Call, deadline
from keyspace.exceptions import WatchError
from keyspace.pipeline import PipelineBase
from keyspace.pubsub.aio import PubSub


class Client(Commands):
    """Like ``keyspace.Client``; every command method returns an awaitable."""

    def __init__(
        self,
        target: str | None = None,
        *,
        host: str = "localhost",
        port: int = _schema.DEFAULT_PORT,
        timeout: float | None = None,
        socket_timeout: float | None = None,
    ) -> None:
        self.target = _schema.target_of(target, host, port)
        self._channel = grpc.aio.insecure_channel(self.target, options=_schema.CHANNEL_OPTIONS)
        self.timeout = timeout if timeout is not None else socket_timeout
        self._methods: dict[str, grpc.aio.UnaryUnaryMultiCallable[Any, Any]] = {}

    def _method(self, call: Call) -> grpc.aio.UnaryUnaryMultiCallable[Any, Any]:
        method = self._methods.get(call.rpc)
        if method is None:
            method = _schema.unary_method(self._channel, call.rpc)
            self._methods[call.rpc] = method
        return method

    async def _run(self, call: Call) -> Any:
        try:
            response = await self._method(call)(call.request, timeout=deadline(self.timeout, call))
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return call.parse(response)

    def _send(self, call: Call) -> Awaitable[Any]:
        return self._run(call)

    def pipeline(self, transaction: bool = True) -> Pipeline:
        return Pipeline(self, transaction)

    def pubsub(self, **kwargs: Any) -> PubSub:
        """Like ``keyspace.Client.pubsub``, for asyncio (redis.asyncio's)."""
        return PubSub(self.target, **kwargs)

    async def transaction(
        self,
        func: Callable[[Pipeline], Any],
        *watches: Any,
        value_from_callable: bool = False,
        watch_delay: float | None = None,
    ) -> Any:
        """Like ``keyspace.Client.transaction``; ``func`` may be async."""
        async with self.pipeline(True) as pipe:
            while True:
                try:
                    if watches:
                        await pipe.watch(*watches)
                    func_value = func(pipe)
                    if asyncio.iscoroutine(func_value):
                        func_value = await func_value
                    exec_value = await pipe.execute()
                    return func_value if value_from_callable else exec_value
                except WatchError:
                    if watch_delay is not None and watch_delay > 0:
                        await asyncio.sleep(watch_delay)

    async def scan_iter(
        self, match: Any = None, count: int | None = None, _type: str | None = None
    ) -> AsyncIterator[bytes]:
        cursor = 0
        while True:
            cursor, keys = await self.scan(cursor, match=match, count=count, _type=_type)
            for key in keys:
                yield key
            if cursor == 0:
                return

    async def sscan_iter(
        self, name: Any, match: Any = None, count: int | None = None
    ) -> AsyncIterator[bytes]:
        cursor = 0
        while True:
            cursor, members = await self.sscan(name, cursor, match=match, count=count)
            for member in members:
                yield member
            if cursor == 0:
                return

    async def hscan_iter(
        self,
        name: Any,
        match: Any = None,
        count: int | None = None,
        no_values: bool | None = None,
    ) -> AsyncIterator[Any]:
        """(field, value) pairs, or only fields with ``no_values``, as redis-py."""
        cursor = 0
        while True:
            cursor, data = await self.hscan(
                name, cursor, match=match, count=count, no_values=no_values
            )
            for item in data if no_values else data.items():
                yield item
            if cursor == 0:
                return

    async def zscan_iter(
        self,
        name: Any,
        match: Any = None,
        count: int | None = None,
        score_cast_func: Any = float,
    ) -> AsyncIterator[tuple[bytes, Any]]:
        """(member, score) pairs, as redis-py's zscan_iter."""
        cursor = 0
        while True:
            cursor, pairs = await self.zscan(
                name, cursor, match=match, count=count, score_cast_func=score_cast_func
            )
            for pair in pairs:
                yield pair
            if cursor == 0:
                return

    async def close(self) -> None:
        await self._channel.close(None)  # grace=None: cancel calls in flight

    aclose = close

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class Pipeline(PipelineBase):
    """Queue commands (not awaited), then ``await pipe.execute()``."""

    def __init__(self, client: Client, transaction: bool = True) -> None:
        super().__init__(transaction)
        self._client = client

    def _run_now(self, call: Call) -> Any:
        return self._client._send(call)

    async def execute(self, raise_on_error: bool = True) -> list[Any]:
        if self._uses_exec():
            return await self._execute_transaction(raise_on_error)
        if not self._calls:
            return []
        stream = _schema.pipeline_method(self._client._channel)
        call = stream(iter(list(self._requests())), timeout=self._client.timeout)
        try:
            responses = [response async for response in call]
        except grpc.RpcError as error:
            self.reset()
            raise from_rpc_error(error) from None
        return self._results(
            [r for response in responses for r in response.replies], raise_on_error
        )

    async def _execute_transaction(self, raise_on_error: bool) -> list[Any]:
        if not self._calls and not self._watched:
            self.reset()
            return []
        call = Call("Exec", self._exec_request(), lambda response: response)
        try:
            response = await self._client._send(call)
        except BaseException:
            self.reset()
            raise
        return self._exec_results(response, raise_on_error)

    async def __aenter__(self) -> Pipeline:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.reset()
