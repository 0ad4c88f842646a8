// The C++ SDK of Keyspace: keyspace::Client, and with it everything else
// (#include <keyspace/client.h>; link keyspace++: pkg-config keyspace++, or
// CMake's keyspace++::keyspace++).
#ifndef KEYSPACE_CLIENT_H_
#define KEYSPACE_CLIENT_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <grpcpp/channel.h>

#include "keyspace/errors.h"
#include "keyspace/pipeline.h"
#include "keyspace/rpc.h"
#include "keyspace/subscription.h"

namespace keyspace {

// Options of a Client.
struct Options {
  // The deadline of every unary call and pipeline, counted from its start;
  // zero means none. Subscriptions have none.
  std::chrono::milliseconds timeout{0};
};

// SET's options, chained: SetOptions().nx().ttl(std::chrono::seconds(10)).
class SetOptions {
 public:
  // NX: set the key only if it does not exist.
  SetOptions& nx();
  // XX: set the key only if it already exists.
  SetOptions& xx();
  // PX: the key expires after `ttl`, with millisecond precision.
  SetOptions& ttl(std::chrono::milliseconds ttl);
  // KEEPTTL: keep the expiry the key has; without it SET clears it, as in
  // Redis.
  SetOptions& keep_ttl();

  // Writes the options into a request.
  void apply(v1::SetRequest& request) const;

 private:
  v1::SetCondition condition_ = v1::SET_CONDITION_UNSPECIFIED;
  std::optional<std::chrono::milliseconds> ttl_;
  bool keep_ttl_ = false;
};

// Client talks to one Keyspace server. Safe for concurrent use: make one and
// share it. Keys and values are std::string, which holds any bytes.
//
// Every RPC of the schema is on rpc(), one method per Redis command
// (kv.rpc().ZAdd(request)), returning its response message. The methods
// here cover what those make awkward: nil as std::nullopt (get), SET's
// options, pipelines, transactions and subscriptions. Every call throws
// RedisError for a Redis error reply and RpcError for any other failure.
class Client {
 public:
  // Connects to `address` ("localhost:7379") in plaintext, as the server
  // serves by default. The connection is made lazily, on the first call.
  explicit Client(const std::string& address, Options options = {});

  // Uses a channel the caller made, for TLS or channel arguments.
  explicit Client(std::shared_ptr<grpc::Channel> channel, Options options = {});

  // Every unary RPC, throwing instead of returning a status.
  Rpc& rpc() { return rpc_; }

  // The value of key (GET), nullopt when the key does not exist (Redis's
  // nil); an empty value is an empty string.
  std::optional<std::string> get(std::string_view key);

  // Stores value at key (SET). False when NX or XX prevented the write.
  bool set(std::string_view key, std::string_view value, const SetOptions& options = {});

  // Removes keys (DEL) and returns how many existed.
  std::int64_t del(const std::vector<std::string>& keys);

  // Counts the keys that exist (EXISTS); a key named twice counts twice.
  std::int64_t exists(const std::vector<std::string>& keys);

  // Adds one to the integer at key (INCR) and returns the new value.
  std::int64_t incr(std::string_view key);

  // Adds increment to the integer at key (INCRBY) and returns the new value.
  std::int64_t incr_by(std::string_view key, std::int64_t increment);

  // Posts message to channel (PUBLISH) and returns how many subscriptions
  // received it.
  std::int64_t publish(std::string_view channel, std::string_view message);

  // Sends commands (see keyspace::command) in one batch on the Pipeline
  // stream and returns one reply per command, in order. A command that
  // fails has an error reply (keyspace::reply_error) and the others still
  // run; an exception is for the call as a whole.
  std::vector<v1::Reply> pipeline(const std::vector<v1::Command>& commands);

  // Runs commands as one transaction (MULTI ... EXEC): in order, with no
  // other client's command in between; a command that fails has an error
  // reply and the others still run, as in Redis. `watched` are keys with
  // the versions rpc().Watch returned: if any changed, nothing runs and the
  // result is nullopt (Redis's nil reply to EXEC).
  std::optional<std::vector<v1::Reply>> exec(const std::vector<v1::Command>& commands,
                                             const std::vector<v1::WatchedKey>& watched = {});

  // Follows channels (SUBSCRIBE); returns once the server confirmed every
  // one, so a message published after it returns is delivered.
  Subscription subscribe(const std::vector<std::string>& channels);

  // Follows the channels matching glob-style patterns (PSUBSCRIBE); each
  // message's pattern says which pattern matched.
  Subscription psubscribe(const std::vector<std::string>& patterns);

  // Opens a raw Subscribe stream, with nothing subscribed yet.
  SubscribeStream subscribe_stream();

 private:
  void prepare(grpc::ClientContext& context) const;
  Subscription follow(v1::SubscribeAction action, const std::vector<std::string>& names);

  std::shared_ptr<grpc::Channel> channel_;
  Options options_;
  Rpc rpc_;
};

}  // namespace keyspace

#endif  // KEYSPACE_CLIENT_H_
