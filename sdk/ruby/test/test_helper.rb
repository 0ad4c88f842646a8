# frozen_string_literal: true

# The tests talk to a live keyspace-server at $KEYSPACE_ADDRESS
# (scripts/conformance runs them against the server it starts) and skip
# without one. They use keys of their own, so the server may be shared.

require "minitest/autorun"
require "securerandom"
require "keyspace"

module LiveServer
  # A hung call fails the test instead of hanging it.
  CALL_TIMEOUT = 20
  EVENT_TIMEOUT = 5

  def setup
    super
    @address = ENV.fetch("KEYSPACE_ADDRESS", "")
    skip "KEYSPACE_ADDRESS is not set: no live server to test against" if @address.empty?
    @kv = Keyspace::Client.new(@address, timeout: CALL_TIMEOUT)
    @prefix = "ruby-test:#{name}:#{SecureRandom.hex(4)}:"
  end

  def teardown
    @kv&.close
    super
  end

  attr_reader :kv

  # A key of this test's own.
  def key(name)
    "#{@prefix}#{name}"
  end
end
