/* Internal: what the runtime's modules share. Not installed. */
#ifndef KEYSPACE_KS_INTERNAL_H
#define KEYSPACE_KS_INTERNAL_H

#include <grpc/grpc.h>

#include <keyspace/ks_runtime.h>

/* Fills error from a finished call's status: code, message, and the Redis
 * prefix from the google.rpc.Status in the grpc-status-details-bin
 * trailer. Returns KS_ERROR. */
ks_status ks__error_from_status(ks_error *error, grpc_status_code code, grpc_slice details,
                                const grpc_metadata_array *trailing);

/* The client's unary timeout in milliseconds, 0 for none. */
int64_t ks__client_timeout(const ks_client *client);

/* The RPC named method, or NULL with error filled. */
const ks_method *ks__method_named(const char *method, ks_error *error);

/* Serializes message (NULL: the empty message) into a malloc'd buffer. */
ks_status ks__pack(const ProtobufCMessage *message, const ProtobufCMessageDescriptor *expected,
                   uint8_t **out, size_t *length, ks_error *error);
/* Unpacks bytes into a message of descriptor (malloc'd, free_unpacked). */
ks_status ks__unpack(const ProtobufCMessageDescriptor *descriptor, const uint8_t *data,
                     size_t length, ProtobufCMessage **out, ks_error *error);

#endif
