# frozen_string_literal: true

module Keyspace
  # A message published to a channel a Subscription follows. +channel+ and
  # +payload+ are binary strings; +pattern+ is the pattern that matched for
  # a pattern subscription (Redis's pmessage), else nil; +sequence+ is the
  # message's number on its channel (see subscribe.proto).
  Message = Struct.new(:channel, :pattern, :payload, :sequence, keyword_init: true)

  # A Subscribe stream. Client#subscribe and Client#psubscribe return one
  # once the server has confirmed every channel, so a message published after
  # that is delivered. Messages are read with #each (it is Enumerable) or
  # #receive; #close ends the stream.
  #
  # A thread reads the stream into an inbox as events arrive, so a slow
  # reader here does not stall gRPC; the server still drops a subscriber
  # whose backlog passes its output buffer limit, which ends the
  # subscription with GRPC::ResourceExhausted.
  class Subscription
    include Enumerable

    # Thread::Queue#pop has no timeout before Ruby 3.2 (Debian 12 has 3.1).
    class Inbox
      def initialize
        @items = []
        @lock = Mutex.new
        @ready = ConditionVariable.new
      end

      def push(item)
        @lock.synchronize do
          @items << item
          @ready.signal
        end
      end

      # The next item, or +default+ once +timeout+ seconds (nil: no limit)
      # passed without one.
      def pop(timeout, default)
        deadline = timeout && Process.clock_gettime(Process::CLOCK_MONOTONIC) + timeout
        @lock.synchronize do
          while @items.empty?
            left = deadline && deadline - Process.clock_gettime(Process::CLOCK_MONOTONIC)
            return default if left && left <= 0

            @ready.wait(@lock, left)
          end
          @items.shift
        end
      end
    end
    private_constant :Inbox

    ENDED = Object.new.freeze
    TIMED_OUT = Object.new.freeze
    private_constant :ENDED, :TIMED_OUT

    # Opens the stream and sends one request; +stub+ is a KeyspaceService
    # stub. Returns once every name is confirmed; raises CommandError when
    # the server refuses the request.
    def initialize(stub, action, names)
      @inbox = Inbox.new
      @failure = nil
      @ended = false
      @closed = false
      request = Keyspace.build(V1::SubscribeRequest, action: action, channels: names)
      # A subscription lives until it is closed, whatever deadline the
      # client gives its calls. The request side is half-closed once the
      # request is sent: the server keeps the subscriptions of a half-closed
      # stream (see api/subscribe.py), and cancelling ends them.
      @call = stub.subscribe([request], return_op: true,
                                        deadline: GRPC::Core::TimeConsts::INFINITE_FUTURE)
      @reader = Thread.new { read }
      @early = confirm(names.size)
    rescue StandardError
      close
      raise
    end

    # The next message; nil once the subscription ended without a failure
    # (by #close), or when +timeout+ seconds passed first. Raises the failure
    # that ended the subscription otherwise (GRPC::BadStatus, or
    # CommandError for an error event).
    def receive(timeout: nil)
      raise @failure if @failure
      return nil if @closed
      return @early.shift unless @early.empty?

      deadline = timeout && now + timeout
      loop do
        event = next_event(deadline && [deadline - now, 0].max)
        return nil if event.equal?(TIMED_OUT) || event.equal?(ENDED)

        raise fail_with(CommandError.from_reply(event.error)) if event.event == :error
        return message(event.message) if event.event == :message
        # Confirmations of later requests, heartbeats, pongs: not messages.
      end
    end

    # Yields each message as it arrives until the subscription ends; returns
    # after #close (from another thread, or from the block), raises the
    # failure that ended it otherwise. With no block, an Enumerator.
    def each
      return enum_for(:each) unless block_given?

      while (message = receive)
        yield message
      end
      self
    end

    # Ends the stream; the reading thread stops. Safe to call more than once.
    def close
      @closed = true
      @call&.cancel
      @reader&.join
      nil
    end

    def closed?
      @closed
    end

    private

    def read
      @call.execute.each do |response|
        response.events.each { |event| @inbox.push(event) }
      end
      @inbox.push(ENDED)
    rescue StandardError => e
      # The cancel of #close ends the call with CANCELLED: not a failure.
      @inbox.push(@closed ? ENDED : e)
    end

    # Reads events until +count+ confirmations (a first error event is
    # Redis's reply to a refused request); returns the messages that came
    # first.
    def confirm(count)
      early = []
      confirmed = 0
      # A request with no names gets no confirmation but an error: wait for it.
      while confirmed < [count, 1].max
        event = next_event(nil)
        raise IOError, "the server ended the subscription unconfirmed" if event.equal?(ENDED)

        case event.event
        when :change then confirmed += 1
        when :error then raise fail_with(CommandError.from_reply(event.error))
        when :message then early << message(event.message)
        end
      end
      early
    end

    # The next event, TIMED_OUT, or ENDED once the stream ended by #close;
    # raises the failure that ended it otherwise, every time.
    def next_event(timeout)
      unless @ended
        event = @inbox.pop(timeout, TIMED_OUT)
        return event unless event.equal?(ENDED) || event.is_a?(Exception)

        @ended = true
        @failure ||= event if event.is_a?(Exception)
      end
      raise @failure if @failure

      ENDED
    end

    # An error event ends the subscription: the stream's state is no
    # longer the one its owner asked for.
    def fail_with(error)
      @failure = error
      @ended = true
      close
      error
    end

    def now
      Process.clock_gettime(Process::CLOCK_MONOTONIC)
    end

    def message(event)
      Message.new(
        channel: event.channel.dup,
        pattern: event.has_pattern? ? event.pattern.dup : nil,
        payload: event.payload.dup,
        sequence: event.sequence
      )
    end
  end
end
