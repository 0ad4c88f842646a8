#!/bin/sh
# Runs the conformance runner under valgrind against KEYSPACE_ADDRESS (exit
# 77, skipped, without it): fails on a leak or bad access valgrind reports
# (its --error-exitcode) and on any scenario that did not pass.
#   memcheck_conformance.sh SCENARIOS VALGRIND [OPTIONS...] RUNNER
set -eu
scenarios=$1
shift
if [ -z "${KEYSPACE_ADDRESS:-}" ]; then
  echo "memcheck-conformance: KEYSPACE_ADDRESS is not set: skipped"
  exit 77
fi
output=$("$@" --address "$KEYSPACE_ADDRESS" --scenarios "$scenarios")
failed=$(printf '%s\n' "$output" | grep -c '"passed": false' || true)
total=$(printf '%s\n' "$output" | grep -c '"scenario"' || true)
echo "memcheck-conformance: $((total - failed)) of $total scenarios passed under valgrind"
[ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
