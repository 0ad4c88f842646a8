"""C: Debian's protoc runs Debian's protoc-gen-c (protobuf-c, the messages,
through scripts/sdks/c_protoc_gen_c.py, which lets protobuf-c 1.4 read proto3
`optional`) and scripts/sdks/protoc-gen-keyspace-c (the client functions over
the hand-written gRPC core runtime) into sdk/c/gen/. The same protoc-gen-c
writes google.rpc.Status and ErrorInfo (sdk/c/proto/google/rpc/, with
google/protobuf/any.proto from Debian's libprotobuf-dev), which the runtime
reads from the grpc-status-details-bin trailer.

Why Debian's protoc and not the shared one of _protoc.py: protoc-gen-c is a
Debian package, the release of the libprotobuf-c runtime the SDK links
(generate() checks that they agree), and the well-known .proto files come
from the same Debian protobuf release as that protoc.

The build (CMake) goes into sdk/c/build/ rather than the harness's scratch
folder, so the SDK's live tests (ctest), which run after the scratch folder
is gone, reuse it, and a second run compiles only what changed.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from sdks import ROOT, UnavailableError, run_tool
from sdks._protoc import PROTO_ROOT, protos

C_ROOT = ROOT / "sdk" / "c"
GENERATED = ["sdk/c/gen"]
BUILD = C_ROOT / "build"
HERE = Path(__file__).resolve().parent
# The status protos the runtime decodes, relative to sdk/c/proto (and the
# well-known type they import, from protoc's own include folder).
STATUS_PROTOS = ["google/rpc/status.proto", "google/rpc/error_details.proto"]
WELL_KNOWN = "google/protobuf/any.proto"
CONFIGURE = ["-DCMAKE_BUILD_TYPE=Debug", "-DKEYSPACE_BUILD_TESTS=ON"]
# ctest --build-and-test needs the generator named; both builds use it.
GENERATOR = "Unix Makefiles"
JOBS = "2"


def run(*command: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    return run_tool(*command, cwd=cwd, env=env)


def versions_agree() -> None:
    compiler = run("protoc-c", "--version").split()[1]
    runtime = run("pkg-config", "--modversion", "libprotobuf-c").strip()
    if compiler != runtime:
        raise UnavailableError(
            f"protoc-c {compiler} and libprotobuf-c {runtime} differ: the messages must come "
            "from the runtime's own release (Debian's protobuf-c-compiler and libprotobuf-c-dev)"
        )


def well_known_include() -> Path:
    """The folder holding google/protobuf/any.proto for Debian's protoc."""
    protoc = shutil.which("protoc")
    if protoc is None:
        raise UnavailableError("protoc is not installed (Debian's protobuf-compiler)")
    # protoc looks beside its own bin/ for include/; Debian's is /usr/include.
    for folder in (Path(protoc).resolve().parent.parent / "include", Path("/usr/include")):
        if (folder / WELL_KNOWN).exists():
            return folder
    raise UnavailableError(f"{WELL_KNOWN} not found (Debian's libprotobuf-dev)")


def plugin(scratch: Path, name: str, script: Path) -> Path:
    """An executable that runs ``script`` with this interpreter, which has
    google.protobuf (a plugin's own shebang might find another python3)."""
    wrapper = scratch / f"protoc-gen-{name}"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{script}" "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return wrapper


def generate(root: Path) -> None:
    versions_agree()
    include = well_known_include()
    out = root / "sdk" / "c" / "gen"
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="gen-c-plugins-") as folder:
        scratch = Path(folder)
        messages = plugin(scratch, "c", HERE / "c_protoc_gen_c.py")
        client = plugin(scratch, "keyspace-c", HERE / "protoc-gen-keyspace-c")
        run(
            "protoc",
            f"-I{PROTO_ROOT}",
            f"--plugin=protoc-gen-c={messages}",
            f"--plugin=protoc-gen-keyspace-c={client}",
            f"--c_out={out}",
            f"--keyspace-c_out={out}",
            *protos(),
        )
        run(
            "protoc",
            f"-I{C_ROOT / 'proto'}",
            f"-I{include}",
            f"--plugin=protoc-gen-c={messages}",
            f"--c_out={out}",
            *STATUS_PROTOS,
            WELL_KNOWN,
        )


def build() -> Path:
    """Configures (once) and builds sdk/c into sdk/c/build; returns the folder."""
    env = {**os.environ, "CMAKE_BUILD_PARALLEL_LEVEL": JOBS}
    if not (BUILD / "CMakeCache.txt").exists():
        run("cmake", "-S", str(C_ROOT), "-B", str(BUILD), "-G", GENERATOR, *CONFIGURE, env=env)
    run("cmake", "--build", str(BUILD), env=env)
    return BUILD


def runner(work: Path) -> list[str]:
    return [str(build() / "keyspace-conformance")]


def sdk_tests() -> list[str]:
    # ctest builds first (the live tests are ordinary CMake targets), so this
    # works whether or not runner() ran before.
    return [
        "ctest",
        "--build-and-test",
        str(C_ROOT),
        str(BUILD),
        "--build-generator",
        GENERATOR,
        "--build-noclean",
        "--build-options",
        *CONFIGURE,
        "--test-command",
        "ctest",
        "--output-on-failure",
        "--no-tests=error",
    ]
