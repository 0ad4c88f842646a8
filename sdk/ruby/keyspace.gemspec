# frozen_string_literal: true

require_relative "lib/keyspace/version"

Gem::Specification.new do |spec|
  spec.name = "keyspace"
  spec.version = Keyspace::VERSION
  spec.summary = "Redis's commands over Keyspace's typed gRPC API"
  spec.description = <<~TEXT
    The Ruby client of Keyspace: every RPC of the keyspace.v1 schema (generated
    by protoc and grpc_ruby_plugin), with a thin layer on top for nil replies,
    Redis errors with their prefix, keyword options, pipelines, transactions
    and subscriptions.
  TEXT
  spec.license = "BSD-3-Clause"
  spec.authors = ["Keyspace contributors"]
  # From the gemspec's folder, wherever it is loaded from.
  spec.files = Dir.chdir(__dir__) { Dir["lib/**/*.rb"].sort } + ["README.md", "keyspace.gemspec"]
  spec.require_paths = ["lib"]
  spec.required_ruby_version = ">= 3.1"

  # At least the versions Debian 12 packages (ruby-grpc, ruby-google-protobuf,
  # ruby-googleapis-common-protos-types). The generated code in lib/keyspace/v1
  # is protoc 3.21's: it defines the messages with the DescriptorPool DSL,
  # which the google-protobuf 3.x releases read and 4.26 removed.
  spec.add_dependency "google-protobuf", "~> 3.21"
  spec.add_dependency "googleapis-common-protos-types", "~> 1.4"
  spec.add_dependency "grpc", "~> 1.51"
end
