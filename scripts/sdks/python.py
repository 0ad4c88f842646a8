"""Python: the stubs are scripts/gen-proto's (one way to make them); the
conformance runner is sdk/python/conformance/runner.py, run by the
interpreter the project is installed into."""

from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

from sdks import ROOT

GENERATED = ["sdk/python/keyspace/v1"]


def generate(root: Path) -> None:
    # gen-proto is a script without a .py suffix: load it by path.
    loader = SourceFileLoader("gen_proto", str(ROOT / "scripts" / "gen-proto"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    gen_proto = importlib.util.module_from_spec(spec)
    loader.exec_module(gen_proto)
    output = root / "sdk" / "python"
    output.mkdir(parents=True)
    gen_proto.generate(output)


def runner(work: Path) -> list[str]:
    return [sys.executable, str(ROOT / "sdk" / "python" / "conformance" / "runner.py")]
