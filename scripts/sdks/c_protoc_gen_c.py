#!/usr/bin/env python3
"""protoc plugin: Debian's protoc-gen-c (protobuf-c 1.4), allowed to read
proto3 `optional` fields.

protoc refuses a plugin that does not declare FEATURE_PROTO3_OPTIONAL when a
file has such a field ("hasn't been updated to support optional fields in
proto3"), and protobuf-c declares it only from 1.5 on; Debian 12 has 1.4.1.
In the descriptors protoc hands a plugin, a proto3 optional field is already
the only member of a "synthetic" oneof named after it with a leading
underscore, and protoc-gen-c 1.4 generates that oneof as it generates any
oneof: a case member (`_value_case`) that says whether the field is set, and
the field in a union. That is exactly proto3 optional's presence, on the wire
and in memory, so this plugin passes the request to protoc-gen-c unchanged and
only adds the feature flag to its answer. (protobuf-c 1.5 generates a
`has_value` flag instead; sdk/c/README.md says how to test presence.)

scripts/sdks/c.py runs it as protoc's `c` plugin; PROTOC_GEN_C overrides
where protoc-gen-c is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from google.protobuf.compiler import plugin_pb2


def main() -> int:
    generator = os.environ.get("PROTOC_GEN_C") or shutil.which("protoc-gen-c")
    if generator is None:
        sys.stderr.write("protoc-gen-c is not installed (Debian's protobuf-c-compiler)\n")
        return 1
    request = sys.stdin.buffer.read()
    result = subprocess.run([generator], input=request, capture_output=True)
    sys.stderr.buffer.write(result.stderr)
    if result.returncode != 0:
        return result.returncode
    response = plugin_pb2.CodeGeneratorResponse.FromString(result.stdout)
    response.supported_features |= plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    sys.stdout.buffer.write(response.SerializeToString())
    return 0


if __name__ == "__main__":
    sys.exit(main())
