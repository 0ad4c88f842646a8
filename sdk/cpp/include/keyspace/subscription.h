// Subscriptions over the Subscribe stream: keyspace::Subscription yields the
// published messages; keyspace::SubscribeStream is the raw stream of events.
#ifndef KEYSPACE_SUBSCRIPTION_H_
#define KEYSPACE_SUBSCRIPTION_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

#include "keyspace/v1/keyspace_service.grpc.pb.h"

namespace keyspace {

// Message is a message published to a channel a Subscription follows.
struct Message {
  // The channel it was published to.
  std::string channel;
  // For a pattern subscription (Redis's pmessage): the pattern that matched.
  std::optional<std::string> pattern;
  // The published message.
  std::string payload;
  // Its number on the channel (see subscribe.proto).
  std::uint64_t sequence = 0;
};

// SubscribeStream is the raw Subscribe stream: requests go out with send(),
// and every event (confirmations, messages, discontinuities, heartbeats,
// pongs, errors) comes back from next() in order. A thread of its own reads
// the stream, so next() can wait with a timeout. Use it for what
// Subscription does not cover: resume points, shard channels, PING.
// Movable, not copyable; the destructor closes it.
class SubscribeStream {
 public:
  SubscribeStream(SubscribeStream&&) noexcept;
  SubscribeStream& operator=(SubscribeStream&&) noexcept;
  ~SubscribeStream();

  // Sends a request; throws RpcError when the stream has ended.
  void send(const v1::SubscribeRequest& request);

  // The next event, waiting for it; nullopt once the stream has ended.
  std::optional<v1::SubscriptionEvent> next();

  // The next event, waiting at most `timeout`; nullopt when none came in
  // time or the stream has ended (ended() tells which).
  std::optional<v1::SubscriptionEvent> next_for(std::chrono::milliseconds timeout);

  // True once the server ended the stream or close() did, and every event
  // received before has been read.
  bool ended() const;

  // How the stream ended, once ended(): CANCELLED after close(), or the
  // server's status, e.g. RESOURCE_EXHAUSTED for a subscriber dropped for
  // reading too slowly.
  grpc::Status status() const;

  // Ends the stream; a next() waiting in another thread returns nullopt.
  void close();

 private:
  friend class Client;
  friend class Subscription;
  struct State;
  explicit SubscribeStream(std::unique_ptr<State> state);

  // Starts a Subscribe call on stub.
  static SubscribeStream open(v1::KeyspaceService::Stub& stub);

  // True once close() was called.
  bool closed() const;

  std::unique_ptr<State> state_;
};

// Subscription follows channels or patterns (SUBSCRIBE, PSUBSCRIBE; made by
// Client::subscribe and Client::psubscribe, which return once the server
// confirmed every channel) and yields the published messages in order:
//
//   for (const keyspace::Message& message : subscription) { ... }
//   subscription.listen([](const keyspace::Message& message) { ... });
//   while (auto message = subscription.next()) { ... }
//
// Each of these ends when close() is called (from another thread, or from
// the loop or callback itself); if the stream fails instead, they throw
// RpcError (RESOURCE_EXHAUSTED when the server dropped a subscriber that
// read too slowly). Movable, not copyable; the destructor closes it.
class Subscription {
 public:
  class iterator;

  // The next message, waiting for it; nullopt once closed.
  std::optional<Message> next();

  // The next message, waiting at most `timeout`; nullopt when none came in
  // time or the subscription is closed.
  std::optional<Message> next_for(std::chrono::milliseconds timeout);

  // Calls on_message with each message until the subscription is closed.
  void listen(const std::function<void(const Message&)>& on_message);

  // Ends the subscription.
  void close();

  iterator begin();
  iterator end();

  // The raw stream, to send more requests (SUBSCRIBE more channels,
  // UNSUBSCRIBE, PING) on the same subscription.
  SubscribeStream& stream() { return stream_; }

 private:
  friend class Client;
  explicit Subscription(SubscribeStream stream, std::deque<Message> early);

  // A message from this event, nullopt for events that are not one; throws
  // RedisError for an error event.
  static std::optional<Message> message_of(const v1::SubscriptionEvent& event);
  std::optional<Message> finish();

  SubscribeStream stream_;
  std::deque<Message> early_;  // delivered with the confirmations
};

// An input iterator over a Subscription's messages; it reaches end() when
// the subscription is closed.
class Subscription::iterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = Message;
  using difference_type = std::ptrdiff_t;
  using pointer = const Message*;
  using reference = const Message&;

  iterator() = default;
  reference operator*() const { return *current_; }
  pointer operator->() const { return &*current_; }
  iterator& operator++() {
    current_ = subscription_->next();
    return *this;
  }
  bool operator==(const iterator& other) const {
    return current_.has_value() == other.current_.has_value();
  }
  bool operator!=(const iterator& other) const { return !(*this == other); }

 private:
  friend class Subscription;
  explicit iterator(Subscription* subscription)
      : subscription_(subscription), current_(subscription->next()) {}

  Subscription* subscription_ = nullptr;
  std::optional<Message> current_;
};

inline Subscription::iterator Subscription::begin() { return iterator(this); }
inline Subscription::iterator Subscription::end() { return iterator(); }

}  // namespace keyspace

#endif  // KEYSPACE_SUBSCRIPTION_H_
