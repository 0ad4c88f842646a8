/*
 * The transport: a client is a gRPC core channel; each unary call and each
 * stream has a completion queue of its own, of the pluck kind, which the
 * calling thread drains for exactly the operation it waits for. So calls
 * need no thread of the SDK's, any number of threads may make unary calls
 * on one client, and a stream's receive can wait with a timeout and be
 * resumed: an unfinished receive stays posted until a later receive (or the
 * stream's close) collects it.
 */
#include <stdlib.h>
#include <string.h>

#include <grpc/byte_buffer.h>
#include <grpc/byte_buffer_reader.h>
#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/time.h>

#include "ks_internal.h"
#include "ks_json_value.h"

#define KS_VERSION "0.1.0"
/* As the Python SDK: larger than the server's default limit, so that the
 * server's own limit is the one a large reply meets. */
#define MAX_MESSAGE_SIZE (64 * 1024 * 1024)

struct ks_client {
  grpc_channel *channel;
  int64_t timeout_ms;
};

const char *ks_version(void)
{
  return KS_VERSION;
}

ks_client *ks_client_new(const char *address, ks_error *error)
{
  if (address == NULL || address[0] == '\0') {
    ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no server address");
    return NULL;
  }
  ks_client *client = calloc(1, sizeof *client);
  if (client == NULL) {
    ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
    return NULL;
  }
  grpc_init();
  grpc_arg args[2];
  args[0].type = GRPC_ARG_INTEGER;
  args[0].key = (char *)GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH;
  args[0].value.integer = MAX_MESSAGE_SIZE;
  args[1].type = GRPC_ARG_INTEGER;
  args[1].key = (char *)GRPC_ARG_MAX_SEND_MESSAGE_LENGTH;
  args[1].value.integer = MAX_MESSAGE_SIZE;
  grpc_channel_args channel_args = {2, args};
  grpc_channel_credentials *credentials = grpc_insecure_credentials_create();
  client->channel = grpc_channel_create(address, credentials, &channel_args);
  grpc_channel_credentials_release(credentials);
  return client;
}

void ks_client_free(ks_client *client)
{
  if (client == NULL)
    return;
  grpc_channel_destroy(client->channel);
  free(client);
  grpc_shutdown();
}

void ks_client_set_timeout(ks_client *client, int64_t timeout_ms)
{
  if (client != NULL)
    client->timeout_ms = timeout_ms > 0 ? timeout_ms : 0;
}

int64_t ks__client_timeout(const ks_client *client)
{
  return client != NULL ? client->timeout_ms : 0;
}

const ks_method *ks_method_find(const char *name)
{
  if (name == NULL)
    return NULL;
  for (size_t i = 0; i < ks_method_count(); i++)
    if (strcmp(ks_method_at(i)->name, name) == 0)
      return ks_method_at(i);
  return NULL;
}

const ks_method *ks__method_named(const char *method, ks_error *error)
{
  const ks_method *found = ks_method_find(method);
  if (found == NULL) {
    ks__text text = {0};
    ks__text_printf(&text, "keyspace: the schema has no RPC named %s",
                    method != NULL ? method : "(null)");
    char *message = ks__text_take(&text);
    ks_error_set(error, KS_CODE_INVALID_ARGUMENT, message != NULL ? message : "keyspace: no RPC");
    free(message);
  }
  return found;
}

static gpr_timespec deadline_after(int64_t timeout_ms)
{
  if (timeout_ms < 0)
    return gpr_inf_future(GPR_CLOCK_MONOTONIC);
  return gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
                      gpr_time_from_millis(timeout_ms, GPR_TIMESPAN));
}

static grpc_byte_buffer *buffer_of(const uint8_t *data, size_t length)
{
  grpc_slice slice = grpc_slice_from_copied_buffer((const char *)data, length);
  grpc_byte_buffer *buffer = grpc_raw_byte_buffer_create(&slice, 1);
  grpc_slice_unref(slice);
  return buffer;
}

/* Moves a received message into a malloc'd buffer and destroys it. */
static ks_status take_buffer(grpc_byte_buffer *buffer, uint8_t **out, size_t *length,
                             ks_error *error)
{
  grpc_byte_buffer_reader reader;
  if (!grpc_byte_buffer_reader_init(&reader, buffer)) {
    grpc_byte_buffer_destroy(buffer);
    return ks_error_set(error, KS_CODE_INTERNAL, "keyspace: cannot read the server's response");
  }
  grpc_slice all = grpc_byte_buffer_reader_readall(&reader);
  grpc_byte_buffer_reader_destroy(&reader);
  grpc_byte_buffer_destroy(buffer);
  size_t size = GRPC_SLICE_LENGTH(all);
  uint8_t *data = malloc(size > 0 ? size : 1);
  if (data != NULL && size > 0)
    memcpy(data, GRPC_SLICE_START_PTR(all), size);
  grpc_slice_unref(all);
  if (data == NULL)
    return ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
  *out = data;
  *length = size;
  return KS_OK;
}

static ks_status call_error(grpc_call_error failure, ks_error *error)
{
  (void)failure;
  return ks_error_set(error, KS_CODE_INTERNAL, "keyspace: gRPC refused the call's operations");
}

/* ------------------------------------------------------------------------
 * Unary calls.
 */
static ks_status unary(ks_client *client, const ks_method *method, const uint8_t *request,
                       size_t request_length, uint8_t **response, size_t *response_length,
                       ks_error *error)
{
  *response = NULL;
  *response_length = 0;
  if (client == NULL || method == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no client or no method");
  if (method->client_streaming || method->server_streaming)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT,
                        "keyspace: a streaming RPC: use ks_stream_open");
  grpc_completion_queue *queue = grpc_completion_queue_create_for_pluck(NULL);
  gpr_timespec deadline = client->timeout_ms > 0
                              ? deadline_after(client->timeout_ms)
                              : gpr_inf_future(GPR_CLOCK_REALTIME);
  grpc_slice path = grpc_slice_from_static_string(method->path);
  grpc_call *call = grpc_channel_create_call(client->channel, NULL, GRPC_PROPAGATE_DEFAULTS,
                                             queue, path, NULL, deadline, NULL);
  grpc_byte_buffer *sent = buffer_of(request, request_length);
  grpc_byte_buffer *received = NULL;
  grpc_metadata_array initial, trailing;
  grpc_metadata_array_init(&initial);
  grpc_metadata_array_init(&trailing);
  grpc_status_code code = GRPC_STATUS_UNKNOWN;
  grpc_slice details = grpc_empty_slice();
  const char *error_string = NULL;

  grpc_op ops[6];
  memset(ops, 0, sizeof ops);
  ops[0].op = GRPC_OP_SEND_INITIAL_METADATA;
  ops[1].op = GRPC_OP_SEND_MESSAGE;
  ops[1].data.send_message.send_message = sent;
  ops[2].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
  ops[3].op = GRPC_OP_RECV_INITIAL_METADATA;
  ops[3].data.recv_initial_metadata.recv_initial_metadata = &initial;
  ops[4].op = GRPC_OP_RECV_MESSAGE;
  ops[4].data.recv_message.recv_message = &received;
  ops[5].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
  ops[5].data.recv_status_on_client.trailing_metadata = &trailing;
  ops[5].data.recv_status_on_client.status = &code;
  ops[5].data.recv_status_on_client.status_details = &details;
  ops[5].data.recv_status_on_client.error_string = &error_string;

  ks_status status;
  void *tag = &ops;
  grpc_call_error started = grpc_call_start_batch(call, ops, 6, tag, NULL);
  if (started != GRPC_CALL_OK) {
    status = call_error(started, error);
  } else {
    grpc_completion_queue_pluck(queue, tag, gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
    if (code != GRPC_STATUS_OK)
      status = ks__error_from_status(error, code, details, &trailing);
    else if (received == NULL)
      status = ks_error_set(error, KS_CODE_INTERNAL, "keyspace: the server sent no response");
    else {
      status = take_buffer(received, response, response_length, error);
      received = NULL;
    }
  }
  if (received != NULL)
    grpc_byte_buffer_destroy(received);
  grpc_byte_buffer_destroy(sent);
  grpc_metadata_array_destroy(&initial);
  grpc_metadata_array_destroy(&trailing);
  grpc_slice_unref(details);
  gpr_free((void *)error_string);
  grpc_call_unref(call);
  grpc_completion_queue_shutdown(queue);
  grpc_completion_queue_destroy(queue);
  return status;
}

ks_status ks_call(ks_client *client, const ks_method *method, const ProtobufCMessage *request,
                  ProtobufCMessage **response, ks_error *error)
{
  uint8_t *sent = NULL, *received = NULL;
  size_t sent_length = 0, received_length = 0;
  if (response != NULL)
    *response = NULL;
  if (method == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no method");
  ks_status status = ks__pack(request, method->input, &sent, &sent_length, error);
  if (status != KS_OK)
    return status;
  status = unary(client, method, sent, sent_length, &received, &received_length, error);
  free(sent);
  if (status == KS_OK && response != NULL)
    status = ks__unpack(method->output, received, received_length, response, error);
  free(received);
  return status;
}

ks_status ks_call_bytes(ks_client *client, const char *method, const uint8_t *request,
                        size_t request_length, uint8_t **response, size_t *response_length,
                        ks_error *error)
{
  uint8_t *ignored = NULL;
  size_t ignored_length = 0;
  const ks_method *found = ks__method_named(method, error);
  if (response != NULL)
    *response = NULL;
  if (response_length != NULL)
    *response_length = 0;
  if (found == NULL)
    return KS_ERROR;
  ks_status status = unary(client, found, request, request != NULL ? request_length : 0,
                           response != NULL ? response : &ignored,
                           response_length != NULL ? response_length : &ignored_length, error);
  free(ignored);
  return status;
}

ks_status ks_call_json(ks_client *client, const char *method, const char *request,
                       char **response, ks_error *error)
{
  ProtobufCMessage *sent = NULL, *received = NULL;
  if (response != NULL)
    *response = NULL;
  const ks_method *found = ks__method_named(method, error);
  if (found == NULL)
    return KS_ERROR;
  if (request != NULL && request[0] != '\0') {
    ks_status parsed = ks_message_from_json(found->input, request, strlen(request), &sent, error);
    if (parsed != KS_OK)
      return parsed;
  }
  ks_status status = ks_call(client, found, sent, &received, error);
  ks_message_free(sent);
  if (status == KS_OK && response != NULL) {
    *response = ks_message_to_json(received);
    if (*response == NULL)
      status = ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
  }
  ks_message_free(received);
  return status;
}

/* ------------------------------------------------------------------------
 * Streams. The operations of one stream go in separate batches, each with a
 * tag of its own (the address of one of the stream's fields), so that a
 * receive can stay posted while a send runs.
 */
struct ks_stream {
  const ks_method *method;
  grpc_completion_queue *queue;
  grpc_call *call;
  grpc_metadata_array initial;
  grpc_metadata_array trailing;
  grpc_status_code code;
  grpc_slice details;
  const char *error_string;
  grpc_byte_buffer *received;
  /* Whether RECV_INITIAL_METADATA was posted (it must be, once, before the
   * status can be had). */
  int initial_posted;
  /* A RECV_MESSAGE is posted and not yet collected. */
  int receiving;
  /* RECV_STATUS_ON_CLIENT is posted; finished: it was collected. */
  int status_posted;
  int finished;
  int half_closed;
};

#define TAG_SEND(stream) ((void *)&(stream)->half_closed)
#define TAG_RECEIVE(stream) ((void *)&(stream)->receiving)
#define TAG_STATUS(stream) ((void *)&(stream)->finished)

static int wait_for(ks_stream *stream, void *tag, gpr_timespec deadline)
{
  grpc_event event = grpc_completion_queue_pluck(stream->queue, tag, deadline, NULL);
  if (event.type == GRPC_QUEUE_TIMEOUT)
    return -1;
  return event.success ? 1 : 0;
}

/* Waits for the call's status (posting what it needs) and keeps it. */
static void finish(ks_stream *stream)
{
  if (stream->finished)
    return;
  if (!stream->status_posted) {
    grpc_op ops[2];
    size_t n = 0;
    memset(ops, 0, sizeof ops);
    if (!stream->initial_posted) {
      ops[n].op = GRPC_OP_RECV_INITIAL_METADATA;
      ops[n++].data.recv_initial_metadata.recv_initial_metadata = &stream->initial;
      stream->initial_posted = 1;
    }
    ops[n].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
    ops[n].data.recv_status_on_client.trailing_metadata = &stream->trailing;
    ops[n].data.recv_status_on_client.status = &stream->code;
    ops[n].data.recv_status_on_client.status_details = &stream->details;
    ops[n++].data.recv_status_on_client.error_string = &stream->error_string;
    if (grpc_call_start_batch(stream->call, ops, n, TAG_STATUS(stream), NULL) != GRPC_CALL_OK) {
      stream->code = GRPC_STATUS_INTERNAL;
      stream->finished = 1;
      return;
    }
    stream->status_posted = 1;
  }
  wait_for(stream, TAG_STATUS(stream), gpr_inf_future(GPR_CLOCK_REALTIME));
  stream->finished = 1;
}

/* What a finished stream says: KS_END for OK, else its error. */
static ks_status outcome(ks_stream *stream, ks_error *error)
{
  if (stream->code == GRPC_STATUS_OK)
    return KS_END;
  return ks__error_from_status(error, stream->code, stream->details, &stream->trailing);
}

ks_stream *ks_stream_open(ks_client *client, const ks_method *method, ks_error *error)
{
  if (client == NULL || method == NULL) {
    ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no client or no method");
    return NULL;
  }
  ks_stream *stream = calloc(1, sizeof *stream);
  if (stream == NULL) {
    ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
    return NULL;
  }
  stream->method = method;
  stream->queue = grpc_completion_queue_create_for_pluck(NULL);
  stream->details = grpc_empty_slice();
  grpc_metadata_array_init(&stream->initial);
  grpc_metadata_array_init(&stream->trailing);
  grpc_slice path = grpc_slice_from_static_string(method->path);
  stream->call = grpc_channel_create_call(client->channel, NULL, GRPC_PROPAGATE_DEFAULTS,
                                          stream->queue, path, NULL,
                                          gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
  grpc_op op;
  memset(&op, 0, sizeof op);
  op.op = GRPC_OP_SEND_INITIAL_METADATA;
  if (grpc_call_start_batch(stream->call, &op, 1, TAG_SEND(stream), NULL) != GRPC_CALL_OK ||
      wait_for(stream, TAG_SEND(stream), gpr_inf_future(GPR_CLOCK_REALTIME)) != 1) {
    finish(stream);
    if (outcome(stream, error) == KS_END)
      ks_error_set(error, KS_CODE_INTERNAL, "keyspace: the stream could not start");
    ks_stream_close(stream);
    return NULL;
  }
  return stream;
}

ks_stream *ks_stream_open_named(ks_client *client, const char *method, ks_error *error)
{
  const ks_method *found = ks__method_named(method, error);
  return found != NULL ? ks_stream_open(client, found, error) : NULL;
}

const ks_method *ks_stream_method(const ks_stream *stream)
{
  return stream != NULL ? stream->method : NULL;
}

ks_status ks_stream_send_bytes(ks_stream *stream, const uint8_t *request, size_t length,
                               ks_error *error)
{
  if (stream == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no stream");
  if (stream->finished || stream->half_closed)
    return ks_error_set(error, KS_CODE_FAILED_PRECONDITION,
                        "keyspace: the stream takes no more requests");
  grpc_byte_buffer *buffer = buffer_of(request, request != NULL ? length : 0);
  grpc_op op;
  memset(&op, 0, sizeof op);
  op.op = GRPC_OP_SEND_MESSAGE;
  op.data.send_message.send_message = buffer;
  grpc_call_error started = grpc_call_start_batch(stream->call, &op, 1, TAG_SEND(stream), NULL);
  int sent = started == GRPC_CALL_OK &&
             wait_for(stream, TAG_SEND(stream), gpr_inf_future(GPR_CLOCK_REALTIME)) == 1;
  grpc_byte_buffer_destroy(buffer);
  if (sent)
    return KS_OK;
  if (started != GRPC_CALL_OK)
    return call_error(started, error);
  /* The call is over: its status says why. */
  finish(stream);
  if (outcome(stream, error) == KS_END)
    return ks_error_set(error, KS_CODE_FAILED_PRECONDITION, "keyspace: the stream has ended");
  return KS_ERROR;
}

ks_status ks_stream_send(ks_stream *stream, const ProtobufCMessage *request, ks_error *error)
{
  uint8_t *data = NULL;
  size_t length = 0;
  if (stream == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no stream");
  ks_status status = ks__pack(request, stream->method->input, &data, &length, error);
  if (status == KS_OK)
    status = ks_stream_send_bytes(stream, data, length, error);
  free(data);
  return status;
}

ks_status ks_stream_send_json(ks_stream *stream, const char *request, ks_error *error)
{
  ProtobufCMessage *message = NULL;
  if (stream == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no stream");
  if (request != NULL && request[0] != '\0') {
    ks_status parsed = ks_message_from_json(stream->method->input, request, strlen(request),
                                            &message, error);
    if (parsed != KS_OK)
      return parsed;
  }
  ks_status status = ks_stream_send(stream, message, error);
  ks_message_free(message);
  return status;
}

ks_status ks_stream_recv_bytes(ks_stream *stream, uint8_t **response, size_t *length,
                               int64_t timeout_ms, ks_error *error)
{
  *response = NULL;
  *length = 0;
  if (stream == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no stream");
  if (stream->finished && !stream->receiving)
    return outcome(stream, error);
  if (!stream->receiving) {
    grpc_op ops[2];
    size_t n = 0;
    memset(ops, 0, sizeof ops);
    if (!stream->initial_posted) {
      ops[n].op = GRPC_OP_RECV_INITIAL_METADATA;
      ops[n++].data.recv_initial_metadata.recv_initial_metadata = &stream->initial;
    }
    ops[n].op = GRPC_OP_RECV_MESSAGE;
    ops[n++].data.recv_message.recv_message = &stream->received;
    grpc_call_error started =
        grpc_call_start_batch(stream->call, ops, n, TAG_RECEIVE(stream), NULL);
    if (started != GRPC_CALL_OK)
      return call_error(started, error);
    stream->initial_posted = 1;
    stream->receiving = 1;
  }
  if (wait_for(stream, TAG_RECEIVE(stream), deadline_after(timeout_ms)) < 0)
    return KS_TIMEOUT;
  stream->receiving = 0;
  if (stream->received != NULL) {
    grpc_byte_buffer *buffer = stream->received;
    stream->received = NULL;
    return take_buffer(buffer, response, length, error);
  }
  /* No message: the server ended the stream, well or not. */
  finish(stream);
  return outcome(stream, error);
}

ks_status ks_stream_recv(ks_stream *stream, ProtobufCMessage **response, int64_t timeout_ms,
                         ks_error *error)
{
  uint8_t *data = NULL;
  size_t length = 0;
  if (response != NULL)
    *response = NULL;
  ks_status status = ks_stream_recv_bytes(stream, &data, &length, timeout_ms, error);
  if (status == KS_OK && response != NULL)
    status = ks__unpack(stream->method->output, data, length, response, error);
  free(data);
  return status;
}

ks_status ks_stream_recv_json(ks_stream *stream, char **response, int64_t timeout_ms,
                              ks_error *error)
{
  ProtobufCMessage *message = NULL;
  *response = NULL;
  ks_status status = ks_stream_recv(stream, &message, timeout_ms, error);
  if (status == KS_OK) {
    *response = ks_message_to_json(message);
    if (*response == NULL)
      status = ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
  }
  ks_message_free(message);
  return status;
}

ks_status ks_stream_close_send(ks_stream *stream, ks_error *error)
{
  if (stream == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no stream");
  if (stream->half_closed || stream->finished)
    return KS_OK;
  grpc_op op;
  memset(&op, 0, sizeof op);
  op.op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
  grpc_call_error started = grpc_call_start_batch(stream->call, &op, 1, TAG_SEND(stream), NULL);
  if (started != GRPC_CALL_OK)
    return call_error(started, error);
  stream->half_closed = 1;
  wait_for(stream, TAG_SEND(stream), gpr_inf_future(GPR_CLOCK_REALTIME));
  return KS_OK;
}

void ks_stream_close(ks_stream *stream)
{
  if (stream == NULL)
    return;
  if (!stream->finished)
    grpc_call_cancel(stream->call, NULL);
  if (stream->receiving) {
    wait_for(stream, TAG_RECEIVE(stream), gpr_inf_future(GPR_CLOCK_REALTIME));
    stream->receiving = 0;
  }
  if (stream->received != NULL)
    grpc_byte_buffer_destroy(stream->received);
  finish(stream);
  grpc_metadata_array_destroy(&stream->initial);
  grpc_metadata_array_destroy(&stream->trailing);
  grpc_slice_unref(stream->details);
  gpr_free((void *)stream->error_string);
  grpc_call_unref(stream->call);
  grpc_completion_queue_shutdown(stream->queue);
  grpc_completion_queue_destroy(stream->queue);
  free(stream);
}
