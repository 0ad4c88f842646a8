-- The README's example: lua5.4 example/example.lua [HOST:PORT]
local ks = require("keyspace").connect(arg[1] or "127.0.0.1:7379")
ks:set("greeting", "hello")
print(ks:get("greeting"))                      --> hello
print(ks:get("missing"))                       --> nil
local ok, err = pcall(ks.lpush, ks, "greeting", "x")
print(ok, err.prefix)                          --> false  WRONGTYPE
