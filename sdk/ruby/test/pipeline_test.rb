# frozen_string_literal: true

require "test_helper"

class PipelineTest < Minitest::Test
  include LiveServer

  def test_replies_in_order_with_errors_in_their_slot
    replies = kv.pipeline do |batch|
      batch.set(key: key("a"), value: "1")
      batch.incrby(key: key("a"), increment: 41)
      batch.lpush(key: key("a"), elements: ["x"])
      batch.get(key: key("a"))
      batch.get(key: key("missing"))
    end
    assert_equal 5, replies.size
    assert_equal true, replies[0].set.written
    assert_equal 42, replies[1].incrby.value
    assert_equal "42", replies[3].get.value
    refute replies[4].get.has_value?, "a missing key's GET is nil in a pipeline too"

    error = Keyspace::CommandError.from_reply(replies[2])
    assert_equal "WRONGTYPE", error.prefix
    assert_equal "WRONGTYPE Operation against a key holding the wrong kind of value", error.message
    assert_equal GRPC::Core::StatusCodes::FAILED_PRECONDITION, error.code
    [0, 1, 3, 4].each { |i| assert_nil Keyspace::CommandError.from_reply(replies[i]) }
  end

  def test_commands_as_messages
    replies = kv.pipeline(
      Keyspace::V1::SetRequest.new(key: key("m"), value: "v"),
      Keyspace::V1::Command.new(get: Keyspace::V1::GetRequest.new(key: key("m")))
    ) { |batch| batch << Keyspace::V1::StrLenRequest.new(key: key("m")) }
    assert_equal [:set, :get, :strlen], replies.map(&:reply)
    assert_equal "v", replies[1].get.value
    assert_equal 1, replies[2].strlen.length
    assert_raises(ArgumentError) { kv.pipeline(Keyspace::V1::GetResponse.new) }
  end

  def test_an_empty_pipeline_has_no_replies
    assert_equal [], kv.pipeline
  end

  def test_a_large_pipeline_keeps_order
    replies = kv.pipeline do |batch|
      500.times { |i| batch.rpush(key: key("list"), elements: [i.to_s]) }
    end
    assert_equal (1..500).to_a, replies.map { |reply| reply.rpush.length }
  end

  def test_multi_runs_a_transaction
    replies = kv.multi do |tx|
      tx.set(key: key("t"), value: "1")
      tx.incr(key: key("t"))
      tx.lpush(key: key("t"), elements: ["x"])
    end
    assert_equal 2, replies[1].incr.value
    assert_equal "WRONGTYPE", Keyspace::CommandError.from_reply(replies[2]).prefix
    assert_equal "2", kv.get(key("t"))
  end

  def test_multi_is_aborted_when_a_watched_key_changed
    watched = kv.watch(key("w"), key("other"))
    assert_equal [key("w").b, key("other").b], watched.map(&:key)
    kv.set(key("w"), "changed")
    assert_raises(Keyspace::TransactionAborted) do
      kv.multi(watched: watched) { |tx| tx.set(key: key("w"), value: "mine") }
    end
    assert_equal "changed", kv.get(key("w"))

    watched = kv.watch(key("w"))
    replies = kv.multi(watched: watched) { |tx| tx.set(key: key("w"), value: "mine") }
    assert_equal true, replies[0].set.written
    assert_equal "mine", kv.get(key("w"))
  end

  def test_a_command_that_cannot_be_queued_discards_the_transaction
    error = assert_raises(Keyspace::CommandError) do
      kv.multi(Keyspace::V1::SetRequest.new(key: key("x"), value: "1"), Keyspace::V1::Command.new)
    end
    assert_equal "EXECABORT", error.prefix
    assert_equal "EXECABORT Transaction discarded because of previous errors.", error.message
    assert_nil kv.get(key("x"))
  end

  # The raw stream with several batches in flight in turn: each sent after
  # the previous one's reply arrived, all on one stream.
  def test_the_raw_stream_takes_batches_one_after_another
    requests = Queue.new
    outgoing = Enumerator.new do |out|
      while (request = requests.pop) != :done
        out << request
      end
    end
    responses = kv.rpc.pipeline(outgoing).each
    requests << Keyspace::V1::PipelineRequest.new(
      commands: [Keyspace.command(Keyspace::V1::IncrRequest.new(key: key("n").b))]
    )
    assert_equal 1, responses.next.replies.first.incr.value
    requests << Keyspace::V1::PipelineRequest.new(
      commands: [Keyspace.command(Keyspace::V1::IncrRequest.new(key: key("n").b))] * 2
    )
    assert_equal [2, 3], responses.next.replies.map { |reply| reply.incr.value }
    requests << :done
    assert_raises(StopIteration) { responses.next }
  end
end
