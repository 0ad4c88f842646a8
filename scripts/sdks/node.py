"""Node.js (TypeScript): ts-proto, pinned in sdk/node/package-lock.json, run by
protoc through sdk/node/generate.sh; the conformance runner is
sdk/node/conformance/runner.ts, compiled by `npm run build` into sdk/node/dist;
the live tests are `npm test`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sdks import ROOT, UnavailableError

NODE_ROOT = ROOT / "sdk" / "node"
GENERATED = ["sdk/node/src/gen"]


def run(*command: str, **env: str) -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise UnavailableError("node and npm are not installed")
    result = subprocess.run(
        command, cwd=NODE_ROOT, env={**os.environ, **env}, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise UnavailableError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def installed() -> None:
    """npm ci, unless sdk/node/node_modules is there already (setup-tests runs it)."""
    if not (NODE_ROOT / "node_modules" / ".bin" / "protoc-gen-ts_proto").exists():
        run("npm", "ci", "--no-audit", "--no-fund")


def generate(root: Path) -> None:
    installed()
    out = root / "sdk" / "node" / "src" / "gen"
    run(str(NODE_ROOT / "generate.sh"), "--out", str(out), PYTHON=sys.executable)


def runner(work: Path) -> list[str]:
    installed()
    run("npm", "run", "build")
    return ["node", str(NODE_ROOT / "dist" / "conformance" / "runner.js")]


def sdk_tests() -> list[str]:
    return ["npm", "--prefix", str(NODE_ROOT), "test"]
