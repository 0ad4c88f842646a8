-- The Lua SDK as a rock. It binds libkeyspace (the C SDK, sdk/c), which must
-- be installed first; point luarocks at it with KEYSPACE_DIR (or
-- KEYSPACE_INCDIR and KEYSPACE_LIBDIR):
--   luarocks --lua-version 5.4 make keyspace-scm-1.rockspec KEYSPACE_DIR=/usr/local
rockspec_format = "3.0"
package = "keyspace"
version = "scm-1"
source = {
  url = "git+https://github.com/keyspace/keyspace.git",
  dir = "keyspace/sdk/lua",
}
description = {
  summary = "Redis's commands over Keyspace's typed gRPC API, for Lua",
  detailed = [[
Every RPC of Keyspace's schema as a method (ks:get, ks:zrangebyscore), the
Pipeline stream as a pipeline helper and the Subscribe stream as an iterator
of events, with nil as Redis's nil and Redis errors raised as keyspace.Error
carrying the Redis prefix. A binding of the C SDK (libkeyspace).
]],
  license = "BSD-3-Clause",
}
dependencies = {
  "lua >= 5.4, < 5.5",
  "lua-cjson",
}
external_dependencies = {
  KEYSPACE = {
    header = "keyspace/keyspace.h",
    library = "keyspace",
  },
}
build = {
  type = "builtin",
  modules = {
    keyspace = "keyspace.lua",
    ["keyspace.rpcs"] = "keyspace/rpcs.lua",
    keyspace_core = {
      sources = { "src/keyspace_core.c" },
      libraries = { "keyspace" },
      incdirs = { "$(KEYSPACE_INCDIR)" },
      libdirs = { "$(KEYSPACE_LIBDIR)" },
    },
  },
}
