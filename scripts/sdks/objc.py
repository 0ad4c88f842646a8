"""Objective-C: a KSClient class (GNUstep Foundation, built with gcc) over the
C SDK's JSON calls by RPC name, so no Objective-C protobuf runtime is needed
(Debian has none). Our generator, scripts/sdks/objc_gen.py, reads the
schema's descriptors and writes sdk/objc/gen/KSRpcs.{h,m}: one -call<Rpc>:
method per unary RPC and the table of every RPC.

The build reuses the C SDK's (sdk/c/build, scripts/sdks/c.py) for
libkeyspace, and builds the Objective-C library, the conformance runner and
the live tests with sdk/objc/Makefile (plain gcc and gnustep-config) into
sdk/objc/build/, which the live tests run after the harness's scratch folder
is gone.
"""

from __future__ import annotations

from pathlib import Path

from sdks import ROOT, c, run_tool
from sdks.objc_gen import write

OBJC_ROOT = ROOT / "sdk" / "objc"
GENERATED = ["sdk/objc/gen"]
BUILD = OBJC_ROOT / "build"


def generate(root: Path) -> None:
    write(root / "sdk" / "objc" / "gen")


def build() -> Path:
    """Builds libkeyspace (the C SDK), then the Objective-C SDK and its
    programs; returns the Objective-C build folder."""
    c_build = c.build()
    run_tool(
        "make",
        "-f",
        "Makefile",
        "-j2",
        f"KEYSPACE_C_BUILD={c_build}",
        f"BUILD={BUILD}",
        cwd=OBJC_ROOT,
    )
    return BUILD


def runner(work: Path) -> list[str]:
    return [str(build() / "keyspace-objc-conformance")]


def sdk_tests() -> list[str]:
    # The live tests build first, so this works whether or not runner() ran.
    return [
        "make",
        "-C",
        str(OBJC_ROOT),
        "-f",
        "Makefile",
        f"KEYSPACE_C_BUILD={c.BUILD}",
        f"BUILD={BUILD}",
        "test",
    ]
