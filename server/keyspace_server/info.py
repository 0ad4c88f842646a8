"""INFO's text, section by section, in Redis's format: "# Name" headers,
"field:value" lines, CRLF line ends, a blank line between sections."""

from __future__ import annotations

import os
import platform
import resource
import secrets
import sys
import time
from collections.abc import Callable

from keyspace_server import memory
from keyspace_server.context import Context
from keyspace_server.identity import RUN_ID
from keyspace_server.persistence.files import aof_directory, aof_sizes
from keyspace_server.persistence.status import BGSAVE, REWRITE

VERSION = "0.1.0"
# The Redis version whose behaviour Keyspace reproduces.
REDIS_COMPATIBLE_VERSION = "7.0.15"
# Like Redis's master_replid: random per process.
REPLICATION_ID = secrets.token_hex(20)
# Redis's LRU clock: seconds, in 24 bits.
_LRU_CLOCK_MAX = (1 << 24) - 1


def _server(ctx: Context) -> list[tuple[str, object]]:
    uptime = int(time.monotonic() - ctx.started_monotonic)
    return [
        ("redis_version", REDIS_COMPATIBLE_VERSION),
        ("keyspace_version", VERSION),
        ("redis_mode", "standalone"),
        ("os", f"{platform.system()} {platform.release()} {platform.machine()}"),
        ("arch_bits", 64 if sys.maxsize > 2**32 else 32),
        ("multiplexing_api", "grpc.aio"),
        ("python_version", platform.python_version()),
        ("process_id", os.getpid()),
        ("process_supervised", "no"),
        ("run_id", RUN_ID),
        ("tcp_port", ctx.port),
        ("server_time_usec", time.time_ns() // 1000),
        ("uptime_in_seconds", uptime),
        ("uptime_in_days", uptime // 86400),
        ("hz", ctx.config.hz),
        # hz never adapts to the number of clients here, unlike Redis's dynamic-hz.
        ("configured_hz", ctx.config.hz),
        ("lru_clock", int(time.time()) & _LRU_CLOCK_MAX),
        ("executable", sys.argv[0]),
        ("config_file", ""),
    ]


def _clients(ctx: Context) -> list[tuple[str, object]]:
    # gRPC hides connections from the server: the clients it can count are
    # the open Pipeline streams (a unary call lives only while it runs).
    return [
        ("connected_clients", ctx.stats.pipelines_open + ctx.stats.subscribers_open),
        ("pipeline_streams", ctx.stats.pipelines_open),
        ("pubsub_clients", ctx.stats.subscribers_open),
        ("blocked_clients", ctx.blocked.count),
    ]


def _human(size: int) -> str:
    for unit, scale in (("G", 1024**3), ("M", 1024**2), ("K", 1024)):
        if size >= scale:
            return f"{size / scale:.2f}{unit}"
    return f"{size}B"


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _system_memory() -> int:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 0


def _memory(ctx: Context) -> list[tuple[str, object]]:
    rss = _rss_bytes()
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, rss)
    system = _system_memory()
    per_type, sampled = memory.by_type(ctx.db)
    estimates: list[tuple[str, object]] = [
        (f"used_memory_{name}", per_type.get(name, 0))
        for name in ("string", "hash", "list", "set", "zset")
    ]
    estimates.append(("used_memory_sample_keys", sampled))
    return [
        # CPython does not account its heap per allocation; RSS is the honest figure.
        ("used_memory", rss),
        ("used_memory_human", _human(rss)),
        ("used_memory_rss", rss),
        ("used_memory_rss_human", _human(rss)),
        ("used_memory_peak", peak),
        ("used_memory_peak_human", _human(peak)),
        ("used_memory_peak_perc", f"{100 * rss / peak:.2f}%"),
        ("total_system_memory", system),
        ("total_system_memory_human", _human(system)),
        ("maxmemory", 0),
        ("maxmemory_human", _human(0)),
        ("maxmemory_policy", "noeviction"),
        ("mem_allocator", "pymalloc"),
        ("proto_max_bulk_len", ctx.config.proto_max_bulk_len),
        *estimates,
    ]


def _persistence(ctx: Context) -> list[tuple[str, object]]:
    status = ctx.persistence
    dump = ctx.snapshot
    aof = ctx.aof
    fields: list[tuple[str, object]] = [
        ("loading", int(ctx.loading)),
        # The keys the running BGSAVE or rewrite has written, of how many.
        ("current_save_keys_processed", dump.keys_processed if dump is not None else 0),
        ("current_save_keys_total", dump.keys_total if dump is not None else 0),
        ("rdb_changes_since_last_save", status.dirty),
        ("rdb_bgsave_in_progress", int(status.job == BGSAVE)),
        ("rdb_last_save_time", status.last_save),
        ("rdb_last_bgsave_status", status.last_bgsave_status),
        ("rdb_last_bgsave_time_sec", status.last_bgsave_seconds),
        ("rdb_current_bgsave_time_sec", status.running_seconds(BGSAVE)),
        ("rdb_saves", status.saves),
        ("aof_enabled", int(aof is not None)),
        ("aof_rewrite_in_progress", int(status.job == REWRITE)),
        ("aof_rewrite_scheduled", int(status.rewrite_scheduled)),
        ("aof_last_rewrite_time_sec", status.last_rewrite_seconds),
        ("aof_current_rewrite_time_sec", status.running_seconds(REWRITE)),
        ("aof_last_bgrewrite_status", status.last_rewrite_status),
        ("aof_rewrites", status.rewrites),
        ("aof_last_write_status", aof.last_write_status if aof is not None else "ok"),
    ]
    if aof is not None:
        # As Redis, the sizes only while the AOF is on.
        base, current = aof_sizes(aof_directory(ctx), aof.manifest)
        fields += [("aof_current_size", current), ("aof_base_size", base)]
    return fields


def _stats(ctx: Context) -> list[tuple[str, object]]:
    db = ctx.db
    return [
        ("total_commands_processed", ctx.stats.commands_processed),
        ("rejected_calls", ctx.stats.rejected_calls),
        ("expired_keys", db.expired_keys),
        # Without maxmemory nothing is ever evicted.
        ("evicted_keys", 0),
        ("keyspace_hits", db.hits),
        ("keyspace_misses", db.misses),
        ("pubsub_channels", len(ctx.pubsub.channels)),
        ("pubsub_patterns", len(ctx.pubsub.patterns)),
        ("pubsubshard_channels", len(ctx.pubsub.shard_channels)),
        # Subscribers dropped for passing client-output-buffer-limit pubsub.
        ("client_output_buffer_limit_disconnections", ctx.pubsub.dropped),
        ("pubsub_backlog_memory", ctx.pubsub.backlog.memory + ctx.pubsub.shard_backlog.memory),
    ]


def _replication(ctx: Context) -> list[tuple[str, object]]:
    # A standalone server is a master without replicas, as Redis reports it.
    return [
        ("role", "master"),
        ("connected_slaves", 0),
        ("master_failover_state", "no-failover"),
        ("master_replid", REPLICATION_ID),
        ("master_repl_offset", 0),
        ("repl_backlog_active", 0),
    ]


def _seconds(value: float) -> str:
    return f"{value:.6f}"


def _cpu(ctx: Context) -> list[tuple[str, object]]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # INFO runs on the event loop's thread, the one that runs every command.
    main = resource.getrusage(getattr(resource, "RUSAGE_THREAD", resource.RUSAGE_SELF))
    return [
        ("used_cpu_sys", _seconds(own.ru_stime)),
        ("used_cpu_user", _seconds(own.ru_utime)),
        ("used_cpu_sys_children", _seconds(children.ru_stime)),
        ("used_cpu_user_children", _seconds(children.ru_utime)),
        ("used_cpu_sys_main_thread", _seconds(main.ru_stime)),
        ("used_cpu_user_main_thread", _seconds(main.ru_utime)),
    ]


def _keyspace(ctx: Context) -> list[tuple[str, object]]:
    db = ctx.db
    if not len(db):
        return []
    return [("db0", f"keys={len(db)},expires={len(db.expires)},avg_ttl={db.average_ttl_ms()}")]


# Section headers that are not simply capitalized.
_TITLES = {"cpu": "CPU"}

SECTIONS: dict[str, Callable[[Context], list[tuple[str, object]]]] = {
    "server": _server,
    "clients": _clients,
    "memory": _memory,
    "persistence": _persistence,
    "stats": _stats,
    "replication": _replication,
    "cpu": _cpu,
    "keyspace": _keyspace,
}


def render(ctx: Context, requested: list[str]) -> str:
    """INFO's text for the requested sections ("default", "all" and
    "everything" name them all); unknown names are ignored, as in Redis."""
    if not requested or any(name in ("default", "all", "everything") for name in requested):
        names = list(SECTIONS)
    else:
        names = [name for name in SECTIONS if name in requested]
    blocks = []
    for name in names:
        lines = [f"# {_TITLES.get(name, name.capitalize())}"]
        lines += [f"{field}:{value}" for field, value in SECTIONS[name](ctx)]
        blocks.append("\r\n".join(lines) + "\r\n")
    return "\r\n".join(blocks)
