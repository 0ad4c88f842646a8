"""Server configuration: Redis's directive names, a Redis-style config file,
and command-line flags that override it.

    keyspace-server [CONFIG_FILE] [--config FILE] [--port N] [--bind ADDR ...] ...

The config file has one directive per line (``port 7379``, ``dir ./data``),
``#`` comments, and sizes with Redis's units (``512mb``, ``64kb``, ``1gb``).
"""

from __future__ import annotations

import argparse
import math
import re
import shlex
from dataclasses import dataclass, field, fields
from pathlib import Path

from keyspace_server.pubsub.notifications import parse_flags

DEFAULT_PORT = 7379
# Redis's defaults, by client class: hard limit, soft limit, soft seconds.
DEFAULT_OUTPUT_BUFFER_LIMITS = {
    "normal": (0, 0, 0),
    "replica": (256 * 1024**2, 64 * 1024**2, 60),
    "pubsub": (32 * 1024**2, 8 * 1024**2, 60),
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


class ConfigError(ValueError):
    """A directive or flag with a bad name or value."""


_UNITS = {"k": 1000, "kb": 1024, "m": 1000**2, "mb": 1024**2, "g": 1000**3, "gb": 1024**3}
# Digits as Redis's strtoll-based parsing takes them: Python's int() would
# also accept "1_000", "+5" and surrounding blanks, which redis.conf rejects.
_SIZE = re.compile(r"(-?[0-9]+)(k|kb|m|mb|g|gb)?", re.IGNORECASE)
_INTEGER = re.compile(r"-?[0-9]+")
# Redis's bounds for proto-max-bulk-len; gRPC keeps its message limit in a C int.
_MIN_BULK_LEN = 1024 * 1024
_MAX_GRPC_MESSAGE = 2**31 - 1


def parse_size(text: str) -> int:
    """Redis's memtoll: a number with an optional unit (k, kb, m, mb, g, gb)."""
    match = _SIZE.fullmatch(text)
    if match is None:
        raise ConfigError(f"invalid size {text!r}")
    number, unit = match.groups()
    return int(number) * (_UNITS[unit.lower()] if unit else 1)


def _integer(name: str, value: str) -> int:
    if not _INTEGER.fullmatch(value):
        raise ConfigError(f"'{name}' must be an integer, not {value!r}")
    return int(value)


_LOGLEVELS = ("debug", "verbose", "notice", "warning", "nothing")
_HELP = {
    "bind": "addresses to listen on (default 127.0.0.1)",
    "port": f"TCP port for gRPC (default {DEFAULT_PORT})",
    "dir": "data folder, created if missing (default ./keyspace-data)",
    "loglevel": "debug, verbose, notice (default) or warning",
    "logfile": "log to this file instead of standard error",
    "proto-max-bulk-len": "largest string value, e.g. 512mb (default)",
    "grpc-max-message-size": "largest gRPC message either way, e.g. 64mb (default)",
    "hz": "active expiry cycles per second (default 10)",
    "shutdown-timeout": "seconds a shutdown waits for in-flight calls (default 10)",
    "appendonly": "yes (default) logs every write to the AOF; no keeps data in memory only",
    "appendfsync": "always, everysec (default) or no: when the AOF is fsynced",
    "appendfilename": "base name of the AOF files (default appendonly.aof)",
    "appenddirname": "folder in --dir holding the AOF (default appendonlydir)",
    "aof-load-truncated": "yes (default): load an AOF whose last record is cut off",
    "auto-aof-rewrite-percentage": "rewrite when the AOF grew this much since (default 100)",
    "auto-aof-rewrite-min-size": "but not below this size (default 64mb)",
    "dbfilename": "snapshot file for SAVE/BGSAVE (default dump.kdb)",
    "notify-keyspace-events": "keyspace notification classes, Redis's letters (default none)",
    "client-output-buffer-limit": "CLASS HARD SOFT SECONDS ..., as Redis "
    "(default pubsub 32mb 8mb 60): a subscriber over HARD, or over SOFT for SECONDS, "
    "is disconnected",
    "pubsub-backlog-size": "messages kept per channel for resuming subscribers (default 64, 0 off)",
    "pubsub-backlog-max-memory": "memory of all channel backlogs together (default 16mb)",
    "pubsub-heartbeat-interval": "seconds of silence before a subscriber gets a heartbeat "
    "(default 15, 0 off)",
}
_VARIADIC = ("bind", "client-output-buffer-limit")
_YES_NO = {"yes": True, "no": False}


def parse_output_buffer_limits(
    values: list[str], current: dict[str, tuple[int, int, int]]
) -> dict[str, tuple[int, int, int]]:
    """``CLASS HARD SOFT SECONDS`` groups, as Redis's directive; classes not
    named keep their limits."""
    if not values or len(values) % 4:
        raise ConfigError("'client-output-buffer-limit' takes groups of CLASS HARD SOFT SECONDS")
    limits = dict(current)
    for start in range(0, len(values), 4):
        group, hard, soft, seconds = values[start : start + 4]
        group = group.lower()
        group = "replica" if group == "slave" else group
        if group not in limits:
            raise ConfigError(f"unknown client class {group!r}: normal, replica or pubsub")
        sizes = parse_size(hard), parse_size(soft), _integer("soft seconds", seconds)
        if min(sizes) < 0:
            raise ConfigError("client-output-buffer-limit values must not be negative")
        limits[group] = sizes
    return limits


def format_output_buffer_limits(limits: dict[str, tuple[int, int, int]]) -> str:
    """CONFIG GET's text: Redis shows the replica class as "slave"."""
    return " ".join(
        f"{'slave' if group == 'replica' else group} {hard} {soft} {seconds}"
        for group, (hard, soft, seconds) in limits.items()
    )


def _convert(name: str, values: list[str]) -> object:
    if name == "bind":
        if not values:  # the server would listen nowhere
            raise ConfigError("'bind' takes at least one address")
        return values
    if name == "client_output_buffer_limit":
        return parse_output_buffer_limits(values, DEFAULT_OUTPUT_BUFFER_LIMITS)
    if len(values) != 1:
        raise ConfigError(f"'{name.replace('_', '-')}' takes one value")
    value = values[0]
    if name == "proto_max_bulk_len":
        size = parse_size(value)
        if size < _MIN_BULK_LEN:
            raise ConfigError("proto-max-bulk-len must be at least 1mb, as in Redis")
        return size
    if name == "grpc_max_message_size":
        size = parse_size(value)
        if not 1 <= size <= _MAX_GRPC_MESSAGE:
            raise ConfigError(f"grpc-max-message-size must be between 1 and {_MAX_GRPC_MESSAGE}")
        return size
    if name in ("port", "hz"):
        number = _integer(name, value)
        if name == "port" and not 0 <= number <= 65535:
            raise ConfigError(f"port {number} out of range")
        if name == "hz" and not 1 <= number <= 500:
            raise ConfigError("hz must be between 1 and 500")
        return number
    if name == "shutdown_timeout":
        try:
            seconds = float(value)
        except ValueError:
            seconds = math.nan
        # NaN or infinity would reach asyncio's wait as a deadline it cannot keep.
        if not (math.isfinite(seconds) and seconds >= 0):
            raise ConfigError(f"'shutdown-timeout' must be a number of seconds, not {value!r}")
        return seconds
    if name in ("appendonly", "aof_load_truncated"):
        if value.lower() not in _YES_NO:
            raise ConfigError(f"'{name.replace('_', '-')}' must be yes or no, not {value!r}")
        return _YES_NO[value.lower()]
    if name == "appendfsync":
        if value.lower() not in ("always", "everysec", "no"):
            raise ConfigError(f"appendfsync must be always, everysec or no, not {value!r}")
        return value.lower()
    if name == "auto_aof_rewrite_percentage":
        percentage = _integer(name, value)
        if percentage < 0:
            raise ConfigError("auto-aof-rewrite-percentage must not be negative")
        return percentage
    if name == "auto_aof_rewrite_min_size":
        size = parse_size(value)
        if size < 0:
            raise ConfigError("auto-aof-rewrite-min-size must not be negative")
        return size
    if name in ("appendfilename", "appenddirname", "dbfilename"):
        if not value or "/" in value or value in (".", ".."):
            raise ConfigError(f"'{name}' must be a plain file name, not {value!r}")
        return value
    if name == "notify_keyspace_events":
        if parse_flags(value) is None:
            raise ConfigError(f"invalid notify-keyspace-events classes {value!r}")
        return value
    if name == "pubsub_backlog_size":
        size = _integer(name, value)
        if size < 0:
            raise ConfigError("pubsub-backlog-size must not be negative")
        return size
    if name == "pubsub_backlog_max_memory":
        size = parse_size(value)
        if size < 0:
            raise ConfigError("pubsub-backlog-max-memory must not be negative")
        return size
    if name == "pubsub_heartbeat_interval":
        try:
            seconds = float(value)
        except ValueError:
            seconds = math.nan
        if not (math.isfinite(seconds) and seconds >= 0):
            raise ConfigError(f"'pubsub-heartbeat-interval' must be seconds, not {value!r}")
        return seconds
    if name == "loglevel":
        # Redis matches enum values without regard to case.
        if value.lower() not in _LOGLEVELS:
            raise ConfigError(f"loglevel must be one of {', '.join(_LOGLEVELS)}")
        return value.lower()
    return value


def _apply(config: Config, name: str, values: list[str]) -> None:
    attribute = name.replace("-", "_")
    if attribute not in {f.name for f in fields(Config)}:
        raise ConfigError(f"unknown directive '{name}'")
    setattr(config, attribute, _convert(attribute, values))


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
                _apply(config, words[0].lower(), words[1:])
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
    for name, text in _HELP.items():
        parser.add_argument(f"--{name}", nargs="+" if name in _VARIADIC else None, help=text)
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
    for name in _HELP:
        value = getattr(options, name.replace("-", "_"))
        if value is None:
            continue
        try:
            _apply(config, name, value if isinstance(value, list) else [value])
        except ConfigError as error:
            parser.error(f"--{name}: {error}")
    return config
