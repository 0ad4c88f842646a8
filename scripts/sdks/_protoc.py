"""protoc as every generator runs it: the one bundled with grpcio-tools (the
same that scripts/gen-proto uses), over every file of proto/keyspace/v1."""

from __future__ import annotations

from sdks import ROOT

PROTO_ROOT = ROOT / "proto"


def protos() -> list[str]:
    """The schema's files, relative to proto/, e.g. keyspace/v1/strings.proto."""
    folder = PROTO_ROOT / "keyspace" / "v1"
    return sorted(str(p.relative_to(PROTO_ROOT)) for p in folder.glob("*.proto"))


def protoc(*args: str) -> None:
    """Runs protoc over the whole schema with these extra arguments (plugins
    and their outputs); raises SystemExit when it fails."""
    # Imported here so that --help works without grpcio-tools.
    from grpc_tools import protoc as grpc_protoc  # type: ignore[import-untyped]

    command = ["protoc", f"-I{PROTO_ROOT}", *args, *protos()]
    if grpc_protoc.main(command) != 0:
        raise SystemExit(f"protoc failed: {' '.join(command)}")
