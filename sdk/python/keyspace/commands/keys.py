"""Key and expiry commands, with redis-py's names, arguments and returns."""

from __future__ import annotations

import re
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field, ok
from keyspace.exceptions import response_error
from keyspace.v1 import keys_pb2 as pb


def _conditions(nx: bool, xx: bool, gt: bool, lt: bool) -> dict[str, Any]:
    """NX|XX and GT|LT as the schema's two enums; the combinations the schema
    cannot express get the error Redis gives them."""
    if nx and (xx or gt or lt):
        raise response_error("ERR NX and XX, GT or LT options at the same time are not compatible")
    if gt and lt:
        raise response_error("ERR GT and LT options at the same time are not compatible")
    existence = (
        pb.EXPIRE_EXISTENCE_NX
        if nx
        else pb.EXPIRE_EXISTENCE_XX
        if xx
        else pb.EXPIRE_EXISTENCE_UNSPECIFIED
    )
    comparison = (
        pb.EXPIRE_COMPARISON_GT
        if gt
        else pb.EXPIRE_COMPARISON_LT
        if lt
        else pb.EXPIRE_COMPARISON_UNSPECIFIED
    )
    return {"existence": existence, "comparison": comparison}


_CURSOR_NUMBER = re.compile(rb"([+-]?)([0-9]+)")
_C_SPACE = frozenset(b" \t\n\v\f\r")
_ULONG_RANGE = 2**64
_INVALID_CURSOR = "ERR invalid cursor"
_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1


def _scan_cursor(cursor: object) -> int:
    """SCAN's cursor as Redis reads it, with C's strtoul in base 10: any
    unsigned long, a negative number wrapped around, the empty text as 0,
    the text only up to a NUL byte; else Redis's "invalid cursor"."""
    raw = args.encode(cursor)
    if raw and raw[0] in _C_SPACE:
        raise response_error(_INVALID_CURSOR)
    text = raw.split(b"\0", 1)[0]
    if not text:
        return 0
    number = _CURSOR_NUMBER.fullmatch(text)
    if number is None or int(number[2]) >= _ULONG_RANGE:
        raise response_error(_INVALID_CURSOR)
    value = int(number[2])
    return (-value) % _ULONG_RANGE if number[1] == b"-" else value


def _check_copy_database(destination_db: object) -> None:
    """COPY's DB option, validated as Redis does; Keyspace serves a single
    database, so any other index gets the error of a Redis configured with
    ``databases 1``."""
    if destination_db is None:
        return
    index = args.integer(destination_db)
    if not _INT32_MIN <= index <= _INT32_MAX:
        raise response_error(
            f"ERR value is out of range, value must between {_INT32_MIN} and {_INT32_MAX}"
        )
    if index != 0:
        raise response_error("ERR DB index is out of range")


def _optional_key(response: Any) -> bytes | None:
    return response.key if response.HasField("key") else None


class KeyCommands(CommandsBase):
    def delete(self, *names: args.KeyT) -> Any:
        request = pb.DelRequest(keys=args.encode_all(names))
        return self._send(Call("Del", request, field("count")))

    def unlink(self, *names: args.KeyT) -> Any:
        request = pb.UnlinkRequest(keys=args.encode_all(names))
        return self._send(Call("Unlink", request, field("count")))

    def exists(self, *names: args.KeyT) -> Any:
        request = pb.ExistsRequest(keys=args.encode_all(names))
        return self._send(Call("Exists", request, field("count")))

    def touch(self, *names: args.KeyT) -> Any:
        request = pb.TouchRequest(keys=args.encode_all(names))
        return self._send(Call("Touch", request, field("count")))

    def type(self, name: args.KeyT) -> Any:
        request = pb.TypeRequest(key=args.encode(name))
        return self._send(Call("Type", request, lambda r: r.type.encode()))

    def rename(self, src: args.KeyT, dst: args.KeyT) -> Any:
        request = pb.RenameRequest(key=args.encode(src), newkey=args.encode(dst))
        return self._send(Call("Rename", request, ok))

    def renamenx(self, src: args.KeyT, dst: args.KeyT) -> Any:
        request = pb.RenameNxRequest(key=args.encode(src), newkey=args.encode(dst))
        return self._send(Call("RenameNx", request, field("renamed")))

    def copy(
        self,
        source: args.KeyT,
        destination: args.KeyT,
        destination_db: int | None = None,
        replace: bool = False,
    ) -> Any:
        _check_copy_database(destination_db)
        request = pb.CopyRequest(
            source=args.encode(source), destination=args.encode(destination), replace=replace
        )
        return self._send(Call("Copy", request, field("copied")))

    def keys(self, pattern: args.KeyT = "*") -> Any:
        request = pb.KeysRequest(pattern=args.encode(pattern))
        return self._send(Call("Keys", request, lambda r: list(r.keys)))

    def scan(
        self,
        cursor: int = 0,
        match: args.KeyT | None = None,
        count: int | None = None,
        _type: str | None = None,
    ) -> Any:
        request = pb.ScanRequest(cursor=_scan_cursor(cursor))
        if match is not None:
            request.match = args.encode(match)
        if count is not None:
            request.count = args.integer(count)
        if _type is not None:
            # Type names are ASCII: text that is not UTF-8 can match no type.
            request.type = args.encode(_type).decode("utf-8", "replace")
        return self._send(Call("Scan", request, lambda r: (r.cursor, list(r.keys))))

    def randomkey(self) -> Any:
        return self._send(Call("RandomKey", pb.RandomKeyRequest(), _optional_key))

    def expire(
        self,
        name: args.KeyT,
        time: args.ExpiryT,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Any:
        conditions = _conditions(nx, xx, gt, lt)  # Redis checks them before the time
        request = pb.ExpireRequest(key=args.encode(name), seconds=args.seconds(time), **conditions)
        return self._send(Call("Expire", request, field("applied")))

    def pexpire(
        self,
        name: args.KeyT,
        time: args.ExpiryT,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Any:
        conditions = _conditions(nx, xx, gt, lt)  # Redis checks them before the time
        request = pb.PExpireRequest(
            key=args.encode(name), milliseconds=args.milliseconds(time), **conditions
        )
        return self._send(Call("PExpire", request, field("applied")))

    def expireat(
        self,
        name: args.KeyT,
        when: args.AbsExpiryT,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Any:
        conditions = _conditions(nx, xx, gt, lt)  # Redis checks them before the time
        request = pb.ExpireAtRequest(
            key=args.encode(name), unix_time_seconds=args.unix_seconds(when), **conditions
        )
        return self._send(Call("ExpireAt", request, field("applied")))

    def pexpireat(
        self,
        name: args.KeyT,
        when: args.AbsExpiryT,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Any:
        conditions = _conditions(nx, xx, gt, lt)  # Redis checks them before the time
        request = pb.PExpireAtRequest(
            key=args.encode(name), unix_time_milliseconds=args.unix_milliseconds(when), **conditions
        )
        return self._send(Call("PExpireAt", request, field("applied")))

    def ttl(self, name: args.KeyT) -> Any:
        return self._send(Call("Ttl", pb.TtlRequest(key=args.encode(name)), field("seconds")))

    def pttl(self, name: args.KeyT) -> Any:
        request = pb.PTtlRequest(key=args.encode(name))
        return self._send(Call("PTtl", request, field("milliseconds")))

    def expiretime(self, key: args.KeyT) -> Any:
        request = pb.ExpireTimeRequest(key=args.encode(key))
        return self._send(Call("ExpireTime", request, field("unix_time_seconds")))

    def pexpiretime(self, key: args.KeyT) -> Any:
        request = pb.PExpireTimeRequest(key=args.encode(key))
        return self._send(Call("PExpireTime", request, field("unix_time_milliseconds")))

    def persist(self, name: args.KeyT) -> Any:
        request = pb.PersistRequest(key=args.encode(name))
        return self._send(Call("Persist", request, field("removed")))

    def object(self, infotype: str, key: args.KeyT) -> Any:
        """OBJECT ENCODING (the subcommand Keyspace serves)."""
        if infotype.lower() != "encoding":
            raise response_error(f"ERR unknown subcommand '{infotype}'. Try OBJECT HELP.")
        request = pb.ObjectEncodingRequest(key=args.encode(key))
        return self._send(
            Call(
                "ObjectEncoding",
                request,
                lambda r: r.encoding.encode() if r.HasField("encoding") else None,
            )
        )
