"""The schema's conventions, checked on the compiled descriptors and on the
.proto sources: one RPC per Redis command, named so that lowercasing gives the
command; FooRequest/FooResponse messages; Pipeline's Command and Reply in step
with the unary RPCs; a comment on everything; buf lint clean; generated stubs
and the README's command table current; every RPC implemented by the server."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from keyspace import _schema
from keyspace.v1 import keyspace_service_pb2, pipeline_pb2

ROOT = Path(__file__).resolve().parent.parent
PROTO_ROOT = ROOT / "proto"

SERVICE = keyspace_service_pb2.DESCRIPTOR.services_by_name["KeyspaceService"]
UNARY = [m for m in SERVICE.methods if not (m.client_streaming or m.server_streaming)]

# The commands of the "Keyspace core" issue, as Redis spells them.
CORE_COMMANDS = [
    *("PING", "ECHO", "TIME", "DBSIZE", "FLUSHDB", "FLUSHALL", "INFO"),
    *("GET", "SET", "SETNX", "SETEX", "PSETEX", "GETSET", "GETDEL", "GETEX"),
    *("MGET", "MSET", "MSETNX", "APPEND", "STRLEN", "GETRANGE", "SETRANGE"),
    *("INCR", "DECR", "INCRBY", "DECRBY", "INCRBYFLOAT", "LCS"),
    *("DEL", "UNLINK", "EXISTS", "TYPE", "RENAME", "RENAMENX", "COPY"),
    *("KEYS", "SCAN", "RANDOMKEY", "TOUCH"),
    *("EXPIRE", "PEXPIRE", "EXPIREAT", "PEXPIREAT", "TTL", "PTTL"),
    *("EXPIRETIME", "PEXPIRETIME", "PERSIST", "OBJECT ENCODING"),
]


def test_core_command_list_has_no_repeats() -> None:
    assert len(CORE_COMMANDS) == len(set(CORE_COMMANDS)) == 49


@pytest.mark.parametrize("command", CORE_COMMANDS)
def test_every_core_command_has_an_rpc_named_after_it(command: str) -> None:
    wanted = command.replace(" ", "").lower()
    matches = [m.name for m in SERVICE.methods if m.name.lower() == wanted]
    assert len(matches) == 1, f"{command}: RPCs {matches}"
    (rpc,) = matches
    # PascalCase: starts upper case, no underscores.
    assert rpc[0].isupper() and rpc.isalnum(), rpc


def test_rpc_names_are_unique_lowercased() -> None:
    names = [m.name.lower() for m in SERVICE.methods]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("method", list(SERVICE.methods), ids=lambda m: m.name)
def test_rpc_has_its_own_request_and_response(method: MethodDescriptor) -> None:
    assert method.input_type.name == f"{method.name}Request"
    assert method.output_type.name == f"{method.name}Response"
    assert method.input_type.file.package == method.output_type.file.package == "keyspace.v1"


def test_pipeline_and_subscribe_are_the_only_streaming_rpcs() -> None:
    streaming = {m.name for m in SERVICE.methods if m not in UNARY}
    assert streaming == {"Pipeline", "Subscribe"}
    for name in streaming:
        method = SERVICE.methods_by_name[name]
        assert method.client_streaming and method.server_streaming, name


def _oneof_fields(message: Descriptor, oneof: str) -> dict[str, FieldDescriptor]:
    return {f.name: f for f in message.oneofs_by_name[oneof].fields}


def test_pipeline_command_and_reply_cover_every_unary_rpc() -> None:
    commands = _oneof_fields(pipeline_pb2.Command.DESCRIPTOR, "command")
    replies = _oneof_fields(pipeline_pb2.Reply.DESCRIPTOR, "reply")
    expected = {m.name.lower() for m in UNARY}
    assert set(commands) == expected
    assert set(replies) - {"error"} == expected
    assert "error" in replies


@pytest.mark.parametrize("method", UNARY, ids=lambda m: m.name)
def test_pipeline_fields_match_the_rpc(method: MethodDescriptor) -> None:
    name = method.name.lower()
    command = pipeline_pb2.Command.DESCRIPTOR.fields_by_name[name]
    reply = pipeline_pb2.Reply.DESCRIPTOR.fields_by_name[name]
    assert command.containing_oneof is not None and command.containing_oneof.name == "command"
    assert reply.containing_oneof is not None and reply.containing_oneof.name == "reply"
    assert command.number == reply.number
    assert command.message_type.full_name == method.input_type.full_name
    assert reply.message_type.full_name == method.output_type.full_name


def test_every_rpc_is_registered_in_the_command_table() -> None:
    from keyspace_server.commands.table import TABLE

    for method in UNARY:
        entry = TABLE.get(method.name.lower())
        assert entry is not None, f"{method.name} has no command in the table"
        assert entry.rpc == method.name
        assert entry.request_type.DESCRIPTOR.full_name == method.input_type.full_name
        assert entry.response_type.DESCRIPTOR.full_name == method.output_type.full_name
    assert set(TABLE) == {m.name.lower() for m in UNARY}


# --- comments, read from the .proto sources ---------------------------------


def _compiled_with_source_info(scratch: Path) -> list[descriptor_pb2.FileDescriptorProto]:
    from grpc_tools import protoc

    protos = sorted(str(p.relative_to(PROTO_ROOT)) for p in PROTO_ROOT.rglob("*.proto"))
    out = scratch / "descriptors.pb"
    args = ["protoc", f"-I{PROTO_ROOT}", "--include_source_info", f"--descriptor_set_out={out}"]
    assert protoc.main([*args, *protos]) == 0, "protoc failed"
    return list(descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes()).file)


# Field numbers of descriptor.proto used in source-info paths.
_MESSAGE, _ENUM, _SERVICE = 4, 5, 6  # in FileDescriptorProto
_FIELD, _NESTED, _NESTED_ENUM, _ONEOF = 2, 3, 4, 8  # in DescriptorProto
_VALUE = 2  # in EnumDescriptorProto
_METHOD = 2  # in ServiceDescriptorProto


def _elements(
    file: descriptor_pb2.FileDescriptorProto,
) -> Iterator[tuple[tuple[int, ...], str]]:
    """Every element that must be commented: (source-info path, description)."""

    def enum(path: tuple[int, ...], e: descriptor_pb2.EnumDescriptorProto, scope: str) -> Iterator:
        yield path, f"enum {scope}{e.name}"
        for i, value in enumerate(e.value):
            yield (*path, _VALUE, i), f"enum value {scope}{e.name}.{value.name}"

    def message(path: tuple[int, ...], m: descriptor_pb2.DescriptorProto, scope: str) -> Iterator:
        name = f"{scope}{m.name}"
        if m.options.map_entry:
            return
        yield path, f"message {name}"
        for i, field in enumerate(m.field):
            yield (*path, _FIELD, i), f"field {name}.{field.name}"
        for i, oneof in enumerate(m.oneof_decl):
            if not oneof.name.startswith("_"):  # proto3 optional's synthetic oneof
                yield (*path, _ONEOF, i), f"oneof {name}.{oneof.name}"
        for i, nested in enumerate(m.nested_type):
            yield from message((*path, _NESTED, i), nested, f"{name}.")
        for i, nested_enum in enumerate(m.enum_type):
            yield from enum((*path, _NESTED_ENUM, i), nested_enum, f"{name}.")

    for i, m in enumerate(file.message_type):
        yield from message((_MESSAGE, i), m, "")
    for i, e in enumerate(file.enum_type):
        yield from enum((_ENUM, i), e, "")
    for i, service in enumerate(file.service):
        yield (_SERVICE, i), f"service {service.name}"
        for j, method in enumerate(service.method):
            yield (_SERVICE, i, _METHOD, j), f"rpc {service.name}.{method.name}"


def test_everything_in_the_schema_has_a_leading_comment(tmp_path: Path) -> None:
    files = [f for f in _compiled_with_source_info(tmp_path) if f.package == "keyspace.v1"]
    assert {f.name for f in files} >= {
        "keyspace/v1/keyspace_service.proto",
        "keyspace/v1/pipeline.proto",
    }
    missing = []
    checked = 0
    for file in files:
        comments = {
            tuple(loc.path): loc.leading_comments.strip() for loc in file.source_code_info.location
        }
        for path, what in _elements(file):
            checked += 1
            if not comments.get(path):
                missing.append(f"{file.name}: {what}")
    assert checked > 300
    assert not missing, "no leading comment:\n" + "\n".join(missing)


# --- tools --------------------------------------------------------------------


def _buf() -> str:
    """The buf binary that the buf-bin package installs next to the interpreter."""
    candidates = [Path(sysconfig.get_path("scripts")) / "buf", Path(sys.executable).parent / "buf"]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("buf")
    assert found, "buf is not installed: run scripts/setup-tests (buf-bin is a dev dependency)"
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_buf_lint_passes() -> None:
    result = _run(_buf(), "lint")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_stubs_are_current() -> None:
    result = _run(sys.executable, "scripts/gen-proto", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_command_table_is_current() -> None:
    result = _run(sys.executable, "scripts/gen-command-table", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_rpcs_that_change_no_data_are_marked_retryable() -> None:
    """Clients retry exactly the RPCs marked NO_SIDE_EFFECTS or IDEMPOTENT,
    so the marks must match what the server's command table says about
    writes: every read is retryable, no write is. PUBLISH and SPUBLISH write
    no data but deliver a message: a retry would deliver it twice."""
    from keyspace_server.commands.table import TABLE

    deliveries = {"Publish", "SPublish"}
    marked = set(_schema.retryable_rpcs())
    reads = {command.rpc for command in TABLE.values() if not command.write}
    assert deliveries <= reads
    assert marked == reads - deliveries
