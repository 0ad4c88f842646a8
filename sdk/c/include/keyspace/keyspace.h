/*
 * The Keyspace C SDK: include this one header.
 *
 *   ks_runtime.h          clients, calls, streams, errors, JSON
 *   keyspace_client.h     one function per RPC (generated from the schema)
 *   keyspace/v1/...pb-c.h the messages (protoc-gen-c, generated)
 *
 * and, below, the hand-written helpers for pipelines and subscriptions.
 */
#ifndef KEYSPACE_KEYSPACE_H
#define KEYSPACE_KEYSPACE_H

#include <keyspace/keyspace_client.h>
#include <keyspace/ks_runtime.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Pipelines and transactions: Command and Reply (pipeline.proto) hold any
 * command's request and reply, in the oneof field named after the Redis
 * command (command->set, reply->get, ...).
 */

/* Makes command hold request, a command's request message (a
 * Keyspace__V1__SetRequest, ...): command is initialized and borrows request,
 * which must outlive it. Returns 0, or -1 when no command takes that
 * message. */
KS_API int ks_command_init(Keyspace__V1__Command *command, const ProtobufCMessage *request);

/* Runs count commands in one batch on the Pipeline stream: *response has one
 * reply per command, in order. A command that fails has an error reply (see
 * ks_reply_error) and the others still run; KS_ERROR is for the batch as a
 * whole (the server unreachable, ...). Free *response with
 * ks_message_free. */
KS_API ks_status ks_pipeline_run(ks_client *client, Keyspace__V1__Command *const *commands,
                                 size_t count, Keyspace__V1__PipelineResponse **response,
                                 ks_error *error);

/* Whether reply is a failed command's; if so and error is not NULL, error
 * gets its code, Redis error text and prefix, as a failed unary call's. */
KS_API int ks_reply_error(const Keyspace__V1__Reply *reply, ks_error *error);

/* ------------------------------------------------------------------------
 * Subscriptions: a Subscribe stream that hands over its events one at a
 * time, as they arrive.
 */
typedef struct ks_subscription ks_subscription;

/* Opens a Subscribe stream following nothing yet. */
KS_API ks_subscription *ks_subscription_open(ks_client *client, ks_error *error);

/* SUBSCRIBE (action KEYSPACE__V1__SUBSCRIBE_ACTION__SUBSCRIBE_ACTION_SUBSCRIBE),
 * PSUBSCRIBE or SSUBSCRIBE to count channels (or patterns): names[i] of
 * lengths[i] bytes (lengths NULL: NUL-terminated names). Returns once the
 * server has confirmed every one, so that a message published after it
 * returns is delivered; the confirmations are consumed, and messages that
 * arrived meanwhile wait for ks_subscription_next. Waits at most the
 * client's timeout (ks_client_set_timeout), if it has one. KS_ERROR when the
 * server answered the request with an error event, or the stream failed. */
KS_API ks_status ks_subscription_subscribe(ks_subscription *subscription, int action,
                                           const char *const *names, const size_t *lengths,
                                           size_t count, ks_error *error);

/* Sends any SubscribeRequest (UNSUBSCRIBE, PING, resume points) without
 * waiting; its answers arrive through ks_subscription_next. */
KS_API ks_status ks_subscription_send(ks_subscription *subscription,
                                      const Keyspace__V1__SubscribeRequest *request,
                                      ks_error *error);

/* The next event, waiting at most timeout_ms (negative: no limit): a
 * message (event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_MESSAGE,
 * event->message), a subscription change, a discontinuity, a pong or an
 * error event; heartbeats are skipped. KS_TIMEOUT when none came in time,
 * KS_END or KS_ERROR when the stream ended. Free *event with
 * ks_message_free. */
KS_API ks_status ks_subscription_next(ks_subscription *subscription,
                                      Keyspace__V1__SubscriptionEvent **event,
                                      int64_t timeout_ms, ks_error *error);

/* Ends the subscription and frees it; NULL is allowed. */
KS_API void ks_subscription_close(ks_subscription *subscription);

#ifdef __cplusplus
}
#endif

#endif
