/*
 * Tests that need no server: the proto3 JSON codec, the method table, the
 * pipeline helpers' message handling, and an unreachable server's error.
 * Prints one line per failed check and "N passed, N failed" at the end.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keyspace/keyspace.h>

static int passed, failed;

#define CHECK(condition) check((condition), #condition, __LINE__)

static void check(int ok, const char *what, int line)
{
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAILED line %d: %s\n", line, what);
  }
}

/* Parses json as a message of descriptor, writes it back, and checks the
 * text against want. */
static void round_trip(const ProtobufCMessageDescriptor *descriptor, const char *json,
                       const char *want, int line)
{
  ProtobufCMessage *message = NULL;
  ks_error error = {0};
  ks_status status = ks_message_from_json(descriptor, json, strlen(json), &message, &error);
  if (status != KS_OK) {
    failed++;
    printf("FAILED line %d: %s did not parse: %s\n", line, json, error.message);
    ks_error_clear(&error);
    return;
  }
  char *text = ks_message_to_json(message);
  if (text != NULL && strcmp(text, want) == 0) {
    passed++;
  } else {
    failed++;
    printf("FAILED line %d: %s gave %s, want %s\n", line, json, text, want);
  }
  ks_free(text);
  ks_message_free(message);
}

/* Checks that json is refused with an INVALID_ARGUMENT whose message has
 * part in it. */
static void refused(const ProtobufCMessageDescriptor *descriptor, const char *json,
                    const char *part, int line)
{
  ProtobufCMessage *message = NULL;
  ks_error error = {0};
  ks_status status = ks_message_from_json(descriptor, json, strlen(json), &message, &error);
  if (status == KS_ERROR && message == NULL && error.code == KS_CODE_INVALID_ARGUMENT &&
      error.message != NULL && strstr(error.message, part) != NULL && error.reason == NULL) {
    passed++;
  } else {
    failed++;
    printf("FAILED line %d: %s: status %d, error %s, want one with \"%s\"\n", line, json, status,
           error.message ? error.message : "(none)", part);
  }
  ks_error_clear(&error);
  ks_message_free(message);
}

static void test_json(void)
{
  /* Field names: lowerCamelCase written, proto names read too. */
  round_trip(&keyspace__v1__subscribe_request__descriptor,
             "{\"action\":\"SUBSCRIBE_ACTION_SUBSCRIBE\",\"resume_run_id\":\"r1\","
             "\"resume\":[{\"channel\":\"YQ==\",\"lastSequence\":\"18446744073709551615\"}]}",
             "{\"action\":\"SUBSCRIBE_ACTION_SUBSCRIBE\",\"resume\":[{\"channel\":\"YQ==\","
             "\"lastSequence\":\"18446744073709551615\"}],\"resumeRunId\":\"r1\"}",
             __LINE__);
  /* Enums by number; int64 as a number or a string; defaults left out. */
  round_trip(&keyspace__v1__set_request__descriptor,
             "{\"key\":\"aw==\",\"condition\":1,\"px\":1500,\"get\":false,\"value\":\"\"}",
             "{\"key\":\"aw==\",\"condition\":\"SET_CONDITION_NX\",\"px\":\"1500\"}", __LINE__);
  /* A oneof member at its default value is still set. */
  round_trip(&keyspace__v1__set_request__descriptor, "{\"ex\":\"0\"}", "{\"ex\":\"0\"}",
             __LINE__);
  /* proto3 optional: unset, set to empty, set; null is unset. */
  round_trip(&keyspace__v1__get_response__descriptor, "{}", "{}", __LINE__);
  round_trip(&keyspace__v1__get_response__descriptor, "{\"value\":\"\"}", "{\"value\":\"\"}",
             __LINE__);
  round_trip(&keyspace__v1__get_response__descriptor, "{\"value\":null}", "{}", __LINE__);
  round_trip(&keyspace__v1__lpop_request__descriptor, "{\"count\":\"0\"}", "{\"count\":\"0\"}",
             __LINE__);
  /* Bytes: every byte value; URL-safe and unpadded base64 read too. */
  round_trip(&keyspace__v1__get_response__descriptor, "{\"value\":\"AP8BgAA=\"}",
             "{\"value\":\"AP8BgAA=\"}", __LINE__);
  round_trip(&keyspace__v1__get_response__descriptor, "{\"value\":\"-_8\"}",
             "{\"value\":\"+/8=\"}", __LINE__);
  /* Doubles: shortest text, the special values as strings, exponents. */
  round_trip(&keyspace__v1__zadd_request__descriptor,
             "{\"members\":[{\"score\":0.1},{\"score\":\"Infinity\"},{\"score\":\"-Infinity\"},"
             "{\"score\":1e300},{\"score\":-2.5,\"member\":\"bQ==\"}]}",
             "{\"members\":[{\"score\":0.1},{\"score\":\"Infinity\"},{\"score\":\"-Infinity\"},"
             "{\"score\":1e+300},{\"score\":-2.5,\"member\":\"bQ==\"}]}",
             __LINE__);
  round_trip(&keyspace__v1__zadd_request__descriptor, "{\"members\":[{\"score\":\"NaN\"}]}",
             "{\"members\":[{\"score\":\"NaN\"}]}", __LINE__);
  /* Oneofs holding messages, repeated messages, nested errors. */
  round_trip(&keyspace__v1__reply__descriptor,
             "{\"error\":{\"reason\":\"WRONGTYPE\",\"message\":\"WRONGTYPE \\\"x\\\"\\n\","
             "\"code\":9}}",
             "{\"error\":{\"reason\":\"WRONGTYPE\",\"message\":\"WRONGTYPE \\\"x\\\"\\n\","
             "\"code\":9}}",
             __LINE__);
  round_trip(&keyspace__v1__lpop_response__descriptor, "{\"elements\":{}}",
             "{\"elements\":{}}", __LINE__);
  /* Strings: escapes and non-ASCII text. */
  round_trip(&keyspace__v1__subscribe_request__descriptor,
             "{\"resumeRunId\":\"\\u00e9\\ud83d\\ude00\\t\"}",
             "{\"resumeRunId\":\"\xc3\xa9\xf0\x9f\x98\x80\\t\"}", __LINE__);

  refused(&keyspace__v1__get_request__descriptor, "{\"kee\":\"aw==\"}", "no field named \"kee\"",
          __LINE__);
  refused(&keyspace__v1__get_request__descriptor, "{\"key\":\"a\"}", "bad base64", __LINE__);
  refused(&keyspace__v1__get_request__descriptor, "{\"key\":\"aw==\"", "bad JSON", __LINE__);
  refused(&keyspace__v1__get_request__descriptor, "[]", "expected an object", __LINE__);
  refused(&keyspace__v1__set_request__descriptor, "{\"ex\":\"1\",\"px\":\"2\"}",
          "another field of its oneof", __LINE__);
  refused(&keyspace__v1__set_request__descriptor, "{\"key\":\"aw==\",\"key\":\"aw==\"}",
          "given twice", __LINE__);
  refused(&keyspace__v1__set_request__descriptor, "{\"ex\":1.5}", "64-bit integer", __LINE__);
  refused(&keyspace__v1__set_request__descriptor, "{\"ex\":\"9223372036854775808\"}",
          "64-bit integer", __LINE__);
  refused(&keyspace__v1__set_request__descriptor, "{\"condition\":\"SET_CONDITION_MAYBE\"}",
          "unknown enum value", __LINE__);
  refused(&keyspace__v1__set_request__descriptor, "{\"get\":\"true\"}", "true or false",
          __LINE__);
  refused(&keyspace__v1__pipeline_response__descriptor, "{\"replies\":[null]}",
          "null in an array", __LINE__);
  refused(&keyspace__v1__reply__descriptor, "{\"error\":{\"code\":2147483648}}",
          "32-bit integer", __LINE__);
}

static void test_presence(void)
{
  ProtobufCMessage *message = NULL;
  const char *json = "{\"key\":\"aw==\",\"count\":\"0\"}";
  CHECK(ks_message_from_json(&keyspace__v1__lpop_request__descriptor, json, strlen(json),
                             &message, NULL) == KS_OK);
  Keyspace__V1__LPopRequest *request = (Keyspace__V1__LPopRequest *)message;
  /* protoc-gen-c 1.4 keeps proto3 optional as a one-field oneof. */
  CHECK(request->_count_case == KEYSPACE__V1__LPOP_REQUEST___COUNT_COUNT);
  CHECK(request->count == 0);
  CHECK(ks_has_field(message, "count"));
  CHECK(ks_has_field(message, "key"));
  CHECK(!ks_has_field(message, "no_such_field"));
  ks_message_free(message);

  Keyspace__V1__GetResponse empty;
  keyspace__v1__get_response__init(&empty);
  CHECK(!ks_has_field(&empty.base, "value"));
  empty._value_case = KEYSPACE__V1__GET_RESPONSE___VALUE_VALUE;
  CHECK(ks_has_field(&empty.base, "value"));
}

static void test_methods(void)
{
  const ks_method *get = ks_method_find("Get");
  CHECK(get == &ks_method_get);
  CHECK(strcmp(get->path, "/keyspace.v1.KeyspaceService/Get") == 0);
  CHECK(get->input == &keyspace__v1__get_request__descriptor);
  CHECK(get->output == &keyspace__v1__get_response__descriptor);
  CHECK(!get->client_streaming && !get->server_streaming);
  const ks_method *subscribe = ks_method_find("Subscribe");
  CHECK(subscribe != NULL && subscribe->client_streaming && subscribe->server_streaming);
  CHECK(ks_method_find("get") == NULL);
  CHECK(ks_method_find("NoSuchRpc") == NULL);
  CHECK(ks_method_at(ks_method_count()) == NULL);
  /* Every Command field (pipeline.proto) is an RPC's request. */
  const ProtobufCMessageDescriptor *command = &keyspace__v1__command__descriptor;
  size_t matched = 0;
  for (unsigned i = 0; i < command->n_fields; i++)
    for (size_t j = 0; j < ks_method_count(); j++)
      if (ks_method_at(j)->input == command->fields[i].descriptor)
        matched++;
  CHECK(matched == command->n_fields);
  CHECK(strcmp(ks_code_name(KS_CODE_FAILED_PRECONDITION), "FAILED_PRECONDITION") == 0);
  CHECK(strcmp(ks_code_name(99), "UNKNOWN") == 0);
}

static void test_commands(void)
{
  Keyspace__V1__SetRequest set;
  keyspace__v1__set_request__init(&set);
  set.key = ks_str("k");
  set.value = ks_bytes("v\0w", 3);
  Keyspace__V1__Command command;
  CHECK(ks_command_init(&command, &set.base) == 0);
  CHECK(command.command_case == KEYSPACE__V1__COMMAND__COMMAND_SET && command.set == &set);
  char *text = ks_message_to_json(&command.base);
  CHECK(text != NULL && strcmp(text, "{\"set\":{\"key\":\"aw==\",\"value\":\"dgB3\"}}") == 0);
  ks_free(text);
  Keyspace__V1__PipelineRequest not_a_command;
  keyspace__v1__pipeline_request__init(&not_a_command);
  CHECK(ks_command_init(&command, &not_a_command.base) == -1);

  ProtobufCMessage *reply = NULL;
  const char *json = "{\"error\":{\"reason\":\"ERR\",\"message\":\"ERR syntax error\",\"code\":3}}";
  CHECK(ks_message_from_json(&keyspace__v1__reply__descriptor, json, strlen(json), &reply,
                             NULL) == KS_OK);
  ks_error error = {0};
  CHECK(ks_reply_error((Keyspace__V1__Reply *)reply, &error));
  CHECK(error.code == KS_CODE_INVALID_ARGUMENT && strcmp(error.reason, "ERR") == 0 &&
        strcmp(error.message, "ERR syntax error") == 0);
  ks_error_clear(&error);
  ks_message_free(reply);
  json = "{\"get\":{}}";
  CHECK(ks_message_from_json(&keyspace__v1__reply__descriptor, json, strlen(json), &reply,
                             NULL) == KS_OK);
  CHECK(!ks_reply_error((Keyspace__V1__Reply *)reply, &error) && error.message == NULL);
  ks_message_free(reply);
}

static void test_unreachable(void)
{
  /* Port 1 on loopback: nothing listens, so the call fails at once. */
  ks_error *error = ks_error_new();
  ks_client *client = ks_client_new("127.0.0.1:1", error);
  CHECK(client != NULL);
  ks_client_set_timeout(client, 5000);
  Keyspace__V1__GetResponse *response = NULL;
  CHECK(ks_get(client, NULL, &response, error) == KS_ERROR);
  CHECK(response == NULL);
  CHECK(ks_error_code(error) == KS_CODE_UNAVAILABLE);
  CHECK(ks_error_message(error) != NULL && ks_error_reason(error) == NULL);
  char *json = NULL;
  CHECK(ks_call_json(client, "Get", "{\"key\":", &json, error) == KS_ERROR);
  CHECK(ks_error_code(error) == KS_CODE_INVALID_ARGUMENT && json == NULL);
  CHECK(ks_call_json(client, "NoSuchRpc", "{}", &json, error) == KS_ERROR);
  CHECK(strstr(ks_error_message(error), "no RPC named NoSuchRpc") != NULL);
  CHECK(ks_call_json(client, "Subscribe", "{}", &json, error) == KS_ERROR);
  CHECK(ks_error_code(error) == KS_CODE_INVALID_ARGUMENT);
  ks_stream *stream = ks_pipeline_open(client, error);
  if (stream != NULL) {
    /* gRPC may start the stream before it learns the server is not there;
     * then the first receive says so. */
    Keyspace__V1__PipelineResponse *reply = NULL;
    CHECK(ks_pipeline_recv(stream, &reply, 5000, error) == KS_ERROR);
    CHECK(ks_error_code(error) == KS_CODE_UNAVAILABLE);
    CHECK(ks_subscribe_recv(stream, NULL, 0, error) == KS_ERROR);
    CHECK(ks_error_code(error) == KS_CODE_INVALID_ARGUMENT);
    ks_pipeline_close(stream);
  } else {
    CHECK(ks_error_code(error) == KS_CODE_UNAVAILABLE);
  }
  ks_client_free(client);
  ks_error_free(error);
  CHECK(ks_client_new("", NULL) == NULL);
}

int main(void)
{
  test_json();
  test_presence();
  test_methods();
  test_commands();
  test_unreachable();
  printf("offline: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
