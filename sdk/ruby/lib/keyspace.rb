# frozen_string_literal: true

# Keyspace's Ruby SDK: Redis's commands over Keyspace's typed gRPC API.
#
# Keyspace::V1 is the generated code (lib/keyspace/v1, by scripts/gen-sdks);
# Keyspace::Client is the hand-written layer on top: nil for Redis's nil,
# CommandError for Redis's errors, keyword options, pipelines,
# transactions and subscriptions.

require "grpc"
require "keyspace/v1/keyspace_service_services_pb"
require "keyspace/version"
require "keyspace/errors"
require "keyspace/requests"
require "keyspace/subscription"
require "keyspace/client"
