/* Subscriptions: a Subscribe stream whose responses are split into events,
 * handed over one at a time. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <keyspace/keyspace.h>

#include "ks_internal.h"

struct ks_subscription {
  ks_client *client;
  ks_stream *stream;
  /* Events received and not yet handed over, oldest first. */
  Keyspace__V1__SubscriptionEvent **events;
  size_t first;
  size_t count;
  size_t capacity;
};

static int64_t now_ms(void)
{
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

ks_subscription *ks_subscription_open(ks_client *client, ks_error *error)
{
  ks_subscription *subscription = calloc(1, sizeof *subscription);
  if (subscription == NULL) {
    ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
    return NULL;
  }
  subscription->client = client;
  subscription->stream = ks_subscribe_open(client, error);
  if (subscription->stream == NULL) {
    free(subscription);
    return NULL;
  }
  return subscription;
}

static int push(ks_subscription *subscription, Keyspace__V1__SubscriptionEvent *event)
{
  if (subscription->first + subscription->count == subscription->capacity) {
    if (subscription->first > 0) {
      memmove(subscription->events, subscription->events + subscription->first,
              subscription->count * sizeof *subscription->events);
      subscription->first = 0;
    } else {
      size_t capacity = subscription->capacity ? subscription->capacity * 2 : 16;
      Keyspace__V1__SubscriptionEvent **events =
          realloc(subscription->events, capacity * sizeof *events);
      if (events == NULL)
        return 0;
      subscription->events = events;
      subscription->capacity = capacity;
    }
  }
  subscription->events[subscription->first + subscription->count++] = event;
  return 1;
}

static Keyspace__V1__SubscriptionEvent *pop(ks_subscription *subscription)
{
  if (subscription->count == 0)
    return NULL;
  subscription->count--;
  return subscription->events[subscription->first++];
}

/* Receives one response and queues its events (heartbeats dropped). */
static ks_status receive(ks_subscription *subscription, int64_t timeout_ms, ks_error *error)
{
  Keyspace__V1__SubscribeResponse *response = NULL;
  ks_status status = ks_subscribe_recv(subscription->stream, &response, timeout_ms, error);
  if (status != KS_OK)
    return status;
  for (size_t i = 0; i < response->n_events; i++) {
    Keyspace__V1__SubscriptionEvent *event = response->events[i];
    response->events[i] = NULL;
    if (event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_HEARTBEAT) {
      ks_message_free(&event->base);
    } else if (!push(subscription, event)) {
      ks_message_free(&event->base);
      status = ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
    }
  }
  /* The events are the queue's now: free the response and its array only. */
  response->n_events = 0;
  ks_message_free(&response->base);
  return status;
}

ks_status ks_subscription_send(ks_subscription *subscription,
                               const Keyspace__V1__SubscribeRequest *request, ks_error *error)
{
  if (subscription == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no subscription");
  return ks_subscribe_send(subscription->stream, request, error);
}

ks_status ks_subscription_subscribe(ks_subscription *subscription, int action,
                                    const char *const *names, const size_t *lengths,
                                    size_t count, ks_error *error)
{
  if (subscription == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no subscription");
  ProtobufCBinaryData *channels = calloc(count > 0 ? count : 1, sizeof *channels);
  if (channels == NULL)
    return ks_error_set(error, KS_CODE_RESOURCE_EXHAUSTED, "keyspace: out of memory");
  for (size_t i = 0; i < count; i++)
    channels[i] = lengths != NULL ? ks_bytes(names[i], lengths[i]) : ks_str(names[i]);
  Keyspace__V1__SubscribeRequest request;
  keyspace__v1__subscribe_request__init(&request);
  request.action = (Keyspace__V1__SubscribeAction)action;
  request.n_channels = count;
  request.channels = channels;
  ks_status status = ks_subscribe_send(subscription->stream, &request, error);
  free(channels);
  if (status != KS_OK)
    return status;

  /* Events before the confirmations stay queued; the confirmations (and an
   * error event answering the request) are taken out. */
  size_t waiting_from = subscription->count;
  size_t confirmed = 0;
  int64_t timeout = ks__client_timeout(subscription->client);
  int64_t deadline = timeout > 0 ? now_ms() + timeout : -1;
  while (confirmed < count) {
    size_t scanned = subscription->first + waiting_from;
    while (scanned < subscription->first + subscription->count && confirmed < count) {
      Keyspace__V1__SubscriptionEvent *event = subscription->events[scanned];
      int is_change = event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_CHANGE &&
                      (int)event->change->action == action;
      int is_error = event->event_case == KEYSPACE__V1__SUBSCRIPTION_EVENT__EVENT_ERROR;
      if (!is_change && !is_error) {
        scanned++;
        continue;
      }
      size_t end = subscription->first + subscription->count;
      memmove(&subscription->events[scanned], &subscription->events[scanned + 1],
              (end - scanned - 1) * sizeof *subscription->events);
      subscription->count--;
      if (is_error) {
        ks_error_set(error, event->error->code, event->error->message);
        if (error != NULL && event->error->reason[0] != '\0') {
          size_t n = strlen(event->error->reason) + 1;
          error->reason = malloc(n);
          if (error->reason != NULL)
            memcpy(error->reason, event->error->reason, n);
        }
        ks_message_free(&event->base);
        return KS_ERROR;
      }
      ks_message_free(&event->base);
      confirmed++;
    }
    waiting_from = scanned - subscription->first;
    if (confirmed == count)
      break;
    int64_t left = deadline < 0 ? -1 : deadline - now_ms();
    if (deadline >= 0 && left < 0)
      left = 0;
    status = receive(subscription, left, error);
    if (status == KS_TIMEOUT)
      return ks_error_set(error, KS_CODE_DEADLINE_EXCEEDED,
                          "keyspace: the server did not confirm the subscription in time");
    if (status == KS_END)
      return ks_error_set(error, KS_CODE_UNAVAILABLE, "keyspace: the subscription ended");
    if (status != KS_OK)
      return status;
  }
  return KS_OK;
}

ks_status ks_subscription_next(ks_subscription *subscription,
                               Keyspace__V1__SubscriptionEvent **event, int64_t timeout_ms,
                               ks_error *error)
{
  if (event != NULL)
    *event = NULL;
  if (subscription == NULL || event == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "keyspace: no subscription or event");
  int64_t deadline = timeout_ms >= 0 ? now_ms() + timeout_ms : -1;
  while (subscription->count == 0) {
    int64_t left = deadline < 0 ? -1 : deadline - now_ms();
    if (deadline >= 0 && left < 0)
      left = 0;
    ks_status status = receive(subscription, left, error);
    if (status != KS_OK)
      return status;
    /* A response of heartbeats only: wait on while time is left. */
    if (subscription->count == 0 && deadline >= 0 && now_ms() >= deadline)
      return KS_TIMEOUT;
  }
  *event = pop(subscription);
  return KS_OK;
}

void ks_subscription_close(ks_subscription *subscription)
{
  if (subscription == NULL)
    return;
  ks_subscribe_close(subscription->stream);
  Keyspace__V1__SubscriptionEvent *event;
  while ((event = pop(subscription)) != NULL)
    ks_message_free(&event->base);
  free(subscription->events);
  free(subscription);
}
