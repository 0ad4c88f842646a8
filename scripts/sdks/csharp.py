"""C#: a binding of the C SDK (libkeyspace, built by scripts/sdks/c.py) through
P/Invoke, with proto3 JSON between the two, so that C# needs no protobuf or
gRPC assembly (none is reachable here). Generated: sdk/csharp/Generated/Rpcs.cs
(every RPC, by scripts/sdks/csharp_gen.py from the schema's descriptors). Built
with Mono's mcs from the sources sdk/csharp/Keyspace.csproj lists, into
sdk/csharp/build/ beside a copy of libkeyspace.so (Mono finds a DllImport's
library beside the assembly).

Run as a script (`csharp.py --test`) it builds and runs the SDK's live tests.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from sdks import ROOT, UnavailableError, run_tool  # noqa: E402

CS_ROOT = ROOT / "sdk" / "csharp"
GENERATED = ["sdk/csharp/Generated"]
BUILD = CS_ROOT / "build"
SERVICE = "keyspace/v1/keyspace_service.proto"


def generate(root: Path) -> None:
    from grpc_tools import protoc as grpc_protoc  # type: ignore[import-untyped]

    from sdks import csharp_gen
    from sdks._protoc import PROTO_ROOT

    out = root / "sdk" / "csharp" / "Generated"
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="gen-csharp-") as folder:
        descriptors = Path(folder) / "service.pb"
        command = [
            "protoc",
            f"-I{PROTO_ROOT}",
            "--include_imports",
            "--include_source_info",
            f"--descriptor_set_out={descriptors}",
            SERVICE,
        ]
        if grpc_protoc.main(command) != 0:
            raise SystemExit(f"protoc failed: {' '.join(command)}")
        (out / "Rpcs.cs").write_text(csharp_gen.render(descriptors.read_bytes()))


def sources() -> list[str]:
    """The library's sources, as Keyspace.csproj lists them (Compile Include
    globs), so that mcs and dotnet build the same files."""
    project = (CS_ROOT / "Keyspace.csproj").read_text()
    found: list[str] = []
    for pattern in re.findall(r'<Compile Include="([^"]+)"', project):
        for part in pattern.split(";"):
            found.extend(sorted(str(p) for p in CS_ROOT.glob(part.replace("\\", "/"))))
    if not found:
        raise UnavailableError("Keyspace.csproj lists no sources")
    return found


def mcs(*args: str) -> None:
    # -nowarn:1591 as the csproj: self-evident members carry no XML comment.
    run_tool("mcs", "-nologo", "-warnaserror+", "-nowarn:1591", *args)


def build() -> Path:
    """Builds Keyspace.dll, the conformance runner and the tests into
    sdk/csharp/build, with libkeyspace.so beside them."""
    from sdks import c

    library = c.build() / "libkeyspace.so"
    BUILD.mkdir(exist_ok=True)
    shutil.copyfile(library, BUILD / "libkeyspace.so")
    dll = BUILD / "Keyspace.dll"
    mcs("-target:library", "-doc:" + str(BUILD / "Keyspace.xml"), f"-out:{dll}", *sources())
    for name, folder in (
        ("keyspace-conformance.exe", "Conformance"),
        ("keyspace-tests.exe", "Tests"),
    ):
        files = sorted(str(p) for p in (CS_ROOT / folder).glob("*.cs"))
        mcs(f"-out:{BUILD / name}", f"-r:{dll}", *files)
    return BUILD


def runner(work: Path) -> list[str]:
    return ["mono", str(build() / "keyspace-conformance.exe")]


def sdk_tests() -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--test"]


if __name__ == "__main__":
    import subprocess

    if sys.argv[1:] != ["--test"]:
        raise SystemExit("usage: csharp.py --test   (builds the C# SDK and runs its live tests)")
    try:
        folder = build()
    except UnavailableError as error:
        raise SystemExit(str(error)) from error
    raise SystemExit(subprocess.call(["mono", str(folder / "keyspace-tests.exe")]))
