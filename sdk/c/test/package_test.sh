#!/bin/sh
# Installs the built SDK into a scratch prefix, then compiles the README's
# example against the installed tree with pkg-config alone (as a user would)
# and, when KEYSPACE_ADDRESS names a server, runs it and checks its output.
#   package_test.sh BUILD_DIR EXAMPLE.c CC
set -eu
build=$1 example=$2 cc=$3
stage="$build/package-test"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage/prefix" >/dev/null
pc_dir=$(dirname "$(find "$stage/prefix" -name keyspace.pc)")
export PKG_CONFIG_PATH="$pc_dir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
# Both ways a user links: the shared library, and the static one.
"$cc" -o "$stage/example" "$example" $(pkg-config --cflags --libs keyspace) \
  -Wl,-rpath,"$(pkg-config --variable=libdir keyspace)"
# Static, as the README says: libkeyspace.a, then what it needs.
"$cc" -o "$stage/example-static" "$example" $(pkg-config --cflags keyspace) \
  "$(pkg-config --variable=libdir keyspace)/libkeyspace.a" \
  $(pkg-config --libs --static grpc libprotobuf-c) -lm
if readelf -d "$stage/example-static" | grep -q 'libkeyspace'; then
  echo "package: the static example still needs libkeyspace.so" >&2
  exit 1
fi
echo "package: installed and built the example with pkg-config (keyspace $(pkg-config --modversion keyspace))"
if [ -z "${KEYSPACE_ADDRESS:-}" ]; then
  echo "package: KEYSPACE_ADDRESS not set: the example was not run"
  exit 0
fi
for binary in "$stage/example" "$stage/example-static"; do
  output=$("$binary")
  if [ "$output" != "hello" ]; then
    echo "package: $binary printed '$output', want 'hello'" >&2
    exit 1
  fi
done
echo "package: the example printed hello (shared and static)"
