--- The Lua SDK's conformance runner (tests/conformance/README.md):
--   lua5.4 sdk/lua/conformance/runner.lua --address HOST:PORT --scenarios FILE
-- prints one JSON line per scenario. It drives the SDK's proto3 JSON level
-- (Client:call_json, Client:pipeline_json, Subscription:next_json), which the
-- idiomatic methods are built on, so errors arrive as keyspace.Error; messages
-- are compared as messages, by their canonical JSON from the C core.

local here = arg[0]:match("^(.*)/conformance/[^/]*$") or "."
package.path = here .. "/?.lua;" .. package.path
package.cpath = here .. "/build/?.so;" .. package.cpath

local keyspace = require("keyspace")
local core = require("keyspace_core")
local cjson = require("cjson")

local EVENT_TIMEOUT_MS = 5000

local function option(name)
  for i = 1, #arg - 1 do
    if arg[i] == name then return arg[i + 1] end
  end
  io.stderr:write("usage: runner.lua --address HOST:PORT --scenarios FILE\n")
  os.exit(2)
end

-- JSON text of a decoded scenario value (cjson.encode would round doubles to
-- 14 digits).
local function to_json(value)
  local kind = type(value)
  if value == cjson.null then
    return "null"
  elseif kind == "table" then
    if value[1] ~= nil then
      local items = {}
      for i, item in ipairs(value) do items[i] = to_json(item) end
      return "[" .. table.concat(items, ",") .. "]"
    end
    local parts = {}
    for key, item in pairs(value) do parts[#parts + 1] = cjson.encode(key) .. ":" .. to_json(item) end
    table.sort(parts)
    return "{" .. table.concat(parts, ",") .. "}"
  elseif kind == "number" and math.type(value) == "float" then
    return string.format("%.17g", value)
  end
  return cjson.encode(value)
end

local function canonical(rpc, which, json)
  local text, why = core.canonical(rpc, which, json)
  if text == nil then error("cannot read " .. json .. " as " .. rpc .. " " .. which .. ": " .. why, 0) end
  return text
end

local function unary(ks, step)
  local ok, got = pcall(ks.call_json, ks, step.call, to_json(step.request or {}))
  if step.error then
    if ok then error(step.call .. ": got " .. got .. ", want error " .. step.error.message, 0) end
    if not keyspace.is_error(got) then error(step.call .. ": " .. tostring(got), 0) end
    local want = step.error
    if got.code_name ~= want.code or got.message ~= want.message
        or (want.reason ~= nil and got.prefix ~= want.reason) then
      error(string.format("%s: got error %s %q (prefix %s), want %s %q (prefix %s)", step.call,
        got.code_name, got.message, tostring(got.prefix), want.code, want.message,
        tostring(want.reason)), 0)
    end
    return
  end
  if not ok then error(step.call .. ": " .. tostring(got), 0) end
  local have = canonical(step.call, "response", got)
  local want = canonical(step.call, "response", to_json(step.response or {}))
  if have ~= want then error(step.call .. ": got " .. have .. ", want " .. want, 0) end
end

local function pipeline(ks, step)
  local commands = {}
  for i, command in ipairs(step.pipeline) do commands[i] = to_json(command) end
  local replies = ks:pipeline_json(commands)
  if #replies ~= #step.replies then
    error(string.format("Pipeline: got %d replies, want %d", #replies, #step.replies), 0)
  end
  for i, reply in ipairs(replies) do
    local have = canonical("Pipeline", "response", '{"replies":[' .. to_json(reply) .. "]}")
    local want = canonical("Pipeline", "response", '{"replies":[' .. to_json(step.replies[i]) .. "]}")
    if have ~= want then error(string.format("Pipeline reply %d: got %s, want %s", i, have, want), 0) end
  end
end

-- The event's JSON text without what changes from run to run.
local function stable(json)
  local event = cjson.decode(json)
  for _, part in pairs(event) do
    if type(part) == "table" then part.runId, part.sequence = nil, nil end
  end
  return canonical("Subscribe", "response", '{"events":[' .. to_json(event) .. "]}")
end

local function subscription(ks, step)
  local sub <close> = ks:subscription()
  sub:send(to_json(step.subscribe))
  local got, changes = {}, 0
  local function read(done)
    while not done() do
      local json = sub:next_json(EVENT_TIMEOUT_MS)
      if json == nil then return end
      if not json:find('^{"heartbeat"') then
        got[#got + 1] = stable(json)
        if json:find('^{"change"') then changes = changes + 1 end
      end
    end
  end
  read(function() return changes >= #(step.subscribe.channels or {}) or #got > #step.events end)
  for _, publish in ipairs(step.publish or {}) do ks:call_json("Publish", to_json(publish)) end
  read(function() return #got >= #step.events end)
  if #got ~= #step.events then
    error(string.format("Subscribe: got %d events [%s], want %d", #got, table.concat(got, ", "),
      #step.events), 0)
  end
  for i, event in ipairs(step.events) do
    local want = canonical("Subscribe", "response", '{"events":[' .. to_json(event) .. "]}")
    if got[i] ~= want then
      error(string.format("Subscribe event %d: got %s, want %s", i, got[i], want), 0)
    end
  end
end

local function run(ks, scenario)
  ks:call_json("FlushAll", "{}")
  for _, step in ipairs(scenario.steps) do
    if step.call then
      unary(ks, step)
    elseif step.pipeline then
      pipeline(ks, step)
    elseif step.subscribe then
      subscription(ks, step)
    else
      error("unknown step " .. to_json(step), 0)
    end
  end
end

local address, file = option("--address"), option("--scenarios")
local handle = assert(io.open(file, "rb"))
local scenarios = cjson.decode(handle:read("a")).scenarios
handle:close()
local ks <close> = keyspace.connect(address)
for _, scenario in ipairs(scenarios) do
  local ok, why = pcall(run, ks, scenario)
  local line = { scenario = scenario.name, passed = ok }
  if not ok then line.detail = tostring(why) end
  io.write(cjson.encode(line), "\n")
  io.flush()
end
