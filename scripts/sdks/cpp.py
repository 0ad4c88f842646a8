"""C++: Debian's protoc (protobuf-compiler) writes the messages and Debian's
grpc_cpp_plugin (protobuf-compiler-grpc) the service stub into
sdk/cpp/gen/keyspace/v1/; sdk/cpp/tools/gen_rpc.py writes
sdk/cpp/gen/keyspace/rpc.{h,cc} (every unary RPC as a method that throws
keyspace::RedisError, and a table that calls an RPC by name) from the same
protoc's descriptor of the service.

Why not the shared protoc of _protoc.py: generated C++ compiles only against
the protobuf runtime headers of its own protoc release (each .pb.h stops with
an #error otherwise), and the runtime here is Debian's libprotobuf-dev 3.21,
while grpcio-tools bundles a much newer protoc. Debian builds protoc and
libprotobuf from one source package, and grpc_cpp_plugin and libgrpc++ from
another, so generate() checks that protoc is the release of the libprotobuf
that pkg-config finds before writing anything.

The build (CMake; Ninja when installed) goes into sdk/cpp/build/<generator>/
rather than the harness's scratch folder: the generated code takes minutes to
compile on a small machine, and the SDK's tests, which run after the scratch
folder is gone, reuse the same build. A lock file serializes the runs that
share it (two scripts/conformance at once would otherwise build in the same
folder together). It compiles with -O1, enough for a test client and much
quicker than -O2 over the whole schema.
"""

from __future__ import annotations

import fcntl
import importlib.util
import shutil
import tempfile
from pathlib import Path
from types import ModuleType

from sdks import ROOT, UnavailableError, run_tool
from sdks._protoc import PROTO_ROOT, protos

CPP_ROOT = ROOT / "sdk" / "cpp"
GENERATED = ["sdk/cpp/gen"]
SERVICE = "keyspace/v1/keyspace_service.proto"
# The build's settings; scripts/conformance's live tests use the same.
CONFIGURE = ["-DCMAKE_BUILD_TYPE=", "-DCMAKE_CXX_FLAGS=-O1", "-DKEYSPACE_BUILD_TESTS=ON"]
JOBS = "2"


def run(*command: str, cwd: Path = ROOT) -> str:
    return run_tool(*command, cwd=cwd)


def versions_agree() -> None:
    protoc = run("protoc", "--version").split()[-1]
    runtime = run("pkg-config", "--modversion", "protobuf").strip()
    if protoc != runtime:
        raise UnavailableError(
            f"protoc {protoc} and libprotobuf {runtime} differ: the C++ code must come from "
            "the runtime's own protoc release (Debian's protobuf-compiler and libprotobuf-dev)"
        )


def gen_rpc() -> ModuleType:
    """sdk/cpp/tools/gen_rpc.py, loaded by path (sdk/cpp is not a package)."""
    spec = importlib.util.spec_from_file_location("gen_rpc", CPP_ROOT / "tools" / "gen_rpc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate(root: Path) -> None:
    versions_agree()
    plugin = shutil.which("grpc_cpp_plugin")
    if plugin is None:
        raise UnavailableError("grpc_cpp_plugin is not installed (Debian's protobuf-compiler-grpc)")
    out = root / "sdk" / "cpp" / "gen"
    out.mkdir(parents=True)
    run("protoc", f"-I{PROTO_ROOT}", f"--cpp_out={out}", *protos())
    # Only the service file has a service: the plugin would write empty
    # .grpc.pb files for the others.
    run(
        "protoc",
        f"-I{PROTO_ROOT}",
        f"--plugin=protoc-gen-grpc={plugin}",
        f"--grpc_out={out}",
        SERVICE,
    )
    with tempfile.TemporaryDirectory(prefix="cpp-descriptor-") as scratch:
        descriptor = Path(scratch) / "service.binpb"
        run(
            "protoc",
            f"-I{PROTO_ROOT}",
            "--include_source_info",
            f"--descriptor_set_out={descriptor}",
            SERVICE,
        )
        for name, text in gen_rpc().render(descriptor.read_bytes()).items():
            (out / name).write_text(text)


def build_dir() -> tuple[Path, list[str]]:
    """The build folder and the CMake generator's arguments: Ninja when it is
    installed, else Makefiles; each has its own folder, since CMake refuses
    to switch a folder's generator."""
    if shutil.which("ninja"):
        return CPP_ROOT / "build" / "ninja", ["-G", "Ninja"]
    return CPP_ROOT / "build" / "make", ["-G", "Unix Makefiles"]


def lock_file(build: Path) -> Path:
    build.mkdir(parents=True, exist_ok=True)
    return build.parent / f"{build.name}.lock"


def runner(work: Path) -> list[str]:
    build, generator = build_dir()
    with lock_file(build).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        run("cmake", "-S", str(CPP_ROOT), "-B", str(build), *generator, *CONFIGURE)
        run("cmake", "--build", str(build), "--parallel", JOBS)
    return [str(build / "keyspace_conformance")]


def sdk_tests() -> list[str]:
    # Configures and builds again (nothing to do after runner()) so that the
    # tests never run binaries older than the sources, then runs ctest; all
    # under the build's lock (flock(1), util-linux).
    build, generator = build_dir()
    return [
        "flock",
        str(lock_file(build)),
        "ctest",
        "--build-and-test",
        str(CPP_ROOT),
        str(build),
        "--build-generator",
        generator[1],
        "--build-noclean",
        "--build-options",
        *CONFIGURE,
        "--test-command",
        "ctest",
        "--output-on-failure",
        "--no-tests=error",
    ]
