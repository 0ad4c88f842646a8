// Errors of Keyspace calls as C++ exceptions.
#ifndef KEYSPACE_ERRORS_H_
#define KEYSPACE_ERRORS_H_

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <grpcpp/support/status.h>

#include "keyspace/v1/pipeline.pb.h"

namespace keyspace {

// RpcError is a call that failed: what() is the status message and code()
// the gRPC status code. An unreachable server or a passed deadline is an
// RpcError; a Redis error reply is its subclass RedisError.
class RpcError : public std::runtime_error {
 public:
  RpcError(grpc::StatusCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}

  grpc::StatusCode code() const noexcept { return code_; }

 private:
  grpc::StatusCode code_;
};

// RedisError is an error reply of Redis, as the server sent it: what() is
// Redis's whole text ("WRONGTYPE Operation against a key holding the wrong
// kind of value") and prefix() its first word, which programs branch on.
//
//   try { kv.incr("list"); }
//   catch (const keyspace::RedisError& e) { if (e.prefix() == "WRONGTYPE") ... }
class RedisError : public RpcError {
 public:
  RedisError(grpc::StatusCode code, std::string prefix, const std::string& message)
      : RpcError(code, message), prefix_(std::move(prefix)) {}

  // "ERR", "WRONGTYPE", "EXECABORT", ...
  const std::string& prefix() const noexcept { return prefix_; }

 private:
  std::string prefix_;
};

// Returns when status is OK; otherwise throws RedisError when the status
// carries a google.rpc.ErrorInfo (how the server marks Redis's errors) and
// RpcError when it does not.
void throw_if_failed(const grpc::Status& status);

// The reason of the google.rpc.ErrorInfo in a status's details (the
// grpc-status-details-bin trailer), or nullopt when there is none.
std::optional<std::string> error_reason(const grpc::Status& status);

// The error of a Pipeline or Exec reply, or nullopt when its command
// succeeded.
std::optional<RedisError> reply_error(const v1::Reply& reply);

// A status code's canonical name, "FAILED_PRECONDITION" for 9.
std::string_view code_name(grpc::StatusCode code);

}  // namespace keyspace

#endif  // KEYSPACE_ERRORS_H_
