"""The keyspace-server process: its command line, config file, startup
errors, log lines and graceful shutdown, each checked on a real process."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import grpc
import keyspace
import pytest
from keyspace.v1 import keyspace_service_pb2_grpc, pipeline_pb2, strings_pb2
from keyspace_server.config import Config, parse_args

from tests.servers import (
    RunningServer,
    free_port,
    keyspace_command,
    launch_keyspace,
    spawn_keyspace,
    start_keyspace,
    wait_for_log,
)


def run_server(*args: str, timeout: float = 15) -> subprocess.CompletedProcess[str]:
    """keyspace-server expected to exit by itself (help, a bad config...)."""
    return subprocess.run(
        [*keyspace_command(), *args], capture_output=True, text=True, timeout=timeout
    )


def info_field(client: keyspace.Client, section: str, name: str) -> object:
    return client.info(section)[name]


def write_config(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


# -- command line -------------------------------------------------------------


def test_help_exits_zero_and_documents_the_main_flags() -> None:
    result = run_server("--help")
    assert result.returncode == 0
    for flag in ("--port", "--bind", "--dir", "--config", "--loglevel"):
        assert flag in result.stdout


def test_ready_line_says_where_it_listens_and_keeps_data(tmp_data: Path) -> None:
    server = start_keyspace(tmp_data)
    try:
        wait_for_log(server, "ready")
        log = server.log()
        assert f"127.0.0.1:{server.port}" in log
        assert str(tmp_data.resolve()) in log
    finally:
        server.stop()


def test_port_zero_logs_the_port_actually_bound(tmp_path: Path) -> None:
    log_path = tmp_path / "server.log"
    process = spawn_keyspace("--port", "0", "--dir", str(tmp_path / "data"), log_path=log_path)
    server = RunningServer(process, 0, tmp_path / "data", log_path)
    try:
        wait_for_log(server, "ready")
        match = re.search(r"gRPC on 127\.0\.0\.1:(\d+)", server.log())
        assert match is not None
        port = int(match.group(1))
        assert port != 0
        with keyspace.Client(f"127.0.0.1:{port}", timeout=5) as client:
            assert client.ping() is True
    finally:
        server.stop()


def test_dir_is_created_if_missing(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "yet" / "there"
    port = free_port()
    server = launch_keyspace(
        "--port",
        str(port),
        "--dir",
        str(data_dir),
        port=port,
        data_dir=data_dir,
        log_path=tmp_path / "server.log",
    )
    try:
        assert data_dir.is_dir()
    finally:
        server.stop()


# -- config file ----------------------------------------------------------------


def test_config_file_as_first_argument_is_honoured(tmp_path: Path) -> None:
    port = free_port()
    data_dir = tmp_path / "from-config"
    config = write_config(
        tmp_path / "keyspace.conf",
        "# a Redis-style config file",
        f"port {port}",
        f'dir "{data_dir}"',
        "loglevel warning",
        "HZ 25",
        "proto-max-bulk-len 1mb  # units as in redis.conf",
    )
    server = launch_keyspace(
        str(config), port=port, data_dir=data_dir, log_path=tmp_path / "server.log"
    )
    try:
        assert data_dir.is_dir()
        with keyspace.Client(server.address, timeout=5) as client:
            assert info_field(client, "server", "hz") == 25
            assert info_field(client, "memory", "proto_max_bulk_len") == 1024 * 1024
            with pytest.raises(keyspace.ResponseError, match="proto-max-bulk-len"):
                client.setrange("k", 1024 * 1024, "x")
        # loglevel warning: the (INFO level) ready line is not written.
        assert "ready" not in server.log()
    finally:
        server.stop()


def test_config_flag_reads_the_file_and_flags_override_it(tmp_path: Path) -> None:
    port = free_port()
    config = write_config(
        tmp_path / "keyspace.conf",
        f"port {port}",
        f"dir {tmp_path / 'ignored'}",
        "loglevel warning",
        "hz 25",
    )
    data_dir = tmp_path / "from-flag"
    server = launch_keyspace(
        "--config",
        str(config),
        "--dir",
        str(data_dir),
        "--hz",
        "40",
        "--loglevel",
        "notice",
        port=port,
        data_dir=data_dir,
        log_path=tmp_path / "server.log",
    )
    try:
        with keyspace.Client(server.address, timeout=5) as client:
            assert info_field(client, "server", "hz") == 40
        wait_for_log(server, "ready")
        assert str(data_dir) in server.log()
        assert not (tmp_path / "ignored").exists()
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1mb", 1024**2),
        ("1MB", 1024**2),
        ("1m", 1000**2),
        ("64kb", 64 * 1024),
        ("2k", 2000),
        ("1gb", 1024**3),
        ("1g", 1000**3),
        ("1Gb", 1024**3),
        ("4096", 4096),
    ],
)
def test_sizes_take_redis_units(tmp_path: Path, text: str, size: int) -> None:
    config = write_config(tmp_path / "k.conf", f"grpc-max-message-size {text}")
    assert parse_args([str(config)]).grpc_max_message_size == size


def test_directives_not_in_the_file_keep_their_defaults(tmp_path: Path) -> None:
    config = write_config(tmp_path / "k.conf", "# nothing but a comment", "", "port 1234")
    parsed = parse_args([str(config)])
    assert parsed.port == 1234
    assert parsed.hz == Config().hz
    assert parsed.bind == Config().bind


def test_unknown_directive_exits_nonzero_naming_file_and_line(tmp_path: Path) -> None:
    config = write_config(tmp_path / "k.conf", "port 7379", "# comment", "frobnicate yes")
    result = run_server(str(config))
    assert result.returncode != 0
    assert f"{config}:3" in result.stderr
    assert "frobnicate" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "line",
    [
        "port seventy",
        "port 70000",
        "hz -1",
        "hz 10 20",
        "loglevel loud",
        "proto-max-bulk-len 12xb",
        "proto-max-bulk-len -1",
        "proto-max-bulk-len 64kb",
        "proto-max-bulk-len 1_000_000_000",
        "grpc-max-message-size 0",
        "grpc-max-message-size 4gb",
        "shutdown-timeout soon",
        "shutdown-timeout -5",
        'dir "no closing quote',
        "port",
        "bind",
    ],
)
def test_bad_value_exits_nonzero_naming_file_and_line(tmp_path: Path, line: str) -> None:
    config = write_config(tmp_path / "k.conf", "# first line", line)
    result = run_server("--config", str(config))
    assert result.returncode != 0
    assert f"{config}:2" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "flags", [["--port", "x"], ["--hz", "-1"], ["--shutdown-timeout", "never"]]
)
def test_bad_flag_value_exits_nonzero_without_traceback(flags: list[str]) -> None:
    result = run_server(*flags)
    assert result.returncode != 0
    assert flags[0].lstrip("-") in result.stderr
    assert "Traceback" not in result.stderr


def test_config_file_given_twice_is_an_error(tmp_path: Path) -> None:
    config = write_config(tmp_path / "k.conf", "hz 20")
    result = run_server(str(config), "--config", str(config))
    assert result.returncode != 0
    assert "once" in result.stderr


def test_loglevel_is_case_insensitive_as_in_redis(tmp_path: Path) -> None:
    config = write_config(tmp_path / "k.conf", "loglevel WARNING")
    assert parse_args([str(config)]).loglevel == "warning"


def test_missing_config_file_exits_nonzero_naming_it(tmp_path: Path) -> None:
    result = run_server(str(tmp_path / "absent.conf"))
    assert result.returncode != 0
    assert "absent.conf" in result.stderr
    assert "Traceback" not in result.stderr


# -- startup errors ---------------------------------------------------------------


def test_port_in_use_by_another_server_exits_with_a_clear_message(
    keyspace_server: RunningServer, tmp_path: Path
) -> None:
    result = run_server(
        "--port", str(keyspace_server.port), "--dir", str(tmp_path / "data"), timeout=20
    )
    assert result.returncode != 0
    assert f"127.0.0.1:{keyspace_server.port}" in result.stderr
    assert "in use" in result.stderr
    assert "Traceback" not in result.stderr
    # The server already there is unaffected.
    with keyspace.Client(keyspace_server.address, timeout=5) as client:
        assert client.ping() is True


def test_port_in_use_by_another_program_exits_with_a_clear_message(tmp_path: Path) -> None:
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = run_server("--port", str(port), "--dir", str(tmp_path / "data"), timeout=20)
    assert result.returncode != 0
    assert "in use" in result.stderr
    assert "Traceback" not in result.stderr


# -- shutdown -----------------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_signal_shuts_down_gracefully(tmp_data: Path, signum: signal.Signals) -> None:
    server = start_keyspace(tmp_data)
    try:
        server.process.send_signal(signum)
        assert server.process.wait(15) == 0
        log = server.log()
        assert "shutting down" in log
        assert "bye" in log
        assert "Traceback" not in log
    finally:
        server.stop()


def _stream_requests(
    outbox: queue.Queue[pipeline_pb2.PipelineRequest | None],
) -> Iterator[pipeline_pb2.PipelineRequest]:
    while (request := outbox.get()) is not None:
        yield request


def test_sigterm_lets_inflight_pipeline_finish(tmp_data: Path) -> None:
    server = start_keyspace(tmp_data, "--shutdown-timeout", "8")
    try:
        outbox: queue.Queue[pipeline_pb2.PipelineRequest | None] = queue.Queue()
        with grpc.insecure_channel(server.address) as channel:
            stub = keyspace_service_pb2_grpc.KeyspaceServiceStub(channel)  # type: ignore[no-untyped-call]
            responses = stub.Pipeline(_stream_requests(outbox), timeout=20)
            outbox.put(
                pipeline_pb2.PipelineRequest(
                    commands=[
                        pipeline_pb2.Command(set=strings_pb2.SetRequest(key=b"k", value=b"1"))
                    ]
                )
            )
            assert next(responses).replies[0].set.written

            server.process.send_signal(signal.SIGTERM)
            wait_for_log(server, "shutting down")
            # The stream opened before the signal is still served...
            outbox.put(
                pipeline_pb2.PipelineRequest(
                    commands=[pipeline_pb2.Command(incr=strings_pb2.IncrRequest(key=b"k"))]
                )
            )
            assert next(responses).replies[0].incr.value == 2
            outbox.put(None)
            assert list(responses) == []
            assert responses.code() == grpc.StatusCode.OK
        # ...and once it ends the server exits cleanly, well before the timeout.
        assert server.process.wait(15) == 0
        assert "bye" in server.log()
    finally:
        server.stop()
