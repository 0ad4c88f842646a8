#!/usr/bin/env bash
# Installs the rock (luarocks make, into a scratch tree) against the C SDK
# installed by scripts/sdks/lua.py into sdk/lua/build/prefix, and runs the
# README's example with nothing but the installed tree on Lua's paths.
# Needs KEYSPACE_ADDRESS (skipped without it) and luarocks.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${KEYSPACE_ADDRESS:-}" ]; then echo "skipped: KEYSPACE_ADDRESS is not set"; exit 0; fi
prefix="$here/build/prefix"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
# luarocks make builds in the source folder: build a copy.
mkdir "$tree/source"
cp -r "$here/keyspace.lua" "$here/keyspace" "$here/src" "$here/keyspace-scm-1.rockspec" "$tree/source"
# lua-cjson is Debian's (lua-cjson), not a rock, so luarocks cannot see it.
(cd "$tree/source" && luarocks --lua-version 5.4 make --deps-mode none --tree "$tree" \
  keyspace-scm-1.rockspec KEYSPACE_DIR="$prefix" >/dev/null 2>&1) || {
  echo "package test: luarocks make failed" >&2
  exit 1
}
out="$(cd "$tree" && LUA_PATH="$tree/share/lua/5.4/?.lua;;" LUA_CPATH="$tree/lib/lua/5.4/?.so;;" \
  LD_LIBRARY_PATH="$prefix/lib" lua5.4 "$here/example/example.lua" "$KEYSPACE_ADDRESS")"
want="$(printf 'hello\nnil\nfalse\tWRONGTYPE')"
if [ "$out" != "$want" ]; then
  printf 'package test: the example printed\n%s\nwant\n%s\n' "$out" "$want" >&2
  exit 1
fi
echo "ok   package: luarocks make and the README example"
