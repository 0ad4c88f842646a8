# frozen_string_literal: true

require "grpc"
require "google/rpc/error_details_pb"

module Keyspace
  # A Redis error reply, as the server sent it: the prefix that programs
  # branch on (ERR, WRONGTYPE, ...), Redis's whole text as the message, and
  # the gRPC status code the call ended with.
  #
  #   rescue Keyspace::CommandError => e
  #     retry_later if e.prefix == "BUSY"
  #
  # Failures that are not Redis's (an unreachable server, a passed deadline)
  # stay GRPC::BadStatus exceptions.
  class CommandError < StandardError
    ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"
    CODE_NAMES = GRPC::Core::StatusCodes.constants.to_h do |name|
      [GRPC::Core::StatusCodes.const_get(name), name.to_s]
    end.freeze

    # The Redis error prefix, e.g. "ERR" or "WRONGTYPE".
    attr_reader :prefix
    # The gRPC status code (an Integer, one of GRPC::Core::StatusCodes).
    attr_reader :code

    def initialize(message, prefix:, code:)
      super(message)
      @prefix = prefix
      @code = code
    end

    # The code's canonical name, e.g. "FAILED_PRECONDITION".
    def code_name
      CODE_NAMES.fetch(code, code.to_s)
    end

    # The CommandError a failed call stands for, or nil when its status
    # carries no google.rpc.ErrorInfo (how the server marks Redis's errors).
    def self.from_status(error)
      status = error.to_rpc_status
      info = status&.details&.find { |any| any.type_url == ERROR_INFO }
      return nil if info.nil?

      prefix = Google::Rpc::ErrorInfo.decode(info.value).reason
      new(error.details, prefix: prefix, code: error.code)
    end

    # The error of a Pipeline or transaction reply (a Keyspace::V1::Reply, or
    # a Keyspace::V1::Error), or nil when the command succeeded.
    def self.from_reply(reply)
      failure = reply.is_a?(V1::Error) ? reply : reply.error
      return nil if failure.nil?

      new(failure.message, prefix: failure.reason, code: failure.code)
    end
  end

  # Raised by Client#multi when a watched key changed and nothing ran
  # (Redis's nil reply to EXEC).
  class TransactionAborted < StandardError
    def initialize(message = "transaction aborted: a watched key changed")
      super
    end
  end

  # Turns the GRPC::BadStatus of every call made through a stub into a
  # CommandError when it is a Redis error, unary and streaming calls alike
  # (a stream's status arrives while its responses are read).
  class ErrorInterceptor < GRPC::ClientInterceptor
    def request_response(**)
      converting { yield }
    end

    def client_streamer(**)
      converting { yield }
    end

    def server_streamer(**, &call)
      stream(converting(&call))
    end

    def bidi_streamer(**, &call)
      stream(converting(&call))
    end

    private

    def converting
      yield
    rescue GRPC::BadStatus => e
      raise CommandError.from_status(e) || e
    end

    # Responses come from an Enumerator unless the caller gave a block,
    # which the call has already run.
    def stream(responses)
      return responses unless responses.is_a?(Enumerator)

      Enumerator.new do |out|
        converting { responses.each { |response| out << response } }
      end
    end
  end
end
