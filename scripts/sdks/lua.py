"""Lua: binds the C SDK. scripts/sdks/lua_gen.py writes sdk/lua/keyspace/
(the RPC and message table the Lua layer reads) from the schema; the C
module sdk/lua/src/keyspace_core.c is compiled against Debian's Lua 5.4 and
libkeyspace, installed from the C SDK's own CMake build (scripts/sdks/c.py)
into a prefix and found with pkg-config, as a user of the packaged C SDK
would. Builds go into sdk/lua/build/ rather than the harness's scratch
folder, because the SDK's live tests run after that folder is gone."""

from __future__ import annotations

import os
from pathlib import Path

from sdks import ROOT, UnavailableError, c, lua_gen, run_tool

LUA_ROOT = ROOT / "sdk" / "lua"
GENERATED = ["sdk/lua/keyspace"]
BUILD = LUA_ROOT / "build"
PREFIX = BUILD / "prefix"
LUA = "lua5.4"


def generate(root: Path) -> None:
    lua_gen.write(root / "sdk" / "lua" / "keyspace")


def build() -> Path:
    """Installs libkeyspace into sdk/lua/build/prefix and compiles
    keyspace_core.so beside it; returns the folder holding the module."""
    c_build = c.build()
    run_tool("cmake", "--install", str(c_build), "--prefix", str(PREFIX))
    # lib or lib64, as GNUInstallDirs decides.
    pc_file = next(PREFIX.glob("lib*/pkgconfig/keyspace.pc"), None)
    if pc_file is None:
        raise UnavailableError(f"keyspace.pc was not installed under {PREFIX}")
    env = {**os.environ, "PKG_CONFIG_PATH": str(pc_file.parent)}
    # The interpreter provides Lua's own symbols: a module linking liblua
    # would bring a second copy of the Lua core into the process.
    flags = [
        *run_tool("pkg-config", "--cflags", "lua5.4", env=env).split(),
        *run_tool("pkg-config", "--cflags", "--libs", "keyspace", env=env).split(),
    ]
    libdir = run_tool("pkg-config", "--variable=libdir", "keyspace", env=env).strip()
    module = BUILD / "keyspace_core.so"
    source = LUA_ROOT / "src" / "keyspace_core.c"
    if not module.exists() or module.stat().st_mtime < max(
        source.stat().st_mtime, Path(libdir, "libkeyspace.so").stat().st_mtime
    ):
        run_tool(
            "cc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC",
            "-o", str(module), str(source), *flags, f"-Wl,-rpath,{libdir}",
        )  # fmt: skip
    return BUILD


def lua_command(script: Path) -> list[str]:
    build()
    return [LUA, str(script)]


def runner(work: Path) -> list[str]:
    return lua_command(LUA_ROOT / "conformance" / "runner.lua")


def sdk_tests() -> list[str]:
    # The live tests, then the package test (luarocks make, the README's
    # example); both need the module and the installed C SDK built here.
    build()
    return [str(LUA_ROOT / "test" / "run.sh")]
