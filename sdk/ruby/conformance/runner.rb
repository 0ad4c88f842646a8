#!/usr/bin/env ruby
# frozen_string_literal: true

# The Ruby conformance runner: tests/conformance/scenarios.json against a
# live server through the Ruby SDK; prints one JSON line per scenario (the
# format is in tests/conformance/README.md):
#
#   ruby runner.rb --address 127.0.0.1:7379 --scenarios tests/conformance/scenarios.json
#
# It loads the keyspace gem as installed (scripts/sdks/ruby.py builds and
# installs it first). Messages are read from the scenarios' proto3 JSON with
# the generated classes' decode_json and compared as messages. Unary steps go
# through Client#call (errors arrive as Keyspace::CommandError), pipelines
# through Client#pipeline, and subscriptions use the raw Subscribe stream,
# since the scenarios compare every event, confirmations included.

require "json"
require "optparse"
require "timeout"
require "keyspace"

CALL_TIMEOUT = 10
EVENT_TIMEOUT = 5
# Fields of subscription events that differ from run to run: the format says
# to clear them before comparing.
VOLATILE = %w[run_id sequence].freeze

# A step's outcome is not the expected one; the message says how.
class Mismatch < StandardError; end

def parse(klass, value)
  klass.decode_json(JSON.generate(value || {}))
end

def show(message)
  message.to_json
end

def expect_equal(label, got, want)
  raise Mismatch, "#{label}: got #{show(got)}, want #{show(want)}" unless got == want
end

def unary(kv, step)
  description = Keyspace::V1::KeyspaceService::Service.rpc_descs[step["call"].to_sym]
  raise Mismatch, "no RPC named #{step['call']}" if description.nil?

  request = parse(description.input, step["request"])
  label = "#{step['call']} #{show(request)}"
  begin
    response = kv.call(step["call"], request)
  rescue Keyspace::CommandError => e
    failed(label, step, { "code" => e.code_name, "reason" => e.prefix, "message" => e.message })
    return
  rescue GRPC::BadStatus => e
    code = Keyspace::CommandError::CODE_NAMES.fetch(e.code, e.code.to_s)
    failed(label, step, { "code" => code, "reason" => "", "message" => e.details })
    return
  end
  raise Mismatch, "#{label}: got #{show(response)}, want the error #{step['error']}" if step["error"]

  expect_equal(label, response, parse(description.output, step["response"]))
end

def failed(label, step, got)
  raise Mismatch, "#{label}: failed with #{got}" if step["error"].nil?

  want = { "reason" => "" }.merge(step["error"])
  raise Mismatch, "#{label}: failed with #{got}, want #{want}" unless got == want
end

def pipeline(kv, step)
  commands = step["pipeline"].map { |command| parse(Keyspace::V1::Command, command) }
  want = step["replies"].map { |reply| parse(Keyspace::V1::Reply, reply) }
  replies = kv.pipeline(*commands)
  expect_equal("Pipeline", Keyspace::V1::PipelineResponse.new(replies: replies),
               Keyspace::V1::PipelineResponse.new(replies: want))
end

def subscription(kv, step)
  request = parse(Keyspace::V1::SubscribeRequest, step["subscribe"])
  want = step["events"].map { |event| parse(Keyspace::V1::SubscriptionEvent, event) }
  call = kv.rpc.subscribe([request], return_op: true,
                                     deadline: GRPC::Core::TimeConsts::INFINITE_FUTURE)
  inbox = Queue.new
  reader = Thread.new do
    call.execute.each { |response| response.events.each { |event| inbox << event } }
  rescue StandardError => e
    inbox << e
  ensure
    inbox << :end
  end
  got = []
  read = lambda do |done|
    until done.call
      event = begin
        Timeout.timeout(EVENT_TIMEOUT) { inbox.pop }
      rescue Timeout::Error
        return
      end
      return if event == :end || event.is_a?(Exception)
      next if event.event == :heartbeat

      clear_volatile(event)
      got << event
    end
  end
  read.call(-> { got.count { |e| e.event == :change } >= request.channels.size || got.size > want.size })
  step.fetch("publish", []).each { |publish| kv.call(:Publish, parse(Keyspace::V1::PublishRequest, publish)) }
  read.call(-> { got.size >= want.size })
  call.cancel
  reader.join
  if got.size != want.size
    raise Mismatch, "Subscribe: got #{got.size} events [#{got.map { |e| show(e) }.join(', ')}], want #{want.size}"
  end

  want.each_with_index { |event, i| expect_equal("Subscribe event #{i}", got[i], event) }
end

def clear_volatile(event)
  part = event.public_send(event.event)
  VOLATILE.each do |name|
    field = part.class.descriptor.lookup(name)
    field&.clear(part)
  end
end

def run_scenario(kv, scenario)
  kv.call(:FlushAll)
  scenario["steps"].each_with_index do |step, i|
    if step.key?("call") then unary(kv, step)
    elsif step.key?("pipeline") then pipeline(kv, step)
    elsif step.key?("subscribe") then subscription(kv, step)
    else raise Mismatch, "unknown kind of step"
    end
  rescue StandardError => e
    detail = e.is_a?(Mismatch) ? e.message : "#{e.class}: #{e.message}"
    return "step #{i + 1}: #{detail}"
  end
  ""
end

def main
  options = {}
  OptionParser.new do |parser|
    parser.banner = "usage: runner.rb --address HOST:PORT --scenarios FILE"
    parser.on("--address HOST:PORT") { |value| options[:address] = value }
    parser.on("--scenarios FILE") { |value| options[:scenarios] = value }
  end.parse!
  abort "usage: runner.rb --address HOST:PORT --scenarios FILE" unless options[:address] && options[:scenarios]

  $stdout.sync = true
  scenarios = JSON.parse(File.read(options[:scenarios]))["scenarios"]
  kv = Keyspace::Client.new(options[:address], timeout: CALL_TIMEOUT)
  scenarios.each do |scenario|
    detail = run_scenario(kv, scenario)
    puts JSON.generate({ scenario: scenario["name"], passed: detail.empty?, detail: detail })
  end
  kv.close
end

main
