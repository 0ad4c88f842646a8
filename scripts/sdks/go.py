"""Go: protoc-gen-go and protoc-gen-go-grpc, pinned as tools in
sdk/go/go.mod (so the generator and the protobuf runtime the SDK links are
the same module version) and installed into .tools/bin; the conformance
runner is sdk/go/cmd/conformance and the live tests are `go test`."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sdks import ROOT, TOOLS_BIN, UnavailableError
from sdks._protoc import protoc, protos

GO_ROOT = ROOT / "sdk" / "go"
MODULE = "github.com/keyspace/keyspace/sdk/go"
# The proto files have no go_package option (the schema stays language
# neutral): every file maps to this package.
PACKAGE = f"{MODULE}/keyspace/v1;keyspacev1"
GENERATED = ["sdk/go/keyspace/v1"]


def go(*args: str, **env: str) -> None:
    if shutil.which("go") is None:
        raise UnavailableError("go is not installed")
    result = subprocess.run(
        ["go", *args], cwd=GO_ROOT, env={**os.environ, **env}, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise UnavailableError(f"go {' '.join(args)} failed:\n{result.stderr}")


def generate(root: Path) -> None:
    # Cheap when they are installed already; makes sure they are the
    # versions go.mod pins.
    go("install", "tool", GOBIN=str(TOOLS_BIN))
    out = root / "sdk" / "go"
    out.mkdir(parents=True, exist_ok=True)
    options = ",".join([f"module={MODULE}", *(f"M{p}={PACKAGE}" for p in protos())])
    protoc(
        f"--plugin=protoc-gen-go={TOOLS_BIN / 'protoc-gen-go'}",
        f"--plugin=protoc-gen-go-grpc={TOOLS_BIN / 'protoc-gen-go-grpc'}",
        f"--go_out={options}:{out}",
        f"--go-grpc_out={options}:{out}",
    )


def runner(work: Path) -> list[str]:
    binary = work / "go-conformance"
    go("build", "-o", str(binary), "./cmd/conformance")
    return [str(binary)]


def sdk_tests() -> list[str]:
    return ["go", "-C", str(GO_ROOT), "test", "-count=1", "./..."]
