/*
 * keyspace_core: the Lua 5.4 binding of libkeyspace (the C SDK), through its
 * binding surface: calls by RPC name with proto3 JSON, the JSON streams, and
 * the error accessors. It only moves text across; sdk/lua/keyspace.lua turns
 * Lua values into proto3 JSON and back, and raises the errors.
 *
 * Failures are returned, never raised, as nil, code, code name, message,
 * reason (reason is the Redis prefix, nil when the failure is not a Redis
 * error), so that the Lua layer decides how errors look.
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include <keyspace/keyspace.h>

#define CLIENT "keyspace.core.client"
#define STREAM "keyspace.core.stream"

/* libkeyspace needs a client to outlive its streams: closing a client whose
 * streams are open only marks it, and the last stream's close frees it. */
typedef struct client_box {
  ks_client *client;
  int closed;
  int streams;
} client_box;

typedef struct stream_box {
  ks_stream *stream;
  client_box *owner;
} stream_box;

static void client_release(client_box *box)
{
  if (box->closed && box->streams == 0 && box->client != NULL) {
    ks_client_free(box->client);
    box->client = NULL;
  }
}

static int push_error(lua_State *L, const ks_error *error)
{
  lua_pushnil(L);
  lua_pushinteger(L, error->code);
  lua_pushstring(L, ks_code_name(error->code));
  lua_pushstring(L, error->message != NULL ? error->message : "unknown error");
  if (error->reason != NULL)
    lua_pushstring(L, error->reason);
  else
    lua_pushnil(L);
  return 5;
}

/* Pushes text (freed here) as a Lua string. */
static void push_owned(lua_State *L, char *text)
{
  lua_pushstring(L, text != NULL ? text : "{}");
  ks_free(text);
}

static ks_client *check_client(lua_State *L)
{
  client_box *box = luaL_checkudata(L, 1, CLIENT);
  if (box->client == NULL || box->closed)
    luaL_error(L, "keyspace: the client is closed");
  return box->client;
}

static stream_box *check_stream(lua_State *L)
{
  stream_box *box = luaL_checkudata(L, 1, STREAM);
  if (box->stream == NULL)
    luaL_error(L, "keyspace: the stream is closed");
  return box;
}

static int core_connect(lua_State *L)
{
  const char *address = luaL_checkstring(L, 1);
  client_box *box = lua_newuserdatauv(L, sizeof *box, 0);
  box->client = NULL;
  box->closed = 0;
  box->streams = 0;
  luaL_setmetatable(L, CLIENT);
  ks_error error = {0};
  box->client = ks_client_new(address, &error);
  if (box->client == NULL) {
    int n = push_error(L, &error);
    ks_error_clear(&error);
    return n;
  }
  return 1;
}

static int client_set_timeout(lua_State *L)
{
  ks_client_set_timeout(check_client(L), (int64_t)luaL_checkinteger(L, 2));
  return 0;
}

static int client_call_json(lua_State *L)
{
  ks_client *client = check_client(L);
  const char *method = luaL_checkstring(L, 2);
  const char *request = luaL_optstring(L, 3, "{}");
  char *response = NULL;
  ks_error error = {0};
  if (ks_call_json(client, method, request, &response, &error) != KS_OK) {
    int n = push_error(L, &error);
    ks_error_clear(&error);
    return n;
  }
  push_owned(L, response);
  return 1;
}

static int client_open_stream(lua_State *L)
{
  ks_client *client = check_client(L);
  const char *method = luaL_checkstring(L, 2);
  stream_box *box = lua_newuserdatauv(L, sizeof *box, 1);
  box->stream = NULL;
  box->owner = NULL;
  luaL_setmetatable(L, STREAM);
  /* The stream keeps its client's userdata alive (so owner stays valid). */
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);
  ks_error error = {0};
  box->stream = ks_stream_open_named(client, method, &error);
  if (box->stream == NULL) {
    int n = push_error(L, &error);
    ks_error_clear(&error);
    return n;
  }
  box->owner = luaL_checkudata(L, 1, CLIENT);
  box->owner->streams++;
  return 1;
}

static int client_gc(lua_State *L)
{
  client_box *box = luaL_checkudata(L, 1, CLIENT);
  box->closed = 1;
  client_release(box);
  return 0;
}

static int stream_send_json(lua_State *L)
{
  stream_box *box = check_stream(L);
  const char *request = luaL_checkstring(L, 2);
  ks_error error = {0};
  if (ks_stream_send_json(box->stream, request, &error) != KS_OK) {
    int n = push_error(L, &error);
    ks_error_clear(&error);
    return n;
  }
  lua_pushboolean(L, 1);
  return 1;
}

/* recv_json([timeout_ms]): the response's JSON; false, "timeout" or false,
 * "end"; or nil and the error. No timeout (or a negative one) waits. */
static int stream_recv_json(lua_State *L)
{
  stream_box *box = check_stream(L);
  int64_t timeout = (int64_t)luaL_optinteger(L, 2, -1);
  char *response = NULL;
  ks_error error = {0};
  switch (ks_stream_recv_json(box->stream, &response, timeout, &error)) {
  case KS_OK:
    push_owned(L, response);
    return 1;
  case KS_TIMEOUT:
    lua_pushboolean(L, 0);
    lua_pushliteral(L, "timeout");
    return 2;
  case KS_END:
    lua_pushboolean(L, 0);
    lua_pushliteral(L, "end");
    return 2;
  default: {
    int n = push_error(L, &error);
    ks_error_clear(&error);
    return n;
  }
  }
}

static int stream_close_send(lua_State *L)
{
  stream_box *box = check_stream(L);
  ks_error error = {0};
  if (ks_stream_close_send(box->stream, &error) != KS_OK) {
    int n = push_error(L, &error);
    ks_error_clear(&error);
    return n;
  }
  lua_pushboolean(L, 1);
  return 1;
}

static int stream_close(lua_State *L)
{
  stream_box *box = luaL_checkudata(L, 1, STREAM);
  if (box->stream == NULL)
    return 0;
  ks_stream_close(box->stream);
  box->stream = NULL;
  box->owner->streams--;
  client_release(box->owner);
  return 0;
}

/* canonical(rpc, "request" | "response", json): the message in canonical
 * proto3 JSON (defaults left out, fields in schema order), so that two
 * messages compare as messages by comparing text; nil and why on bad input. */
static int core_canonical(lua_State *L)
{
  const char *name = luaL_checkstring(L, 1);
  const char *which = luaL_checkstring(L, 2);
  size_t length = 0;
  const char *json = luaL_checklstring(L, 3, &length);
  const ks_method *method = ks_method_find(name);
  if (method == NULL)
    return luaL_error(L, "keyspace: no RPC named %s", name);
  const ProtobufCMessageDescriptor *descriptor =
      strcmp(which, "request") == 0 ? method->input : method->output;
  ProtobufCMessage *message = NULL;
  ks_error error = {0};
  if (ks_message_from_json(descriptor, json, length, &message, &error) != KS_OK) {
    lua_pushnil(L);
    lua_pushstring(L, error.message != NULL ? error.message : "bad JSON");
    ks_error_clear(&error);
    return 2;
  }
  push_owned(L, ks_message_to_json(message));
  ks_message_free(message);
  return 1;
}

/* The RPCs libkeyspace was built with, by name, in schema order. */
static int core_methods(lua_State *L)
{
  size_t count = ks_method_count();
  lua_createtable(L, (int)count, 0);
  for (size_t i = 0; i < count; i++) {
    lua_pushstring(L, ks_method_at(i)->name);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int core_b64encode(lua_State *L)
{
  size_t length = 0;
  const unsigned char *in = (const unsigned char *)luaL_checklstring(L, 1, &length);
  luaL_Buffer out;
  luaL_buffinit(L, &out);
  for (size_t i = 0; i < length; i += 3) {
    unsigned long chunk = (unsigned long)in[i] << 16;
    if (i + 1 < length)
      chunk |= (unsigned long)in[i + 1] << 8;
    if (i + 2 < length)
      chunk |= in[i + 2];
    luaL_addchar(&out, B64[(chunk >> 18) & 63]);
    luaL_addchar(&out, B64[(chunk >> 12) & 63]);
    luaL_addchar(&out, i + 1 < length ? B64[(chunk >> 6) & 63] : '=');
    luaL_addchar(&out, i + 2 < length ? B64[chunk & 63] : '=');
  }
  luaL_pushresult(&out);
  return 1;
}

static int b64_value(int c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+' || c == '-')
    return 62;
  if (c == '/' || c == '_')
    return 63;
  return -1;
}

/* Standard or URL-safe base64, padded or not (proto3 JSON allows both). */
static int core_b64decode(lua_State *L)
{
  size_t length = 0;
  const char *in = luaL_checklstring(L, 1, &length);
  luaL_Buffer out;
  luaL_buffinit(L, &out);
  unsigned long bits = 0;
  int count = 0;
  for (size_t i = 0; i < length && in[i] != '='; i++) {
    int value = b64_value((unsigned char)in[i]);
    if (value < 0)
      return luaL_error(L, "keyspace: bad base64 character at %d", (int)i + 1);
    bits = (bits << 6) | (unsigned long)value;
    if (++count == 4) {
      luaL_addchar(&out, (char)((bits >> 16) & 255));
      luaL_addchar(&out, (char)((bits >> 8) & 255));
      luaL_addchar(&out, (char)(bits & 255));
      bits = 0;
      count = 0;
    }
  }
  if (count == 2) {
    luaL_addchar(&out, (char)((bits >> 4) & 255));
  } else if (count == 3) {
    luaL_addchar(&out, (char)((bits >> 10) & 255));
    luaL_addchar(&out, (char)((bits >> 2) & 255));
  } else if (count == 1) {
    return luaL_error(L, "keyspace: truncated base64");
  }
  luaL_pushresult(&out);
  return 1;
}

static const luaL_Reg client_methods[] = {
    {"call_json", client_call_json},
    {"open_stream", client_open_stream},
    {"set_timeout", client_set_timeout},
    {"close", client_gc},
    {NULL, NULL},
};

static const luaL_Reg stream_methods[] = {
    {"send_json", stream_send_json},
    {"recv_json", stream_recv_json},
    {"close_send", stream_close_send},
    {"close", stream_close},
    {NULL, NULL},
};

static const luaL_Reg functions[] = {
    {"connect", core_connect},
    {"canonical", core_canonical},
    {"methods", core_methods},
    {"b64encode", core_b64encode},
    {"b64decode", core_b64decode},
    {NULL, NULL},
};

static void new_class(lua_State *L, const char *name, const luaL_Reg *methods,
                      lua_CFunction gc)
{
  luaL_newmetatable(L, name);
  lua_newtable(L);
  luaL_setfuncs(L, methods, 0);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, gc);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, gc);
  lua_setfield(L, -2, "__close");
  lua_pop(L, 1);
}

int luaopen_keyspace_core(lua_State *L)
{
  new_class(L, CLIENT, client_methods, client_gc);
  new_class(L, STREAM, stream_methods, stream_close);
  luaL_newlib(L, functions);
  lua_pushstring(L, ks_version());
  lua_setfield(L, -2, "version");
  return 1;
}
