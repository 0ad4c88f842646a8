#!/usr/bin/env bash
# Installs the SDK built in BUILD into a scratch prefix and builds the
# README's example (example/) against the installed copy twice: with
# pkg-config alone, and as a CMake package (find_package(keyspace++)). When
# KEYSPACE_ADDRESS is set, runs both against that server.
#
#   test/packaging.sh BUILD SOURCE CMAKE_GENERATOR CXX   (ctest runs it)
set -euo pipefail
build="$1" source="$2" generator="$3" cxx="$4"
scratch="$build/packaging"
rm -rf "$scratch"
mkdir -p "$scratch"

cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
pc_file="$(find "$scratch/prefix" -name keyspace++.pc)"
[ -n "$pc_file" ] || { echo "cmake --install wrote no keyspace++.pc" >&2; exit 1; }

echo "example built with: pkg-config --cflags --libs keyspace++"
# Word splitting of pkg-config's flags is wanted here.
# shellcheck disable=SC2046
"$cxx" -std=c++17 -O0 "$source/example/example.cc" -o "$scratch/example-pkg-config" \
  $(PKG_CONFIG_PATH="$(dirname "$pc_file")" pkg-config --cflags --libs keyspace++)

echo "example built with: find_package(keyspace++) in example/CMakeLists.txt"
cmake -S "$source/example" -B "$scratch/cmake" -G "$generator" \
  -DCMAKE_PREFIX_PATH="$scratch/prefix" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$scratch/cmake" >/dev/null

if [ -z "${KEYSPACE_ADDRESS:-}" ]; then
  echo "KEYSPACE_ADDRESS is not set: the examples were built, not run"
  exit 0
fi
for program in "$scratch/example-pkg-config" "$scratch/cmake/example"; do
  printed="$("$program" "$KEYSPACE_ADDRESS")"
  if [ "$printed" != hello ]; then
    echo "$program printed '$printed', want 'hello'" >&2
    exit 1
  fi
  echo "$program: hello"
done
