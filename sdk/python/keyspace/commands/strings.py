"""String commands, with redis-py's names, arguments and return values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field, ok, optional_value
from keyspace.exceptions import DataError, response_error
from keyspace.v1 import common_pb2, server_pb2
from keyspace.v1 import strings_pb2 as pb

_EXPIRATION_OPTIONS = ("ex", "px", "exat", "pxat")


def _check_one_expiration(values: tuple[object, ...], flag: bool, flag_name: str) -> None:
    """redis-py refuses several expiration options before sending anything."""
    if sum(value is not None for value in values) + bool(flag) > 1:
        raise DataError(
            f"``ex``, ``px``, ``exat``, ``pxat``, and ``{flag_name}`` are mutually exclusive."
        )


def _expiration(values: tuple[object, ...], flag: bool, flag_name: str) -> dict[str, Any]:
    """The one expiration option of SET or GETEX (see _check_one_expiration)
    with the value redis-py would send for it."""
    for option, value in zip(_EXPIRATION_OPTIONS, values, strict=True):
        if value is not None:
            return {option: args.expire_option(option, value)}
    return {flag_name: True} if flag else {}


def _expiration_field(expiration: dict[str, Any]) -> dict[str, Any]:
    """The request field: an amount must be an int64, as Redis parses it."""
    return {
        option: args.integer(value) if option in _EXPIRATION_OPTIONS else value
        for option, value in expiration.items()
    }


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
        # redis-py's checks and conversions, in its order: conflicting
        # options, the expiration's type, then each argument's encoding.
        expiration = (ex, px, exat, pxat)
        _check_one_expiration(expiration, keepttl, "keepttl")
        if nx and xx:
            raise DataError(
                "``nx``, ``xx``, ``ifeq``, ``ifne``, ``ifdeq``, ``ifdne`` are mutually exclusive."
            )
        expiration_option = _expiration(expiration, keepttl, "keepttl")
        key, data = args.encode(name), args.encode(value)
        condition = (
            pb.SET_CONDITION_NX
            if nx
            else pb.SET_CONDITION_XX
            if xx
            else pb.SET_CONDITION_UNSPECIFIED
        )
        request = pb.SetRequest(
            key=key,
            value=data,
            condition=condition,
            get=get,
            **_expiration_field(expiration_option),
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
        expiration = (ex, px, exat, pxat)
        _check_one_expiration(expiration, persist, "persist")
        expiration_option = _expiration(expiration, persist, "persist")
        key = args.encode(name)
        request = pb.GetExRequest(key=key, **_expiration_field(expiration_option))
        return self._send(Call("GetEx", request, optional_value))

    def mget(self, keys: args.KeyT | Iterable[args.KeyT], *more: args.KeyT) -> Any:
        names = args.encode_all(args.flatten(keys, more))
        if not names:
            # redis-py answers an empty MGET with [] instead of Redis's
            # arity error; a PING keeps the call's place in a pipeline.
            return self._send(Call("Ping", server_pb2.PingRequest(), lambda _: []))
        request = pb.MGetRequest(keys=names)
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

    def substr(self, name: args.KeyT, start: int, end: int = -1) -> Any:
        return self.getrange(name, start, end)

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
        # redis-py returns float() of the stored text, which can differ from
        # the long double result rounded to a double (1e-20 is stored as "0").
        return self._send(Call("IncrByFloat", request, lambda r: float(r.text)))

    def lcs(
        self,
        key1: args.KeyT,
        key2: args.KeyT,
        len: bool = False,
        idx: bool = False,
        minmatchlen: int | None = 0,
        withmatchlen: bool = False,
    ) -> Any:
        first, second = args.encode(key1), args.encode(key2)
        # redis-py leaves MINMATCHLEN out when it is None (or 0).
        least = 0 if minmatchlen is None else args.integer(minmatchlen)
        # The schema has one reply form; Redis refuses LEN with IDX after it
        # has parsed the other options (a key of another type would be
        # reported first, which this local check cannot see).
        if len and idx:
            raise response_error(
                "ERR If you want both the length and indexes, please just use IDX."
            )
        reply = pb.LCS_REPLY_IDX if idx else pb.LCS_REPLY_LEN if len else pb.LCS_REPLY_UNSPECIFIED
        request = pb.LcsRequest(
            key1=first, key2=second, reply=reply, minmatchlen=least, withmatchlen=withmatchlen
        )
        return self._send(Call("Lcs", request, _lcs_reply))
