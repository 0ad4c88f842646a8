"""Starting real servers for the tests: a keyspace-server process and a
redis-server process, each on a free port of 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    process: subprocess.Popen[bytes]
    port: int
    data_dir: Path
    log_path: Path

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 15) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def keyspace_command() -> list[str]:
    installed = shutil.which("keyspace-server")
    return [installed] if installed else [sys.executable, "-m", "keyspace_server.main"]


def wait_until_serving(address: str, process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"keyspace-server exited with {process.returncode}")
            try:
                reply = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=1)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.05)
    raise TimeoutError(f"keyspace-server on {address} did not start serving")


def start_keyspace(data_dir: Path, *extra: str, port: int | None = None) -> RunningServer:
    port = port or free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir.parent / f"keyspace-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [*keyspace_command(), "--port", str(port), "--dir", str(data_dir), *extra],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = RunningServer(process, port, data_dir, log_path)
    try:
        wait_until_serving(server.address, process)
    except Exception:
        server.stop()
        raise RuntimeError(f"keyspace-server failed to start:\n{server.log()}") from None
    return server


def redis_command(port: int, work_dir: Path, log_path: Path, *extra: str) -> list[str]:
    """redis-server on ``port`` keeping its files in ``work_dir``, without
    persistence unless ``extra`` (later flags win) turns it on."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not os.path.exists(binary):
        raise RuntimeError("redis-server is not installed: run scripts/setup-tests")
    return [
        binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(work_dir),
        "--logfile",
        str(log_path),
        *extra,
    ]


def start_redis(work_dir: Path, *extra: str) -> RunningServer:
    port = free_port()
    log_path = work_dir / f"redis-{port}.log"
    process = subprocess.Popen(
        redis_command(port, work_dir, log_path, *extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return RunningServer(process, port, work_dir, log_path)
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis-server did not start")


def spawn_keyspace(*args: str, log_path: Path, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    """keyspace-server with exactly these arguments (no --port or --dir added),
    its output going to ``log_path``; for tests of the command line itself."""
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            [*keyspace_command(), *args], stdout=log, stderr=subprocess.STDOUT, cwd=cwd
        )


def launch_keyspace(
    *args: str, port: int, data_dir: Path, log_path: Path, cwd: Path | None = None
) -> RunningServer:
    """``spawn_keyspace`` for a server expected to serve on ``port``: returns
    once it answers health checks."""
    process = spawn_keyspace(*args, log_path=log_path, cwd=cwd)
    server = RunningServer(process, port, data_dir, log_path)
    try:
        wait_until_serving(server.address, process)
    except Exception:
        server.stop()
        raise RuntimeError(f"keyspace-server failed to start:\n{server.log()}") from None
    return server


def wait_for_log(server: RunningServer, text: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in server.log():
            return
        time.sleep(0.02)
    raise TimeoutError(f"{text!r} never appeared in the log:\n{server.log()}")


# -- for tests that start many servers (AOF damage, crashes) ------------------


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """Return once ``port`` accepts connections. Health checks sent before
    then put the gRPC channel in reconnect backoff, which costs about a
    second per start: too much for tests that start dozens of servers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"keyspace-server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.01)
    raise TimeoutError(f"nothing listens on port {port}")


def spawn_on(data_dir: Path, *extra: str, log_path: Path | None = None) -> RunningServer:
    """A keyspace-server on ``data_dir`` and a free port, not waited for."""
    port = free_port()
    log_path = log_path or data_dir.parent / f"keyspace-{port}.log"
    process = spawn_keyspace("--port", str(port), "--dir", str(data_dir), *extra, log_path=log_path)
    return RunningServer(process, port, data_dir, log_path)


def start_keyspace_quickly(data_dir: Path, *extra: str, timeout: float = 20) -> RunningServer:
    """``start_keyspace`` without the reconnect backoff (see wait_for_port)."""
    server = spawn_on(data_dir, *extra)
    try:
        wait_for_port(server.port, server.process, timeout)
        wait_until_serving(server.address, server.process, timeout)
    except Exception:
        server.stop()
        raise RuntimeError(f"keyspace-server failed to start:\n{server.log()}") from None
    return server


def run_keyspace_to_exit(data_dir: Path, *extra: str, timeout: float = 20) -> tuple[int, str]:
    """A keyspace-server expected to exit by itself (refusing to start):
    its exit status and log. One that serves instead fails the test."""
    server = spawn_on(data_dir, *extra)
    try:
        status = server.process.wait(timeout)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
        raise AssertionError(f"keyspace-server did not exit:\n{server.log()}") from None
    return status, server.log()


def kill(server: RunningServer) -> None:
    """SIGKILL: a crash, with no chance to flush anything."""
    if server.process.poll() is None:
        server.process.kill()
    server.process.wait()


def start_tracked(servers: list[RunningServer], data_dir: Path, *extra: str) -> RunningServer:
    """start_keyspace, recorded in ``servers`` (the fixture that stops them)."""
    server = start_keyspace(data_dir, *extra)
    servers.append(server)
    return server
