#!/usr/bin/env bash
# The Lua SDK's own tests against KEYSPACE_ADDRESS (scripts/conformance runs
# this after building the module): the live tests, then the package test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lua5.4 "$here/live_test.lua"
"$here/package_test.sh"
