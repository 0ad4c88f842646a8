// Pipelines and transactions: any command's request wrapped as a Command.
#ifndef KEYSPACE_PIPELINE_H_
#define KEYSPACE_PIPELINE_H_

#include <google/protobuf/message.h>

#include "keyspace/v1/pipeline.pb.h"

namespace keyspace {

// Wraps the request of any command (a v1::SetRequest, a v1::IncrRequest,
// ...) as a Command for Client::pipeline and Client::exec:
//
//   auto replies = kv.pipeline({keyspace::command(set), keyspace::command(incr)});
//   replies[1].incr().value();
//
// Throws std::invalid_argument when request is not a command's request.
v1::Command command(const google::protobuf::Message& request);

}  // namespace keyspace

#endif  // KEYSPACE_PIPELINE_H_
