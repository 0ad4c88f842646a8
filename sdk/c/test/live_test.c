/*
 * The C SDK against a live keyspace-server (KEYSPACE_ADDRESS=host:port;
 * without it the test is skipped, exit 77): the generated functions, the
 * three ways to call (typed, JSON, bytes), Redis errors with their prefix,
 * deadlines, pipelines, subscriptions and a client shared by threads.
 * Prints one line per failed check and "N passed, N failed" at the end.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keyspace/keyspace.h>

static int passed, failed;

#define CHECK(condition) check((condition), #condition, __LINE__)

static int check(int ok, const char *what, int line)
{
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAILED line %d: %s\n", line, what);
  }
  return ok;
}

static int bytes_are(ProtobufCBinaryData bytes, const void *data, size_t length)
{
  return bytes.len == length && (length == 0 || memcmp(bytes.data, data, length) == 0);
}

static void del(ks_client *kv, const char *key)
{
  Keyspace__V1__DelRequest request;
  keyspace__v1__del_request__init(&request);
  ProtobufCBinaryData keys[1] = {ks_str(key)};
  request.n_keys = 1;
  request.keys = keys;
  ks_del(kv, &request, NULL, NULL);
}

static void set(ks_client *kv, const char *key, const void *value, size_t length)
{
  Keyspace__V1__SetRequest request;
  keyspace__v1__set_request__init(&request);
  request.key = ks_str(key);
  request.value = ks_bytes(value, length);
  CHECK(ks_set(kv, &request, NULL, NULL) == KS_OK);
}

static void test_nil_and_binary(ks_client *kv)
{
  const char *key = "c-live:value";
  del(kv, key);
  Keyspace__V1__GetRequest get;
  keyspace__v1__get_request__init(&get);
  get.key = ks_str(key);
  Keyspace__V1__GetResponse *reply = NULL;
  ks_error error = {0};
  /* A missing key is Redis's nil: the optional value is unset. */
  CHECK(ks_get(kv, &get, &reply, &error) == KS_OK);
  CHECK(reply != NULL && !ks_has_field(&reply->base, "value"));
  CHECK(reply != NULL && reply->_value_case == KEYSPACE__V1__GET_RESPONSE___VALUE__NOT_SET);
  ks_message_free((ProtobufCMessage *)reply);
  /* An empty string is set, and empty. */
  set(kv, key, "", 0);
  CHECK(ks_get(kv, &get, &reply, &error) == KS_OK);
  CHECK(ks_has_field(&reply->base, "value") && reply->value.len == 0);
  ks_message_free((ProtobufCMessage *)reply);
  /* Every byte survives. */
  const unsigned char binary[] = {0, 255, 1, 128, 0};
  set(kv, key, binary, sizeof binary);
  Keyspace__V1__GetDelRequest getdel;
  keyspace__v1__get_del_request__init(&getdel);
  getdel.key = ks_str(key);
  Keyspace__V1__GetDelResponse *deleted = NULL;
  CHECK(ks_getdel(kv, &getdel, &deleted, &error) == KS_OK);
  CHECK(ks_has_field(&deleted->base, "value") &&
        bytes_are(deleted->value, binary, sizeof binary));
  ks_message_free((ProtobufCMessage *)deleted);
  CHECK(error.code == KS_CODE_OK && error.message == NULL);
}

static void test_errors(ks_client *kv)
{
  const char *key = "c-live:string";
  const char *wrongtype = "WRONGTYPE Operation against a key holding the wrong kind of value";
  set(kv, key, "x", 1);
  Keyspace__V1__LPushRequest push;
  keyspace__v1__lpush_request__init(&push);
  ProtobufCBinaryData elements[1] = {ks_str("a")};
  push.key = ks_str(key);
  push.n_elements = 1;
  push.elements = elements;
  Keyspace__V1__LPushResponse *pushed = NULL;
  ks_error error = {0};
  CHECK(ks_lpush(kv, &push, &pushed, &error) == KS_ERROR);
  CHECK(pushed == NULL);
  CHECK(error.code == KS_CODE_FAILED_PRECONDITION);
  CHECK(error.reason != NULL && strcmp(error.reason, "WRONGTYPE") == 0);
  CHECK(error.message != NULL && strcmp(error.message, wrongtype) == 0);

  /* The same error through the JSON and the bytes calls. */
  char *json = NULL;
  CHECK(ks_call_json(kv, "LPush", "{\"key\":\"Yy1saXZlOnN0cmluZw==\",\"elements\":[\"YQ==\"]}",
                     &json, &error) == KS_ERROR);
  CHECK(json == NULL && error.reason != NULL && strcmp(error.reason, "WRONGTYPE") == 0);
  size_t size = keyspace__v1__lpush_request__get_packed_size(&push);
  uint8_t *packed = malloc(size);
  keyspace__v1__lpush_request__pack(&push, packed);
  uint8_t *out = NULL;
  size_t out_length = 0;
  CHECK(ks_call_bytes(kv, "LPush", packed, size, &out, &out_length, &error) == KS_ERROR);
  CHECK(out == NULL && error.code == KS_CODE_FAILED_PRECONDITION &&
        strcmp(error.reason, "WRONGTYPE") == 0 && strcmp(error.message, wrongtype) == 0);
  free(packed);

  /* ERR errors carry ERR. */
  Keyspace__V1__IncrRequest incr;
  keyspace__v1__incr_request__init(&incr);
  incr.key = ks_str(key);
  CHECK(ks_incr(kv, &incr, NULL, &error) == KS_ERROR);
  CHECK(error.code == KS_CODE_INVALID_ARGUMENT && strcmp(error.reason, "ERR") == 0 &&
        strcmp(error.message, "ERR value is not an integer or out of range") == 0);
  ks_error_clear(&error);
  CHECK(error.code == KS_CODE_OK && error.message == NULL && error.reason == NULL);
}

static void test_json_and_bytes(ks_client *kv)
{
  del(kv, "c-live:json");
  char *json = NULL;
  ks_error error = {0};
  /* "c-live:json" and "v" in base64. */
  CHECK(ks_call_json(kv, "Set", "{\"key\":\"Yy1saXZlOmpzb24=\",\"value\":\"dg==\",\"get\":true}",
                     &json, &error) == KS_OK);
  /* SET ... GET of a missing key: written, and no previous value. */
  CHECK(json != NULL && strcmp(json, "{\"written\":true}") == 0);
  ks_free(json);
  CHECK(ks_call_json(kv, "Get", "{\"key\":\"Yy1saXZlOmpzb24=\"}", &json, &error) == KS_OK);
  CHECK(json != NULL && strcmp(json, "{\"value\":\"dg==\"}") == 0);
  ks_free(json);
  /* A request of defaults may be NULL. */
  CHECK(ks_call_json(kv, "Ping", NULL, &json, &error) == KS_OK);
  /* "PONG" in base64. */
  CHECK(json != NULL && strcmp(json, "{\"message\":\"UE9ORw==\"}") == 0);
  ks_free(json);

  Keyspace__V1__GetRequest get;
  keyspace__v1__get_request__init(&get);
  get.key = ks_str("c-live:json");
  size_t size = keyspace__v1__get_request__get_packed_size(&get);
  uint8_t packed[64];
  keyspace__v1__get_request__pack(&get, packed);
  uint8_t *out = NULL;
  size_t length = 0;
  CHECK(ks_call_bytes(kv, "Get", packed, size, &out, &length, &error) == KS_OK);
  Keyspace__V1__GetResponse *reply = keyspace__v1__get_response__unpack(NULL, length, out);
  CHECK(reply != NULL && bytes_are(reply->value, "v", 1));
  keyspace__v1__get_response__free_unpacked(reply, NULL);
  ks_free(out);
}

static void test_deadline(ks_client *kv)
{
  /* BLPOP with no timeout blocks on an empty list; the client's deadline
   * ends the call. */
  del(kv, "c-live:empty");
  Keyspace__V1__BLPopRequest pop;
  keyspace__v1__blpop_request__init(&pop);
  ProtobufCBinaryData keys[1] = {ks_str("c-live:empty")};
  pop.n_keys = 1;
  pop.keys = keys;
  ks_error error = {0};
  ks_client_set_timeout(kv, 300);
  CHECK(ks_blpop(kv, &pop, NULL, &error) == KS_ERROR);
  CHECK(error.code == KS_CODE_DEADLINE_EXCEEDED && error.reason == NULL);
  ks_client_set_timeout(kv, 0);
  ks_error_clear(&error);
}

static void test_pipeline(ks_client *kv)
{
  del(kv, "c-live:p");
  Keyspace__V1__SetRequest set;
  keyspace__v1__set_request__init(&set);
  set.key = ks_str("c-live:p");
  set.value = ks_str("not a number");
  Keyspace__V1__IncrRequest incr;
  keyspace__v1__incr_request__init(&incr);
  incr.key = ks_str("c-live:p");
  Keyspace__V1__GetRequest get;
  keyspace__v1__get_request__init(&get);
  get.key = ks_str("c-live:p");
  Keyspace__V1__Command commands[3];
  CHECK(ks_command_init(&commands[0], &set.base) == 0);
  CHECK(ks_command_init(&commands[1], &incr.base) == 0);
  CHECK(ks_command_init(&commands[2], &get.base) == 0);
  Keyspace__V1__Command *list[3] = {&commands[0], &commands[1], &commands[2]};
  Keyspace__V1__PipelineResponse *response = NULL;
  ks_error error = {0};
  CHECK(ks_pipeline_run(kv, list, 3, &response, &error) == KS_OK);
  if (!CHECK(response != NULL && response->n_replies == 3))
    return;
  CHECK(response->replies[0]->reply_case == KEYSPACE__V1__REPLY__REPLY_SET &&
        response->replies[0]->set->written);
  /* The failed command has an error reply; the others still ran. */
  CHECK(ks_reply_error(response->replies[1], &error));
  CHECK(error.code == KS_CODE_INVALID_ARGUMENT && strcmp(error.reason, "ERR") == 0);
  CHECK(!ks_reply_error(response->replies[2], NULL));
  CHECK(response->replies[2]->reply_case == KEYSPACE__V1__REPLY__REPLY_GET &&
        bytes_are(response->replies[2]->get->value, "not a number", 12));
  ks_message_free((ProtobufCMessage *)response);
  ks_error_clear(&error);

  /* Two batches on one raw stream, then the server ends it. */
  ks_stream *stream = ks_pipeline_open(kv, &error);
  if (!CHECK(stream != NULL))
    return;
  Keyspace__V1__PipelineRequest batch;
  keyspace__v1__pipeline_request__init(&batch);
  batch.n_commands = 1;
  for (int round = 0; round < 2; round++) {
    batch.commands = &list[2 - round];
    CHECK(ks_pipeline_send(stream, &batch, &error) == KS_OK);
    Keyspace__V1__PipelineResponse *reply = NULL;
    CHECK(ks_pipeline_recv(stream, &reply, 5000, &error) == KS_OK);
    CHECK(reply != NULL && reply->n_replies == 1);
    ks_message_free((ProtobufCMessage *)reply);
  }
  CHECK(ks_pipeline_close_send(stream, &error) == KS_OK);
  Keyspace__V1__PipelineResponse *none = NULL;
  CHECK(ks_pipeline_recv(stream, &none, 5000, &error) == KS_END && none == NULL);
  CHECK(ks_pipeline_recv(stream, &none, 5000, &error) == KS_END);
  CHECK(ks_pipeline_send(stream, &batch, &error) == KS_ERROR);
  /* A Subscribe function refuses a Pipeline stream. */
  Keyspace__V1__SubscribeRequest wrong;
  keyspace__v1__subscribe_request__init(&wrong);
  CHECK(ks_subscribe_send(stream, &wrong, &error) == KS_ERROR &&
        error.code == KS_CODE_INVALID_ARGUMENT);
  ks_pipeline_close(stream);
  ks_error_clear(&error);
}

static int64_t publish(ks_client *kv, const char *channel, const char *message)
{
  Keyspace__V1__PublishRequest request;
  keyspace__v1__publish_request__init(&request);
  request.channel = ks_str(channel);
  request.message = ks_str(message);
  Keyspace__V1__PublishResponse *response = NULL;
  if (ks_publish(kv, &request, &response, NULL) != KS_OK)
    return -1;
  int64_t receivers = response->receivers;
  ks_message_free((ProtobufCMessage *)response);
  return receivers;
}

static void test_subscription(ks_client *kv)
{
  ks_error error = {0};
  ks_subscription *subscription = ks_subscription_open(kv, &error);
  if (!CHECK(subscription != NULL))
    return;
  const char *channels[] = {"c-live:news", "c-live:sport"};
  CHECK(ks_subscription_subscribe(subscription,
                                  KEYSPACE__V1__SUBSCRIBE_ACTION__SUBSCRIBE_ACTION_SUBSCRIBE,
                                  channels, NULL, 2, &error) == KS_OK);
  const char *patterns[] = {"c-live:n*"};
  CHECK(ks_subscription_subscribe(subscription,
                                  KEYSPACE__V1__SUBSCRIBE_ACTION__SUBSCRIBE_ACTION_PSUBSCRIBE,
                                  patterns, NULL, 1, &error) == KS_OK);
  /* Confirmed, so a message published now is delivered: to the channel and
   * to the pattern. */
  CHECK(publish(kv, "c-live:news", "hello") == 2);
  Keyspace__V1__SubscriptionEvent *event = NULL;
  int with_pattern = 0, without = 0;
  for (int i = 0; i < 2; i++) {
    if (!CHECK(ks_subscription_next(subscription, &event, 5000, &error) == KS_OK))
      break;
    CHECK(event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_MESSAGE);
    if (event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_MESSAGE) {
      const Keyspace__V1__PubSubMessage *message = event->message;
      CHECK(bytes_are(message->channel, "c-live:news", 11));
      CHECK(bytes_are(message->payload, "hello", 5));
      if (ks_has_field(&message->base, "pattern"))
        with_pattern += bytes_are(message->pattern, "c-live:n*", 9);
      else
        without++;
    }
    ks_message_free((ProtobufCMessage *)event);
  }
  CHECK(with_pattern == 1 && without == 1);
  /* Nothing more: the wait ends with KS_TIMEOUT, and the subscription goes
   * on. */
  CHECK(ks_subscription_next(subscription, &event, 200, &error) == KS_TIMEOUT && event == NULL);
  CHECK(publish(kv, "c-live:sport", "goal") == 1);
  CHECK(ks_subscription_next(subscription, &event, 5000, &error) == KS_OK);
  CHECK(event != NULL && event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_MESSAGE &&
        bytes_are(event->message->payload, "goal", 4));
  ks_message_free((ProtobufCMessage *)event);

  /* PING is answered in order with a pong. */
  Keyspace__V1__SubscribeRequest ping;
  keyspace__v1__subscribe_request__init(&ping);
  ping.action = KEYSPACE__V1__SUBSCRIBE_ACTION__SUBSCRIBE_ACTION_PING;
  ProtobufCBinaryData payload[1] = {ks_str("are you there")};
  ping.n_channels = 1;
  ping.channels = payload;
  CHECK(ks_subscription_send(subscription, &ping, &error) == KS_OK);
  CHECK(ks_subscription_next(subscription, &event, 5000, &error) == KS_OK);
  CHECK(event != NULL && event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_PONG &&
        bytes_are(event->pong->message, "are you there", 13));
  ks_message_free((ProtobufCMessage *)event);

  /* A request the server refuses: an error event, as the subscribe's
   * failure. */
  CHECK(ks_subscription_subscribe(subscription,
                                  KEYSPACE__V1__SUBSCRIBE_ACTION__SUBSCRIBE_ACTION_UNSPECIFIED,
                                  channels, NULL, 1, &error) == KS_ERROR);
  CHECK(error.message != NULL && error.reason != NULL);
  ks_subscription_close(subscription);
  ks_error_clear(&error);
}

static void test_stream_json(ks_client *kv)
{
  ks_error error = {0};
  ks_stream *stream = ks_stream_open_named(kv, "Subscribe", &error);
  if (!CHECK(stream != NULL))
    return;
  /* "c-live:j" in base64. */
  CHECK(ks_stream_send_json(stream,
                            "{\"action\":\"SUBSCRIBE_ACTION_SUBSCRIBE\",\"channels\":[\"Yy1saXZlOmo=\"]}",
                            &error) == KS_OK);
  char *json = NULL;
  CHECK(ks_stream_recv_json(stream, &json, 5000, &error) == KS_OK);
  CHECK(json != NULL && strstr(json, "\"change\":{\"action\":\"SUBSCRIBE_ACTION_SUBSCRIBE\","
                                     "\"channel\":\"Yy1saXZlOmo=\",\"count\":\"1\"") != NULL);
  ks_free(json);
  CHECK(ks_stream_send_json(stream, "{\"action\":\"NO_SUCH_ACTION\"}", &error) == KS_ERROR);
  CHECK(error.code == KS_CODE_INVALID_ARGUMENT);
  ks_stream_close(stream);
  CHECK(ks_stream_open_named(kv, "NoSuchRpc", &error) == NULL);
  ks_error_clear(&error);
}

typedef struct incrementer {
  ks_client *kv;
  int failures;
} incrementer;

static void *increment(void *argument)
{
  incrementer *work = argument;
  Keyspace__V1__IncrRequest incr;
  keyspace__v1__incr_request__init(&incr);
  incr.key = ks_str("c-live:counter");
  for (int i = 0; i < 50; i++)
    if (ks_incr(work->kv, &incr, NULL, NULL) != KS_OK)
      work->failures++;
  return NULL;
}

static void test_threads(ks_client *kv)
{
  del(kv, "c-live:counter");
  pthread_t threads[4];
  incrementer work[4];
  for (int i = 0; i < 4; i++) {
    work[i].kv = kv;
    work[i].failures = 0;
    pthread_create(&threads[i], NULL, increment, &work[i]);
  }
  int failures = 0;
  for (int i = 0; i < 4; i++) {
    pthread_join(threads[i], NULL);
    failures += work[i].failures;
  }
  CHECK(failures == 0);
  char *json = NULL;
  CHECK(ks_call_json(kv, "Get", "{\"key\":\"Yy1saXZlOmNvdW50ZXI=\"}", &json, NULL) == KS_OK);
  /* "200" in base64. */
  CHECK(json != NULL && strcmp(json, "{\"value\":\"MjAw\"}") == 0);
  ks_free(json);
}

int main(void)
{
  const char *address = getenv("KEYSPACE_ADDRESS");
  if (address == NULL || address[0] == '\0') {
    printf("live: KEYSPACE_ADDRESS is not set: skipped\n");
    return 77;
  }
  ks_error error = {0};
  ks_client *kv = ks_client_new(address, &error);
  if (kv == NULL) {
    printf("live: %s\n", error.message);
    return 1;
  }
  test_nil_and_binary(kv);
  test_errors(kv);
  test_json_and_bytes(kv);
  test_deadline(kv);
  test_pipeline(kv);
  test_subscription(kv);
  test_stream_json(kv);
  test_threads(kv);
  ks_client_free(kv);
  printf("live: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
