#include "keyspace/subscription.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>

#include "keyspace/errors.h"

namespace keyspace {

namespace {

// Events read off the stream and not yet taken by next(). When that many
// wait, the reader stops reading, so that a consumer that falls behind is
// seen by the server (whose output buffer limits then apply, as in Redis)
// rather than growing this process's memory.
constexpr std::size_t kBuffered = 256;

}  // namespace

// The stream and the thread that reads it, so that next_for() can wait with
// a timeout, which the synchronous Read cannot.
struct SubscribeStream::State {
  grpc::ClientContext context;
  std::unique_ptr<grpc::ClientReaderWriter<v1::SubscribeRequest, v1::SubscribeResponse>> stream;
  std::thread reader;

  std::mutex close_mutex;  // one close() joins the reader at a time
  std::mutex write_mutex;  // Write and Finish, never at the same time
  bool finish_called = false;  // guarded by write_mutex: no Write after it
  mutable std::mutex mutex;
  std::condition_variable changed;
  std::deque<v1::SubscriptionEvent> events;
  bool finished = false;  // the reader saw the end
  bool closed = false;    // close() was called
  grpc::Status status;

  void read_all() {
    v1::SubscribeResponse response;
    while (stream->Read(&response)) {
      std::unique_lock<std::mutex> lock(mutex);
      for (auto& event : *response.mutable_events()) {
        events.push_back(std::move(event));
      }
      changed.notify_all();
      changed.wait(lock, [&] { return events.size() < kBuffered || closed; });
      if (closed) {
        break;
      }
    }
    grpc::Status final_status;
    {
      std::lock_guard<std::mutex> lock(write_mutex);
      final_status = stream->Finish();
      finish_called = true;
    }
    std::lock_guard<std::mutex> lock(mutex);
    finished = true;
    status = std::move(final_status);
    changed.notify_all();
  }

  // Whether next() has something to answer; the lock is held.
  bool answerable() const { return closed || finished || !events.empty(); }

  // Takes the next event if there is one and the stream is not closed; the
  // lock is held.
  std::optional<v1::SubscriptionEvent> pop() {
    if (closed || events.empty()) {
      return std::nullopt;
    }
    v1::SubscriptionEvent event = std::move(events.front());
    events.pop_front();
    changed.notify_all();  // the reader may wait for room
    return event;
  }
};

SubscribeStream::SubscribeStream(std::unique_ptr<State> state) : state_(std::move(state)) {
  State* raw = state_.get();
  state_->reader = std::thread([raw] { raw->read_all(); });
}

SubscribeStream SubscribeStream::open(v1::KeyspaceService::Stub& stub) {
  auto state = std::make_unique<State>();
  state->stream = stub.Subscribe(&state->context);
  return SubscribeStream(std::move(state));
}

SubscribeStream::SubscribeStream(SubscribeStream&&) noexcept = default;

SubscribeStream& SubscribeStream::operator=(SubscribeStream&& other) noexcept {
  if (this != &other) {
    close();
    state_ = std::move(other.state_);
  }
  return *this;
}

SubscribeStream::~SubscribeStream() { close(); }

void SubscribeStream::send(const v1::SubscribeRequest& request) {
  bool written = false;
  {
    std::lock_guard<std::mutex> lock(state_->write_mutex);
    written = !state_->finish_called && state_->stream->Write(request);
  }
  if (!written) {
    throw RpcError(grpc::StatusCode::UNAVAILABLE, "keyspace: the subscription stream has ended");
  }
}

std::optional<v1::SubscriptionEvent> SubscribeStream::next() {
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->changed.wait(lock, [&] { return state_->answerable(); });
  return state_->pop();
}

std::optional<v1::SubscriptionEvent> SubscribeStream::next_for(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->changed.wait_for(lock, timeout, [&] { return state_->answerable(); });
  return state_->pop();
}

bool SubscribeStream::ended() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->closed || (state_->finished && state_->events.empty());
}

grpc::Status SubscribeStream::status() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->status;
}

bool SubscribeStream::closed() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->closed;
}

void SubscribeStream::close() {
  if (!state_) {
    return;  // moved from
  }
  std::lock_guard<std::mutex> closing(state_->close_mutex);
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->closed = true;
    state_->changed.notify_all();
  }
  state_->context.TryCancel();
  if (state_->reader.joinable()) {
    state_->reader.join();
  }
}

Subscription::Subscription(SubscribeStream stream, std::deque<Message> early)
    : stream_(std::move(stream)), early_(std::move(early)) {}

std::optional<Message> Subscription::message_of(const v1::SubscriptionEvent& event) {
  if (event.has_error()) {
    const auto& failure = event.error();
    throw RedisError(static_cast<grpc::StatusCode>(failure.code()), failure.reason(),
                     failure.message());
  }
  if (!event.has_message()) {
    return std::nullopt;  // confirmations, heartbeats, pongs, discontinuities
  }
  const auto& published = event.message();
  Message message;
  message.channel = published.channel();
  if (published.has_pattern()) {
    message.pattern = published.pattern();
  }
  message.payload = published.payload();
  message.sequence = published.sequence();
  return message;
}

// What next() answers once the stream has ended: nothing after close(), an
// exception after a failure.
std::optional<Message> Subscription::finish() {
  if (stream_.closed()) {
    return std::nullopt;
  }
  throw_if_failed(stream_.status());
  return std::nullopt;  // the server ended the stream without an error
}

std::optional<Message> Subscription::next() {
  if (stream_.closed()) {
    return std::nullopt;
  }
  if (!early_.empty()) {
    Message message = std::move(early_.front());
    early_.pop_front();
    return message;
  }
  while (auto event = stream_.next()) {
    if (auto message = message_of(*event)) {
      return message;
    }
  }
  return finish();
}

std::optional<Message> Subscription::next_for(std::chrono::milliseconds timeout) {
  if (stream_.closed() || !early_.empty()) {
    return next();
  }
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    auto event = stream_.next_for(std::max(left, std::chrono::milliseconds(0)));
    if (event) {
      if (auto message = message_of(*event)) {
        return message;
      }
      continue;
    }
    if (stream_.ended()) {
      return finish();
    }
    return std::nullopt;  // none in time
  }
}

void Subscription::listen(const std::function<void(const Message&)>& on_message) {
  while (auto message = next()) {
    on_message(*message);
  }
}

void Subscription::close() { stream_.close(); }

}  // namespace keyspace
