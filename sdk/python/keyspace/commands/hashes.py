"""Hash commands, with redis-py's names, arguments and return values."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field, optional_value
from keyspace.exceptions import DataError, response_error
from keyspace.v1 import hashes_pb2 as pb

_ULONG_LIMIT = 2**64
_CURSOR_TEXT = re.compile(rb"([+-]?)([0-9]*)")
INVALID_CURSOR = "ERR invalid cursor"


def scan_cursor(cursor: object) -> int:
    """A SCAN-family cursor as Redis reads it (C's strtoul, no leading
    space): a sign is allowed, "-1" wraps to 2**64 - 1, an empty text is 0,
    anything else or beyond 64 bits is an invalid cursor."""
    if isinstance(cursor, int) and not isinstance(cursor, bool):
        text = str(cursor).encode()
    else:
        text = args.encode(cursor)
    text = text.split(b"\0", 1)[0]  # C stops reading at a NUL
    match = _CURSOR_TEXT.fullmatch(text)
    if match is None or (match.group(1) and not match.group(2)):
        raise response_error(INVALID_CURSOR)
    sign, digits = match.groups()
    number = int(digits) if digits else 0
    if number >= _ULONG_LIMIT:
        raise response_error(INVALID_CURSOR)
    return (-number if sign == b"-" else number) % _ULONG_LIMIT


def _hset_pairs(
    key: object, value: object, mapping: Mapping[Any, Any] | None, items: Sequence[Any] | None
) -> list[pb.FieldValue]:
    """The pairs redis-py would send, in its order: items, key/value, mapping."""
    if key is None and not mapping and not items:
        raise DataError("'hset' with no key value pairs")
    pieces: list[Any] = list(items) if items else []
    if key is not None:
        pieces.extend((key, value))
    if mapping:
        for pair in mapping.items():
            pieces.extend(pair)
    encoded = args.encode_all(pieces)
    if len(encoded) % 2:
        raise response_error("ERR wrong number of arguments for 'hset' command")
    return [
        pb.FieldValue(field=f, value=v) for f, v in zip(encoded[::2], encoded[1::2], strict=True)
    ]


def _hrandfield_reply(with_count: bool, withvalues: bool) -> Any:
    def parse(response: pb.HRandFieldResponse) -> Any:
        if not with_count:
            return response.fields[0] if response.fields else None
        if not withvalues:
            return list(response.fields)
        # redis-py's RESP2 reply: field, value, field, value, ...
        flat: list[bytes] = []
        for name, data in zip(response.fields, response.values, strict=True):
            flat.extend((name, data))
        return flat

    return parse


def _hscan_reply(no_values: bool) -> Any:
    def parse(response: pb.HScanResponse) -> Any:
        if no_values:
            return response.cursor, list(response.fields)
        return response.cursor, dict(zip(response.fields, response.values, strict=True))

    return parse


class HashCommands(CommandsBase):
    def hset(
        self,
        name: args.KeyT,
        key: args.EncodableT | None = None,
        value: args.EncodableT | None = None,
        mapping: Mapping[Any, Any] | None = None,
        items: Sequence[Any] | None = None,
    ) -> Any:
        request = pb.HSetRequest(
            key=args.encode(name), pairs=_hset_pairs(key, value, mapping, items)
        )
        return self._send(Call("HSet", request, field("added")))

    def hsetnx(self, name: args.KeyT, key: args.EncodableT, value: args.EncodableT) -> Any:
        request = pb.HSetNxRequest(
            key=args.encode(name), field=args.encode(key), value=args.encode(value)
        )
        # redis-py returns HSETNX's integer reply as is (1 or 0), not a bool.
        return self._send(Call("HSetNx", request, lambda r: int(r.written)))

    def hget(self, name: args.KeyT, key: args.EncodableT) -> Any:
        request = pb.HGetRequest(key=args.encode(name), field=args.encode(key))
        return self._send(Call("HGet", request, optional_value))

    def hmget(
        self, name: args.KeyT, keys: args.EncodableT | Iterable[Any], *more: args.EncodableT
    ) -> Any:
        request = pb.HMGetRequest(
            key=args.encode(name), fields=args.encode_all(args.flatten(keys, more))
        )
        return self._send(Call("HMGet", request, lambda r: [optional_value(v) for v in r.values]))

    def hgetall(self, name: args.KeyT) -> Any:
        request = pb.HGetAllRequest(key=args.encode(name))
        return self._send(Call("HGetAll", request, lambda r: {p.field: p.value for p in r.pairs}))

    def hdel(self, name: args.KeyT, *keys: args.EncodableT) -> Any:
        request = pb.HDelRequest(key=args.encode(name), fields=args.encode_all(keys))
        return self._send(Call("HDel", request, field("count")))

    def hexists(self, name: args.KeyT, key: args.EncodableT) -> Any:
        request = pb.HExistsRequest(key=args.encode(name), field=args.encode(key))
        return self._send(Call("HExists", request, field("exists")))

    def hlen(self, name: args.KeyT) -> Any:
        return self._send(Call("HLen", pb.HLenRequest(key=args.encode(name)), field("length")))

    def hstrlen(self, name: args.KeyT, key: args.EncodableT) -> Any:
        request = pb.HStrLenRequest(key=args.encode(name), field=args.encode(key))
        return self._send(Call("HStrLen", request, field("length")))

    def hkeys(self, name: args.KeyT) -> Any:
        request = pb.HKeysRequest(key=args.encode(name))
        return self._send(Call("HKeys", request, lambda r: list(r.fields)))

    def hvals(self, name: args.KeyT) -> Any:
        request = pb.HValsRequest(key=args.encode(name))
        return self._send(Call("HVals", request, lambda r: list(r.values)))

    def hincrby(self, name: args.KeyT, key: args.EncodableT, amount: int = 1) -> Any:
        request = pb.HIncrByRequest(
            key=args.encode(name), field=args.encode(key), increment=args.integer(amount)
        )
        return self._send(Call("HIncrBy", request, field("value")))

    def hincrbyfloat(self, name: args.KeyT, key: args.EncodableT, amount: float = 1.0) -> Any:
        request = pb.HIncrByFloatRequest(
            key=args.encode(name), field=args.encode(key), increment=args.number(amount)
        )
        # redis-py parses the reply text, which may be beyond a double's range.
        return self._send(Call("HIncrByFloat", request, lambda r: float(r.text)))

    def hrandfield(self, key: args.KeyT, count: int | None = None, withvalues: bool = False) -> Any:
        request = pb.HRandFieldRequest(key=args.encode(key), withvalues=bool(withvalues))
        if count is not None:
            request.count = args.integer(count)
        return self._send(
            Call("HRandField", request, _hrandfield_reply(count is not None, bool(withvalues)))
        )

    def hscan(
        self,
        name: args.KeyT,
        cursor: int = 0,
        match: args.KeyT | None = None,
        count: int | None = None,
        no_values: bool | None = None,
    ) -> Any:
        # redis-py sends NOVALUES whenever no_values is not None, even False,
        # and then reads the fields as pairs; here False means with values.
        request = pb.HScanRequest(
            key=args.encode(name), cursor=scan_cursor(cursor), novalues=bool(no_values)
        )
        if match is not None:
            request.match = args.encode(match)
        if count is not None:
            request.count = args.integer(count)
        return self._send(Call("HScan", request, _hscan_reply(bool(no_values))))
