/*
 * The C SDK's conformance runner (tests/conformance/README.md):
 *
 *   keyspace-conformance --address 127.0.0.1:7379 --scenarios scenarios.json
 *
 * prints one JSON line per scenario. Unary steps reach every RPC by name
 * through the generated method table (ks_method_find + ks_call), errors are
 * read as the SDK's ks_error (code, message, and the Redis prefix from
 * google.rpc.ErrorInfo), pipelines go through ks_pipeline_run, and
 * subscriptions through the generated Subscribe stream functions, whose
 * every event the scenarios compare. Messages are compared as messages:
 * both sides serialized by protobuf-c, which writes fields in number order,
 * so equal messages give equal bytes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keyspace/keyspace.h>

#include "ks_json_codec.h"
#include "ks_json_value.h"

#define CALL_TIMEOUT_MS 10000
#define EVENT_TIMEOUT_MS 5000

/* A failed step's detail, or NULL while all is well. */
typedef struct outcome {
  ks__text detail;
  int failed;
} outcome;

static int fail(outcome *o, const char *format, ...) __attribute__((format(printf, 2, 3)));

static int fail(outcome *o, const char *format, ...)
{
  if (o->failed)
    return 0;
  o->failed = 1;
  va_list args;
  va_start(args, format);
  int n = vsnprintf(NULL, 0, format, args);
  va_end(args);
  char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (text != NULL) {
    va_start(args, format);
    vsnprintf(text, (size_t)n + 1, format, args);
    va_end(args);
    ks__text_puts(&o->detail, text);
    free(text);
  }
  return 0;
}

static char *show(const ProtobufCMessage *message)
{
  char *text = ks_message_to_json(message);
  if (text == NULL) {
    text = malloc(sizeof "<out of memory>");
    if (text != NULL)
      memcpy(text, "<out of memory>", sizeof "<out of memory>");
  }
  return text;
}

static ProtobufCMessage *parse(outcome *o, const ProtobufCMessageDescriptor *descriptor,
                               const ks__json *json)
{
  ks__json empty = {KS__JSON_OBJECT, 0, NULL, 0, NULL, NULL, NULL, 0};
  ProtobufCMessage *message = NULL;
  ks_error error = {0};
  if (ks__message_from_tree(descriptor, json != NULL ? json : &empty, &message, &error) != KS_OK)
    fail(o, "%s", error.message);
  ks_error_clear(&error);
  return message;
}

static int same(const ProtobufCMessage *a, const ProtobufCMessage *b)
{
  if (a->descriptor != b->descriptor)
    return 0;
  size_t na = protobuf_c_message_get_packed_size(a);
  size_t nb = protobuf_c_message_get_packed_size(b);
  if (na != nb)
    return 0;
  uint8_t *pa = malloc(na + 1), *pb = malloc(nb + 1);
  int equal = pa != NULL && pb != NULL && protobuf_c_message_pack(a, pa) == na &&
              protobuf_c_message_pack(b, pb) == nb && memcmp(pa, pb, na) == 0;
  free(pa);
  free(pb);
  return equal;
}

static int compare(outcome *o, const char *label, const ProtobufCMessage *got,
                   const ProtobufCMessage *want)
{
  if (same(got, want))
    return 1;
  char *g = show(got), *w = show(want);
  fail(o, "%s: got %s, want %s", label, g, w);
  free(g);
  free(w);
  return 0;
}

static const char *text_of(const ks__json *object, const char *key)
{
  const ks__json *value = ks__json_member(object, key);
  return value != NULL && value->type == KS__JSON_STRING ? value->text : NULL;
}

static int unary(outcome *o, ks_client *client, const ks__json *step)
{
  const char *name = text_of(step, "call");
  const ks_method *method = ks_method_find(name);
  if (method == NULL || method->client_streaming || method->server_streaming)
    return fail(o, "no unary RPC named %s", name != NULL ? name : "(none)");
  ProtobufCMessage *request = parse(o, method->input, ks__json_member(step, "request"));
  if (request == NULL)
    return 0;
  ks__text label = {0};
  char *shown = show(request);
  ks__text_printf(&label, "%s %s", method->name, shown);
  free(shown);

  ProtobufCMessage *response = NULL;
  ks_error error = {0};
  ks_status status = ks_call(client, method, request, &response, &error);
  const ks__json *expected_error = ks__json_member(step, "error");
  if (status != KS_OK) {
    const char *code = ks_code_name(error.code);
    const char *reason = error.reason != NULL ? error.reason : "";
    const char *message = error.message != NULL ? error.message : "";
    if (expected_error == NULL) {
      ks__text got = {0};
      ks__text_printf(&got, "%s %s: %s", code, reason, message);
      fail(o, "%s: failed with %s", label.data, got.data);
      ks__text_free(&got);
    } else {
      const char *want_code = text_of(expected_error, "code");
      const char *want_reason = text_of(expected_error, "reason");
      const char *want_message = text_of(expected_error, "message");
      if (strcmp(code, want_code != NULL ? want_code : "") != 0 ||
          strcmp(reason, want_reason != NULL ? want_reason : "") != 0 ||
          strcmp(message, want_message != NULL ? want_message : "") != 0) {
        ks__text got = {0};
        ks__text_printf(&got, "%s %s: %s, want %s %s: %s", code, reason, message,
                        want_code != NULL ? want_code : "",
                        want_reason != NULL ? want_reason : "",
                        want_message != NULL ? want_message : "");
        fail(o, "%s: failed with %s", label.data, got.data);
        ks__text_free(&got);
      }
    }
  } else if (expected_error != NULL) {
    char *got = show(response);
    fail(o, "%s: got %s, want an error", label.data, got);
    free(got);
  } else {
    ProtobufCMessage *want = parse(o, method->output, ks__json_member(step, "response"));
    if (want != NULL)
      compare(o, label.data, response, want);
    ks_message_free(want);
  }
  ks_error_clear(&error);
  ks_message_free(response);
  ks_message_free(request);
  ks__text_free(&label);
  return !o->failed;
}

static int pipeline(outcome *o, ks_client *client, const ks__json *step)
{
  const ks__json *commands_json = ks__json_member(step, "pipeline");
  const ks__json *replies_json = ks__json_member(step, "replies");
  if (commands_json->type != KS__JSON_ARRAY || replies_json == NULL ||
      replies_json->type != KS__JSON_ARRAY)
    return fail(o, "a pipeline step needs arrays pipeline and replies");
  size_t n = commands_json->count;
  Keyspace__V1__Command **commands = calloc(n + 1, sizeof *commands);
  for (size_t i = 0; i < n && !o->failed; i++)
    commands[i] = (Keyspace__V1__Command *)parse(o, &keyspace__v1__command__descriptor,
                                                 commands_json->items[i]);
  Keyspace__V1__PipelineResponse *response = NULL;
  ks_error error = {0};
  if (!o->failed && ks_pipeline_run(client, commands, n, &response, &error) != KS_OK)
    fail(o, "Pipeline: failed with %s: %s", ks_code_name(error.code), error.message);
  if (!o->failed && response->n_replies != replies_json->count) {
    char *got = show(&response->base);
    fail(o, "Pipeline: got %s, want %zu replies", got, replies_json->count);
    free(got);
  }
  for (size_t i = 0; !o->failed && i < replies_json->count; i++) {
    ProtobufCMessage *want = parse(o, &keyspace__v1__reply__descriptor, replies_json->items[i]);
    if (want != NULL) {
      char label[64];
      snprintf(label, sizeof label, "Pipeline reply %zu", i + 1);
      compare(o, label, &response->replies[i]->base, want);
    }
    ks_message_free(want);
  }
  for (size_t i = 0; i < n; i++)
    ks_message_free((ProtobufCMessage *)commands[i]);
  free(commands);
  ks_message_free((ProtobufCMessage *)response);
  ks_error_clear(&error);
  return !o->failed;
}

/* Clears what changes from run to run (run_id, sequence) in the message the
 * event holds. */
static void clear_volatile(Keyspace__V1__SubscriptionEvent *event)
{
  const ProtobufCFieldDescriptor *which =
      protobuf_c_message_descriptor_get_field(event->base.descriptor, event->event_case);
  if (which == NULL || which->type != PROTOBUF_C_TYPE_MESSAGE)
    return;
  ProtobufCMessage *part = *(ProtobufCMessage **)((char *)event + which->offset);
  static const char *const names[] = {"run_id", "sequence"};
  for (size_t i = 0; part != NULL && i < 2; i++) {
    const ProtobufCFieldDescriptor *field =
        protobuf_c_message_descriptor_get_field_by_name(part->descriptor, names[i]);
    if (field == NULL)
      continue;
    void *slot = (char *)part + field->offset;
    if (field->type == PROTOBUF_C_TYPE_STRING) {
      char **text = slot;
      if (*text != NULL && *text != field->default_value)
        free(*text);
      *text = (char *)field->default_value;
    } else if (field->type == PROTOBUF_C_TYPE_UINT64) {
      *(uint64_t *)slot = 0;
    }
  }
}

typedef struct events {
  Keyspace__V1__SubscriptionEvent **items;
  size_t count;
} events;

/* Reads until done() or a 5 s silence; keeps events but heartbeats. */
static void read_events(ks_stream *stream, events *got, int (*done)(const events *, size_t),
                        size_t goal)
{
  while (!done(got, goal)) {
    Keyspace__V1__SubscribeResponse *response = NULL;
    if (ks_subscribe_recv(stream, &response, EVENT_TIMEOUT_MS, NULL) != KS_OK)
      return;
    for (size_t i = 0; i < response->n_events; i++) {
      Keyspace__V1__SubscriptionEvent *event = response->events[i];
      if (event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_HEARTBEAT)
        continue;
      clear_volatile(event);
      Keyspace__V1__SubscriptionEvent **items =
          realloc(got->items, (got->count + 1) * sizeof *items);
      if (items == NULL)
        break;
      got->items = items;
      got->items[got->count++] = event;
      response->events[i] = NULL;
    }
    /* Events kept are the list's now; free the others with the response. */
    size_t kept = 0;
    for (size_t i = 0; i < response->n_events; i++)
      if (response->events[i] != NULL)
        response->events[kept++] = response->events[i];
    response->n_events = kept;
    ks_message_free(&response->base);
  }
}

static size_t want_count;

static int confirmed(const events *got, size_t channels)
{
  size_t changes = 0;
  for (size_t i = 0; i < got->count; i++)
    if (got->items[i]->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_CHANGE)
      changes++;
  return changes >= channels || got->count > want_count;
}

static int enough(const events *got, size_t goal)
{
  return got->count >= goal;
}

static int subscription(outcome *o, ks_client *client, const ks__json *step)
{
  const ks__json *events_json = ks__json_member(step, "events");
  const ks__json *publish_json = ks__json_member(step, "publish");
  if (events_json == NULL || events_json->type != KS__JSON_ARRAY)
    return fail(o, "a subscription step needs an array events");
  Keyspace__V1__SubscribeRequest *request = (Keyspace__V1__SubscribeRequest *)parse(
      o, &keyspace__v1__subscribe_request__descriptor, ks__json_member(step, "subscribe"));
  ProtobufCMessage **want = calloc(events_json->count + 1, sizeof *want);
  for (size_t i = 0; !o->failed && i < events_json->count; i++)
    want[i] = parse(o, &keyspace__v1__subscription_event__descriptor, events_json->items[i]);
  events got = {NULL, 0};
  ks_error error = {0};
  ks_stream *stream = NULL;
  if (!o->failed) {
    stream = ks_subscribe_open(client, &error);
    if (stream == NULL || ks_subscribe_send(stream, request, &error) != KS_OK)
      fail(o, "Subscribe: %s: %s", ks_code_name(error.code), error.message);
  }
  if (!o->failed) {
    want_count = events_json->count;
    read_events(stream, &got, confirmed, request->n_channels);
  }
  for (size_t i = 0; !o->failed && publish_json != NULL && i < publish_json->count; i++) {
    ProtobufCMessage *publish =
        parse(o, &keyspace__v1__publish_request__descriptor, publish_json->items[i]);
    if (publish == NULL)
      break;
    if (ks_call(client, &ks_method_publish, publish, NULL, &error) != KS_OK) {
      char *shown = show(publish);
      fail(o, "Publish %s: %s", shown, error.message);
      free(shown);
    }
    ks_message_free(publish);
  }
  if (!o->failed)
    read_events(stream, &got, enough, events_json->count);
  if (!o->failed && got.count != events_json->count) {
    ks__text shown = {0};
    ks__text_printf(&shown, "got %zu events [", got.count);
    for (size_t i = 0; i < got.count; i++) {
      char *one = show(&got.items[i]->base);
      ks__text_printf(&shown, "%s%s", i > 0 ? ", " : "", one);
      free(one);
    }
    ks__text_printf(&shown, "], want %zu", events_json->count);
    fail(o, "Subscribe: %s", shown.data);
    ks__text_free(&shown);
  }
  for (size_t i = 0; !o->failed && i < got.count; i++) {
    char label[64];
    snprintf(label, sizeof label, "Subscribe event %zu", i);
    compare(o, label, &got.items[i]->base, want[i]);
  }
  ks_subscribe_close(stream);
  for (size_t i = 0; i < got.count; i++)
    ks_message_free(&got.items[i]->base);
  free(got.items);
  for (size_t i = 0; i < events_json->count; i++)
    ks_message_free(want[i]);
  free(want);
  ks_message_free((ProtobufCMessage *)request);
  ks_error_clear(&error);
  return !o->failed;
}

/* Runs one scenario; its detail (empty when it passed) goes in o. */
static void run_scenario(outcome *o, ks_client *client, const ks__json *scenario)
{
  ks_error error = {0};
  if (ks_flushall(client, NULL, NULL, &error) != KS_OK) {
    fail(o, "FlushAll: %s", error.message);
    ks_error_clear(&error);
    return;
  }
  const ks__json *steps = ks__json_member(scenario, "steps");
  for (size_t i = 0; steps != NULL && i < steps->count && !o->failed; i++) {
    const ks__json *step = steps->items[i];
    if (ks__json_member(step, "call") != NULL)
      unary(o, client, step);
    else if (ks__json_member(step, "pipeline") != NULL)
      pipeline(o, client, step);
    else if (ks__json_member(step, "subscribe") != NULL)
      subscription(o, client, step);
    else
      fail(o, "unknown kind of step");
    if (o->failed) {
      /* Prefix the detail with the step's number. */
      ks__text prefixed = {0};
      ks__text_printf(&prefixed, "step %zu: %s", i + 1, o->detail.data);
      ks__text_free(&o->detail);
      o->detail = prefixed;
    }
  }
}

static char *read_file(const char *path, size_t *length)
{
  FILE *file = fopen(path, "rb");
  if (file == NULL)
    return NULL;
  ks__text text = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, file)) > 0)
    ks__text_append(&text, chunk, n);
  fclose(file);
  *length = text.length;
  return ks__text_take(&text);
}

int main(int argc, char **argv)
{
  const char *address = NULL, *path = NULL;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--address") == 0)
      address = argv[i + 1];
    else if (strcmp(argv[i], "--scenarios") == 0)
      path = argv[i + 1];
  }
  if (address == NULL || path == NULL) {
    fprintf(stderr, "usage: keyspace-conformance --address HOST:PORT --scenarios FILE\n");
    return 2;
  }
  size_t length = 0;
  char *text = read_file(path, &length);
  if (text == NULL) {
    fprintf(stderr, "conformance: cannot read %s\n", path);
    return 1;
  }
  char *problem = NULL;
  ks__json *file = ks__json_parse(text, length, &problem);
  free(text);
  const ks__json *scenarios = ks__json_member(file, "scenarios");
  if (scenarios == NULL || scenarios->type != KS__JSON_ARRAY) {
    fprintf(stderr, "conformance: %s: %s\n", path, problem != NULL ? problem : "no scenarios");
    free(problem);
    ks__json_free(file);
    return 1;
  }
  ks_error error = {0};
  ks_client *client = ks_client_new(address, &error);
  if (client == NULL) {
    fprintf(stderr, "conformance: %s\n", error.message);
    ks_error_clear(&error);
    ks__json_free(file);
    return 1;
  }
  ks_client_set_timeout(client, CALL_TIMEOUT_MS);
  for (size_t i = 0; i < scenarios->count; i++) {
    const ks__json *scenario = scenarios->items[i];
    const char *name = text_of(scenario, "name");
    outcome o = {{0}, 0};
    run_scenario(&o, client, scenario);
    ks__text line = {0};
    ks__text_puts(&line, "{\"scenario\": ");
    ks__text_json_string(&line, name != NULL ? name : "", name != NULL ? strlen(name) : 0);
    ks__text_puts(&line, o.failed ? ", \"passed\": false, \"detail\": " : ", \"passed\": true, \"detail\": ");
    const char *detail = o.failed && o.detail.data != NULL ? o.detail.data : "";
    ks__text_json_string(&line, detail, strlen(detail));
    ks__text_puts(&line, "}\n");
    fputs(line.data != NULL ? line.data : "", stdout);
    fflush(stdout);
    ks__text_free(&line);
    ks__text_free(&o.detail);
  }
  ks_client_free(client);
  ks__json_free(file);
  return 0;
}
