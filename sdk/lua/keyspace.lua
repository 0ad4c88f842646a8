--- Keyspace for Lua: Redis's commands over Keyspace's gRPC API, through the
-- C SDK (libkeyspace, bound by the keyspace_core C module).
--
--   local ks = require("keyspace").connect("127.0.0.1:7379")
--   ks:set("greeting", "hello")
--   print(ks:get("greeting"))          --> hello
--
-- Every RPC of the schema is a method named after it in lower case
-- (ks:zrangebyscore, ks:objectencoding), from the generated table in
-- keyspace/rpcs.lua. Values are Lua strings (bytes, any content), integers,
-- numbers, booleans and tables; nil is Redis's nil. A failure raises a
-- keyspace.Error (see below). Messages cross into the C core as proto3 JSON.

local core = require("keyspace_core")
local cjson = require("cjson")
local rpcs = require("keyspace.rpcs")

local M = { version = core.version, rpcs = rpcs }

-- Errors ---------------------------------------------------------------------

local CODE_NAMES = {
  [0] = "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
  "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
  "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
  "UNAUTHENTICATED",
}

--- A failed call: `message` is Redis's whole error text, `prefix` the Redis
-- error prefix ("WRONGTYPE", "ERR"; nil when the failure is not a Redis
-- error, such as an unreachable server), `code` the gRPC status code and
-- `code_name` its name ("FAILED_PRECONDITION").
local Error = {}
Error.__index = Error
Error.__tostring = function(e) return e.message end
M.Error = Error

local function new_error(code, message, prefix)
  return setmetatable({
    code = code, code_name = CODE_NAMES[code] or "UNKNOWN", message = message, prefix = prefix,
  }, Error)
end

--- Whether value is a keyspace.Error.
function M.is_error(value)
  return getmetatable(value) == Error
end

-- Raises the error a core function returned as (nil, code, name, message, reason).
local function check(value, code, _, message, reason)
  if value == nil then
    error(new_error(code, message, reason), 3)
  end
  return value
end

-- Lua values <-> proto3 JSON, driven by the generated schema -------------------

local messages, enums = rpcs.messages, rpcs.enums
local by_name = {} -- message type -> field name (proto or JSON) -> field
for type_name, fields in pairs(messages) do
  local index = {}
  for _, field in ipairs(fields) do
    index[field.name] = field
    index[field.json] = field
  end
  by_name[type_name] = index
end

local function quote(text)
  return '"' .. text:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == "\\" then return "\\\\" end
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

local encode_message

local function encode_scalar(field, value)
  local kind = field.kind
  if kind == "bytes" then
    return quote(core.b64encode(tostring(value)))
  elseif kind == "string" then
    return quote(tostring(value))
  elseif kind == "bool" then
    if type(value) ~= "boolean" then error("keyspace: " .. field.name .. " must be a boolean", 0) end
    return tostring(value)
  elseif kind == "int64" or kind == "int32" then
    local integer = math.tointeger(value) or math.tointeger(tonumber(value))
    if integer == nil then error("keyspace: " .. field.name .. " must be an integer", 0) end
    return kind == "int64" and ('"' .. integer .. '"') or tostring(integer)
  elseif kind == "double" then
    local number = tonumber(value)
    if number == nil then error("keyspace: " .. field.name .. " must be a number", 0) end
    if number ~= number then return '"NaN"' end
    if number == math.huge then return '"Infinity"' end
    if number == -math.huge then return '"-Infinity"' end
    if math.type(number) == "integer" then return tostring(number) end
    return string.format("%.17g", number)
  elseif kind == "enum" then
    local enum = enums[field.type]
    if math.type(value) == "integer" then return tostring(value) end
    local name = tostring(value):upper()
    for _, known in ipairs(enum.values) do
      if known == name or known == enum.prefix .. name then return quote(known) end
    end
    error("keyspace: " .. field.name .. ": no " .. field.type .. " named " .. tostring(value), 0)
  else -- message
    return encode_message(field.type, value)
  end
end

--- The proto3 JSON of a message of type_name given as a Lua table (fields by
-- proto or JSON name); a string is taken as JSON already.
function encode_message(type_name, value)
  if type(value) == "string" then return value end
  local index = by_name[type_name]
  local parts = {}
  for key, item in pairs(value or {}) do
    local field = index[key]
    if field == nil and item == true then
      -- A flag naming an enum value: {nx = true} is {condition = "NX"}.
      for _, candidate in ipairs(messages[type_name]) do
        local enum = candidate.kind == "enum" and enums[candidate.type]
        for _, known in ipairs(enum and enum.values or {}) do
          if known == enum.prefix .. tostring(key):upper() then field, item = candidate, known end
        end
      end
    end
    if field == nil then
      error("keyspace: " .. type_name .. " has no field " .. tostring(key), 0)
    end
    if field.repeated then
      local items = {}
      for i, element in ipairs(item) do items[i] = encode_scalar(field, element) end
      parts[#parts + 1] = quote(field.json) .. ":[" .. table.concat(items, ",") .. "]"
    else
      parts[#parts + 1] = quote(field.json) .. ":" .. encode_scalar(field, item)
    end
  end
  table.sort(parts) -- a stable text for a stable input
  return "{" .. table.concat(parts, ",") .. "}"
end
M.encode = encode_message

local DEFAULTS = { bytes = "", string = "", bool = false, int64 = 0, int32 = 0, double = 0.0 }
local SPECIAL = { NaN = 0 / 0, Infinity = math.huge, ["-Infinity"] = -math.huge }

local decode_message

local function decode_scalar(field, value)
  local kind = field.kind
  if kind == "bytes" then
    return core.b64decode(value)
  elseif kind == "int64" or kind == "int32" then
    return math.tointeger(tonumber(value)) or tonumber(value)
  elseif kind == "double" then
    return SPECIAL[value] or tonumber(value)
  elseif kind == "message" then
    return decode_message(field.type, value)
  end
  return value -- string, bool, enum (by its full name)
end

--- The Lua table of a decoded proto3 JSON message: bytes as strings, 64-bit
-- integers as integers; an unset optional, oneof member or message field is
-- nil, any other unset field its default ("", 0, false, {}).
function decode_message(type_name, value)
  local out = {}
  for _, field in ipairs(messages[type_name]) do
    local item = value[field.json]
    if item == nil then item = value[field.name] end
    if item == cjson.null then item = nil end
    if field.repeated then
      local list = {}
      for i, element in ipairs(item or {}) do list[i] = decode_scalar(field, element) end
      out[field.name] = list
    elseif item ~= nil then
      out[field.name] = decode_scalar(field, item)
    elseif not (field.optional or field.oneof or field.kind == "message") then
      out[field.name] = field.kind == "enum" and enums[field.type].values[1] or DEFAULTS[field.kind]
    end
  end
  return out
end

function M.decode(type_name, json)
  return decode_message(type_name, cjson.decode(json))
end

-- A map-like table (string keys only) is a request or its options.
local function is_options(value)
  if type(value) ~= "table" or getmetatable(value) ~= nil then return false end
  for key in pairs(value) do
    if type(key) ~= "string" then return false end
  end
  return next(value) ~= nil
end

--- The request table of a method called with positional arguments: they
-- fill the request's fields in schema order, and a last map-like table
-- (such as {nx = true, ex = 10}) sets fields by name.
local function build_request(method, ...)
  local fields = messages[method.request]
  local count = select("#", ...)
  local request = {}
  local last = count > 0 and select(count, ...) or nil
  if is_options(last) and (fields[count] == nil or fields[count].kind ~= "message"
      or count > 1) then
    for key, value in pairs(last) do request[key] = value end
    count = count - 1
  end
  for i = 1, count do
    local field, value = fields[i], select(i, ...)
    if field == nil then
      error("keyspace: " .. method.lua .. " takes at most " .. #fields .. " arguments", 3)
    end
    if field.repeated and type(value) ~= "table" then
      -- ks:del("a", "b"), ks:lpush("list", "x", "y"): the last field, when
      -- repeated, takes the remaining arguments.
      value = i == #fields and table.pack(select(i, ...)) or { value }
      value.n = nil
      request[field.name] = value
      break
    end
    if value ~= nil then request[field.name] = value end
  end
  return request
end

-- The reply as a Lua value: a response of one field is that field's value
-- (so ks:get returns the string or nil), any other the whole table.
local function unwrap(type_name, response)
  local fields = messages[type_name]
  if #fields == 1 then return response[fields[1].name] end
  return response
end

-- The client ------------------------------------------------------------------

local Client = {}
M.Client = Client

local unary = {}
for _, method in ipairs(rpcs.methods) do
  if not method.client_streaming and not method.server_streaming then
    unary[method.lua] = method
    Client[method.lua] = function(self, ...)
      local request = encode_message(method.request, build_request(method, ...))
      local json = check(self.core:call_json(method.name, request))
      return unwrap(method.response, decode_message(method.response, cjson.decode(json)))
    end
  end
end
Client.__index = Client
Client.__close = function(self) self:close() end

--- A client of the server at address ("host:port"). options.timeout is each
-- unary call's deadline in milliseconds (none by default). It connects on
-- first use.
function M.connect(address, options)
  local client = setmetatable({ core = check(core.connect(address)) }, Client)
  if options and options.timeout then client.core:set_timeout(options.timeout) end
  return client
end

function Client:set_timeout(milliseconds)
  self.core:set_timeout(milliseconds)
end

function Client:close()
  self.core:close()
end

--- Calls the RPC named name ("Get") with a proto3 JSON request (text, or a
-- table encoded by the schema); returns the response's proto3 JSON text.
local by_rpc = {}
for _, method in ipairs(rpcs.methods) do by_rpc[method.name] = method end

function Client:call_json(name, request)
  local method = by_rpc[name]
  local json = request
  if type(request) == "table" and method then json = encode_message(method.request, request) end
  return check(self.core:call_json(name, json or "{}"))
end

-- Pipelines -----------------------------------------------------------------

local Pipeline = {}
M.Pipeline = Pipeline
Pipeline.__index = function(self, key)
  local method = unary[key]
  if Pipeline[key] ~= nil or method == nil or by_name["keyspace.v1.Command"][key] == nil then
    return Pipeline[key]
  end
  return function(pipeline, ...)
    local request = encode_message(method.request, build_request(method, ...))
    pipeline.commands[#pipeline.commands + 1] = quote(key) .. ":" .. request
    pipeline.methods[#pipeline.methods + 1] = method
    return pipeline
  end
end

--- A pipeline: queue commands with the client's method names
-- (p:set("a", "1"):get("a")), then p:execute() sends them in one batch on the
-- Pipeline stream and returns one value per command, in order, each as the
-- client's method would return it (replies.n is their count: a nil reply
-- leaves a hole); a failed command's slot holds its
-- keyspace.Error (it is not raised: the other commands still ran).
function Client:pipeline()
  return setmetatable({ client = self, commands = {}, methods = {} }, Pipeline)
end

--- Sends Command messages (proto3 JSON texts or tables) on the Pipeline
-- stream in one PipelineRequest; returns the Reply messages' JSON texts.
function Client:pipeline_json(commands)
  local texts = {}
  for i, command in ipairs(commands) do
    texts[i] = encode_message("keyspace.v1.Command", command)
  end
  local stream <close> = check(self.core:open_stream("Pipeline"))
  check(stream:send_json('{"commands":[' .. table.concat(texts, ",") .. "]}"))
  check(stream:close_send())
  local result = table.pack(stream:recv_json())
  if result[1] == false then
    error(new_error(2, "Pipeline: the stream ended (" .. result[2] .. ") without replies"), 2)
  end
  local json = check(table.unpack(result, 1, result.n))
  local replies = {}
  for i, reply in ipairs(cjson.decode(json).replies or {}) do
    replies[i] = reply
  end
  return replies
end

function Pipeline:execute()
  local commands = {}
  for i, command in ipairs(self.commands) do commands[i] = "{" .. command .. "}" end
  local replies = self.client:pipeline_json(commands)
  -- n, as table.pack has it: a nil reply leaves a hole that # cannot see past.
  local out = { n = #self.methods }
  for i, method in ipairs(self.methods) do
    local reply = replies[i] or {}
    if reply.error then
      out[i] = new_error(math.tointeger(reply.error.code) or 2, reply.error.message or "",
        reply.error.reason)
    else
      out[i] = unwrap(method.response, decode_message(method.response, reply[method.lua] or {}))
    end
  end
  self.commands, self.methods = {}, {}
  return out
end

-- Subscriptions ------------------------------------------------------------

local Subscription = {}
Subscription.__index = Subscription
M.Subscription = Subscription

local function open_subscription(client, action, names)
  local stream = check(client.core:open_stream("Subscribe"))
  local sub = setmetatable({ stream = stream, pending = {} }, Subscription)
  if action then sub:send({ action = action, channels = names }) end
  return sub
end

--- Subscribes to channels (SUBSCRIBE); returns a Subscription, which is also
-- an iterator: `for kind, event in ks:subscribe("news") do ... end` yields
-- each event as it arrives, as its kind ("message", "change", "pong",
-- "discontinuity", "error") and its fields ({channel=, payload=, pattern=}
-- for a message, {action=, channel=, count=} for a change); heartbeats are
-- skipped. The first events are the confirmations, one "change" per name.
function Client:subscribe(...)
  return open_subscription(self, "SUBSCRIBE", { ... })
end

--- The same with glob patterns (PSUBSCRIBE).
function Client:psubscribe(...)
  return open_subscription(self, "PSUBSCRIBE", { ... })
end

--- The same with shard channels (SSUBSCRIBE).
function Client:ssubscribe(...)
  return open_subscription(self, "SSUBSCRIBE", { ... })
end

--- A Subscribe stream with no request sent yet (send them with sub:send).
function Client:subscription()
  return open_subscription(self, nil, nil)
end

--- Sends a SubscribeRequest (a table or proto3 JSON text):
-- {action = "UNSUBSCRIBE", channels = {"news"}}, {action = "PING"}, ...
function Subscription:send(request)
  check(self.stream:send_json(encode_message("keyspace.v1.SubscribeRequest", request)))
  return self
end

function Subscription:unsubscribe(...)
  return self:send({ action = "UNSUBSCRIBE", channels = { ... } })
end

function Subscription:punsubscribe(...)
  return self:send({ action = "PUNSUBSCRIBE", channels = { ... } })
end

--- The next SubscriptionEvent's proto3 JSON text (heartbeats included), or
-- nil when none came within timeout_ms (nil or negative: wait) or the server
-- ended the stream; a stream that ended with an error raises it.
function Subscription:next_json(timeout_ms)
  while #self.pending == 0 do
    local result = table.pack(self.stream:recv_json(timeout_ms or -1))
    if result[1] == false then return nil, result[2] end
    local json = check(table.unpack(result, 1, result.n))
    for _, event in ipairs(cjson.decode(json).events or {}) do
      self.pending[#self.pending + 1] = cjson.encode(event)
    end
  end
  return table.remove(self.pending, 1)
end

--- The next event but heartbeats as kind, fields; nil on timeout or end.
function Subscription:next(timeout_ms)
  while true do
    local json, why = self:next_json(timeout_ms)
    if json == nil then return nil, why end
    local event = decode_message("keyspace.v1.SubscriptionEvent", cjson.decode(json))
    local kind, fields = next(event)
    if kind ~= "heartbeat" and kind ~= nil then return kind, fields end
  end
end

Subscription.__call = function(self) return self:next() end

function Subscription:close()
  if self.stream then self.stream:close() end
end
Subscription.__close = Subscription.close

return M
