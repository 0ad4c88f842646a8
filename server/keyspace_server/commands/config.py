"""CONFIG GET and CONFIG SET, with Redis 7.0's semantics.

CONFIG GET takes several glob patterns, matched without regard to case;
a name without glob characters is looked up directly and answered under
the spelling it was asked with, as Redis does. Each parameter is answered
once.

CONFIG SET is all or nothing: every name is checked (known, changeable at
run time, not given twice) before any value is read, every value is read
against a copy of the configuration, and only when all are good does the
server's configuration change; then whatever read a value once (the pub/sub
hub, the log level, the AOF's fsync policy) is told. The first problem, in
argument order, is the error, with Redis's text. Like Redis, CONFIG SET is
not a write: it changes no data and is not logged to the AOF.
"""

from __future__ import annotations

import dataclasses
import logging

from keyspace.v1 import server_pb2

from keyspace_server import errors
from keyspace_server.commands.registry import command
from keyspace_server.config import (
    IMMUTABLE,
    LOG_LEVELS,
    MODIFIABLE,
    PARAMETERS,
    Parameter,
    lookup,
    show_value,
)
from keyspace_server.config_values import ConfigError
from keyspace_server.context import Context
from keyspace_server.glob import compile_pattern

# Parameters that the pub/sub hub reads once and must be told about.
_PUBSUB = frozenset({"notify_keyspace_events", "pubsub_backlog_size", "pubsub_backlog_max_memory"})


def _matches(patterns: list[str]) -> dict[str, Parameter]:
    """The parameters the patterns name, under the name to answer with."""
    found: dict[str, Parameter] = {}
    seen: set[str] = set()

    def add(name: str, parameter: Parameter) -> None:
        if parameter.name not in seen:
            seen.add(parameter.name)
            found[name] = parameter

    for pattern in patterns:
        if not any(char in pattern for char in "[*?"):
            parameter = lookup(pattern)
            if parameter is not None:
                add(pattern, parameter)
            continue
        # Redis matches without regard to case (C's tolower, ASCII only);
        # names are lowercase, so the pattern lowercased the same way
        # matches exactly what Redis's nocase match does.
        matches = compile_pattern(pattern.encode().lower())
        for name, parameter in PARAMETERS.items():
            if matches(name.encode()):
                add(name, parameter)
    return found


@command("ConfigGet", write=False)
def config_get(ctx: Context, request: server_pb2.ConfigGetRequest) -> server_pb2.ConfigGetResponse:
    if not request.patterns:
        raise errors.wrong_arity("config|get")
    return server_pb2.ConfigGetResponse(
        parameters=[
            server_pb2.ConfigParameter(name=name, value=show_value(ctx.config, parameter))
            for name, parameter in _matches(list(request.patterns)).items()
        ]
    )


def _set_failed(name: str, reason: str) -> errors.CommandError:
    return errors.err(f"CONFIG SET failed (possibly related to argument '{name}') - {reason}")


def _checked(pairs: list[server_pb2.ConfigParameter]) -> list[tuple[Parameter, str]]:
    """The parameters to set, each with its new value; the first refusal of
    a name, in argument order, as Redis reports it."""
    chosen: list[tuple[Parameter, str]] = []
    for pair in pairs:
        parameter = lookup(pair.name)
        if parameter is None:
            raise errors.err(
                f"Unknown option or number of arguments for CONFIG SET - '{pair.name}'"
            )
        if parameter.change != MODIFIABLE:
            kind = "immutable" if parameter.change == IMMUTABLE else "protected"
            raise _set_failed(pair.name, f"can't set {kind} config")
        if any(parameter is earlier for earlier, _value in chosen):
            raise _set_failed(pair.name, "duplicate parameter")
        chosen.append((parameter, pair.value))
    return chosen


@command("ConfigSet", write=False)
def config_set(ctx: Context, request: server_pb2.ConfigSetRequest) -> server_pb2.ConfigSetResponse:
    if not request.parameters:
        raise errors.wrong_arity("config|set")
    chosen = _checked(list(request.parameters))
    candidate = dataclasses.replace(ctx.config)
    for parameter, value in chosen:
        try:
            new = parameter.read(parameter.words(value), candidate)
        except ConfigError as error:
            # Redis names the parameter here as it knows it, not as typed.
            raise _set_failed(parameter.name, str(error)) from None
        setattr(candidate, parameter.attribute, new)
    # The same Config object stays in use: the hub, the backlogs and the
    # subscribers hold it.
    changed: set[str] = set()
    for parameter, _value in chosen:
        attribute = parameter.attribute
        new = getattr(candidate, attribute)
        if new != getattr(ctx.config, attribute):
            setattr(ctx.config, attribute, new)
            changed.add(attribute)
    _apply(ctx, changed)
    return server_pb2.ConfigSetResponse()


def _apply(ctx: Context, changed: set[str]) -> None:
    """Tell what read a changed parameter once. The rest (hz, sizes,
    limits, timeouts) is read where it is used, each time."""
    config = ctx.config
    if changed & _PUBSUB:
        ctx.pubsub.reconfigure()
    if "loglevel" in changed:
        logging.getLogger().setLevel(LOG_LEVELS[config.loglevel])
    if "appendfsync" in changed and ctx.aof is not None:
        # The AOF reads its policy at every write and every timer tick.
        ctx.aof.fsync = config.appendfsync
