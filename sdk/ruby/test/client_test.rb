# frozen_string_literal: true

require "test_helper"

class ClientTest < Minitest::Test
  include LiveServer

  def test_get_tells_nil_from_empty
    assert_nil kv.get(key("empty"))
    assert_equal true, kv.set(key("empty"), "")
    assert_equal "", kv.get(key("empty"))
  end

  def test_values_are_bytes_in_any_encoding
    binary = "\x00\xFFx\x00".b
    kv.set(key("bin"), binary)
    assert_equal binary, kv.get(key("bin"))
    assert_equal Encoding::BINARY, kv.get(key("bin")).encoding

    # A UTF-8 key and value travel as their bytes and read back the same.
    kv.set(key("clé"), "été")
    assert_equal "été".b, kv.get(key("clé"))
    assert_equal "été", kv.get(key("clé")).force_encoding(Encoding::UTF_8)
    assert_equal 1, kv.exists(key("clé").b)
  end

  def test_set_options_are_keywords
    assert_equal false, kv.set(key("k"), "1", xx: true)
    assert_nil kv.get(key("k"))
    assert_equal true, kv.set(key("k"), "2", nx: true, px: 3_600_000)
    assert_equal false, kv.set(key("k"), "3", nx: true)
    assert_equal "2", kv.get(key("k"))
    ttl = kv.call(:PTtl, key: key("k")).milliseconds
    assert_operator ttl, :>, 0
    assert_operator ttl, :<=, 3_600_000

    kv.set(key("k"), "4", keepttl: true)
    assert_operator kv.call(:PTtl, key: key("k")).milliseconds, :>, 0
    kv.set(key("k"), "5")
    assert_equal(-1, kv.call(:PTtl, key: key("k")).milliseconds, "SET without options clears the TTL")

    assert_equal "5", kv.set(key("k"), "6", get: true)
    assert_nil kv.set(key("fresh"), "x", get: true)
    assert_equal "6", kv.get(key("k"))
  end

  def test_conflicting_options_are_refused_before_sending
    assert_raises(ArgumentError) { kv.set(key("k"), "v", ex: 1, px: 1000) }
    assert_raises(ArgumentError) { kv.set(key("k"), "v", nx: true, xx: true) }
    assert_nil kv.get(key("k"))
  end

  def test_counting_helpers
    kv.set(key("a"), "1")
    kv.set(key("b"), "1")
    assert_equal 3, kv.exists(key("a"), key("a"), key("b"))
    assert_equal 2, kv.incr(key("a"))
    assert_equal 42, kv.incrby(key("a"), 40)
    assert_equal 2, kv.del(key("a"), key("b"), key("none"))
    assert_equal 0, kv.exists(key("a"))
  end

  def test_redis_errors_carry_the_prefix
    kv.call(:RPush, key: key("list"), elements: ["x"])
    error = assert_raises(Keyspace::CommandError) { kv.incr(key("list")) }
    assert_equal "WRONGTYPE", error.prefix
    assert_equal "WRONGTYPE Operation against a key holding the wrong kind of value", error.message
    assert_equal GRPC::Core::StatusCodes::FAILED_PRECONDITION, error.code
    assert_equal "FAILED_PRECONDITION", error.code_name
    assert_kind_of StandardError, error

    # Through the generated stub too.
    error = assert_raises(Keyspace::CommandError) do
      kv.rpc.incr_by(Keyspace::V1::IncrByRequest.new(key: key("list"), increment: 2))
    end
    assert_equal "WRONGTYPE", error.prefix

    error = assert_raises(Keyspace::CommandError) { kv.call(:Scan, count: 0) }
    assert_equal ["ERR", "ERR syntax error"], [error.prefix, error.message]
    assert_equal "INVALID_ARGUMENT", error.code_name

    kv.set(key("n"), "x")
    error = assert_raises(Keyspace::CommandError) { kv.incr(key("n")) }
    assert_equal ["ERR", "ERR value is not an integer or out of range"], [error.prefix, error.message]
  end

  def test_an_unreachable_server_is_no_command_error
    nowhere = Keyspace::Client.new("127.0.0.1:1", timeout: 2)
    error = assert_raises(GRPC::BadStatus) { nowhere.get("k") }
    refute_kind_of Keyspace::CommandError, error
  ensure
    nowhere&.close
  end

  def test_call_reaches_every_unary_rpc_by_name
    kv.call(:ZAdd, key: key("z"), members: [{ score: 2, member: "b" }, { score: 1, member: "é" }])
    reply = kv.call("ZRange", key: key("z"), by_rank: { start: 0, stop: -1 })
    assert_equal ["é".b, "b"], reply.members.to_a
    assert_equal "PONG", kv.call(:Ping).message
    assert_raises(ArgumentError) { kv.call(:NoSuchCommand) }
    assert_raises(ArgumentError) { kv.call(:Pipeline) }
    assert_raises(ArgumentError) { kv.call(:Get, no_such_field: "x") }
  end

  def test_every_rpc_of_the_schema_is_on_the_stub
    names = Keyspace::V1::KeyspaceService::Service.rpc_descs.keys
    assert_operator names.size, :>, 100
    missing = names.reject { |n| kv.rpc.respond_to?(GRPC::GenericService.underscore(n.to_s)) }
    assert_empty missing
  end
end
