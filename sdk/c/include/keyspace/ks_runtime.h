/*
 * The Keyspace C SDK's runtime: a client over gRPC core, unary calls and
 * streams, errors, and a proto3 JSON codec for protobuf-c messages.
 *
 * Made to be bound from other languages as well as called from C: plain
 * functions, opaque handles (ks_client, ks_stream, ks_subscription), byte
 * buffers with lengths, a free function for everything the SDK allocates,
 * and errors in a plain struct (ks_error) with accessors. Three ways to call
 * an RPC, from the most typed to the most portable:
 *
 *   - ks_get(client, &request, &response, &error), generated per RPC
 *     (keyspace_client.h), over protoc-gen-c's message structs;
 *   - ks_call_json(client, "Get", "{\"key\":\"Zm9v\"}", &json, &error):
 *     every RPC by name, messages as proto3 JSON text;
 *   - ks_call_bytes(client, "Get", bytes, length, &out, &out_length, &error):
 *     every RPC by name, messages serialized (for a binding with its own
 *     protobuf codec).
 *
 * Ownership: whatever a function hands back through an out parameter is the
 * caller's: messages are freed with ks_message_free() (or protoc-gen-c's
 * *__free_unpacked(message, NULL)), strings and buffers with ks_free(),
 * handles with their own *_free/_close function. Nothing here keeps a
 * pointer to what the caller passes in after the call returns.
 */
#ifndef KEYSPACE_KS_RUNTIME_H
#define KEYSPACE_KS_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include <protobuf-c/protobuf-c.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks the SDK's API (exported from libkeyspace.so). */
#if defined(__GNUC__)
#define KS_API __attribute__((visibility("default")))
#else
#define KS_API
#endif

/* What a call ended with. */
typedef enum ks_status {
  /* It succeeded. */
  KS_OK = 0,
  /* It failed: the ks_error says why. */
  KS_ERROR = 1,
  /* A stream receive found nothing within its timeout; the stream is still
   * usable and the next receive goes on waiting for the same message. */
  KS_TIMEOUT = 2,
  /* The server ended the stream normally: there is nothing more to
   * receive. */
  KS_END = 3
} ks_status;

/* gRPC status codes (the same numbers as grpc_status_code and
 * google.rpc.Code), so that a binding needs no gRPC header. */
typedef enum ks_code {
  KS_CODE_OK = 0,
  KS_CODE_CANCELLED = 1,
  KS_CODE_UNKNOWN = 2,
  KS_CODE_INVALID_ARGUMENT = 3,
  KS_CODE_DEADLINE_EXCEEDED = 4,
  KS_CODE_NOT_FOUND = 5,
  KS_CODE_ALREADY_EXISTS = 6,
  KS_CODE_PERMISSION_DENIED = 7,
  KS_CODE_RESOURCE_EXHAUSTED = 8,
  KS_CODE_FAILED_PRECONDITION = 9,
  KS_CODE_ABORTED = 10,
  KS_CODE_OUT_OF_RANGE = 11,
  KS_CODE_UNIMPLEMENTED = 12,
  KS_CODE_INTERNAL = 13,
  KS_CODE_UNAVAILABLE = 14,
  KS_CODE_DATA_LOSS = 15,
  KS_CODE_UNAUTHENTICATED = 16
} ks_code;

/*
 * Why a call failed. Start it zeroed ({0}, or ks_error_new()); every failing
 * function fills it (freeing what it held), and ks_error_clear() frees its
 * strings. Passing NULL where a ks_error * is expected is allowed: the
 * failure is then only in the returned status.
 */
typedef struct ks_error {
  /* The gRPC status code (ks_code); KS_CODE_OK when there is no error. */
  int code;
  /* The status message: Redis's whole error text for a Redis error
   * ("WRONGTYPE Operation against a key holding the wrong kind of value"),
   * else what went wrong; NULL when there is no error. */
  char *message;
  /* The Redis error prefix ("ERR", "WRONGTYPE", ...): the reason of the
   * google.rpc.ErrorInfo the server sends in the grpc-status-details-bin
   * trailer. NULL when the failure is not a Redis error (an unreachable
   * server, a passed deadline, a bad argument caught in the SDK). */
  char *reason;
} ks_error;

KS_API ks_error *ks_error_new(void);
KS_API void ks_error_free(ks_error *error);
KS_API void ks_error_clear(ks_error *error);
/* Accessors, for bindings that would rather not read the struct. */
KS_API int ks_error_code(const ks_error *error);
KS_API const char *ks_error_message(const ks_error *error);
KS_API const char *ks_error_reason(const ks_error *error);
/* Fills error (code, a copy of message, no reason); returns KS_ERROR. */
KS_API ks_status ks_error_set(ks_error *error, int code, const char *message);
/* A code's canonical name: "FAILED_PRECONDITION"; "UNKNOWN" for a number
 * that is no code. */
KS_API const char *ks_code_name(int code);

/* The SDK's version, "MAJOR.MINOR.PATCH". */
KS_API const char *ks_version(void);
/* Frees a string or buffer the SDK returned; NULL is allowed. */
KS_API void ks_free(void *pointer);

/* ------------------------------------------------------------------------
 * Clients. A ks_client is one gRPC channel (it connects when first used and
 * reconnects by itself) and may be shared by threads for unary calls.
 */
typedef struct ks_client ks_client;

/* A client of the server at address ("host:port"; any gRPC target works,
 * such as "unix:/path"), over plaintext HTTP/2. NULL and error filled when
 * the address is missing. An unreachable server is reported by the calls
 * (KS_CODE_UNAVAILABLE), not here. */
KS_API ks_client *ks_client_new(const char *address, ks_error *error);
KS_API void ks_client_free(ks_client *client);
/* The deadline of each unary call, in milliseconds from its start; 0 (the
 * default) means none. Streams have no deadline (a subscription lasts). */
KS_API void ks_client_set_timeout(ks_client *client, int64_t timeout_ms);

/* ------------------------------------------------------------------------
 * Methods: one per RPC of the schema (generated in keyspace_client.c).
 */
typedef struct ks_method {
  /* The RPC's name in the schema: "Get", "ZRangeByScore", "Subscribe". */
  const char *name;
  /* Its HTTP/2 path: "/keyspace.v1.KeyspaceService/Get". */
  const char *path;
  /* The request and response messages. */
  const ProtobufCMessageDescriptor *input;
  const ProtobufCMessageDescriptor *output;
  /* Non-zero for a stream of requests / of responses. */
  int client_streaming;
  int server_streaming;
} ks_method;

KS_API size_t ks_method_count(void);
/* The method at index (schema order), NULL past the end. */
KS_API const ks_method *ks_method_at(size_t index);
/* The method named name ("Get"), NULL when the schema has none. */
KS_API const ks_method *ks_method_find(const char *name);

/* ------------------------------------------------------------------------
 * Unary calls.
 */

/* Calls a unary method. request may be NULL for the empty request (every
 * field at its default); it must be of method->input. On KS_OK *response is
 * a new message of method->output (free it with ks_message_free); response
 * may be NULL when the reply does not matter. */
KS_API ks_status ks_call(ks_client *client, const ks_method *method,
                         const ProtobufCMessage *request, ProtobufCMessage **response,
                         ks_error *error);

/* Calls the unary RPC named method with a serialized request; on KS_OK
 * *response (free it with ks_free) holds the serialized response. */
KS_API ks_status ks_call_bytes(ks_client *client, const char *method, const uint8_t *request,
                               size_t request_length, uint8_t **response,
                               size_t *response_length, ks_error *error);

/* Calls the unary RPC named method with a request in proto3 JSON (NULL or ""
 * for the empty request); on KS_OK *response (free it with ks_free) is the
 * response in proto3 JSON. */
KS_API ks_status ks_call_json(ks_client *client, const char *method, const char *request,
                              char **response, ks_error *error);

/* ------------------------------------------------------------------------
 * Streams (Pipeline, Subscribe): one call that stays open. A stream may be
 * used by one thread at a time; its client must outlive it.
 */
typedef struct ks_stream ks_stream;

KS_API ks_stream *ks_stream_open(ks_client *client, const ks_method *method, ks_error *error);
/* By the RPC's name ("Pipeline", "Subscribe"), for bindings. */
KS_API ks_stream *ks_stream_open_named(ks_client *client, const char *method, ks_error *error);
/* The method the stream was opened for. */
KS_API const ks_method *ks_stream_method(const ks_stream *stream);

/* Sends one request (of the method's input). */
KS_API ks_status ks_stream_send(ks_stream *stream, const ProtobufCMessage *request,
                                ks_error *error);
KS_API ks_status ks_stream_send_bytes(ks_stream *stream, const uint8_t *request, size_t length,
                                      ks_error *error);
KS_API ks_status ks_stream_send_json(ks_stream *stream, const char *request, ks_error *error);

/* Receives the next response, waiting at most timeout_ms (negative: no
 * limit, 0: only what has arrived). KS_OK with the response; KS_TIMEOUT when
 * none came in time; KS_END when the server ended the stream normally;
 * KS_ERROR when it ended with an error. */
KS_API ks_status ks_stream_recv(ks_stream *stream, ProtobufCMessage **response,
                                int64_t timeout_ms, ks_error *error);
KS_API ks_status ks_stream_recv_bytes(ks_stream *stream, uint8_t **response, size_t *length,
                                      int64_t timeout_ms, ks_error *error);
KS_API ks_status ks_stream_recv_json(ks_stream *stream, char **response, int64_t timeout_ms,
                                     ks_error *error);

/* Tells the server that no more requests follow (the server then ends the
 * stream once it has answered them). */
KS_API ks_status ks_stream_close_send(ks_stream *stream, ks_error *error);
/* Ends the stream (cancelling it if the server has not ended it) and frees
 * it; NULL is allowed. */
KS_API void ks_stream_close(ks_stream *stream);

/* ------------------------------------------------------------------------
 * Messages.
 */

/* Frees a message the SDK returned (any protoc-gen-c message whose memory
 * comes from malloc, as unpacked and parsed messages do); NULL is allowed. */
KS_API void ks_message_free(ProtobufCMessage *message);

/* Parses proto3 JSON (lowerCamelCase or proto field names, base64 bytes,
 * 64-bit integers as strings or numbers, enums by name or number, null for
 * unset) into a new message of type descriptor. */
KS_API ks_status ks_message_from_json(const ProtobufCMessageDescriptor *descriptor,
                                      const char *json, size_t length,
                                      ProtobufCMessage **message, ks_error *error);
/* The message in canonical proto3 JSON (fields at their default left out,
 * set optional and oneof fields kept); free it with ks_free. NULL only when
 * memory runs out. */
KS_API char *ks_message_to_json(const ProtobufCMessage *message);

/* Whether field name (the proto name, "value") is set: for an optional or
 * oneof field whether it is present, for a repeated field whether it has
 * elements, for any other field whether it differs from its default. 0 also
 * when the message has no such field. */
KS_API int ks_has_field(const ProtobufCMessage *message, const char *name);

/* A bytes field's value pointing at data (not copied): for request fields,
 * request.key = ks_bytes(key, key_length). */
KS_API ProtobufCBinaryData ks_bytes(const void *data, size_t length);
/* The same for a NUL-terminated string, without its NUL. */
KS_API ProtobufCBinaryData ks_str(const char *text);

#ifdef __cplusplus
}
#endif

#endif
