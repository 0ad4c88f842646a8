"""Server configuration: every parameter described once, as data (its
Redis name, how its value is read and shown, whether CONFIG SET may change
it), read from a Redis-style config file and command-line flags that
override it, and changed at run time by CONFIG SET (commands/config.py).

    keyspace-server [CONFIG_FILE] [--config FILE] [--port N] [--bind ADDR ...] ...

The config file has one directive per line (``port 7379``, ``dir ./data``),
``#`` comments, and sizes with Redis's units (``512mb``, ``64kb``, ``1gb``).
The file, the flags and CONFIG SET read a value with the same function, so
they accept the same values and refuse the rest with Redis's reasons.
"""

from __future__ import annotations

import argparse
import logging
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keyspace_server.config_values import (
    INT_MAX,
    LLONG_MAX,
    ConfigError,
    OutputBufferLimits,
    enum,
    format_output_buffer_limits,
    integer,
    memory,
    parse_output_buffer_limits,
    seconds,
    show_seconds,
    show_yes_no,
    yes_no,
)
from keyspace_server.pubsub.notifications import format_flags, parse_flags

DEFAULT_PORT = 7379
# Redis's defaults, by client class: hard limit, soft limit, soft seconds.
DEFAULT_OUTPUT_BUFFER_LIMITS = {
    "normal": (0, 0, 0),
    "replica": (256 * 1024**2, 64 * 1024**2, 60),
    "pubsub": (32 * 1024**2, 8 * 1024**2, 60),
}
# Redis's log levels ("nothing" is Redis 7.2's) and the logging levels they
# map to.
LOG_LEVELS = {
    "debug": logging.DEBUG,
    "verbose": logging.INFO,
    "notice": logging.INFO,
    "warning": logging.WARNING,
    "nothing": logging.CRITICAL + 1,
}


@dataclass(slots=True)
class Config:
    bind: list[str] = field(default_factory=lambda: ["127.0.0.1"])
    port: int = DEFAULT_PORT
    dir: str = "./keyspace-data"
    loglevel: str = "notice"
    logfile: str = ""
    # Redis's limit on one string value (bulk length).
    proto_max_bulk_len: int = 512 * 1024 * 1024
    # gRPC's limit on one message in either direction; bounds every request.
    grpc_max_message_size: int = 64 * 1024 * 1024
    # Active expiry cycles per second, as Redis's ``hz``.
    hz: int = 10
    # Seconds SIGTERM waits for in-flight calls before closing.
    shutdown_timeout: float = 10.0
    # Persistence. Unlike Redis (appendonly no), Keyspace logs every write
    # by default: a store whose point is durability should not lose data
    # unless asked to.
    appendonly: bool = True
    appendfsync: str = "everysec"
    appendfilename: str = "appendonly.aof"
    appenddirname: str = "appendonlydir"
    aof_load_truncated: bool = True
    auto_aof_rewrite_percentage: int = 100
    auto_aof_rewrite_min_size: int = 64 * 1024 * 1024
    # SAVE/BGSAVE's snapshot, loaded at start when appendonly is off.
    dbfilename: str = "dump.kdb"
    # Pub/sub. Keyspace notifications, with Redis's flag letters (off when
    # empty, as in Redis).
    notify_keyspace_events: str = ""
    # Redis's client-output-buffer-limit, per client class: (hard limit,
    # soft limit, soft seconds), 0 meaning none. Only subscribers have an
    # output buffer here; normal and replica are kept for CONFIG GET.
    client_output_buffer_limit: dict[str, tuple[int, int, int]] = field(
        default_factory=lambda: dict(DEFAULT_OUTPUT_BUFFER_LIMITS)
    )
    # Messages kept per channel for subscribers that resume (0: none).
    pubsub_backlog_size: int = 64
    # Memory all channels' backlogs may take together; the oldest messages
    # go first.
    pubsub_backlog_max_memory: int = 16 * 1024 * 1024
    # Seconds without an event after which a subscriber gets a heartbeat (0: never).
    pubsub_heartbeat_interval: float = 15.0


# What CONFIG SET may do with a parameter, as Redis's config flags. Redis
# refuses its PROTECTED parameters (dir, dbfilename) unless
# enable-protected-configs allows them, which it does not by default.
MODIFIABLE = "modifiable"
IMMUTABLE = "immutable"
PROTECTED = "protected"

# A directive's words (CONFIG SET's value split as Redis splits it) and the
# configuration so far, to the parameter's new value; ConfigError with
# Redis's reason if it is not one. The configuration matters to
# client-output-buffer-limit, which keeps the classes it does not name.
Reader = Callable[[list[str], Config], Any]


@dataclass(frozen=True, slots=True)
class Parameter:
    # Redis's name, with dashes; the Config attribute has underscores.
    name: str
    read: Reader
    help: str
    show: Callable[[Any], str] = str
    change: str = MODIFIABLE
    # Takes several words (bind, client-output-buffer-limit).
    variadic: bool = False

    @property
    def attribute(self) -> str:
        return self.name.replace("-", "_")

    def words(self, value: str) -> list[str]:
        """CONFIG SET's one value as the directive's words: Redis splits a
        multi-word parameter's value at each space, so "" is no words."""
        if not self.variadic:
            return [value]
        return value.split(" ") if value else []


def _one(parse: Callable[[str], Any]) -> Reader:
    def read(words: list[str], _config: Config) -> Any:
        if len(words) != 1:
            raise ConfigError("wrong number of arguments")
        return parse(words[0])

    return read


def _int(low: int, high: int) -> Reader:
    return _one(lambda text: integer(text, low, high))


def _memory(low: int, high: int) -> Reader:
    return _one(lambda text: memory(text, low, high))


def _enum(*choices: str) -> Reader:
    return _one(lambda text: enum(text, choices))


def _bind(words: list[str], _config: Config) -> list[str]:
    if not words:  # the server would listen nowhere
        raise ConfigError("takes at least one address")
    return words


def _output_buffer_limits(words: list[str], config: Config) -> OutputBufferLimits:
    return parse_output_buffer_limits(words, config.client_output_buffer_limit)


def _hz(text: str) -> int:
    # Redis takes any int and caps it: hz is a hint, not a promise.
    return min(max(integer(text, 0, INT_MAX), 1), 500)


def _file_name(text: str) -> str:
    if not text or "/" in text or text in (".", ".."):
        raise ConfigError("can't be a path, just a filename")
    return text


def _notify_flags(text: str) -> str:
    if parse_flags(text) is None:
        raise ConfigError("Invalid event class character. Use 'Ag$lshzxeKEtmdn'.")
    return text


def _show_notify_flags(text: str) -> str:
    return format_flags(parse_flags(text) or 0)


def _show_dir(text: str) -> str:
    # Redis shows its working directory, which is absolute.
    return str(Path(text).resolve())


_TEXT = _one(str)
_FILE_NAME = _one(_file_name)
_YES_NO = _one(yes_no)
_SECONDS = _one(seconds)
_PARAMETERS = (
    Parameter(
        "bind",
        _bind,
        "addresses to listen on (default 127.0.0.1)",
        show=" ".join,
        change=IMMUTABLE,
        variadic=True,
    ),
    Parameter(
        "port", _int(0, 65535), f"TCP port for gRPC (default {DEFAULT_PORT})", change=IMMUTABLE
    ),
    Parameter(
        "dir",
        _TEXT,
        "data folder, created if missing (default ./keyspace-data)",
        show=_show_dir,
        change=PROTECTED,
    ),
    Parameter(
        "loglevel", _enum(*LOG_LEVELS), "debug, verbose, notice (default), warning or nothing"
    ),
    Parameter("logfile", _TEXT, "log to this file instead of standard error", change=IMMUTABLE),
    Parameter(
        "proto-max-bulk-len",
        _memory(1024 * 1024, LLONG_MAX),
        "largest string value, e.g. 512mb (default)",
    ),
    # gRPC keeps its message limit in a C int, and the server's channel
    # options are fixed when it starts.
    Parameter(
        "grpc-max-message-size",
        _memory(1, INT_MAX),
        "largest gRPC message either way, e.g. 64mb (default)",
        change=IMMUTABLE,
    ),
    Parameter("hz", _one(_hz), "active expiry cycles per second (default 10)"),
    Parameter(
        "shutdown-timeout",
        _SECONDS,
        "seconds a shutdown waits for in-flight calls (default 10)",
        show=show_seconds,
    ),
    # The AOF is opened (or not) at start: switching it on or off would
    # need a rewrite, or a close, that the persistence layer cannot do live.
    Parameter(
        "appendonly",
        _YES_NO,
        "yes (default) logs every write to the AOF; no keeps data in memory only",
        show=show_yes_no,
        change=IMMUTABLE,
    ),
    Parameter(
        "appendfsync",
        _enum("everysec", "always", "no"),
        "always, everysec (default) or no: when the AOF is fsynced",
    ),
    Parameter(
        "appendfilename",
        _FILE_NAME,
        "base name of the AOF files (default appendonly.aof)",
        change=IMMUTABLE,
    ),
    Parameter(
        "appenddirname",
        _FILE_NAME,
        "folder in --dir holding the AOF (default appendonlydir)",
        change=IMMUTABLE,
    ),
    Parameter(
        "aof-load-truncated",
        _YES_NO,
        "yes (default): load an AOF whose last record is cut off",
        show=show_yes_no,
    ),
    Parameter(
        "auto-aof-rewrite-percentage",
        _int(0, INT_MAX),
        "rewrite when the AOF grew this much since (default 100)",
    ),
    Parameter(
        "auto-aof-rewrite-min-size", _memory(0, LLONG_MAX), "but not below this size (default 64mb)"
    ),
    Parameter(
        "dbfilename",
        _FILE_NAME,
        "snapshot file for SAVE/BGSAVE (default dump.kdb)",
        change=PROTECTED,
    ),
    Parameter(
        "notify-keyspace-events",
        _one(_notify_flags),
        "keyspace notification classes, Redis's letters (default none)",
        show=_show_notify_flags,
    ),
    Parameter(
        "client-output-buffer-limit",
        _output_buffer_limits,
        "CLASS HARD SOFT SECONDS ..., as Redis (default pubsub 32mb 8mb 60): a subscriber "
        "over HARD, or over SOFT for SECONDS, is disconnected",
        show=format_output_buffer_limits,
        variadic=True,
    ),
    Parameter(
        "pubsub-backlog-size",
        _int(0, INT_MAX),
        "messages kept per channel for resuming subscribers (default 64, 0 off)",
    ),
    Parameter(
        "pubsub-backlog-max-memory",
        _memory(0, LLONG_MAX),
        "memory of all channel backlogs together (default 16mb)",
    ),
    Parameter(
        "pubsub-heartbeat-interval",
        _SECONDS,
        "seconds of silence before a subscriber gets a heartbeat (default 15, 0 off)",
        show=show_seconds,
    ),
)
PARAMETERS = {parameter.name: parameter for parameter in _PARAMETERS}


def lookup(name: str) -> Parameter | None:
    """The parameter called ``name``, in any case (as Redis looks it up)."""
    return PARAMETERS.get(name.lower())


def show_value(config: Config, parameter: Parameter) -> str:
    """The parameter's value as CONFIG GET shows it."""
    return parameter.show(getattr(config, parameter.attribute))


def _set(config: Config, name: str, words: list[str]) -> None:
    parameter = lookup(name)
    if parameter is None:
        raise ConfigError(f"unknown directive '{name}'")
    try:
        value = parameter.read(words, config)
    except ConfigError as error:
        raise ConfigError(f"'{parameter.name}' {error}") from None
    setattr(config, parameter.attribute, value)


def read_config_file(path: Path, config: Config) -> None:
    try:
        text = path.read_text()
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not a text file") from None
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            try:
                words = shlex.split(line, comments=True)
            except ValueError as error:  # an unbalanced quote
                raise ConfigError(str(error)) from None
            if words:
                _set(config, words[0], words[1:])
        except ConfigError as error:
            raise ConfigError(f"{path}:{number}: {error}") from None


def parse_args(argv: list[str] | None = None) -> Config:
    parser = argparse.ArgumentParser(
        prog="keyspace-server",
        description="Serve Redis's data model as a typed gRPC API (keyspace.v1.KeyspaceService).",
        epilog="Flags use Redis's directive names and override the config file. "
        "Example: keyspace-server --port 7379 --dir ./data",
    )
    parser.add_argument("config_file", nargs="?", help="a config file with Redis-style directives")
    parser.add_argument("--config", dest="config_flag", metavar="FILE", help="same as CONFIG_FILE")
    for parameter in _PARAMETERS:
        parser.add_argument(
            f"--{parameter.name}", nargs="+" if parameter.variadic else None, help=parameter.help
        )
    options = parser.parse_args(argv)
    config = Config()
    if options.config_flag and options.config_file:
        # Reading one and silently ignoring the other would surprise either way.
        parser.error("give the config file once: as CONFIG_FILE or with --config")
    try:
        config_path = options.config_flag or options.config_file
        if config_path:
            read_config_file(Path(config_path), config)
    except (ConfigError, OSError) as error:
        parser.error(str(error))
    for parameter in _PARAMETERS:
        value = getattr(options, parameter.attribute)
        if value is None:
            continue
        if isinstance(value, list):
            # As redis-server's own flags: one quoted argument may hold all
            # the words ("pubsub 64mb 16mb 60").
            values = [word for argument in value for word in argument.split()]
        else:
            values = [value]
        try:
            config_value = parameter.read(values, config)
        except ConfigError as error:
            parser.error(f"--{parameter.name}: {error}")
        setattr(config, parameter.attribute, config_value)
    return config
