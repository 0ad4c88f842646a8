/*
 * Errors: the ks_error struct, status code names, and reading a failed
 * call's status. The Redis prefix comes from the google.rpc.ErrorInfo that
 * Keyspace packs into the google.rpc.Status of the grpc-status-details-bin
 * trailer (decoded with protoc-gen-c's code for those messages), not from
 * the message text: a message's first word is not always a prefix (a
 * transport error's text is not a Redis error at all).
 */
#include <stdlib.h>
#include <string.h>

#include <grpc/slice.h>

#include "google/rpc/error_details.pb-c.h"
#include "google/rpc/status.pb-c.h"
#include "ks_internal.h"

#define ERROR_INFO_TYPE "type.googleapis.com/google.rpc.ErrorInfo"
#define DETAILS_KEY "grpc-status-details-bin"

static const char *const CODE_NAMES[] = {
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
};

const char *ks_code_name(int code)
{
  if (code < 0 || (size_t)code >= sizeof CODE_NAMES / sizeof CODE_NAMES[0])
    return "UNKNOWN";
  return CODE_NAMES[code];
}

ks_error *ks_error_new(void)
{
  return calloc(1, sizeof(ks_error));
}

void ks_error_clear(ks_error *error)
{
  if (error == NULL)
    return;
  free(error->message);
  free(error->reason);
  error->code = KS_CODE_OK;
  error->message = NULL;
  error->reason = NULL;
}

void ks_error_free(ks_error *error)
{
  ks_error_clear(error);
  free(error);
}

int ks_error_code(const ks_error *error)
{
  return error != NULL ? error->code : KS_CODE_OK;
}

const char *ks_error_message(const ks_error *error)
{
  return error != NULL ? error->message : NULL;
}

const char *ks_error_reason(const ks_error *error)
{
  return error != NULL ? error->reason : NULL;
}

static char *copy(const char *text, size_t length)
{
  char *out = malloc(length + 1);
  if (out != NULL) {
    memcpy(out, text, length);
    out[length] = '\0';
  }
  return out;
}

ks_status ks_error_set(ks_error *error, int code, const char *message)
{
  if (error != NULL) {
    ks_error_clear(error);
    error->code = code;
    error->message = copy(message, strlen(message));
  }
  return KS_ERROR;
}

/* The ErrorInfo reason in a serialized google.rpc.Status, or NULL. */
static char *reason_in(const uint8_t *data, size_t length)
{
  char *reason = NULL;
  Google__Rpc__Status *status = google__rpc__status__unpack(NULL, length, data);
  if (status == NULL)
    return NULL;
  for (size_t i = 0; i < status->n_details && reason == NULL; i++) {
    const Google__Protobuf__Any *detail = status->details[i];
    if (detail->type_url == NULL || strcmp(detail->type_url, ERROR_INFO_TYPE) != 0)
      continue;
    Google__Rpc__ErrorInfo *info =
        google__rpc__error_info__unpack(NULL, detail->value.len, detail->value.data);
    if (info != NULL && info->reason != NULL && info->reason[0] != '\0')
      reason = copy(info->reason, strlen(info->reason));
    google__rpc__error_info__free_unpacked(info, NULL);
  }
  google__rpc__status__free_unpacked(status, NULL);
  return reason;
}

ks_status ks__error_from_status(ks_error *error, grpc_status_code code, grpc_slice details,
                                const grpc_metadata_array *trailing)
{
  if (error == NULL)
    return KS_ERROR;
  ks_error_clear(error);
  error->code = (int)code;
  error->message = copy((const char *)GRPC_SLICE_START_PTR(details), GRPC_SLICE_LENGTH(details));
  for (size_t i = 0; trailing != NULL && i < trailing->count; i++) {
    const grpc_metadata *entry = &trailing->metadata[i];
    if (grpc_slice_str_cmp(entry->key, DETAILS_KEY) != 0)
      continue;
    /* gRPC core hands -bin trailers over decoded from base64. */
    error->reason = reason_in(GRPC_SLICE_START_PTR(entry->value), GRPC_SLICE_LENGTH(entry->value));
    break;
  }
  return KS_ERROR;
}
