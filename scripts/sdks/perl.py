"""Perl: an XS binding (sdk/perl/Keyspace.xs) of libkeyspace, the C SDK, built
by sdk/perl/Makefile.PL against the C SDK's own build (scripts/sdks/c.py's
build(), in sdk/c/build). Messages cross the binding as proto3 JSON
(ks_call_json and the JSON streams), so Perl needs no protobuf or gRPC
runtime; Debian's perl and its core JSON::PP are all it uses.

What is generated: sdk/perl/lib/Keyspace/Gen/RPCs.pm, the schema as Perl
tables (RPCs, message fields, enums, pipeline commands), written by
scripts/sdks/perl_gen.py from protoc's descriptor set; the client's methods
are made from it at load time, so a new RPC needs no hand edit.

The build goes into sdk/perl itself (MakeMaker's blib/, ignored by git), like
the C SDK's, so the live tests (prove -b) reuse it after the harness's scratch
folder is gone.
"""

from __future__ import annotations

import os
from pathlib import Path

from sdks import ROOT, c, run_tool
from sdks.perl_gen import generate as generate_tables

PERL_ROOT = ROOT / "sdk" / "perl"
GENERATED = ["sdk/perl/lib/Keyspace/Gen"]


def generate(root: Path) -> None:
    generate_tables(root)


def build_env() -> dict[str, str]:
    """Where Makefile.PL finds libkeyspace: the C SDK's uninstalled build."""
    c_build = c.build()
    return {
        **os.environ,
        "KEYSPACE_CFLAGS": f"-I{c.C_ROOT / 'include'} -I{c.C_ROOT / 'gen'}",
        "KEYSPACE_LIBS": f"-L{c_build} -Wl,-rpath,{c_build} -lkeyspace",
    }


def build() -> None:
    env = build_env()
    run_tool("perl", "Makefile.PL", cwd=PERL_ROOT, env=env)
    run_tool("make", cwd=PERL_ROOT, env=env)


def runner(work: Path) -> list[str]:
    build()
    return [
        "perl",
        f"-I{PERL_ROOT / 'blib' / 'lib'}",
        f"-I{PERL_ROOT / 'blib' / 'arch'}",
        str(PERL_ROOT / "conformance" / "runner.pl"),
    ]


def sdk_tests() -> list[str]:
    # runner() builds first in scripts/conformance; make is a no-op then, and
    # `make test` rebuilds what changed before running prove over t/.
    return ["make", "-C", str(PERL_ROOT), "test"]
