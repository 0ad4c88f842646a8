"""String commands, with redis-py's names, arguments and return values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field, ok, optional_value
from keyspace.exceptions import response_error
from keyspace.v1 import common_pb2
from keyspace.v1 import strings_pb2 as pb


def _expiration(
    ex: object, px: object, exat: object, pxat: object, keepttl_or_persist: bool, name: str
) -> dict[str, Any]:
    """The one expiration option of SET or GETEX; Redis rejects several."""
    given = {
        key: value
        for key, value in (("ex", ex), ("px", px), ("exat", exat), ("pxat", pxat))
        if value is not None
    }
    if keepttl_or_persist:
        given[name] = True
    if len(given) > 1:
        raise response_error(args.SYNTAX)
    converters = {
        "ex": args.seconds,
        "px": args.milliseconds,
        "exat": args.unix_seconds,
        "pxat": args.unix_milliseconds,
    }
    return {key: (value if key == name else converters[key](value)) for key, value in given.items()}


def _pairs(mapping: Mapping[Any, Any]) -> list[common_pb2.KeyValue]:
    return [
        common_pb2.KeyValue(key=args.encode(key), value=args.encode(value))
        for key, value in mapping.items()
    ]


def _set_reply(get: bool) -> Any:
    def parse(response: pb.SetResponse) -> Any:
        if get:
            return response.old_value if response.HasField("old_value") else None
        return True if response.written else None

    return parse


def _lcs_reply(response: pb.LcsResponse) -> Any:
    which = response.WhichOneof("result")
    if which == "indexes":
        matches = []
        for match in response.indexes.matches:
            item: list[Any] = [
                [match.key1.start, match.key1.end],
                [match.key2.start, match.key2.end],
            ]
            if match.HasField("length"):
                item.append(match.length)
            matches.append(item)
        return [b"matches", matches, b"len", response.indexes.len]
    if which == "length":
        return response.length
    return response.sequence


class StringCommands(CommandsBase):
    def get(self, name: args.KeyT) -> Any:
        return self._send(Call("Get", pb.GetRequest(key=args.encode(name)), optional_value))

    def set(
        self,
        name: args.KeyT,
        value: args.EncodableT,
        ex: args.ExpiryT | None = None,
        px: args.ExpiryT | None = None,
        nx: bool = False,
        xx: bool = False,
        keepttl: bool = False,
        get: bool = False,
        exat: args.AbsExpiryT | None = None,
        pxat: args.AbsExpiryT | None = None,
    ) -> Any:
        if nx and xx:
            raise response_error(args.SYNTAX)
        condition = (
            pb.SET_CONDITION_NX
            if nx
            else pb.SET_CONDITION_XX
            if xx
            else pb.SET_CONDITION_UNSPECIFIED
        )
        request = pb.SetRequest(
            key=args.encode(name),
            value=args.encode(value),
            condition=condition,
            get=get,
            **_expiration(ex, px, exat, pxat, keepttl, "keepttl"),
        )
        return self._send(Call("Set", request, _set_reply(get)))

    def setnx(self, name: args.KeyT, value: args.EncodableT) -> Any:
        request = pb.SetNxRequest(key=args.encode(name), value=args.encode(value))
        return self._send(Call("SetNx", request, field("written")))

    def setex(self, name: args.KeyT, time: args.ExpiryT, value: args.EncodableT) -> Any:
        request = pb.SetExRequest(
            key=args.encode(name), seconds=args.seconds(time), value=args.encode(value)
        )
        return self._send(Call("SetEx", request, ok))

    def psetex(self, name: args.KeyT, time_ms: args.ExpiryT, value: args.EncodableT) -> Any:
        request = pb.PSetExRequest(
            key=args.encode(name), milliseconds=args.milliseconds(time_ms), value=args.encode(value)
        )
        return self._send(Call("PSetEx", request, ok))

    def getset(self, name: args.KeyT, value: args.EncodableT) -> Any:
        request = pb.GetSetRequest(key=args.encode(name), value=args.encode(value))
        return self._send(
            Call("GetSet", request, lambda r: r.old_value if r.HasField("old_value") else None)
        )

    def getdel(self, name: args.KeyT) -> Any:
        return self._send(Call("GetDel", pb.GetDelRequest(key=args.encode(name)), optional_value))

    def getex(
        self,
        name: args.KeyT,
        ex: args.ExpiryT | None = None,
        px: args.ExpiryT | None = None,
        exat: args.AbsExpiryT | None = None,
        pxat: args.AbsExpiryT | None = None,
        persist: bool = False,
    ) -> Any:
        request = pb.GetExRequest(
            key=args.encode(name), **_expiration(ex, px, exat, pxat, persist, "persist")
        )
        return self._send(Call("GetEx", request, optional_value))

    def mget(self, keys: args.KeyT | Iterable[args.KeyT], *more: args.KeyT) -> Any:
        request = pb.MGetRequest(keys=args.encode_all(args.flatten(keys, more)))
        return self._send(Call("MGet", request, lambda r: [optional_value(v) for v in r.values]))

    def mset(self, mapping: Mapping[Any, Any]) -> Any:
        return self._send(Call("MSet", pb.MSetRequest(pairs=_pairs(mapping)), ok))

    def msetnx(self, mapping: Mapping[Any, Any]) -> Any:
        return self._send(Call("MSetNx", pb.MSetNxRequest(pairs=_pairs(mapping)), field("written")))

    def append(self, key: args.KeyT, value: args.EncodableT) -> Any:
        request = pb.AppendRequest(key=args.encode(key), value=args.encode(value))
        return self._send(Call("Append", request, field("length")))

    def strlen(self, name: args.KeyT) -> Any:
        return self._send(Call("StrLen", pb.StrLenRequest(key=args.encode(name)), field("length")))

    def getrange(self, key: args.KeyT, start: int, end: int) -> Any:
        request = pb.GetRangeRequest(
            key=args.encode(key), start=args.integer(start), end=args.integer(end)
        )
        return self._send(Call("GetRange", request, field("value")))

    substr = getrange

    def setrange(self, name: args.KeyT, offset: int, value: args.EncodableT) -> Any:
        request = pb.SetRangeRequest(
            key=args.encode(name), offset=args.integer(offset), value=args.encode(value)
        )
        return self._send(Call("SetRange", request, field("length")))

    def incr(self, name: args.KeyT, amount: int = 1) -> Any:
        if isinstance(amount, int) and not isinstance(amount, bool) and amount == 1:
            return self._send(Call("Incr", pb.IncrRequest(key=args.encode(name)), field("value")))
        return self.incrby(name, amount)

    def decr(self, name: args.KeyT, amount: int = 1) -> Any:
        if isinstance(amount, int) and not isinstance(amount, bool) and amount == 1:
            return self._send(Call("Decr", pb.DecrRequest(key=args.encode(name)), field("value")))
        return self.decrby(name, amount)

    def incrby(self, name: args.KeyT, amount: int = 1) -> Any:
        request = pb.IncrByRequest(key=args.encode(name), increment=args.integer(amount))
        return self._send(Call("IncrBy", request, field("value")))

    def decrby(self, name: args.KeyT, amount: int = 1) -> Any:
        request = pb.DecrByRequest(key=args.encode(name), decrement=args.integer(amount))
        return self._send(Call("DecrBy", request, field("value")))

    def incrbyfloat(self, name: args.KeyT, amount: float = 1.0) -> Any:
        request = pb.IncrByFloatRequest(key=args.encode(name), increment=args.number(amount))
        return self._send(Call("IncrByFloat", request, field("value")))

    def lcs(
        self,
        key1: args.KeyT,
        key2: args.KeyT,
        len: bool = False,
        idx: bool = False,
        minmatchlen: int = 0,
        withmatchlen: bool = False,
    ) -> Any:
        if len and idx:
            raise response_error(
                "ERR If you want both the length and indexes, please just use IDX."
            )
        reply = pb.LCS_REPLY_IDX if idx else pb.LCS_REPLY_LEN if len else pb.LCS_REPLY_UNSPECIFIED
        request = pb.LcsRequest(
            key1=args.encode(key1),
            key2=args.encode(key2),
            reply=reply,
            minmatchlen=args.integer(minmatchlen),
            withmatchlen=withmatchlen,
        )
        return self._send(Call("Lcs", request, _lcs_reply))
