"""List commands, with redis-py's names, arguments and return values.

Arguments Redis would reject are turned into requests the server rejects
with the same error (an unset direction is Redis's syntax error, count 0
its "count should be greater than 0", ...), so a bad call fails the same
way whether it is sent alone or in a pipeline.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field, ok
from keyspace.exceptions import ResponseError, response_error
from keyspace.v1 import lists_pb2 as pb

_DIRECTIONS = {b"left": pb.LIST_DIRECTION_LEFT, b"right": pb.LIST_DIRECTION_RIGHT}
_POSITIONS = {b"before": pb.L_INSERT_POSITION_BEFORE, b"after": pb.L_INSERT_POSITION_AFTER}
# Past this many seconds a block counts as forever for the call's deadline.
_FOREVER = 10 * 365 * 24 * 3600.0


def _word(value: object, table: Mapping[bytes, int]) -> int:
    """A keyword Redis compares case-insensitively; unset when unknown."""
    return table.get(args.encode(value).lower(), 0)


def _integer_or(value: object, fallback: int) -> int:
    """An integer argument whose parse failure Redis reports with the same
    text as a bad value: ``fallback`` is such a bad value."""
    try:
        return args.integer(value)
    except ResponseError:
        return fallback


def _timeout(value: object) -> float:
    """A timeout as Redis reads it (strtold on the text); text that is not a
    number becomes NaN, which the server refuses as Redis does."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return math.nan
    text = args.encode(value).decode("utf-8", "replace")
    if not text or text != text.strip() or "_" in text:
        return math.nan
    try:
        return float(text)
    except ValueError:
        return math.nan


def _blocks_for(seconds: float) -> float | None:
    """How long the server may wait, for the call's deadline: 0 for forever
    (Redis rounds up to whole milliseconds, so (-1 ms, 0] is forever), None
    when the server will refuse the timeout at once."""
    if math.isnan(seconds) or seconds <= -0.001 or seconds * 1000 >= 2**63:
        return None
    if seconds <= 0 or seconds > _FOREVER:
        return 0
    return max(seconds, 0.001)


def _mpop_fields(command: str, num_keys: object, tokens: list[object]) -> dict[str, Any]:
    """LMPOP/BLMPOP's arguments after numkeys, parsed as Redis parses them
    (redis-py sends ``num_keys, *keys, direction[, COUNT, count]``)."""
    if len(tokens) < 2:
        raise response_error(f"ERR wrong number of arguments for '{command}' command")
    numkeys = _integer_or(num_keys, 0)
    if numkeys < 1:
        return {"keys": []}  # the server's numkeys error
    keys = args.encode_all(tokens[:numkeys])
    if numkeys >= len(tokens):
        return {"keys": keys}  # no direction: the server's syntax error
    fields: dict[str, Any] = {"keys": keys, "direction": _word(tokens[numkeys], _DIRECTIONS)}
    rest = tokens[numkeys + 1 :]
    while rest:
        if "count" in fields or len(rest) < 2 or args.encode(rest[0]).lower() != b"count":
            return {"keys": keys}  # a stray argument: syntax error
        count = _integer_or(rest[1], 0)
        if count < 1:
            return {**fields, "count": 0}  # the server's count error, at once
        fields["count"] = count
        rest = rest[2:]
    return fields


def _pop_reply(response: Any) -> Any:
    which = response.WhichOneof("result")
    if which == "element":
        return response.element
    if which == "elements":
        return list(response.elements.values)
    return None


def _optional_element(response: Any) -> bytes | None:
    return response.element if response.HasField("element") else None


def _key_and_element(response: Any) -> tuple[bytes, bytes] | None:
    return (response.key, response.element) if response.HasField("key") else None


def _key_and_elements(response: Any) -> list[Any] | None:
    return [response.key, list(response.elements)] if response.HasField("key") else None


def _lpos_reply(with_count: bool) -> Any:
    def parse(response: pb.LPosResponse) -> Any:
        if with_count:
            return list(response.positions)
        return response.position if response.HasField("position") else None

    return parse


class ListCommands(CommandsBase):
    # -- pushing -------------------------------------------------------------

    def lpush(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.LPushRequest(key=args.encode(name), elements=args.encode_all(values))
        return self._send(Call("LPush", request, field("length")))

    def rpush(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.RPushRequest(key=args.encode(name), elements=args.encode_all(values))
        return self._send(Call("RPush", request, field("length")))

    def lpushx(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.LPushXRequest(key=args.encode(name), elements=args.encode_all(values))
        return self._send(Call("LPushX", request, field("length")))

    def rpushx(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.RPushXRequest(key=args.encode(name), elements=args.encode_all(values))
        return self._send(Call("RPushX", request, field("length")))

    def linsert(
        self, name: args.KeyT, where: str, refvalue: args.EncodableT, value: args.EncodableT
    ) -> Any:
        request = pb.LInsertRequest(
            key=args.encode(name),
            where=_word(where, _POSITIONS),  # type: ignore[arg-type]
            pivot=args.encode(refvalue),
            element=args.encode(value),
        )
        return self._send(Call("LInsert", request, field("length")))

    def lset(self, name: args.KeyT, index: int, value: args.EncodableT) -> Any:
        request = pb.LSetRequest(
            key=args.encode(name), index=args.integer(index), element=args.encode(value)
        )
        return self._send(Call("LSet", request, ok))

    # -- popping and removing --------------------------------------------------

    def _pop(self, rpc: str, request_type: Any, name: args.KeyT, count: int | None) -> Any:
        request = request_type(key=args.encode(name))
        if count is not None:
            # Redis reports a count that is not a number as out of range.
            request.count = _integer_or(count, -1)
        return self._send(Call(rpc, request, _pop_reply))

    def lpop(self, name: args.KeyT, count: int | None = None) -> Any:
        return self._pop("LPop", pb.LPopRequest, name, count)

    def rpop(self, name: args.KeyT, count: int | None = None) -> Any:
        return self._pop("RPop", pb.RPopRequest, name, count)

    def lrem(self, name: args.KeyT, count: int, value: args.EncodableT) -> Any:
        request = pb.LRemRequest(
            key=args.encode(name), count=args.integer(count), element=args.encode(value)
        )
        return self._send(Call("LRem", request, field("removed")))

    def ltrim(self, name: args.KeyT, start: int, end: int) -> Any:
        request = pb.LTrimRequest(
            key=args.encode(name), start=args.integer(start), stop=args.integer(end)
        )
        return self._send(Call("LTrim", request, ok))

    def lmove(
        self, first_list: args.KeyT, second_list: args.KeyT, src: str = "LEFT", dest: str = "RIGHT"
    ) -> Any:
        request = pb.LMoveRequest(
            source=args.encode(first_list),
            destination=args.encode(second_list),
            wherefrom=_word(src, _DIRECTIONS),  # type: ignore[arg-type]
            whereto=_word(dest, _DIRECTIONS),  # type: ignore[arg-type]
        )
        return self._send(Call("LMove", request, _optional_element))

    def rpoplpush(self, src: args.KeyT, dst: args.KeyT) -> Any:
        request = pb.RPopLPushRequest(source=args.encode(src), destination=args.encode(dst))
        return self._send(Call("RPopLPush", request, _optional_element))

    def lmpop(self, num_keys: int, *keys: args.KeyT, direction: str, count: int | None = 1) -> Any:
        tokens: list[object] = [*keys, direction]
        if count != 1:
            tokens += ["COUNT", count]
        request = pb.LMPopRequest(**_mpop_fields("lmpop", num_keys, tokens))
        return self._send(Call("LMPop", request, _key_and_elements))

    # -- reading ---------------------------------------------------------------

    def llen(self, name: args.KeyT) -> Any:
        return self._send(Call("LLen", pb.LLenRequest(key=args.encode(name)), field("length")))

    def lrange(self, name: args.KeyT, start: int, end: int) -> Any:
        request = pb.LRangeRequest(
            key=args.encode(name), start=args.integer(start), stop=args.integer(end)
        )
        return self._send(Call("LRange", request, lambda r: list(r.elements)))

    def lindex(self, name: args.KeyT, index: int) -> Any:
        request = pb.LIndexRequest(key=args.encode(name), index=args.integer(index))
        return self._send(Call("LIndex", request, _optional_element))

    def lpos(
        self,
        name: args.KeyT,
        value: args.EncodableT,
        rank: int | None = None,
        count: int | None = None,
        maxlen: int | None = None,
    ) -> Any:
        request = pb.LPosRequest(key=args.encode(name), element=args.encode(value))
        if rank is not None:
            request.rank = args.integer(rank)
        # COUNT and MAXLEN that are not numbers get their "negative" errors.
        if count is not None:
            request.count = _integer_or(count, -1)
        if maxlen is not None:
            request.maxlen = _integer_or(maxlen, -1)
        return self._send(Call("LPos", request, _lpos_reply(count is not None)))

    # -- blocking --------------------------------------------------------------

    def _bpop(self, rpc: str, request_type: Any, keys: Any, timeout: Any) -> Any:
        seconds = _timeout(0 if timeout is None else timeout)
        request = request_type(keys=args.encode_all(args.flatten(keys, ())), timeout=seconds)
        return self._send(Call(rpc, request, _key_and_element, blocks_for=_blocks_for(seconds)))

    def blpop(self, keys: Any, timeout: float | None = 0) -> Any:
        return self._bpop("BLPop", pb.BLPopRequest, keys, timeout)

    def brpop(self, keys: Any, timeout: float | None = 0) -> Any:
        return self._bpop("BRPop", pb.BRPopRequest, keys, timeout)

    def blmove(
        self,
        first_list: args.KeyT,
        second_list: args.KeyT,
        timeout: float,
        src: str = "LEFT",
        dest: str = "RIGHT",
    ) -> Any:
        seconds = _timeout(timeout)
        request = pb.BLMoveRequest(
            source=args.encode(first_list),
            destination=args.encode(second_list),
            wherefrom=_word(src, _DIRECTIONS),  # type: ignore[arg-type]
            whereto=_word(dest, _DIRECTIONS),  # type: ignore[arg-type]
            timeout=seconds,
        )
        return self._send(
            Call("BLMove", request, _optional_element, blocks_for=_blocks_for(seconds))
        )

    def brpoplpush(self, src: args.KeyT, dst: args.KeyT, timeout: float | None = 0) -> Any:
        seconds = _timeout(0 if timeout is None else timeout)
        request = pb.BRPopLPushRequest(
            source=args.encode(src), destination=args.encode(dst), timeout=seconds
        )
        return self._send(
            Call("BRPopLPush", request, _optional_element, blocks_for=_blocks_for(seconds))
        )

    def blmpop(
        self,
        timeout: float,
        numkeys: int,
        *keys: args.KeyT,
        direction: str,
        count: int | None = 1,
    ) -> Any:
        seconds = _timeout(timeout)
        fields = _mpop_fields("blmpop", numkeys, [*keys, direction, "COUNT", count])
        request = pb.BLMPopRequest(timeout=seconds, **fields)
        return self._send(
            Call("BLMPop", request, _key_and_elements, blocks_for=_blocks_for(seconds))
        )
