"""Java: protoc's Java generator and protoc-gen-grpc-java write
sdk/java/src/generated/java. grpcio-tools' protoc (every other SDK's, see
_protoc.py) has only Python's generators built in, so Java runs protoc from
Maven Central at the protobuf.version sdk/java/pom.xml pins, which must be the
release grpcio-tools bundles (checked), and the plugin at its grpc.version;
`mvn dependency:copy@protoc` copies both into .tools/bin. The conformance
runner (sdk/java/src/conformance/java) is compiled with the tests by Maven and
run by java on that classpath; the live tests are `mvn test`."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from sdks import ROOT, TOOLS_BIN, UnavailableError
from sdks._protoc import PROTO_ROOT, protos

JAVA_ROOT = ROOT / "sdk" / "java"
GENERATED = ["sdk/java/src/generated/java"]
JAVA_PACKAGE = "io.keyspace.v1"
RUNNER_CLASS = "io.keyspace.conformance.Conformance"
# Quiet and non-interactive.
MAVEN = ["mvn", "-q", "-B", "-Dstyle.color=never"]
# The Maven classifiers of protoc's and protoc-gen-grpc-java's builds, by machine.
CLASSIFIERS = {"x86_64": "linux-x86_64", "aarch64": "linux-aarch_64"}


def maven(*args: str) -> str:
    if shutil.which("mvn") is None or shutil.which("java") is None:
        raise UnavailableError(
            "mvn and a JDK are not installed (scripts/setup-tests installs them)"
        )
    result = subprocess.run([*MAVEN, *args], cwd=JAVA_ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise UnavailableError(f"mvn {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def pinned(prop: str) -> str:
    """A version sdk/java/pom.xml pins (protobuf.version, grpc.version)."""
    namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
    version = ElementTree.parse(JAVA_ROOT / "pom.xml").find(f"m:properties/m:{prop}", namespace)
    if version is None or not version.text:
        raise UnavailableError(f"sdk/java/pom.xml has no {prop} property")
    return version.text.strip()


def same_protoc(protobuf_version: str) -> None:
    """Fails unless protobuf.version is the release of grpcio-tools' protoc
    (protoc 35.1 is protobuf-java 4.35.1), so that one protoc release makes
    every SDK."""
    result = subprocess.run(
        [sys.executable, "-m", "grpc_tools.protoc", "--version"], capture_output=True, text=True
    )
    release = result.stdout.split()[-1] if result.returncode == 0 and result.stdout else "?"
    if protobuf_version.split(".", 1)[-1] != release:
        raise UnavailableError(
            f"sdk/java/pom.xml pins protobuf.version {protobuf_version}, but grpcio-tools' "
            f"protoc is {release}: set protobuf.version to 4.{release}"
        )


def tools() -> tuple[Path, Path]:
    """protoc and protoc-gen-grpc-java at the pinned versions, copied from
    Maven Central into .tools/bin when missing."""
    protobuf_version = pinned("protobuf.version")
    same_protoc(protobuf_version)
    protoc = TOOLS_BIN / f"protoc-{protobuf_version}"
    plugin = TOOLS_BIN / f"protoc-gen-grpc-java-{pinned('grpc.version')}"
    if not protoc.exists() or not plugin.exists():
        classifier = CLASSIFIERS.get(platform.machine())
        if classifier is None or platform.system() != "Linux":
            raise UnavailableError(f"no protoc build on Maven Central for {platform.platform()}")
        maven(
            "dependency:copy@protoc",
            f"-Dkeyspace.tools.bin={TOOLS_BIN}",
            f"-Dprotoc.classifier={classifier}",
        )
    for tool in (protoc, plugin):
        tool.chmod(0o755)
    return protoc, plugin


def java_view(folder: Path) -> None:
    """Writes the schema into ``folder`` with Java's file options added: the
    schema stays language neutral (no java_* options in proto/), and Java
    wants one class per message in a package of its own rather than every
    message nested in a class named after its file. The proto package, and
    so the wire, is unchanged."""
    for name in protos():
        text = (PROTO_ROOT / name).read_text()
        outer = "".join(part.capitalize() for part in Path(name).stem.split("_")) + "Proto"
        options = (
            f'option java_package = "{JAVA_PACKAGE}";\n'
            "option java_multiple_files = true;\n"
            f'option java_outer_classname = "{outer}";\n'
        )
        text, count = re.subn(r"^(package [\w.]+;\n)", rf"\1\n{options}", text, flags=re.M)
        if count != 1:
            raise UnavailableError(f"{name}: no package line to put the Java options after")
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


def generate(root: Path) -> None:
    protoc, plugin = tools()
    out = root / "sdk" / "java" / "src" / "generated" / "java"
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="java-view-") as view:
        java_view(Path(view))
        command = [
            str(protoc),
            f"-I{view}",
            f"--plugin=protoc-gen-grpc-java={plugin}",
            f"--java_out={out}",
            f"--grpc-java_out={out}",
            *protos(),
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise UnavailableError(f"{' '.join(command)} failed:\n{result.stderr}")


def runner(work: Path) -> list[str]:
    classpath = work / "java-classpath.txt"
    # Compiles the SDK, the tests and the runner (target/), and writes the
    # test classpath, so that the runner starts without Maven.
    maven(
        "test-compile",
        "dependency:build-classpath",
        "-Dmdep.includeScope=test",
        f"-Dmdep.outputFile={classpath}",
    )
    target = JAVA_ROOT / "target"
    path = os.pathsep.join(
        [str(target / "test-classes"), str(target / "classes"), classpath.read_text().strip()]
    )
    return ["java", "-cp", path, RUNNER_CLASS]


def sdk_tests() -> list[str]:
    # Quiet, but for Surefire's report of what ran, as `go test` says "ok".
    report = "-Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.surefire=info"
    return [*MAVEN, report, "-f", str(JAVA_ROOT / "pom.xml"), "test"]
