/* Messages: serializing, freeing, and building bytes fields. */
#include <stdlib.h>
#include <string.h>

#include "ks_internal.h"

void ks_message_free(ProtobufCMessage *message)
{
  protobuf_c_message_free_unpacked(message, NULL);
}

ProtobufCBinaryData ks_bytes(const void *data, size_t length)
{
  ProtobufCBinaryData bytes;
  /* Request fields are only read: the cast does not let the SDK write. */
  bytes.data = (uint8_t *)data;
  bytes.len = data != NULL ? length : 0;
  return bytes;
}

ProtobufCBinaryData ks_str(const char *text)
{
  return ks_bytes(text, text != NULL ? strlen(text) : 0);
}

void ks_free(void *pointer)
{
  free(pointer);
}

ks_status ks__pack(const ProtobufCMessage *message, const ProtobufCMessageDescriptor *expected,
                   uint8_t **out, size_t *length, ks_error *error)
{
  *out = NULL;
  *length = 0;
  if (message == NULL)
    return KS_OK;
  if (message->descriptor != expected)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT,
                        "keyspace: the request is not the message the method takes");
  size_t size = protobuf_c_message_get_packed_size(message);
  /* malloc(0) may answer NULL: keep one byte so that NULL means failure. */
  uint8_t *data = malloc(size > 0 ? size : 1);
  if (data == NULL)
    return ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
  *length = protobuf_c_message_pack(message, data);
  *out = data;
  return KS_OK;
}

ks_status ks__unpack(const ProtobufCMessageDescriptor *descriptor, const uint8_t *data,
                     size_t length, ProtobufCMessage **out, ks_error *error)
{
  *out = protobuf_c_message_unpack(descriptor, NULL, length, data);
  if (*out == NULL)
    return ks_error_set(error, KS_CODE_INTERNAL,
                        "keyspace: the server's response is not a valid message");
  return KS_OK;
}
