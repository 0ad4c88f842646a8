/* Pipelines: wrapping requests as Commands, one batch per stream, and
 * reading error replies. */
#include <stdlib.h>
#include <string.h>

#include <keyspace/keyspace.h>

#include "ks_internal.h"

int ks_command_init(Keyspace__V1__Command *command, const ProtobufCMessage *request)
{
  const ProtobufCMessageDescriptor *descriptor = &keyspace__v1__command__descriptor;
  if (command == NULL)
    return -1;
  keyspace__v1__command__init(command);
  if (request == NULL)
    return -1;
  for (unsigned i = 0; i < descriptor->n_fields; i++) {
    const ProtobufCFieldDescriptor *field = &descriptor->fields[i];
    if (field->type != PROTOBUF_C_TYPE_MESSAGE || field->descriptor != request->descriptor)
      continue;
    *(uint32_t *)((char *)command + field->quantifier_offset) = field->id;
    /* Borrowed, as documented: the Command is only packed, never freed
     * through free_unpacked by the SDK. */
    *(const ProtobufCMessage **)((char *)command + field->offset) = request;
    return 0;
  }
  return -1;
}

ks_status ks_pipeline_run(ks_client *client, Keyspace__V1__Command *const *commands,
                          size_t count, Keyspace__V1__PipelineResponse **response,
                          ks_error *error)
{
  Keyspace__V1__PipelineRequest request;
  Keyspace__V1__PipelineResponse *received = NULL;
  if (response != NULL)
    *response = NULL;
  keyspace__v1__pipeline_request__init(&request);
  request.n_commands = count;
  request.commands = (Keyspace__V1__Command **)commands;
  ks_stream *stream = ks_pipeline_open(client, error);
  if (stream == NULL)
    return KS_ERROR;
  ks_status status = ks_pipeline_send(stream, &request, error);
  if (status == KS_OK)
    status = ks_pipeline_close_send(stream, error);
  if (status == KS_OK)
    status = ks_pipeline_recv(stream, &received, -1, error);
  if (status == KS_END)
    status = ks_error_set(error, KS_CODE_INTERNAL,
                          "keyspace: the server ended the pipeline without replying");
  ks_pipeline_close(stream);
  if (status == KS_OK && response != NULL)
    *response = received;
  else
    ks_message_free((ProtobufCMessage *)received);
  return status;
}

static char *copy(const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;
  size_t n = strlen(text) + 1;
  char *out = malloc(n);
  if (out != NULL)
    memcpy(out, text, n);
  return out;
}

int ks_reply_error(const Keyspace__V1__Reply *reply, ks_error *error)
{
  if (reply == NULL || reply->reply_case != KEYSPACE__V1__REPLY__REPLY_ERROR ||
      reply->error == NULL)
    return 0;
  if (error != NULL) {
    ks_error_clear(error);
    error->code = reply->error->code;
    error->message = copy(reply->error->message);
    error->reason = copy(reply->error->reason);
  }
  return 1;
}
