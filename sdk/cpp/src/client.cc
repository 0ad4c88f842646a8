#include "keyspace/client.h"

#include <algorithm>
#include <deque>
#include <utility>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

namespace keyspace {

SetOptions& SetOptions::nx() {
  condition_ = v1::SET_CONDITION_NX;
  return *this;
}

SetOptions& SetOptions::xx() {
  condition_ = v1::SET_CONDITION_XX;
  return *this;
}

SetOptions& SetOptions::ttl(std::chrono::milliseconds ttl) {
  ttl_ = ttl;
  keep_ttl_ = false;
  return *this;
}

SetOptions& SetOptions::keep_ttl() {
  keep_ttl_ = true;
  ttl_.reset();
  return *this;
}

void SetOptions::apply(v1::SetRequest& request) const {
  request.set_condition(condition_);
  if (ttl_) {
    request.set_px(ttl_->count());
  } else if (keep_ttl_) {
    request.set_keepttl(true);
  }
}

Client::Client(const std::string& address, Options options)
    : Client(grpc::CreateChannel(address, grpc::InsecureChannelCredentials()), options) {}

namespace {

// Gives each call the options' deadline. It holds a copy of the timeout, not
// the Client, so that a Client can be moved.
Rpc::Prepare deadline(std::chrono::milliseconds timeout) {
  if (timeout.count() <= 0) {
    return nullptr;
  }
  return [timeout](grpc::ClientContext& context) {
    context.set_deadline(std::chrono::system_clock::now() + timeout);
  };
}

}  // namespace

Client::Client(std::shared_ptr<grpc::Channel> channel, Options options)
    : channel_(std::move(channel)), options_(options), rpc_(channel_, deadline(options.timeout)) {}

void Client::prepare(grpc::ClientContext& context) const {
  if (auto set_deadline = deadline(options_.timeout)) {
    set_deadline(context);
  }
}

std::optional<std::string> Client::get(std::string_view key) {
  v1::GetRequest request;
  request.set_key(std::string(key));
  auto response = rpc_.Get(request);
  if (!response.has_value()) {
    return std::nullopt;
  }
  return std::move(*response.mutable_value());
}

bool Client::set(std::string_view key, std::string_view value, const SetOptions& options) {
  v1::SetRequest request;
  request.set_key(std::string(key));
  request.set_value(std::string(value));
  options.apply(request);
  return rpc_.Set(request).written();
}

std::int64_t Client::del(const std::vector<std::string>& keys) {
  v1::DelRequest request;
  request.mutable_keys()->Add(keys.begin(), keys.end());
  return rpc_.Del(request).count();
}

std::int64_t Client::exists(const std::vector<std::string>& keys) {
  v1::ExistsRequest request;
  request.mutable_keys()->Add(keys.begin(), keys.end());
  return rpc_.Exists(request).count();
}

std::int64_t Client::incr(std::string_view key) {
  v1::IncrRequest request;
  request.set_key(std::string(key));
  return rpc_.Incr(request).value();
}

std::int64_t Client::incr_by(std::string_view key, std::int64_t increment) {
  v1::IncrByRequest request;
  request.set_key(std::string(key));
  request.set_increment(increment);
  return rpc_.IncrBy(request).value();
}

std::int64_t Client::publish(std::string_view channel, std::string_view message) {
  v1::PublishRequest request;
  request.set_channel(std::string(channel));
  request.set_message(std::string(message));
  return rpc_.Publish(request).receivers();
}

std::vector<v1::Reply> Client::pipeline(const std::vector<v1::Command>& commands) {
  grpc::ClientContext context;
  prepare(context);
  auto stream = rpc_.stub().Pipeline(&context);
  v1::PipelineRequest request;
  request.mutable_commands()->Add(commands.begin(), commands.end());
  v1::PipelineResponse response;
  bool answered = stream->Write(request) && stream->WritesDone() && stream->Read(&response);
  // The server ends the stream once our side is done and every batch is
  // answered, so Finish does not wait long; its status explains a failure.
  grpc::Status status = stream->Finish();
  throw_if_failed(status);
  if (!answered) {
    throw RpcError(grpc::StatusCode::INTERNAL, "keyspace: the Pipeline stream ended unanswered");
  }
  return {response.replies().begin(), response.replies().end()};
}

std::optional<std::vector<v1::Reply>> Client::exec(const std::vector<v1::Command>& commands,
                                                   const std::vector<v1::WatchedKey>& watched) {
  v1::ExecRequest request;
  request.mutable_commands()->Add(commands.begin(), commands.end());
  request.mutable_watched()->Add(watched.begin(), watched.end());
  auto response = rpc_.Exec(request);
  if (response.aborted()) {
    return std::nullopt;
  }
  return std::vector<v1::Reply>(response.replies().begin(), response.replies().end());
}

SubscribeStream Client::subscribe_stream() { return SubscribeStream::open(rpc_.stub()); }

Subscription Client::subscribe(const std::vector<std::string>& channels) {
  return follow(v1::SUBSCRIBE_ACTION_SUBSCRIBE, channels);
}

Subscription Client::psubscribe(const std::vector<std::string>& patterns) {
  return follow(v1::SUBSCRIBE_ACTION_PSUBSCRIBE, patterns);
}

// Sends the request and reads until every name is confirmed; messages may
// come in between (on a pattern, say), and are kept for the subscription.
Subscription Client::follow(v1::SubscribeAction action, const std::vector<std::string>& names) {
  SubscribeStream stream = subscribe_stream();
  v1::SubscribeRequest request;
  request.set_action(action);
  request.mutable_channels()->Add(names.begin(), names.end());
  stream.send(request);
  std::deque<Message> early;
  const auto deadline = std::chrono::steady_clock::now() + options_.timeout;
  for (std::size_t confirmed = 0; confirmed < names.size();) {
    std::optional<v1::SubscriptionEvent> event;
    if (options_.timeout.count() > 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      event = stream.next_for(std::max(left, std::chrono::milliseconds(0)));
      if (!event && !stream.ended()) {
        throw RpcError(grpc::StatusCode::DEADLINE_EXCEEDED,
                       "keyspace: the subscription was not confirmed in time");
      }
    } else {
      event = stream.next();
    }
    if (!event) {
      throw_if_failed(stream.status());
      throw RpcError(grpc::StatusCode::UNAVAILABLE,
                     "keyspace: the server ended the subscription stream");
    }
    if (event->has_change()) {
      ++confirmed;
    } else if (auto message = Subscription::message_of(*event)) {
      early.push_back(std::move(*message));
    }
  }
  return Subscription(std::move(stream), std::move(early));
}

}  // namespace keyspace
