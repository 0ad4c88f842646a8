# frozen_string_literal: true

module Keyspace
  # A connection to one Keyspace server. It is safe to share between
  # threads; make one and keep it.
  #
  #   kv = Keyspace::Client.new("127.0.0.1:7379")
  #   kv.set("greeting", "hello", ex: 10)
  #   kv.get("greeting")   # => "hello"
  #   kv.get("missing")    # => nil
  #
  # Values come back as binary (ASCII-8BIT) strings, since Keyspace stores
  # bytes (+force_encoding+ them to read text): the helpers here return
  # copies that may be changed, the messages of #rpc and #call frozen ones.
  # Keys and values may be given in any encoding.
  class Client
    DEFAULT_ADDRESS = "127.0.0.1:7379"

    # The generated stub (Keyspace::V1::KeyspaceService::Stub): every RPC of
    # the schema, named in snake case (+l_push+, +z_range+, +p_ttl+), taking
    # its request message; Redis's errors are raised as CommandError.
    #
    #   kv.rpc.l_push(Keyspace::V1::LPushRequest.new(key: "l", elements: ["x"]))
    attr_reader :rpc

    # +address+ is "host:port". The connection is plaintext unless
    # +credentials+ (a GRPC::Core::ChannelCredentials) says otherwise.
    # +timeout+, in seconds, is the deadline of every call but
    # subscriptions; nil waits as long as it takes.
    def initialize(address = DEFAULT_ADDRESS, credentials: :this_channel_is_insecure,
                   timeout: nil, channel_args: {})
      @channel = GRPC::Core::Channel.new(address, channel_args, credentials)
      @rpc = V1::KeyspaceService::Stub.new(
        address, credentials,
        channel_override: @channel, timeout: timeout, interceptors: [ErrorInterceptor.new]
      )
    end

    # Closes the connection; calls made afterwards fail.
    def close
      @channel.close
      nil
    end

    # Calls the RPC named as in the schema (:LPush, "ZRange", ...) with its
    # request's fields as keywords, or a request message; returns the
    # response message. Any RPC but the streams.
    #
    #   kv.call(:ZAdd, key: "z", members: [{ score: 1, member: "a" }]).count
    def call(rpc, request = nil, **fields)
      description = V1::KeyspaceService::Service.rpc_descs[rpc.to_sym]
      raise ArgumentError, "no RPC named #{rpc}" if description.nil?
      if description.input.is_a?(GRPC::RpcDesc::Stream) || description.output.is_a?(GRPC::RpcDesc::Stream)
        raise ArgumentError, "#{rpc} is a stream; use #pipeline or #subscribe"
      end

      @rpc.public_send(GRPC::GenericService.underscore(rpc.to_s),
                       request || Keyspace.build(description.input, fields))
    end

    # GET: the value, or nil when the key does not exist (an empty value is "").
    def get(key)
      reply = @rpc.get(Keyspace.build(V1::GetRequest, key: key))
      reply.has_value? ? reply.value.dup : nil
    end

    # SET with Redis's options as keywords: +ex+, +px+, +exat+, +pxat+,
    # +keepttl+, +nx+, +xx+, +get+. Returns whether the value was written
    # (false when NX or XX prevented it); with get: true, the previous value
    # instead (nil when the key did not exist), as Redis replies.
    def set(key, value, ex: nil, px: nil, exat: nil, pxat: nil, keepttl: false,
            nx: false, xx: false, get: false)
      expiry = { ex: ex, px: px, exat: exat, pxat: pxat }.compact
      expiry[:keepttl] = true if keepttl
      raise ArgumentError, "give at most one of ex, px, exat, pxat, keepttl" if expiry.size > 1
      raise ArgumentError, "give nx or xx, not both" if nx && xx

      condition = if nx then :SET_CONDITION_NX
                  elsif xx then :SET_CONDITION_XX
                  else :SET_CONDITION_UNSPECIFIED
                  end
      reply = @rpc.set(Keyspace.build(V1::SetRequest, key: key, value: value,
                                                      condition: condition, get: get, **expiry))
      return reply.written unless get

      reply.has_old_value? ? reply.old_value.dup : nil
    end

    # DEL: how many of the keys existed.
    def del(*keys)
      @rpc.del(Keyspace.build(V1::DelRequest, keys: keys)).count
    end

    # EXISTS: how many of the keys exist (a key named twice counts twice).
    def exists(*keys)
      @rpc.exists(Keyspace.build(V1::ExistsRequest, keys: keys)).count
    end

    # INCR: the new value.
    def incr(key)
      @rpc.incr(Keyspace.build(V1::IncrRequest, key: key)).value
    end

    # INCRBY: the new value.
    def incrby(key, increment)
      @rpc.incr_by(Keyspace.build(V1::IncrByRequest, key: key, increment: increment)).value
    end

    # PUBLISH: how many subscriptions received the message.
    def publish(channel, message)
      @rpc.publish(Keyspace.build(V1::PublishRequest, channel: channel, message: message)).receivers
    end

    # Sends commands in one batch on the Pipeline stream and returns one
    # Keyspace::V1::Reply per command, in order. The commands come from the
    # block (a Batch) and/or as arguments (Commands or requests). A command
    # that fails has an error reply (CommandError.from_reply reads it) and
    # the others still run.
    #
    #   replies = kv.pipeline do |batch|
    #     batch.set(key: "a", value: "1")
    #     batch.incr(key: "a")
    #   end
    #   replies[1].incr.value  # => 2
    def pipeline(*commands, &block)
      request = V1::PipelineRequest.new(commands: batch(commands, &block))
      # One batch, then the request side closes and the server ends the
      # stream after its one response.
      @rpc.pipeline([request]).flat_map(&:replies)
    end

    # Runs commands as one transaction (MULTI ... EXEC), given like
    # #pipeline's: in order, with no other client's command in between. A
    # command that fails has an error reply and the others still run, as in
    # Redis. +watched+ are the keys and versions #watch returned; when any of
    # them changed, nothing runs and TransactionAborted is raised.
    def multi(*commands, watched: [], &block)
      request = V1::ExecRequest.new(commands: batch(commands, &block), watched: watched)
      response = @rpc.exec(request)
      raise TransactionAborted if response.aborted

      response.replies.to_a
    end

    # WATCH: the keys' versions, for #multi's +watched+.
    def watch(*keys)
      versions = @rpc.watch(Keyspace.build(V1::WatchRequest, keys: keys)).versions
      keys.zip(versions).map { |key, version| V1::WatchedKey.new(key: key.b, version: version) }
    end

    # SUBSCRIBE: follows channels. With a block, yields each Message as it
    # arrives until the block breaks (or the subscription ends) and then
    # unsubscribes; without one, returns the Subscription (close it when
    # done). Either way the server has confirmed every channel first.
    #
    #   kv.subscribe("news") { |message| puts message.payload }
    def subscribe(*channels, &block)
      follow(:SUBSCRIBE_ACTION_SUBSCRIBE, channels, &block)
    end

    # PSUBSCRIBE: follows the channels matching glob-style patterns; each
    # Message's +pattern+ says which pattern matched. Like #subscribe.
    def psubscribe(*patterns, &block)
      follow(:SUBSCRIBE_ACTION_PSUBSCRIBE, patterns, &block)
    end

    private

    def batch(commands)
      collected = Batch.new
      commands.each { |command| collected << command }
      yield collected if block_given?
      collected.commands
    end

    def follow(action, names, &block)
      subscription = Subscription.new(@rpc, action, names)
      return subscription if block.nil?

      begin
        subscription.each(&block)
      ensure
        subscription.close
      end
    end
  end
end
