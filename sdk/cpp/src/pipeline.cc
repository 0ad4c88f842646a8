#include "keyspace/pipeline.h"

#include <stdexcept>
#include <string>
#include <unordered_map>

namespace keyspace {

namespace {

// Each request type's field of Command's oneof (SetRequest to "set", ...),
// read from the schema once.
const std::unordered_map<const google::protobuf::Descriptor*,
                         const google::protobuf::FieldDescriptor*>&
command_fields() {
  static const auto* fields = [] {
    auto* by_request = new std::unordered_map<const google::protobuf::Descriptor*,
                                              const google::protobuf::FieldDescriptor*>();
    const auto* oneof = v1::Command::descriptor()->FindOneofByName("command");
    for (int i = 0; i < oneof->field_count(); ++i) {
      (*by_request)[oneof->field(i)->message_type()] = oneof->field(i);
    }
    return by_request;
  }();
  return *fields;
}

}  // namespace

v1::Command command(const google::protobuf::Message& request) {
  const auto found = command_fields().find(request.GetDescriptor());
  if (found == command_fields().end()) {
    throw std::invalid_argument("keyspace::command: " + request.GetDescriptor()->full_name() +
                                " is not a command's request");
  }
  v1::Command wrapped;
  wrapped.GetReflection()->MutableMessage(&wrapped, found->second)->CopyFrom(request);
  return wrapped;
}

}  // namespace keyspace
