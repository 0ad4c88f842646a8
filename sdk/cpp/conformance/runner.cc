// The C++ SDK's conformance runner: runs tests/conformance/scenarios.json
// against a live server and prints one JSON line per scenario (the format is
// in tests/conformance/README.md):
//
//   keyspace_conformance --address 127.0.0.1:7379 --scenarios tests/conformance/scenarios.json
//
// Unary steps call the generated stub through keyspace::Rpc::Call (by the
// step's RPC name, so every RPC is reachable) and read failures as
// keyspace::RedisError; pipelines go through Client::pipeline; subscriptions
// use the raw SubscribeStream, since the scenarios compare every event.
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include "keyspace/client.h"

namespace {

using google::protobuf::Message;
using google::protobuf::Struct;
using google::protobuf::Value;
namespace v1 = keyspace::v1;

constexpr std::chrono::milliseconds kCallTimeout{10000};
constexpr std::chrono::milliseconds kEventTimeout{5000};

// A step that did not go as the scenario says; what() is the detail.
struct Mismatch : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string show(const Message& message) {
  std::string text;
  if (!google::protobuf::util::MessageToJsonString(message, &text).ok()) {
    return "<" + message.GetTypeName() + " not printable>";
  }
  return text;
}

// The field `name` of a step, or nullptr.
const Value* field(const Struct& step, const std::string& name) {
  const auto found = step.fields().find(name);
  return found == step.fields().end() ? nullptr : &found->second;
}

// Parses a JSON value of the scenarios (absent: {}) into a message.
void parse(const Value* value, Message* message) {
  std::string text = "{}";
  if (value != nullptr) {
    text = show(*value);
  }
  const auto status = google::protobuf::util::JsonStringToMessage(text, message);
  if (!status.ok()) {
    throw Mismatch(text + ": " + status.ToString());
  }
}

void compare(const std::string& label, const Message& got, const Message& want) {
  if (!google::protobuf::util::MessageDifferencer::Equals(got, want)) {
    throw Mismatch(label + ": got " + show(got) + ", want " + show(want));
  }
}

std::string text_of(const Value* value) { return value == nullptr ? "" : value->string_value(); }

// A failed call as the scenarios write it: code, reason, message.
struct Failure {
  std::string code, reason, message;
  bool operator==(const Failure& other) const {
    return code == other.code && reason == other.reason && message == other.message;
  }
  std::string shown() const {
    return "{code: " + code + ", reason: " + reason + ", message: " + message + "}";
  }
};

void unary(keyspace::Client& client, const Struct& step) {
  const std::string call = text_of(field(step, "call"));
  const auto* request_type = keyspace::Rpc::RequestType(call);
  if (request_type == nullptr) {
    throw Mismatch("no unary RPC named " + call);
  }
  auto* factory = google::protobuf::MessageFactory::generated_factory();
  std::unique_ptr<Message> request(factory->GetPrototype(request_type)->New());
  parse(field(step, "request"), request.get());
  const std::string label = call + " " + show(*request);
  const Value* expected_error = field(step, "error");
  std::unique_ptr<Message> response;
  std::optional<Failure> failure;
  try {
    response = client.rpc().Call(call, *request);
  } catch (const keyspace::RedisError& error) {
    failure = Failure{std::string(keyspace::code_name(error.code())), error.prefix(), error.what()};
  } catch (const keyspace::RpcError& error) {
    failure = Failure{std::string(keyspace::code_name(error.code())), "", error.what()};
  }
  if (failure) {
    if (expected_error == nullptr) {
      throw Mismatch(label + ": failed with " + failure->shown());
    }
    const auto& want = expected_error->struct_value();
    const Failure wanted{text_of(field(want, "code")), text_of(field(want, "reason")),
                         text_of(field(want, "message"))};
    if (!(*failure == wanted)) {
      throw Mismatch(label + ": failed with " + failure->shown() + ", want " + wanted.shown());
    }
    return;
  }
  if (expected_error != nullptr) {
    throw Mismatch(label + ": got " + show(*response) + ", want the error " +
                   show(*expected_error));
  }
  std::unique_ptr<Message> want(response->New());
  parse(field(step, "response"), want.get());
  compare(label, *response, *want);
}

void pipeline(keyspace::Client& client, const Struct& step) {
  std::vector<v1::Command> commands;
  for (const auto& text : field(step, "pipeline")->list_value().values()) {
    parse(&text, &commands.emplace_back());
  }
  v1::PipelineResponse want;
  if (const Value* replies = field(step, "replies")) {
    for (const auto& text : replies->list_value().values()) {
      parse(&text, want.add_replies());
    }
  }
  v1::PipelineResponse got;
  try {
    for (auto& reply : client.pipeline(commands)) {
      *got.add_replies() = std::move(reply);
    }
  } catch (const keyspace::RpcError& error) {
    throw Mismatch(std::string("Pipeline: ") + error.what());
  }
  compare("Pipeline", got, want);
}

// Clears the fields that differ from run to run (run_id, sequence) in the
// event's part, as the format says.
void clear_volatile(v1::SubscriptionEvent& event) {
  const auto* oneof = event.GetDescriptor()->FindOneofByName("event");
  const auto* reflection = event.GetReflection();
  const auto* which = reflection->GetOneofFieldDescriptor(event, oneof);
  if (which == nullptr) {
    return;
  }
  Message* part = reflection->MutableMessage(&event, which);
  for (const char* name : {"run_id", "sequence"}) {
    if (const auto* volatile_field = part->GetDescriptor()->FindFieldByName(name)) {
      part->GetReflection()->ClearField(part, volatile_field);
    }
  }
}

void subscription(keyspace::Client& client, const Struct& step) {
  v1::SubscribeRequest request;
  parse(field(step, "subscribe"), &request);
  std::vector<v1::SubscriptionEvent> want;
  if (const Value* events = field(step, "events")) {
    for (const auto& text : events->list_value().values()) {
      parse(&text, &want.emplace_back());
    }
  }
  keyspace::SubscribeStream stream = client.subscribe_stream();
  stream.send(request);
  std::vector<v1::SubscriptionEvent> got;
  // Reads events until done() or none comes within kEventTimeout.
  auto read = [&](auto done) {
    while (!done()) {
      auto event = stream.next_for(kEventTimeout);
      if (!event) {
        return;
      }
      if (event->has_heartbeat()) {
        continue;
      }
      clear_volatile(*event);
      got.push_back(std::move(*event));
    }
  };
  read([&] {
    int confirmed = 0;
    for (const auto& event : got) {
      confirmed += event.has_change() ? 1 : 0;
    }
    return confirmed >= request.channels_size() || got.size() > want.size();
  });
  if (const Value* publishes = field(step, "publish")) {
    for (const auto& text : publishes->list_value().values()) {
      v1::PublishRequest publish;
      parse(&text, &publish);
      try {
        client.rpc().Publish(publish);
      } catch (const keyspace::RpcError& error) {
        throw Mismatch("Publish " + show(publish) + ": " + error.what());
      }
    }
  }
  read([&] { return got.size() >= want.size(); });
  if (got.size() != want.size()) {
    std::string shown;
    for (const auto& event : got) {
      shown += (shown.empty() ? "" : ", ") + show(event);
    }
    throw Mismatch("Subscribe: got " + std::to_string(got.size()) + " events [" + shown +
                   "], want " + std::to_string(want.size()));
  }
  for (std::size_t i = 0; i < want.size(); ++i) {
    compare("Subscribe event " + std::to_string(i), got[i], want[i]);
  }
}

// "" when every step passed, else the first mismatch.
std::string run_scenario(keyspace::Client& client, const Struct& scenario) {
  try {
    client.rpc().FlushAll();
  } catch (const keyspace::RpcError& error) {
    return std::string("FlushAll: ") + error.what();
  }
  const auto& steps = field(scenario, "steps")->list_value().values();
  for (int i = 0; i < steps.size(); ++i) {
    const Struct& step = steps[i].struct_value();
    try {
      if (field(step, "call") != nullptr) {
        unary(client, step);
      } else if (field(step, "pipeline") != nullptr) {
        pipeline(client, step);
      } else if (field(step, "subscribe") != nullptr) {
        subscription(client, step);
      } else {
        throw Mismatch("unknown kind of step");
      }
    } catch (const std::exception& mismatch) {
      return "step " + std::to_string(i + 1) + ": " + mismatch.what();
    }
  }
  return "";
}

std::string report(const std::string& name, const std::string& detail) {
  Struct line;
  (*line.mutable_fields())["scenario"].set_string_value(name);
  (*line.mutable_fields())["passed"].set_bool_value(detail.empty());
  (*line.mutable_fields())["detail"].set_string_value(detail);
  return show(line);
}

int run(const std::string& address, const std::string& path) {
  std::ifstream file(path);
  if (!file) {
    std::cerr << "conformance: cannot read " << path << "\n";
    return 1;
  }
  std::stringstream text;
  text << file.rdbuf();
  Struct scenarios;
  const auto status = google::protobuf::util::JsonStringToMessage(text.str(), &scenarios);
  if (!status.ok()) {
    std::cerr << "conformance: " << path << ": " << status.ToString() << "\n";
    return 1;
  }
  keyspace::Client client(address, keyspace::Options{kCallTimeout});
  for (const auto& scenario : field(scenarios, "scenarios")->list_value().values()) {
    const Struct& fields = scenario.struct_value();
    const std::string name = text_of(field(fields, "name"));
    std::cout << report(name, run_scenario(client, fields)) << std::endl;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string address, scenarios;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--address") {
      address = argv[i + 1];
    } else if (flag == "--scenarios") {
      scenarios = argv[i + 1];
    }
  }
  if (address.empty() || scenarios.empty()) {
    std::cerr << "usage: keyspace_conformance --address HOST:PORT --scenarios FILE\n";
    return 2;
  }
  return run(address, scenarios);
}
