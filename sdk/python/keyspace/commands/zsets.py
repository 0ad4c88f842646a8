"""Sorted set commands, with redis-py's names, arguments and return values.

Return values are what redis-py 8 returns over RESP2: scores as floats,
``withscores`` results as (member, score) tuples, and the replies redis-py
leaves unparsed (ZRANDMEMBER and ZDIFF WITHSCORES, ZMPOP, BZMPOP) with each
score as the bytes Redis 7.0 writes (``%.17g``, ``inf``, ``-inf``).

Arguments Redis would parse as text are parsed here with Redis's rules. A
score, weight, timeout or range bound that Redis would reject is sent as
NaN (or, for a lexicographic bound, with no kind), so that the server
rejects it with Redis's error text and after the checks Redis makes first
(WRONGTYPE before a bad weight, LIMIT before a bad bound, ...).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase
from keyspace.exceptions import DataError, response_error
from keyspace.v1 import zsets_pb2 as pb

ScoreCast = Callable[[Any], Any]

_NAN = math.nan
_SPACE = b" \t\n\v\f\r"
_DECIMAL = rb"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_HEX = rb"0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?"
_INFINITY = rb"(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?)"
_NOT_A_NUMBER = rb"(?:[nN][aA][nN](?:\([0-9A-Za-z_]*\))?)"
_STRTOD = re.compile(
    rb"([+-]?)(" + _HEX + b"|" + _DECIMAL + b"|" + _INFINITY + b"|" + _NOT_A_NUMBER + b")"
)


def _strtod(text: bytes) -> float | None:
    """What C's strtod reads from the whole of ``text`` (no surrounding
    space), or None when it would stop early. NaN is returned as NaN."""
    match = _STRTOD.fullmatch(text)
    if match is None:
        return None
    sign, body = match.groups()
    lowered = body.lower()
    if lowered.startswith(b"nan"):
        return _NAN
    if lowered.startswith(b"inf"):
        value = math.inf
    elif lowered.startswith(b"0x"):
        try:
            value = float.fromhex(body.decode())
        except OverflowError:
            value = math.inf  # strtod's HUGE_VAL
    else:
        value = float(body)
    return -value if sign == b"-" else value


def _overflows(text: bytes, value: float) -> bool:
    """strtod's ERANGE that Redis refuses: a finite text read as an
    infinity, or a nonzero text read as zero."""
    lowered = text.lower()
    if math.isinf(value):
        return b"inf" not in lowered
    if value == 0:
        mantissa = re.split(rb"[pP]" if b"x" in lowered else rb"[eE]", lowered)[0]
        return any(digit in b"123456789abcdef" for digit in mantissa.removeprefix(b"0x"))
    return False


def _text(value: object) -> bytes:
    return args.encode(value)


def _double(value: object) -> float:
    """A float argument as Redis's getDoubleFromObject reads it, or NaN
    when Redis would refuse it (the server then answers the error)."""
    if isinstance(value, float) and not isinstance(value, bool):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return _NAN
    text = _text(value)
    if not text or text[0] in _SPACE:
        return _NAN
    parsed = _strtod(text)
    if parsed is None or math.isnan(parsed) or _overflows(text, parsed):
        return _NAN
    return parsed


def _score_bound(value: object) -> pb.ScoreBound:
    """A ZRANGEBYSCORE-style bound ("1.5", "(1.5", "-inf", "+inf") as
    zslParseRange reads it: strtod after any leading space; "" is 0."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return pb.ScoreBound(value=float(value))
        except OverflowError:  # an int beyond doubles: strtod's HUGE_VAL
            return pb.ScoreBound(value=math.inf if value > 0 else -math.inf)
    text = _text(value).split(b"\0", 1)[0]  # C stops at the first NUL
    exclusive = text.startswith(b"(")
    if exclusive:
        text = text[1:]
    parsed = _strtod(text.lstrip(_SPACE)) if text else 0.0
    return pb.ScoreBound(value=_NAN if parsed is None else parsed, exclusive=exclusive)


def _lex_bound(value: object) -> pb.LexBound:
    """A ZRANGEBYLEX bound: "[a", "(a", "-" or "+"; anything else has no
    kind, which the server answers with Redis's range error."""
    text = _text(value)
    head, rest = text[:1], text[1:]
    if head == b"[":
        return pb.LexBound(kind=pb.LEX_BOUND_KIND_INCLUSIVE, value=rest)
    if head == b"(":
        return pb.LexBound(kind=pb.LEX_BOUND_KIND_EXCLUSIVE, value=rest)
    # Redis checks the character after "+" or "-" the C way: a NUL ends it.
    if head in (b"+", b"-") and (not rest or rest[0] == 0):
        infinity = head == b"+"
        return pb.LexBound(
            kind=pb.LEX_BOUND_KIND_POSITIVE_INFINITY
            if infinity
            else pb.LEX_BOUND_KIND_NEGATIVE_INFINITY
        )
    return pb.LexBound()


def _integer(value: object, message: str) -> int:
    """An integer argument whose parse error Redis words specially."""
    try:
        return args.integer(value)
    except Exception as error:
        if isinstance(error, DataError):
            raise
        raise response_error(message) from None


def _timeout(value: object) -> float:
    return 0.0 if value is None else _double(value)


def format_score(score: float) -> bytes:
    """A score as Redis 7.0 writes it in a reply."""
    if math.isinf(score):
        return b"inf" if score > 0 else b"-inf"
    return f"{score:.17g}".encode()


def _caster(score_cast_func: ScoreCast) -> Callable[[float], Any]:
    """redis-py applies score_cast_func to the score's text (falling back
    to its float when the cast refuses the text); float needs no detour."""
    if score_cast_func is float:
        return float

    def cast(score: float) -> Any:
        text = format_score(score)
        try:
            return score_cast_func(text)
        except (ValueError, TypeError):
            return score_cast_func(float(text))

    return cast


def _pairs(response: Any, score_cast_func: ScoreCast = float) -> list[tuple[bytes, Any]]:
    cast = _caster(score_cast_func)
    return [(m, cast(s)) for m, s in zip(response.members, response.scores, strict=True)]


def _ranged(withscores: bool, score_cast_func: ScoreCast) -> Callable[[Any], Any]:
    """ZRANGE-style replies: members, or (member, score) pairs."""
    if withscores:
        return lambda response: _pairs(response, score_cast_func)
    return lambda response: list(response.members)


def _flat(withscores: bool) -> Callable[[Any], Any]:
    """Replies redis-py leaves as Redis sends them: member, score text, ..."""

    def parse(response: Any) -> list[bytes]:
        if not withscores:
            return list(response.members)
        flat: list[bytes] = []
        for member, score in zip(response.members, response.scores, strict=True):
            flat += [member, format_score(score)]
        return flat

    return parse


def _mpop_reply(response: Any) -> Any:
    if not response.HasField("key"):
        return None
    pairs = zip(response.members, response.scores, strict=True)
    return [response.key, [[member, format_score(score)] for member, score in pairs]]


def _optional_score(response: Any) -> float | None:
    return response.score if response.HasField("score") else None


def _count(response: Any) -> int:
    return int(response.count)


def _removed(response: Any) -> int:
    return int(response.removed)


def _wrong_arity(name: str) -> Exception:
    return response_error(f"ERR wrong number of arguments for '{name}' command")


def _limit(
    start: int | None,
    num: int | None,
    message: str = "``start`` and ``num`` must both be specified",
) -> Any:
    """LIMIT offset count, both or neither, as redis-py insists."""
    if (start is None) != (num is None):
        raise DataError(message)
    if start is None:
        return None
    return pb.Limit(offset=args.integer(start), count=args.integer(num))


def _keys_and_weights(keys: Any) -> tuple[list[bytes], list[float]]:
    """redis-py's keys argument: a sequence of keys, or a dict of key -> weight."""
    if isinstance(keys, dict):
        return args.encode_all(keys.keys()), [_double(w) for w in keys.values()]
    return args.encode_all(keys), []


_AGGREGATES: dict[str, pb.ZAggregate] = {
    "SUM": pb.Z_AGGREGATE_SUM,
    "MIN": pb.Z_AGGREGATE_MIN,
    "MAX": pb.Z_AGGREGATE_MAX,
}


def _aggregate(aggregate: str | None) -> pb.ZAggregate:
    if not aggregate:
        return pb.Z_AGGREGATE_UNSPECIFIED
    name = aggregate.upper()
    if name == "COUNT":
        raise response_error(args.SYNTAX)  # redis-py knows it; Redis 7.0 does not
    if name not in _AGGREGATES:
        raise DataError("aggregate can be sum, min, max or count.")
    return _AGGREGATES[name]


def _check_numkeys(numkeys: int, keys: Sequence[bytes], below_one: str) -> None:
    """A numkeys argument that disagrees with the keys: Redis reads the
    wrong words as keys or options and ends in a syntax error."""
    if numkeys < 1:
        raise response_error(below_one)
    if numkeys != len(keys):
        raise response_error(args.SYNTAX)


def _where(minimum: Any, maximum: Any, message: str | None) -> pb.ZPopWhere:
    if bool(minimum) == bool(maximum):
        raise DataError(message) if message else DataError()
    return pb.Z_POP_WHERE_MIN if minimum else pb.Z_POP_WHERE_MAX


def _score_span(low: object, high: object) -> pb.ScoreRange:
    return pb.ScoreRange(min=_score_bound(low), max=_score_bound(high))


def _lex_span(low: object, high: object) -> pb.LexRange:
    return pb.LexRange(min=_lex_bound(low), max=_lex_bound(high))


# Redis's getPositiveLongFromObjectOrReply words a non-number this way too.
_NOT_POSITIVE = "ERR value is out of range, must be positive"
_LIMIT_WITH_RANK = (
    "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX"
)


def _range_fields(
    start: object,
    end: object,
    desc: bool,
    byscore: bool,
    bylex: bool,
    withscores: bool,
    offset: int | None,
    num: int | None,
) -> dict[str, Any]:
    """ZRANGE's and ZRANGESTORE's range, checked in redis-py's then Redis's
    order. With REV and BYSCORE or BYLEX, Redis reads start as the maximum."""
    if byscore and bylex:
        raise DataError("``byscore`` and ``bylex`` can not be specified together.")
    limit = _limit(offset, num, "``offset`` and ``num`` must both be specified.")
    if bylex and withscores:
        raise DataError("``withscores`` not supported in combination with ``bylex``.")
    fields: dict[str, Any] = {"rev": desc}
    if limit is not None:
        fields["limit"] = limit
    low, high = (end, start) if desc else (start, end)
    if byscore:
        fields["by_score"] = _score_span(low, high)
    elif bylex:
        fields["by_lex"] = _lex_span(low, high)
    else:
        if limit is not None and limit.count != -1:
            raise response_error(_LIMIT_WITH_RANK)  # before the ranks are read
        fields["by_rank"] = pb.RankRange(start=args.integer(start), stop=args.integer(end))
    return fields


class SortedSetCommands(CommandsBase):
    # -- adding and removing ----------------------------------------------

    def zadd(
        self,
        name: args.KeyT,
        mapping: Mapping[Any, Any],
        nx: bool = False,
        xx: bool = False,
        ch: bool = False,
        incr: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Any:
        if not mapping:
            raise DataError("ZADD requires at least one element/score pair")
        if nx and xx:
            raise DataError("ZADD allows either 'nx' or 'xx', not both")
        if gt and lt:
            raise DataError("ZADD allows either 'gt' or 'lt', not both")
        if incr and len(mapping) != 1:
            raise DataError(
                "ZADD option 'incr' only works when passing a single element/score pair"
            )
        if nx and (gt or lt):
            raise DataError("Only one of 'nx', 'lt', or 'gr' may be defined.")
        condition = (
            pb.Z_ADD_CONDITION_NX
            if nx
            else pb.Z_ADD_CONDITION_XX
            if xx
            else pb.Z_ADD_CONDITION_UNSPECIFIED
        )
        comparison = (
            pb.Z_ADD_COMPARISON_GT
            if gt
            else pb.Z_ADD_COMPARISON_LT
            if lt
            else pb.Z_ADD_COMPARISON_UNSPECIFIED
        )
        request = pb.ZAddRequest(
            key=args.encode(name),
            condition=condition,
            comparison=comparison,
            ch=ch,
            incr=incr,
            members=[
                pb.ScoreMember(member=args.encode(member), score=_double(score))
                for member, score in mapping.items()
            ],
        )
        return self._send(Call("ZAdd", request, _optional_score if incr else _count))

    def zincrby(self, name: args.KeyT, amount: float, value: args.EncodableT) -> Any:
        request = pb.ZIncrByRequest(
            key=args.encode(name), increment=_double(amount), member=args.encode(value)
        )
        return self._send(Call("ZIncrBy", request, lambda r: r.score))

    def zrem(self, name: args.KeyT, *values: args.EncodableT) -> Any:
        request = pb.ZRemRequest(key=args.encode(name), members=args.encode_all(values))
        return self._send(Call("ZRem", request, _removed))

    # -- reading members ----------------------------------------------------

    def zcard(self, name: args.KeyT) -> Any:
        return self._send(Call("ZCard", pb.ZCardRequest(key=args.encode(name)), _count))

    def zscore(self, name: args.KeyT, value: args.EncodableT) -> Any:
        request = pb.ZScoreRequest(key=args.encode(name), member=args.encode(value))
        return self._send(Call("ZScore", request, _optional_score))

    def zmscore(self, key: args.KeyT, members: list[Any]) -> Any:
        if not members:
            raise DataError("ZMSCORE members must be a non-empty list")
        request = pb.ZMScoreRequest(key=args.encode(key), members=args.encode_all(members))
        return self._send(
            Call("ZMScore", request, lambda r: [_optional_score(s) for s in r.scores])
        )

    def _rank(
        self,
        rpc: str,
        request: Any,
        withscore: bool,
        score_cast_func: ScoreCast,
    ) -> Any:
        cast = _caster(score_cast_func)

        def parse(response: Any) -> Any:
            if not response.HasField("rank"):
                return None
            if withscore:
                return [response.rank, cast(response.score)]
            return response.rank

        return self._send(Call(rpc, request, parse))

    def zrank(
        self,
        name: args.KeyT,
        value: args.EncodableT,
        withscore: bool = False,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        request = pb.ZRankRequest(
            key=args.encode(name), member=args.encode(value), withscore=withscore
        )
        return self._rank("ZRank", request, withscore, score_cast_func)

    def zrevrank(
        self,
        name: args.KeyT,
        value: args.EncodableT,
        withscore: bool = False,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        request = pb.ZRevRankRequest(
            key=args.encode(name), member=args.encode(value), withscore=withscore
        )
        return self._rank("ZRevRank", request, withscore, score_cast_func)

    def zcount(self, name: args.KeyT, min: Any, max: Any) -> Any:
        request = pb.ZCountRequest(
            key=args.encode(name), min=_score_bound(min), max=_score_bound(max)
        )
        return self._send(Call("ZCount", request, _count))

    def zlexcount(self, name: args.KeyT, min: Any, max: Any) -> Any:
        request = pb.ZLexCountRequest(
            key=args.encode(name), min=_lex_bound(min), max=_lex_bound(max)
        )
        return self._send(Call("ZLexCount", request, _count))

    # -- ranges ----------------------------------------------------------------

    def zrange(
        self,
        name: args.KeyT,
        start: Any,
        end: Any,
        desc: bool = False,
        withscores: bool = False,
        score_cast_func: ScoreCast = float,
        byscore: bool = False,
        bylex: bool = False,
        offset: int | None = None,
        num: int | None = None,
    ) -> Any:
        # As redis-py: a plain reversed rank range is sent as ZREVRANGE.
        if not byscore and not bylex and offset is None and num is None and desc:
            return self.zrevrange(name, start, end, withscores, score_cast_func)
        fields = _range_fields(start, end, desc, byscore, bylex, withscores, offset, num)
        request = pb.ZRangeRequest(key=args.encode(name), withscores=withscores, **fields)
        return self._send(Call("ZRange", request, _ranged(withscores, score_cast_func)))

    def zrangestore(
        self,
        dest: args.KeyT,
        name: args.KeyT,
        start: Any,
        end: Any,
        byscore: bool = False,
        bylex: bool = False,
        desc: bool = False,
        offset: int | None = None,
        num: int | None = None,
    ) -> Any:
        fields = _range_fields(start, end, desc, byscore, bylex, False, offset, num)
        request = pb.ZRangeStoreRequest(dst=args.encode(dest), src=args.encode(name), **fields)
        return self._send(Call("ZRangeStore", request, _count))

    def zrevrange(
        self,
        name: args.KeyT,
        start: int,
        end: int,
        withscores: bool = False,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        request = pb.ZRevRangeRequest(
            key=args.encode(name),
            start=args.integer(start),
            stop=args.integer(end),
            withscores=withscores,
        )
        return self._send(Call("ZRevRange", request, _ranged(withscores, score_cast_func)))

    def zrangebyscore(
        self,
        name: args.KeyT,
        min: Any,
        max: Any,
        start: int | None = None,
        num: int | None = None,
        withscores: bool = False,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        limit = _limit(start, num)
        request = pb.ZRangeByScoreRequest(
            key=args.encode(name),
            min=_score_bound(min),
            max=_score_bound(max),
            withscores=withscores,
            limit=limit,
        )
        return self._send(Call("ZRangeByScore", request, _ranged(withscores, score_cast_func)))

    def zrevrangebyscore(
        self,
        name: args.KeyT,
        max: Any,
        min: Any,
        start: int | None = None,
        num: int | None = None,
        withscores: bool = False,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        limit = _limit(start, num)
        request = pb.ZRevRangeByScoreRequest(
            key=args.encode(name),
            max=_score_bound(max),
            min=_score_bound(min),
            withscores=withscores,
            limit=limit,
        )
        parse = _ranged(withscores, score_cast_func)
        return self._send(Call("ZRevRangeByScore", request, parse))

    def zrangebylex(
        self,
        name: args.KeyT,
        min: Any,
        max: Any,
        start: int | None = None,
        num: int | None = None,
    ) -> Any:
        limit = _limit(start, num)
        request = pb.ZRangeByLexRequest(
            key=args.encode(name), min=_lex_bound(min), max=_lex_bound(max), limit=limit
        )
        return self._send(Call("ZRangeByLex", request, lambda r: list(r.members)))

    def zrevrangebylex(
        self,
        name: args.KeyT,
        max: Any,
        min: Any,
        start: int | None = None,
        num: int | None = None,
    ) -> Any:
        limit = _limit(start, num)
        request = pb.ZRevRangeByLexRequest(
            key=args.encode(name), max=_lex_bound(max), min=_lex_bound(min), limit=limit
        )
        return self._send(Call("ZRevRangeByLex", request, lambda r: list(r.members)))

    def zremrangebyrank(self, name: args.KeyT, min: int, max: int) -> Any:
        request = pb.ZRemRangeByRankRequest(
            key=args.encode(name), start=args.integer(min), stop=args.integer(max)
        )
        return self._send(Call("ZRemRangeByRank", request, _removed))

    def zremrangebyscore(self, name: args.KeyT, min: Any, max: Any) -> Any:
        request = pb.ZRemRangeByScoreRequest(
            key=args.encode(name), min=_score_bound(min), max=_score_bound(max)
        )
        return self._send(Call("ZRemRangeByScore", request, _removed))

    def zremrangebylex(self, name: args.KeyT, min: Any, max: Any) -> Any:
        request = pb.ZRemRangeByLexRequest(
            key=args.encode(name), min=_lex_bound(min), max=_lex_bound(max)
        )
        return self._send(Call("ZRemRangeByLex", request, _removed))

    # -- popping and random picks ---------------------------------------------

    def zpopmin(self, name: args.KeyT, count: int | None = None) -> Any:
        request = pb.ZPopMinRequest(key=args.encode(name))
        if count is not None:
            request.count = _integer(count, _NOT_POSITIVE)
        return self._send(Call("ZPopMin", request, _pairs))

    def zpopmax(self, name: args.KeyT, count: int | None = None) -> Any:
        request = pb.ZPopMaxRequest(key=args.encode(name))
        if count is not None:
            request.count = _integer(count, _NOT_POSITIVE)
        return self._send(Call("ZPopMax", request, _pairs))

    def zmpop(
        self,
        num_keys: int,
        keys: list[Any],
        min: bool | None = False,
        max: bool | None = False,
        count: int | None = 1,
    ) -> Any:
        where = _where(min, max, None)
        encoded = args.encode_all(keys)
        # ZMPOP's arity (-4) counts the words redis-py would send.
        if not encoded and count == 1:
            raise _wrong_arity("zmpop")
        numkeys = _integer(num_keys, "ERR numkeys should be greater than 0")
        _check_numkeys(numkeys, encoded, "ERR numkeys should be greater than 0")
        request = pb.ZMPopRequest(keys=encoded, where=where)
        if count != 1:
            request.count = _integer(count, "ERR count should be greater than 0")
        return self._send(Call("ZMPop", request, _mpop_reply))

    def zrandmember(
        self, key: args.KeyT, count: int | None = None, withscores: bool = False
    ) -> Any:
        request = pb.ZRandMemberRequest(key=args.encode(key), withscores=withscores)
        if count is None:
            if withscores:
                # redis-py then sends WITHSCORES where the count goes.
                return self._send(Call("ZRandMember", request, _flat(True)))
            return self._send(
                Call("ZRandMember", request, lambda r: r.members[0] if r.members else None)
            )
        request.count = args.integer(count)
        return self._send(Call("ZRandMember", request, _flat(withscores)))

    # -- blocking pops ------------------------------------------------------------

    def _bzpop(self, rpc: str, keys: Any, timeout: Any) -> Any:
        encoded = args.encode_all(args.flatten(keys, ()))
        if not encoded:
            raise _wrong_arity(rpc.lower())
        seconds = _timeout(timeout)
        request_type = pb.BZPopMinRequest if rpc == "BZPopMin" else pb.BZPopMaxRequest
        request = request_type(keys=encoded, timeout=seconds)

        def parse(response: Any) -> Any:
            if not response.HasField("key"):
                return None
            return (response.key, response.member, response.score)

        return self._send(Call(rpc, request, parse, blocks_for=_blocks_for(seconds)))

    def bzpopmin(self, keys: Any, timeout: Any = 0) -> Any:
        return self._bzpop("BZPopMin", keys, timeout)

    def bzpopmax(self, keys: Any, timeout: Any = 0) -> Any:
        return self._bzpop("BZPopMax", keys, timeout)

    def bzmpop(
        self,
        timeout: float,
        numkeys: int,
        keys: list[Any],
        min: bool | None = False,
        max: bool | None = False,
        count: int | None = 1,
    ) -> Any:
        where = _where(min, max, "Either min or max, but not both must be set")
        encoded = args.encode_all(keys)
        _check_numkeys(
            _integer(numkeys, "ERR numkeys should be greater than 0"),
            encoded,
            "ERR numkeys should be greater than 0",
        )
        request = pb.BZMPopRequest(
            keys=encoded,
            where=where,
            count=_integer(count, "ERR count should be greater than 0"),
            timeout=_timeout(timeout),
        )
        blocks_for = _blocks_for(request.timeout)
        return self._send(Call("BZMPop", request, _mpop_reply, blocks_for=blocks_for))

    # -- combining sorted sets ------------------------------------------------------

    def _combine(
        self,
        name: str,
        keys: Any,
        aggregate: str | None,
        withscores: bool,
    ) -> tuple[list[bytes], list[float], pb.ZAggregate]:
        """ZUNION-style arguments; with no keys, the words redis-py would
        send may be too few for the command's arity."""
        encoded, weights = _keys_and_weights(keys)
        how = _aggregate(aggregate)
        if not encoded and not aggregate and not withscores:
            raise _wrong_arity(name)
        return encoded, weights, how

    def zunion(
        self,
        keys: Sequence[Any] | Mapping[Any, float],
        aggregate: str | None = None,
        withscores: bool = False,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        encoded, weights, how = self._combine("zunion", keys, aggregate, withscores)
        request = pb.ZUnionRequest(
            keys=encoded, weights=weights, aggregate=how, withscores=withscores
        )
        return self._send(Call("ZUnion", request, _ranged(withscores, score_cast_func)))

    def zinter(
        self,
        keys: Sequence[Any] | Mapping[Any, float],
        aggregate: str | None = None,
        withscores: bool = False,
    ) -> Any:
        encoded, weights, how = self._combine("zinter", keys, aggregate, withscores)
        request = pb.ZInterRequest(
            keys=encoded, weights=weights, aggregate=how, withscores=withscores
        )
        return self._send(Call("ZInter", request, _ranged(withscores, float)))

    def zdiff(self, keys: Sequence[Any], withscores: bool = False) -> Any:
        encoded = args.encode_all(keys)
        if not encoded and not withscores:
            raise _wrong_arity("zdiff")
        request = pb.ZDiffRequest(keys=encoded, withscores=withscores)
        return self._send(Call("ZDiff", request, _flat(withscores)))

    def zunionstore(
        self,
        dest: args.KeyT,
        keys: Sequence[Any] | Mapping[Any, float],
        aggregate: str | None = None,
    ) -> Any:
        encoded, weights, how = self._combine("zunionstore", keys, aggregate, False)
        request = pb.ZUnionStoreRequest(
            destination=args.encode(dest), keys=encoded, weights=weights, aggregate=how
        )
        return self._send(Call("ZUnionStore", request, _count))

    def zinterstore(
        self,
        dest: args.KeyT,
        keys: Sequence[Any] | Mapping[Any, float],
        aggregate: str | None = None,
    ) -> Any:
        encoded, weights, how = self._combine("zinterstore", keys, aggregate, False)
        request = pb.ZInterStoreRequest(
            destination=args.encode(dest), keys=encoded, weights=weights, aggregate=how
        )
        return self._send(Call("ZInterStore", request, _count))

    def zdiffstore(self, dest: args.KeyT, keys: Sequence[Any]) -> Any:
        encoded = args.encode_all(keys)
        if not encoded:
            raise _wrong_arity("zdiffstore")
        request = pb.ZDiffStoreRequest(destination=args.encode(dest), keys=encoded)
        return self._send(Call("ZDiffStore", request, _count))

    def zintercard(self, numkeys: int, keys: list[Any], limit: int = 0) -> Any:
        encoded = args.encode_all(keys)
        _check_numkeys(
            args.integer(numkeys),
            encoded,
            "ERR at least 1 input key is needed for 'zintercard' command",
        )
        request = pb.ZInterCardRequest(
            keys=encoded, limit=_integer(limit, "ERR LIMIT can't be negative")
        )
        return self._send(Call("ZInterCard", request, _count))

    # -- iterating --------------------------------------------------------------------

    def zscan(
        self,
        name: args.KeyT,
        cursor: int = 0,
        match: Any = None,
        count: int | None = None,
        score_cast_func: ScoreCast = float,
    ) -> Any:
        request = pb.ZScanRequest(key=args.encode(name), cursor=_cursor(cursor))
        if match is not None:
            request.match = args.encode(match)
        if count is not None:
            request.count = args.integer(count)
        return self._send(Call("ZScan", request, lambda r: (r.cursor, _pairs(r, score_cast_func))))


def _blocks_for(seconds: float) -> float:
    """How long the server may hold the call, so that its deadline leaves
    room: the timeout as Redis 7.0 reads it (whole milliseconds rounded up,
    a tiny negative one meaning forever); 0 is forever."""
    milliseconds = seconds * 1000
    if math.isnan(seconds) or not milliseconds < 2**63 or milliseconds <= -1:
        return 0.001  # refused at once by the server
    return math.ceil(milliseconds) / 1000


_MAX_CURSOR = 2**64 - 1


def _cursor(value: object) -> int:
    """A cursor as Redis's strtoul reads it; else "invalid cursor"."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = args.encode(value)
        if not re.fullmatch(rb"[+-]?\d+", text):
            raise response_error("ERR invalid cursor")
        number = int(text)
    if abs(number) > _MAX_CURSOR:
        raise response_error("ERR invalid cursor")
    return number % (_MAX_CURSOR + 1)  # strtoul wraps a negative number
