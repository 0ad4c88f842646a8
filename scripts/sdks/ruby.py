"""Ruby: Debian's toolchain end to end. grpc_tools_ruby_protoc (Debian's
ruby-grpc-tools) runs Debian's protoc with grpc_ruby_plugin and writes
sdk/ruby/lib/keyspace/v1/; the runtime is Debian's ruby-grpc and
ruby-google-protobuf (rubygems.org is not reachable here).

Why not the shared protoc of _protoc.py: grpcio-tools bundles protoc's Python
generators only (its --ruby_out fails: "protoc-gen-ruby: program not
found"), and even a protoc that has the Ruby generator must be the release of
the google-protobuf gem that loads its output: protoc 3.21 writes the
DescriptorPool DSL that gem 3.21 reads, while protoc 23 and later write
serialized descriptors, made for the gems of their own release. Debian builds protoc and the gem
from one protobuf source package, so generate() checks that the two versions
agree before writing anything.

The conformance runner (sdk/ruby/conformance/runner.rb) runs against the
packaged gem: runner() builds sdk/ruby/keyspace.gemspec and installs the gem
into the scratch folder, its dependencies satisfied by the Debian gems. The
live tests are sdk/ruby/test/, run by rake.
"""

from __future__ import annotations

import os
from pathlib import Path

from sdks import ROOT, UnavailableError, run_tool
from sdks._protoc import PROTO_ROOT, protos

RUBY_ROOT = ROOT / "sdk" / "ruby"
GENERATED = ["sdk/ruby/lib/keyspace/v1"]
GEMSPEC = "keyspace.gemspec"


def run(*command: str, cwd: Path = RUBY_ROOT, env: dict[str, str] | None = None) -> str:
    return run_tool(*command, cwd=cwd, env=env)


def versions_agree() -> None:
    protoc = run("protoc", "--version").split()[-1]
    gem = run("ruby", "-e", 'print Gem::Specification.find_by_name("google-protobuf").version')
    if protoc != gem:
        raise UnavailableError(
            f"protoc {protoc} and the google-protobuf gem {gem} differ: generated code must "
            "come from the gem's own protoc release (Debian's protobuf-compiler)"
        )


def generate(root: Path) -> None:
    versions_agree()
    out = root / "sdk" / "ruby" / "lib"
    out.mkdir(parents=True, exist_ok=True)
    run(
        "grpc_tools_ruby_protoc",
        f"-I{PROTO_ROOT}",
        f"--ruby_out={out}",
        f"--grpc_out={out}",
        *protos(),
        cwd=ROOT,
    )


def runner(work: Path) -> list[str]:
    gem = work / "keyspace.gem"
    run("gem", "build", GEMSPEC, "--output", str(gem))
    # A GEM_HOME of its own: gem install puts the gem there and finds the
    # dependencies (grpc, google-protobuf, ...) among the Debian gems, which
    # stay on the gem path; --local fetches nothing.
    home = {**os.environ, "GEM_HOME": str(work / "gems")}
    run("gem", "install", "--local", "--no-document", str(gem), env=home)
    return [
        "env",
        f"GEM_HOME={home['GEM_HOME']}",
        "ruby",
        str(RUBY_ROOT / "conformance" / "runner.rb"),
    ]


def sdk_tests() -> list[str]:
    return ["rake", "-C", str(RUBY_ROOT), "test"]
