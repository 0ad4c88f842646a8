"""Set commands, with redis-py's names, arguments and return values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field
from keyspace.exceptions import ResponseError, response_error
from keyspace.v1 import sets_pb2 as pb

OUT_OF_RANGE_POSITIVE = "ERR value is out of range, must be positive"
NUMKEYS_NOT_POSITIVE = "ERR numkeys should be greater than 0"
NUMKEYS_TOO_LARGE = "ERR Number of keys can't be greater than number of args"
LIMIT_NEGATIVE = "ERR LIMIT can't be negative"


def _int64_or_none(value: object) -> int | None:
    """``value`` as Redis's string2ll reads the text redis-py sends, or None
    when Redis would not read an integer from it."""
    try:
        return args.integer(value)
    except ResponseError:
        return None


def _non_negative(value: object, message: str) -> int:
    """A count Redis reads with getPositiveLong...: anything that is not a
    non-negative int64 gets the command's own message."""
    number = _int64_or_none(value)
    if number is None or number < 0:
        raise response_error(message)
    return number


def _random_reply(response: Any) -> Any:
    """SPOP / SRANDMEMBER: a member, a list (when a count was given), or nil."""
    which = response.WhichOneof("result")
    if which == "member":
        return response.member
    if which == "members":
        return list(response.members.values)
    return None


def _member_set(response: Any) -> set[bytes]:
    return set(response.members)


def _sintercard_arguments(
    numkeys: object, keys: Iterable[args.KeyT], limit: object
) -> tuple[list[bytes], int]:
    """The keys and LIMIT Redis would read from what redis-py sends
    (``numkeys key... LIMIT limit``), so that a numkeys disagreeing with the
    keys gets Redis's answer: the first numkeys words are keys and the rest
    must parse as options."""
    words = [*args.encode_all(keys), b"LIMIT", args.encode(limit)]
    count = _int64_or_none(numkeys)
    if count is None or count <= 0:
        raise response_error(NUMKEYS_NOT_POSITIVE)
    if count > len(words):
        raise response_error(NUMKEYS_TOO_LARGE)
    chosen, options = words[:count], words[count:]
    found = 0
    position = 0
    while position < len(options):
        if options[position].lower() != b"limit" or position + 1 >= len(options):
            raise response_error(args.SYNTAX)
        found = _non_negative(options[position + 1], LIMIT_NEGATIVE)
        position += 2
    return chosen, found


def _scan_cursor(cursor: object) -> int:
    """SSCAN's cursor: an unsigned 64-bit number, else Redis's invalid cursor."""
    if isinstance(cursor, int) and not isinstance(cursor, bool) and 0 <= cursor < 2**64:
        return cursor
    text = args.encode(cursor)
    if text.isdigit() and int(text) < 2**64:
        return int(text)
    raise response_error("ERR invalid cursor")


class SetCommands(CommandsBase):
    def sadd(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.SAddRequest(key=args.encode(name), members=args.encode_all(values))
        return self._send(Call("SAdd", request, field("added")))

    def srem(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.SRemRequest(key=args.encode(name), members=args.encode_all(values))
        return self._send(Call("SRem", request, field("removed")))

    def scard(self, name: args.KeyT) -> Any:
        return self._send(Call("SCard", pb.SCardRequest(key=args.encode(name)), field("count")))

    def sismember(self, name: args.KeyT, value: args.EncodableT) -> Any:
        # redis-py answers Redis's integer reply as is: 1 or 0, not a bool.
        request = pb.SIsMemberRequest(key=args.encode(name), member=args.encode(value))
        return self._send(Call("SIsMember", request, lambda r: int(r.is_member)))

    def smismember(self, name: args.KeyT, values: Any, *more: args.EncodableT) -> Any:
        request = pb.SMIsMemberRequest(
            key=args.encode(name), members=args.encode_all(args.flatten(values, more))
        )
        return self._send(
            Call("SMIsMember", request, lambda r: [int(answer) for answer in r.is_member])
        )

    def smembers(self, name: args.KeyT) -> Any:
        return self._send(Call("SMembers", pb.SMembersRequest(key=args.encode(name)), _member_set))

    def spop(self, name: args.KeyT, count: int | None = None) -> Any:
        request = pb.SPopRequest(key=args.encode(name))
        if count is not None:
            request.count = _non_negative(count, OUT_OF_RANGE_POSITIVE)
        return self._send(Call("SPop", request, _random_reply))

    def srandmember(self, name: args.KeyT, number: int | None = None) -> Any:
        request = pb.SRandMemberRequest(key=args.encode(name))
        if number is not None:
            request.count = args.integer(number)
        return self._send(Call("SRandMember", request, _random_reply))

    def smove(self, src: args.KeyT, dst: args.KeyT, value: args.EncodableT) -> Any:
        request = pb.SMoveRequest(
            source=args.encode(src), destination=args.encode(dst), member=args.encode(value)
        )
        return self._send(Call("SMove", request, field("moved")))

    def sinter(self, keys: Any, *more: args.KeyT) -> Any:
        request = pb.SInterRequest(keys=args.encode_all(args.flatten(keys, more)))
        return self._send(Call("SInter", request, _member_set))

    def sintercard(self, numkeys: int, keys: Iterable[args.KeyT], limit: int = 0) -> Any:
        chosen, found = _sintercard_arguments(numkeys, keys, limit)
        request = pb.SInterCardRequest(keys=chosen, limit=found)
        return self._send(Call("SInterCard", request, field("count")))

    def sinterstore(self, dest: args.KeyT, keys: Any, *more: args.KeyT) -> Any:
        request = pb.SInterStoreRequest(
            destination=args.encode(dest), keys=args.encode_all(args.flatten(keys, more))
        )
        return self._send(Call("SInterStore", request, field("count")))

    def sunion(self, keys: Any, *more: args.KeyT) -> Any:
        request = pb.SUnionRequest(keys=args.encode_all(args.flatten(keys, more)))
        return self._send(Call("SUnion", request, _member_set))

    def sunionstore(self, dest: args.KeyT, keys: Any, *more: args.KeyT) -> Any:
        request = pb.SUnionStoreRequest(
            destination=args.encode(dest), keys=args.encode_all(args.flatten(keys, more))
        )
        return self._send(Call("SUnionStore", request, field("count")))

    def sdiff(self, keys: Any, *more: args.KeyT) -> Any:
        request = pb.SDiffRequest(keys=args.encode_all(args.flatten(keys, more)))
        return self._send(Call("SDiff", request, _member_set))

    def sdiffstore(self, dest: args.KeyT, keys: Any, *more: args.KeyT) -> Any:
        request = pb.SDiffStoreRequest(
            destination=args.encode(dest), keys=args.encode_all(args.flatten(keys, more))
        )
        return self._send(Call("SDiffStore", request, field("count")))

    def sscan(
        self,
        name: args.KeyT,
        cursor: int = 0,
        match: args.KeyT | None = None,
        count: int | None = None,
    ) -> Any:
        request = pb.SScanRequest(key=args.encode(name), cursor=_scan_cursor(cursor))
        if match is not None:
            request.match = args.encode(match)
        if count is not None:
            request.count = args.integer(count)
        return self._send(Call("SScan", request, lambda r: (r.cursor, list(r.members))))
