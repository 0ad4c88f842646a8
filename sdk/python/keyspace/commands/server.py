"""Connection and server commands, with redis-py's names and returns."""

from __future__ import annotations

import datetime
from typing import Any

from keyspace import _arguments as args
from keyspace.commands.base import Call, CommandsBase, field, ok
from keyspace.exceptions import response_error
from keyspace.v1 import server_pb2 as pb


def _info_value(text: str) -> Any:
    """One INFO value as redis-py parses it: a number when it reads as one,
    "a,b" as a list, "k=v,k=v" as a dict (an item without "=" as True)."""
    if "," not in text and "=" not in text:
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            return text
    if "=" not in text:
        return [_info_value(item) for item in text.split(",") if item]
    parsed: dict[str, Any] = {}
    for item in text.split(","):
        if not item:
            continue
        if "=" in item:
            key, value = item.rsplit("=", 1)
            parsed[key] = _info_value(value)
        else:
            parsed[item] = True
    return parsed


def parse_info(text: str) -> dict[str, Any]:
    """INFO's text as the dict redis-py returns, quirks included: lines
    without ":" are kept under "__raw__", "module" lines gather in
    "modules", and "cmdstat_host" splits at its last colon."""
    info: dict[str, Any] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if ":" not in line:
            info.setdefault("__raw__", []).append(line)
            continue
        key, value = line.split(":", 1)
        if key == "cmdstat_host":
            key, value = line.rsplit(":", 1)
        if key == "module":
            info.setdefault("modules", []).append(_info_value(value))
        else:
            info[key] = _info_value(value)
    return info


def _text(value: object) -> str:
    """A CONFIG name or value as redis-py sends it, as the schema's string."""
    return args.encode(value).decode("utf-8", "replace")


def _config_dict(response: pb.ConfigGetResponse) -> dict[str, str]:
    return {parameter.name: parameter.value for parameter in response.parameters}


def _timestamp(response: pb.LastSaveResponse) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(response.unix_time_seconds)


class ServerCommands(CommandsBase):
    def ping(self, message: args.EncodableT | None = None) -> Any:
        if message is None:
            return self._send(Call("Ping", pb.PingRequest(), ok))
        request = pb.PingRequest(message=args.encode(message))
        return self._send(Call("Ping", request, field("message")))

    def echo(self, value: args.EncodableT) -> Any:
        request = pb.EchoRequest(message=args.encode(value))
        return self._send(Call("Echo", request, field("message")))

    def time(self) -> Any:
        return self._send(Call("Time", pb.TimeRequest(), lambda r: (r.seconds, r.microseconds)))

    def dbsize(self) -> Any:
        return self._send(Call("DbSize", pb.DbSizeRequest(), field("count")))

    def flushdb(self, asynchronous: bool = False) -> Any:
        mode = pb.FLUSH_MODE_ASYNC if asynchronous else pb.FLUSH_MODE_UNSPECIFIED
        return self._send(Call("FlushDb", pb.FlushDbRequest(mode=mode), ok))

    def flushall(self, asynchronous: bool = False) -> Any:
        mode = pb.FLUSH_MODE_ASYNC if asynchronous else pb.FLUSH_MODE_UNSPECIFIED
        return self._send(Call("FlushAll", pb.FlushAllRequest(mode=mode), ok))

    def info(self, section: str | None = None, *sections: str) -> Any:
        names = [] if section is None else [section, *sections]
        request = pb.InfoRequest(sections=names)
        return self._send(Call("Info", request, lambda r: parse_info(r.info)))

    # -- configuration -----------------------------------------------------

    def config_get(self, pattern: args.KeyT = "*", *patterns: args.KeyT) -> Any:
        """CONFIG GET: the parameters matching any pattern, as a dict of str
        (redis-py's return)."""
        request = pb.ConfigGetRequest(patterns=[_text(item) for item in (pattern, *patterns)])
        return self._send(Call("ConfigGet", request, _config_dict))

    def config_set(
        self, name: args.KeyT, value: args.EncodableT, *pairs: args.KeyT | args.EncodableT
    ) -> Any:
        """CONFIG SET: set every name/value pair (``name, value, name2,
        value2, ...``), or none; True."""
        if len(pairs) % 2:
            # Redis's reply when a pair is incomplete but the arity is met.
            raise response_error(args.SYNTAX)
        words = [_text(item) for item in (name, value, *pairs)]
        parameters = [
            pb.ConfigParameter(name=words[index], value=words[index + 1])
            for index in range(0, len(words), 2)
        ]
        return self._send(Call("ConfigSet", pb.ConfigSetRequest(parameters=parameters), ok))

    # -- persistence -------------------------------------------------------

    def bgrewriteaof(self) -> Any:
        """Start an AOF rewrite; True (redis-py ignores the status text)."""
        return self._send(Call("BgRewriteAof", pb.BgRewriteAofRequest(), ok))

    def save(self) -> Any:
        """Write a snapshot before returning; True."""
        return self._send(Call("Save", pb.SaveRequest(), ok))

    def bgsave(self, schedule: bool = True) -> Any:
        """Start a background snapshot; True. As redis-py, SCHEDULE by
        default: during an AOF rewrite the save starts after it."""
        return self._send(Call("BgSave", pb.BgSaveRequest(schedule=schedule), ok))

    def lastsave(self) -> Any:
        """The time of the last successful save, as a naive local datetime
        (redis-py's datetime.fromtimestamp)."""
        return self._send(Call("LastSave", pb.LastSaveRequest(), _timestamp))
