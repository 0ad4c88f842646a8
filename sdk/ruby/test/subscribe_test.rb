# frozen_string_literal: true

require "test_helper"

class SubscribeTest < Minitest::Test
  include LiveServer

  def test_messages_published_after_subscribe_returns_are_delivered_in_order
    subscription = kv.subscribe(key("news"), key("chat"))
    assert_equal 1, kv.publish(key("news"), "hello")
    assert_equal 0, kv.publish(key("other"), "unheard")
    assert_equal 1, kv.publish(key("chat"), "\x00\xFF".b)
    assert_equal 1, kv.publish(key("news"), "")
    got = 3.times.map { subscription.receive(timeout: EVENT_TIMEOUT) }
    assert_equal [key("news").b, key("chat").b, key("news").b], got.map(&:channel)
    assert_equal ["hello", "\x00\xFF".b, ""], got.map(&:payload)
    assert_equal [nil, nil, nil], got.map(&:pattern)
    assert_operator got[2].sequence, :>, got[0].sequence, "sequence numbers grow per channel"
    assert_nil subscription.receive(timeout: 0.2), "nothing else was published"
  ensure
    subscription&.close
  end

  def test_the_block_form_yields_until_break_and_then_unsubscribes
    channel = key("feed")
    publisher = Thread.new do
      # The block form returns only when done: publish from elsewhere once
      # the subscription counts (PUBLISH answers how many received it).
      publisher_kv = Keyspace::Client.new(@address, timeout: CALL_TIMEOUT)
      sleep 0.01 while publisher_kv.publish(channel, "first").zero?
      publisher_kv.publish(channel, "second")
      publisher_kv.close
    end
    payloads = []
    kv.subscribe(channel) do |message|
      payloads << message.payload
      break if message.payload == "second"
    end
    publisher.join
    assert_equal "second", payloads.last
    assert_equal payloads.uniq, payloads
    wait_until("the subscription to end after break") { kv.publish(channel, "gone").zero? }
  end

  def test_psubscribe_names_the_pattern_that_matched
    subscription = kv.psubscribe("#{key('news')}.*")
    kv.publish(key("news.tech"), "a")
    kv.publish(key("sports"), "b")
    kv.publish(key("news."), "c")
    got = subscription.first(2)
    assert_equal [key("news.tech").b, key("news.").b], got.map(&:channel)
    assert_equal ["#{key('news')}.*".b] * 2, got.map(&:pattern)
    assert_equal %w[a c], got.map(&:payload)
  ensure
    subscription&.close
  end

  def test_close_from_another_thread_ends_each
    subscription = kv.subscribe(key("quiet"))
    reader = Thread.new { subscription.to_a }
    Thread.pass until reader.status == "sleep"
    subscription.close
    assert_equal [], reader.value
    assert_nil subscription.receive
    assert subscription.closed?
  end

  def test_a_refused_subscription_raises_the_redis_error
    error = assert_raises(Keyspace::CommandError) { kv.subscribe }
    assert_equal "ERR", error.prefix
    assert_equal "ERR wrong number of arguments for 'subscribe' command", error.message
  end

  def test_a_dropped_subscriber_sees_why
    name = "client-output-buffer-limit"
    before = kv.call(:ConfigGet, patterns: [name]).parameters.first.value
    subscription = kv.subscribe(key("flood"))
    begin
      kv.call(:ConfigSet, parameters: [{ name: name, value: "pubsub 1000 0 0" }])
      kv.publish(key("flood"), "x" * 5000)
    ensure
      kv.call(:ConfigSet, parameters: [{ name: name, value: before }])
    end
    error = assert_raises(GRPC::ResourceExhausted) { subscription.receive(timeout: EVENT_TIMEOUT) }
    assert_match(/client output buffer limit reached/, error.details)
    # And again: the subscription stays failed.
    assert_raises(GRPC::ResourceExhausted) { subscription.receive(timeout: 0) }
  ensure
    subscription&.close
  end

  # The raw stream in both directions at once: requests sent after replies
  # arrived, answered in order on the same stream.
  def test_the_raw_stream_is_bidirectional
    requests = Queue.new
    outgoing = Enumerator.new do |out|
      while (request = requests.pop) != :done
        out << request
      end
    end
    call = kv.rpc.subscribe(outgoing, return_op: true,
                                      deadline: GRPC::Core::TimeConsts::INFINITE_FUTURE)
    events = Queue.new
    reader = Thread.new do
      call.execute.each { |response| response.events.each { |e| events << e } }
    rescue GRPC::Cancelled
      nil # the ensure below ends the call
    end
    next_event = lambda do
      loop do
        event = events.pop
        return event unless event.event == :heartbeat
      end
    end

    requests << Keyspace::V1::SubscribeRequest.new(action: :SUBSCRIBE_ACTION_SUBSCRIBE,
                                                   channels: [key("a").b])
    change = next_event.call.change
    assert_equal [:SUBSCRIBE_ACTION_SUBSCRIBE, key("a").b, 1], [change.action, change.channel, change.count]

    requests << Keyspace::V1::SubscribeRequest.new(action: :SUBSCRIBE_ACTION_PING, channels: ["hi"])
    assert_equal "hi", next_event.call.pong.message

    kv.publish(key("a"), "m")
    assert_equal "m", next_event.call.message.payload

    requests << Keyspace::V1::SubscribeRequest.new(action: :SUBSCRIBE_ACTION_UNSUBSCRIBE)
    change = next_event.call.change
    assert_equal [:SUBSCRIBE_ACTION_UNSUBSCRIBE, key("a").b, 0], [change.action, change.channel, change.count]
  ensure
    requests&.push(:done)
    call&.cancel
    reader&.join(CALL_TIMEOUT)
  end

  private

  # Polls a condition that the server makes true asynchronously (a cancelled
  # stream leaves the hub when the server notices).
  def wait_until(what, seconds: EVENT_TIMEOUT)
    deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + seconds
    until yield
      flunk "timed out waiting for #{what}" if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline
      sleep 0.05
    end
  end
end
