// Live tests of the C++ SDK's hand-written layer, against the keyspace-server
// at $KEYSPACE_ADDRESS (scripts/conformance runs them against the server it
// starts); without it the program exits 77, which ctest reports as skipped.
// Each test uses keys of its own, so the server may be shared.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "keyspace/client.h"

namespace {

namespace v1 = keyspace::v1;
using namespace std::chrono_literals;

std::string address() {
  const char* value = std::getenv("KEYSPACE_ADDRESS");
  return value == nullptr ? "" : value;
}

class Live : public ::testing::Test {
 protected:
  keyspace::Client kv{address(), keyspace::Options{20s}};

  // A key (or channel) of this test's own.
  std::string key(const std::string& name) const {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    return "cpp-test:" + std::string(test->name()) + ":" + prefix_ + ":" + name;
  }

 private:
  std::string prefix_ = std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
};

TEST_F(Live, GetTellsNilFromEmpty) {
  EXPECT_EQ(kv.get(key("empty")), std::nullopt);
  EXPECT_TRUE(kv.set(key("empty"), ""));
  EXPECT_EQ(kv.get(key("empty")), std::optional<std::string>(""));
  const std::string binary("\0\xff" "x\0", 4);
  kv.set(key("bin"), binary);
  EXPECT_EQ(kv.get(key("bin")), std::optional<std::string>(binary));
  EXPECT_EQ(kv.get(std::string("\0k", 2)), std::nullopt);
}

TEST_F(Live, SetOptions) {
  EXPECT_FALSE(kv.set(key("k"), "1", keyspace::SetOptions().xx()));
  EXPECT_EQ(kv.get(key("k")), std::nullopt);
  EXPECT_TRUE(kv.set(key("k"), "2", keyspace::SetOptions().nx().ttl(1h)));
  EXPECT_FALSE(kv.set(key("k"), "3", keyspace::SetOptions().nx()));
  EXPECT_EQ(kv.get(key("k")), std::optional<std::string>("2"));
  v1::PTtlRequest pttl;
  pttl.set_key(key("k"));
  const auto ttl = kv.rpc().PTtl(pttl).milliseconds();
  EXPECT_GT(ttl, 0);
  EXPECT_LE(ttl, 3600 * 1000);
  EXPECT_TRUE(kv.set(key("k"), "4", keyspace::SetOptions().keep_ttl()));
  EXPECT_GT(kv.rpc().PTtl(pttl).milliseconds(), 0);
  EXPECT_TRUE(kv.set(key("k"), "5"));  // a plain SET clears the TTL, as in Redis
  EXPECT_EQ(kv.rpc().PTtl(pttl).milliseconds(), -1);
}

TEST_F(Live, CountsAndIncrements) {
  kv.set(key("a"), "1");
  EXPECT_EQ(kv.exists({key("a"), key("a"), key("missing")}), 2);
  EXPECT_EQ(kv.incr(key("a")), 2);
  EXPECT_EQ(kv.incr_by(key("a"), -5), -3);
  EXPECT_EQ(kv.del({key("a"), key("missing")}), 1);
  EXPECT_EQ(kv.exists({key("a")}), 0);
}

TEST_F(Live, RedisErrorsCarryThePrefix) {
  v1::RPushRequest push;
  push.set_key(key("list"));
  push.add_elements("x");
  kv.rpc().RPush(push);
  try {
    kv.incr(key("list"));
    FAIL() << "INCR on a list did not throw";
  } catch (const keyspace::RedisError& error) {
    EXPECT_EQ(error.prefix(), "WRONGTYPE");
    EXPECT_EQ(error.code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_STREQ(error.what(), "WRONGTYPE Operation against a key holding the wrong kind of value");
  }
  // Through the generated methods too, and catchable as std::runtime_error.
  v1::IncrByRequest incr_by;
  incr_by.set_key(key("list"));
  incr_by.set_increment(2);
  EXPECT_THROW(kv.rpc().IncrBy(incr_by), std::runtime_error);
  v1::ScanRequest scan;
  scan.set_count(0);
  try {
    kv.rpc().Scan(scan);
    FAIL() << "SCAN COUNT 0 did not throw";
  } catch (const keyspace::RedisError& error) {
    EXPECT_EQ(error.prefix(), "ERR");
    EXPECT_STREQ(error.what(), "ERR syntax error");
    EXPECT_EQ(error.code(), grpc::StatusCode::INVALID_ARGUMENT);
  }
}

TEST_F(Live, AnUnreachableServerIsNoRedisError) {
  keyspace::Client nowhere("127.0.0.1:1", keyspace::Options{2s});
  try {
    nowhere.get("k");
    FAIL() << "GET from nowhere did not throw";
  } catch (const keyspace::RedisError& error) {
    FAIL() << "GET from nowhere threw a RedisError: " << error.what();
  } catch (const keyspace::RpcError& error) {
    EXPECT_TRUE(error.code() == grpc::StatusCode::UNAVAILABLE ||
                error.code() == grpc::StatusCode::DEADLINE_EXCEEDED)
        << keyspace::code_name(error.code());
  }
}

TEST_F(Live, EveryCommandIsOnRpc) {
  keyspace::v1::ZAddRequest zadd;
  zadd.set_key(key("board"));
  auto* member = zadd.add_members();
  member->set_member("ada");
  member->set_score(3);
  EXPECT_EQ(kv.rpc().ZAdd(zadd).count(), 1);
  EXPECT_EQ(kv.rpc().ZAdd(zadd).count(), 0);  // already there
  EXPECT_GE(kv.rpc().DbSize().count(), 1);
  v1::ZScoreRequest score;
  score.set_key(key("board"));
  score.set_member("ada");
  EXPECT_EQ(kv.rpc().ZScore(score).score(), 3);
  score.set_member("bob");
  EXPECT_FALSE(kv.rpc().ZScore(score).has_score());  // nil
}

TEST_F(Live, CallByName) {
  v1::SetRequest set;
  set.set_key(key("k"));
  set.set_value("v");
  auto written = kv.rpc().Call("Set", set);
  ASSERT_EQ(written->GetDescriptor(), v1::SetResponse::descriptor());
  EXPECT_TRUE(static_cast<const v1::SetResponse&>(*written).written());
  v1::GetRequest get;
  get.set_key(key("k"));
  auto value = kv.rpc().Call("Get", get);
  EXPECT_EQ(static_cast<const v1::GetResponse&>(*value).value(), "v");
  EXPECT_THROW(kv.rpc().Call("NoSuchCommand", get), std::invalid_argument);
  EXPECT_THROW(kv.rpc().Call("Set", get), std::invalid_argument);  // the wrong request type
  EXPECT_THROW(kv.rpc().Call("Pipeline", v1::PipelineRequest()), std::invalid_argument);
  EXPECT_EQ(keyspace::Rpc::RequestType("ZAdd"), v1::ZAddRequest::descriptor());
  EXPECT_EQ(keyspace::Rpc::RequestType("Subscribe"), nullptr);  // a stream
}

TEST_F(Live, PipelineRepliesInOrderWithErrors) {
  v1::SetRequest set;
  set.set_key(key("a"));
  set.set_value("1");
  v1::IncrByRequest incr_by;
  incr_by.set_key(key("a"));
  incr_by.set_increment(41);
  v1::LPushRequest push;
  push.set_key(key("a"));
  push.add_elements("x");
  v1::GetRequest get;
  get.set_key(key("a"));
  const auto replies = kv.pipeline({keyspace::command(set), keyspace::command(incr_by),
                                    keyspace::command(push), keyspace::command(get)});
  ASSERT_EQ(replies.size(), 4u);
  EXPECT_TRUE(replies[0].set().written());
  EXPECT_EQ(replies[1].incrby().value(), 42);
  EXPECT_EQ(replies[3].get().value(), "42");
  const auto error = keyspace::reply_error(replies[2]);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->prefix(), "WRONGTYPE");
  EXPECT_EQ(error->code(), grpc::StatusCode::FAILED_PRECONDITION);
  for (int i : {0, 1, 3}) {
    EXPECT_EQ(keyspace::reply_error(replies[i]), std::nullopt) << "reply " << i;
  }
  EXPECT_TRUE(kv.pipeline({}).empty());
}

TEST_F(Live, CommandRejectsWhatIsNoCommand) {
  EXPECT_THROW(keyspace::command(v1::GetResponse()), std::invalid_argument);
  EXPECT_TRUE(keyspace::command(v1::FlushAllRequest()).has_flushall());
}

TEST_F(Live, ExecRunsOrAbortsOnAWatchedChange) {
  v1::WatchRequest watch;
  watch.add_keys(key("w"));
  const auto versions = kv.rpc().Watch(watch);
  ASSERT_EQ(versions.versions_size(), 1);
  v1::WatchedKey watched;
  watched.set_key(key("w"));
  watched.set_version(versions.versions(0));
  v1::IncrRequest incr;
  incr.set_key(key("w"));

  const auto ran = kv.exec({keyspace::command(incr), keyspace::command(incr)}, {watched});
  ASSERT_TRUE(ran.has_value());
  ASSERT_EQ(ran->size(), 2u);
  EXPECT_EQ((*ran)[1].incr().value(), 2);
  // The transaction changed the key itself: the same version is stale now.
  EXPECT_EQ(kv.exec({keyspace::command(incr)}, {watched}), std::nullopt);
  EXPECT_EQ(kv.get(key("w")), std::optional<std::string>("2"));
}

TEST_F(Live, SubscribeYieldsPublishedMessagesInOrder) {
  auto subscription = kv.subscribe({key("news"), key("sport")});
  EXPECT_EQ(kv.publish(key("news"), "one"), 1);
  EXPECT_EQ(kv.publish(key("sport"), std::string("t\0o", 3)), 1);
  EXPECT_EQ(kv.publish(key("elsewhere"), "ignored"), 0);
  EXPECT_EQ(kv.publish(key("news"), "three"), 1);
  std::vector<keyspace::Message> got;
  for (const keyspace::Message& message : subscription) {
    got.push_back(message);
    if (got.size() == 3) {
      subscription.close();
    }
  }
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].channel, key("news"));
  EXPECT_EQ(got[0].payload, "one");
  EXPECT_EQ(got[0].pattern, std::nullopt);
  EXPECT_EQ(got[1].channel, key("sport"));
  EXPECT_EQ(got[1].payload, std::string("t\0o", 3));
  EXPECT_EQ(got[2].payload, "three");
  EXPECT_EQ(got[2].sequence, got[0].sequence + 1);  // numbered per channel
  EXPECT_EQ(subscription.next(), std::nullopt);     // closed
}

TEST_F(Live, PSubscribeTellsThePattern) {
  auto subscription = kv.psubscribe({key("p.*")});
  EXPECT_EQ(kv.publish(key("p.one"), "1"), 1);
  EXPECT_EQ(kv.publish(key("q.two"), "2"), 0);
  const auto message = subscription.next_for(5s);
  ASSERT_TRUE(message.has_value());
  EXPECT_EQ(message->channel, key("p.one"));
  EXPECT_EQ(message->pattern, std::optional<std::string>(key("p.*")));
  EXPECT_EQ(message->payload, "1");
  EXPECT_EQ(subscription.next_for(200ms), std::nullopt);  // nothing else matched
}

TEST_F(Live, ListenCallsBackUntilClosed) {
  auto subscription = kv.subscribe({key("c")});
  for (const char* payload : {"a", "b", "c"}) {
    kv.publish(key("c"), payload);
  }
  std::string seen;
  subscription.listen([&](const keyspace::Message& message) {
    seen += message.payload;
    if (seen.size() == 3) {
      subscription.close();
    }
  });
  EXPECT_EQ(seen, "abc");
}

TEST_F(Live, CloseFromAnotherThreadEndsAWaitingNext) {
  auto subscription = kv.subscribe({key("quiet")});
  std::atomic<bool> ended{false};
  std::thread waiter([&] {
    EXPECT_EQ(subscription.next(), std::nullopt);
    ended = true;
  });
  std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(ended);
  subscription.close();
  waiter.join();
  EXPECT_TRUE(ended);
}

TEST_F(Live, AnErrorEventIsThrownAsRedisError) {
  auto subscription = kv.subscribe({key("c")});
  v1::SubscribeRequest nothing;  // SUBSCRIBE without a channel
  nothing.set_action(v1::SUBSCRIBE_ACTION_SUBSCRIBE);
  subscription.stream().send(nothing);
  try {
    subscription.next_for(5s);
    FAIL() << "SUBSCRIBE without a channel did not throw";
  } catch (const keyspace::RedisError& error) {
    EXPECT_EQ(error.prefix(), "ERR");
    EXPECT_STREQ(error.what(), "ERR wrong number of arguments for 'subscribe' command");
  }
}

// Sets one configuration parameter until the end of the scope.
class ConfigChange {
 public:
  ConfigChange(keyspace::Client& kv, const std::string& name, const std::string& value)
      : kv_(kv), name_(name) {
    v1::ConfigGetRequest get;
    get.add_patterns(name);
    const auto parameters = kv.rpc().ConfigGet(get).parameters();
    if (parameters.size() != 1) {
      throw std::runtime_error("CONFIG GET " + name + " found " +
                               std::to_string(parameters.size()) + " parameters");
    }
    previous_ = parameters[0].value();
    set(value);
  }
  ~ConfigChange() { set(previous_); }

 private:
  void set(const std::string& value) {
    v1::ConfigSetRequest request;
    auto* parameter = request.add_parameters();
    parameter->set_name(name_);
    parameter->set_value(value);
    kv_.rpc().ConfigSet(request);
  }

  keyspace::Client& kv_;
  std::string name_, previous_;
};

TEST_F(Live, ASubscriberTheServerDropsEndsWithAnException) {
  auto subscription = kv.subscribe({key("c")});
  {
    // A hard limit of one byte: the first message waiting for this
    // subscriber passes it, and the server drops the subscriber.
    ConfigChange limit(kv, "client-output-buffer-limit", "pubsub 1 0 0");
    kv.publish(key("c"), "too much");
  }
  try {
    const auto message = subscription.next_for(5s);
    FAIL() << "a dropped subscriber got "
           << (message ? "a message: " + message->payload : std::string("nothing"));
  } catch (const keyspace::RpcError& error) {
    EXPECT_EQ(error.code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << error.what();
    EXPECT_NE(std::string(error.what()).find("pubsub hard limit"), std::string::npos)
        << error.what();
  }
}

TEST_F(Live, RawStreamAnswersPing) {
  auto stream = kv.subscribe_stream();
  v1::SubscribeRequest ping;
  ping.set_action(v1::SUBSCRIBE_ACTION_PING);
  ping.add_channels("hello");
  stream.send(ping);
  std::optional<v1::SubscriptionEvent> event;
  do {
    event = stream.next_for(5s);
  } while (event && event->has_heartbeat());
  ASSERT_TRUE(event.has_value());
  EXPECT_EQ(event->pong().message(), "hello");
  stream.close();
  EXPECT_TRUE(stream.ended());
  EXPECT_EQ(stream.next(), std::nullopt);
  EXPECT_THROW(stream.send(ping), keyspace::RpcError);
}

}  // namespace

int main(int argc, char** argv) {
  if (address().empty()) {
    std::cout << "KEYSPACE_ADDRESS is not set: no live server to test against\n";
    return 77;
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
