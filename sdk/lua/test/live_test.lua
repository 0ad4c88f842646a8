--- The Lua SDK's live tests: lua5.4 sdk/lua/test/live_test.lua, against the
-- server at KEYSPACE_ADDRESS (skipped, exit 0, without it). Exits 1 when a
-- test fails.

local here = arg[0]:match("^(.*)/test/[^/]*$") or "."
package.path = here .. "/?.lua;" .. package.path
package.cpath = here .. "/build/?.so;" .. package.cpath

local keyspace = require("keyspace")
local core = require("keyspace_core")

local address = os.getenv("KEYSPACE_ADDRESS")
if address == nil or address == "" then
  print("skipped: KEYSPACE_ADDRESS is not set")
  os.exit(0)
end

local ks = keyspace.connect(address, { timeout = 10000 })
local tests, failed = {}, 0

local function test(name, body) tests[#tests + 1] = { name = name, body = body } end

local function eq(got, want, what)
  if got ~= want or math.type(got) ~= math.type(want) then
    error(string.format("%s: got %q (%s), want %q (%s)", what or "value", tostring(got),
      math.type(got) or type(got), tostring(want), math.type(want) or type(want)), 2)
  end
end

-- The error a call raises (failing when it does not raise one).
local function raised(f, ...)
  local ok, err = pcall(f, ...)
  if ok then error("no error raised", 2) end
  return err
end

test("nil and empty differ", function()
  ks:del("lua:s")
  eq(ks:get("lua:s"), nil, "GET missing")
  eq(ks:set("lua:s", "").written, true, "SET written")
  eq(ks:get("lua:s"), "", "GET empty")
  eq(ks:strlen("lua:s"), 0, "STRLEN")
end)

test("binary values survive", function()
  local value = "\0\255\1\128\0"
  ks:set("lua:\0bin", value)
  eq(ks:get("lua:\0bin"), value, "GET")
  eq(ks:strlen("lua:\0bin"), 5, "STRLEN")
  eq(ks:append("lua:\0bin", "\255\0"), 7, "APPEND")
  eq(ks:getrange("lua:\0bin", -3, -1), "\0\255\0", "GETRANGE")
end)

test("options as a table, enum flags and nil replies", function()
  ks:del("lua:o")
  eq(ks:set("lua:o", "a", { xx = true }).written, false, "SET XX on missing")
  eq(ks:set("lua:o", "a", { nx = true }).written, true, "SET NX")
  eq(ks:set("lua:o", "b", { condition = "NX" }).written, false, "SET NX again")
  local reply = ks:set("lua:o", "c", { get = true })
  eq(reply.old_value, "a", "SET GET old value")
  eq(ks:set("lua:new", "c", { get = true }).old_value, nil, "SET GET of a missing key")
  ks:del("lua:new")
  local err = raised(ks.set, ks, "lua:o", "x", { nosuch = 1 })
  assert(tostring(err):find("no field nosuch"), tostring(err))
end)

test("integers, floats, varargs and repeated fields", function()
  ks:del("lua:n", "lua:l", "lua:h")
  eq(ks:incrby("lua:n", 5), 5, "INCRBY")
  eq(ks:incrbyfloat("lua:n", 0.5).value, 5.5, "INCRBYFLOAT")
  eq(ks:lpush("lua:l", "a", "b", "c"), 3, "LPUSH varargs")
  local range = ks:lrange("lua:l", 0, -1)
  eq(#range, 3, "LRANGE length")
  eq(range[1], "c", "LRANGE first")
  eq(ks:hset("lua:h", { { field = "f", value = "v" }, { field = "g", value = "" } }), 2, "HSET")
  local all = ks:hgetall("lua:h")
  eq(#all, 2, "HGETALL pairs")
  eq(ks:exists({ "lua:l", "lua:h", "lua:none" }), 2, "EXISTS")
  eq(ks:del("lua:n", "lua:l", "lua:h"), 3, "DEL varargs")
  local pop = ks:lpop("lua:l", { count = 2 })
  eq(pop.element, nil, "LPOP count on missing: element")
  eq(pop.elements, nil, "LPOP count on missing: elements")
end)

test("Redis errors raise keyspace.Error with the prefix", function()
  ks:set("lua:str", "x")
  local err = raised(ks.lpush, ks, "lua:str", "y")
  assert(keyspace.is_error(err), "a keyspace.Error")
  eq(err.prefix, "WRONGTYPE", "prefix")
  eq(err.code_name, "FAILED_PRECONDITION", "code name")
  eq(err.code, 9, "code")
  eq(tostring(err), "WRONGTYPE Operation against a key holding the wrong kind of value", "text")
  err = raised(ks.incr, ks, "lua:str")
  eq(err.prefix, "ERR", "prefix")
  eq(err.message, "ERR value is not an integer or out of range", "message")
  ks:del("lua:str")
end)

test("a failure that is not a Redis error has no prefix", function()
  local down = keyspace.connect("127.0.0.1:1", { timeout = 2000 })
  local err = raised(down.ping, down)
  assert(keyspace.is_error(err), "a keyspace.Error")
  eq(err.prefix, nil, "prefix")
  assert(err.code_name == "UNAVAILABLE" or err.code_name == "DEADLINE_EXCEEDED", err.code_name)
  down:close()
end)

test("pipeline: replies in order, errors in their slot", function()
  ks:del("lua:p", "lua:missing")
  local p = ks:pipeline()
  p:set("lua:p", "1"):incr("lua:p"):lpush("lua:p", "x"):get("lua:missing"):get("lua:p")
  local replies = p:execute()
  eq(replies.n, 5, "replies")
  eq(replies[1].written, true, "SET")
  eq(replies[2], 2, "INCR")
  assert(keyspace.is_error(replies[3]), "LPUSH is an error")
  eq(replies[3].prefix, "WRONGTYPE", "LPUSH prefix")
  eq(replies[4], nil, "GET missing")
  eq(replies[5], "2", "GET")
  eq(p:execute().n, 0, "the pipeline is empty after execute")
  ks:del("lua:p")
end)

test("subscribe: an iterator of events as they arrive", function()
  local publisher = keyspace.connect(address)
  local got = {}
  local sub <close> = ks:subscribe("lua:news", "lua:chat")
  for kind, event in sub do
    got[#got + 1] = kind
    if kind == "change" and event.count == 2 then
      eq(publisher:publish("lua:news", "hello").receivers, 1, "PUBLISH receivers")
      publisher:publish("lua:chat", "\0\255")
    elseif kind == "message" then
      got[#got] = event.channel .. "=" .. event.payload
      if #got == 4 then break end
    end
  end
  eq(table.concat(got, ","), "change,change,lua:news=hello,lua:chat=\0\255", "events")
  sub:unsubscribe("lua:news")
  local kind, event = sub:next(5000)
  eq(kind, "change", "UNSUBSCRIBE confirmation")
  eq(event.action, "SUBSCRIBE_ACTION_UNSUBSCRIBE", "action")
  eq(event.count, 1, "count")
  publisher:close()
end)

test("psubscribe: the matching pattern comes with the message", function()
  local sub <close> = ks:psubscribe("lua:news.*")
  local kind, event = sub:next(5000)
  eq(kind, "change", "confirmation")
  ks:publish("lua:news.tech", "a")
  kind, event = sub:next(5000)
  eq(kind, "message", "kind")
  eq(event.pattern, "lua:news.*", "pattern")
  eq(event.channel, "lua:news.tech", "channel")
  eq(sub:next(200), nil, "nothing more within the timeout")
end)

test("a closed client refuses calls; its open subscription still works", function()
  local other = keyspace.connect(address)
  local sub <close> = other:subscribe("lua:closing")
  eq(sub:next(5000), "change", "confirmation")
  other:close()
  local err = raised(other.ping, other)
  assert(tostring(err):find("the client is closed"), tostring(err))
  ks:publish("lua:closing", "still here")
  local kind, event = sub:next(5000)
  eq(kind, "message", "kind")
  eq(event.payload, "still here", "payload")
end)

test("every RPC of libkeyspace is in the generated table", function()
  local generated = {}
  for _, method in ipairs(keyspace.rpcs.methods) do generated[method.name] = method end
  local names = core.methods()
  eq(#names, #keyspace.rpcs.methods, "count")
  for _, name in ipairs(names) do
    local method = generated[name]
    assert(method, name .. " is missing from keyspace/rpcs.lua")
    if not method.client_streaming and not method.server_streaming then
      assert(keyspace.Client[method.lua], "no client method " .. method.lua)
    end
  end
end)

for _, t in ipairs(tests) do
  local ok, why = pcall(t.body)
  print((ok and "ok   " or "FAIL ") .. t.name .. (ok and "" or ": " .. tostring(why)))
  if not ok then failed = failed + 1 end
end
print(string.format("%d passed, %d failed", #tests - failed, failed))
ks:close()
os.exit(failed == 0 and 0 or 1)
