#include "keyspace/errors.h"

#include <google/protobuf/unknown_field_set.h>

namespace keyspace {

namespace {

constexpr std::string_view kErrorInfoType = "type.googleapis.com/google.rpc.ErrorInfo";

// The length-delimited fields numbered `number` of a parsed message.
template <class Visit>
void each_bytes_field(const google::protobuf::UnknownFieldSet& fields, int number, Visit visit) {
  for (int i = 0; i < fields.field_count(); ++i) {
    const auto& field = fields.field(i);
    if (field.number() == number &&
        field.type() == google::protobuf::UnknownField::TYPE_LENGTH_DELIMITED) {
      visit(field.length_delimited());
    }
  }
}

}  // namespace

// The details are a serialized google.rpc.Status (details = 3, repeated
// google.protobuf.Any with type_url = 1 and value = 2) and the ErrorInfo's
// reason is its field 1. They are read off the wire here rather than with
// generated google.rpc classes: a library that links its own copy of
// google/rpc/status.proto into protobuf's generated pool aborts a program
// that links another (googleapis, a second SDK).
std::optional<std::string> error_reason(const grpc::Status& status) {
  google::protobuf::UnknownFieldSet rpc_status;
  if (status.error_details().empty() || !rpc_status.ParseFromString(status.error_details())) {
    return std::nullopt;
  }
  std::optional<std::string> reason;
  each_bytes_field(rpc_status, 3, [&](const std::string& any_bytes) {
    google::protobuf::UnknownFieldSet any;
    if (reason || !any.ParseFromString(any_bytes)) {
      return;
    }
    bool is_error_info = false;
    each_bytes_field(any, 1, [&](const std::string& url) { is_error_info = url == kErrorInfoType; });
    if (!is_error_info) {
      return;
    }
    reason.emplace();  // an ErrorInfo without a reason has reason ""
    each_bytes_field(any, 2, [&](const std::string& info_bytes) {
      google::protobuf::UnknownFieldSet info;
      if (info.ParseFromString(info_bytes)) {
        each_bytes_field(info, 1, [&](const std::string& text) { *reason = text; });
      }
    });
  });
  return reason;
}

void throw_if_failed(const grpc::Status& status) {
  if (status.ok()) {
    return;
  }
  if (auto reason = error_reason(status)) {
    throw RedisError(status.error_code(), std::move(*reason), status.error_message());
  }
  throw RpcError(status.error_code(), status.error_message());
}

std::optional<RedisError> reply_error(const v1::Reply& reply) {
  if (!reply.has_error()) {
    return std::nullopt;
  }
  const auto& failure = reply.error();
  return RedisError(static_cast<grpc::StatusCode>(failure.code()), failure.reason(),
                    failure.message());
}

std::string_view code_name(grpc::StatusCode code) {
  switch (code) {
    case grpc::StatusCode::OK: return "OK";
    case grpc::StatusCode::CANCELLED: return "CANCELLED";
    case grpc::StatusCode::UNKNOWN: return "UNKNOWN";
    case grpc::StatusCode::INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case grpc::StatusCode::DEADLINE_EXCEEDED: return "DEADLINE_EXCEEDED";
    case grpc::StatusCode::NOT_FOUND: return "NOT_FOUND";
    case grpc::StatusCode::ALREADY_EXISTS: return "ALREADY_EXISTS";
    case grpc::StatusCode::PERMISSION_DENIED: return "PERMISSION_DENIED";
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return "RESOURCE_EXHAUSTED";
    case grpc::StatusCode::FAILED_PRECONDITION: return "FAILED_PRECONDITION";
    case grpc::StatusCode::ABORTED: return "ABORTED";
    case grpc::StatusCode::OUT_OF_RANGE: return "OUT_OF_RANGE";
    case grpc::StatusCode::UNIMPLEMENTED: return "UNIMPLEMENTED";
    case grpc::StatusCode::INTERNAL: return "INTERNAL";
    case grpc::StatusCode::UNAVAILABLE: return "UNAVAILABLE";
    case grpc::StatusCode::DATA_LOSS: return "DATA_LOSS";
    case grpc::StatusCode::UNAUTHENTICATED: return "UNAUTHENTICATED";
    default: return "UNKNOWN";
  }
}

}  // namespace keyspace
