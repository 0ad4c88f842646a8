"""One module per SDK language: how its code is generated and how its
conformance runner is built and started. scripts/gen-sdks and
scripts/conformance find the modules here by file name, so adding a language
means adding one file, sdk/<name>.py, where <name> is the language's folder in
sdk/ (one of LANGUAGES). A module defines:

GENERATED: list[str]
    The folders, relative to the repository, that generate() writes and
    nothing else writes: gen-sdks replaces their whole content, and --check
    compares it.
generate(root: Path) -> None
    Writes the generated code into ``root``, a scratch folder laid out like
    the repository (so sdk/go/... lands in root / "sdk/go/..."). It runs
    protoc with local plugins only (see _protoc.py).
runner(work: Path) -> list[str]
    Builds the conformance runner if it needs building (``work`` is a scratch
    folder for build outputs) and returns the command that runs it; the
    harness appends ``--address HOST:PORT --scenarios FILE``. Raises
    UnavailableError with the reason when it cannot be built.
sdk_tests() -> list[str] | None  (optional)
    The SDK's own tests that need a live server; scripts/conformance runs
    them from the repository root with KEYSPACE_ADDRESS set.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TOOLS_BIN = ROOT / ".tools" / "bin"

# Every language of issue 6, in the order tables list them.
LANGUAGES = [
    "python",
    "go",
    "java",
    "c",
    "cpp",
    "csharp",
    "php",
    "node",
    "ruby",
    "perl",
    "lua",
    "objc",
]


class UnavailableError(Exception):
    """A language's runner or generator cannot run on this machine; says why."""


def run_tool(*command: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    """Run a build or generator tool; its output, or UnavailableError saying
    what is missing or what failed (with the tool's own output)."""
    if shutil.which(command[0]) is None:
        raise UnavailableError(f"{command[0]} is not installed (scripts/setup-tests installs it)")
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise UnavailableError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def available() -> list[str]:
    """The languages that have a module here, in LANGUAGES order."""
    here = Path(__file__).parent
    return [name for name in LANGUAGES if (here / f"{name}.py").exists()]
