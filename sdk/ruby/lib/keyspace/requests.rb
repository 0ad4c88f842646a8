# frozen_string_literal: true

module Keyspace
  # Builds a message of class +klass+ from keyword fields, the way
  # +klass.new(**fields)+ does, except that Ruby strings given for bytes
  # fields (keys, values, members, ...) are passed as binary copies, nested
  # messages and lists included. The protobuf runtime would otherwise try to
  # transcode a UTF-8 string to ASCII-8BIT and fail on any non-ASCII
  # character; a key is bytes, whatever its encoding.
  #
  #   Keyspace.build(Keyspace::V1::ZAddRequest, key: "ranking",
  #                  members: [{ score: 1.5, member: "é" }])
  def self.build(klass, fields = {})
    return fields if fields.is_a?(klass)

    klass.new(**binary_fields(klass.descriptor, fields))
  end

  # Wraps a command's request (a Keyspace::V1::SetRequest, ...) as the
  # Keyspace::V1::Command that Pipeline and Exec take; a Command is returned
  # as it is.
  def self.command(request)
    return request if request.is_a?(V1::Command)

    field = COMMAND_FIELDS[request.class.descriptor.name]
    raise ArgumentError, "#{request.class} is not the request of a command" if field.nil?

    V1::Command.new(field => request)
  end

  # The Command field for each request message: "keyspace.v1.SetRequest" =>
  # :set, read from the schema.
  COMMAND_FIELDS = V1::Command.descriptor.lookup_oneof("command").to_h do |field|
    [field.subtype.name, field.name.to_sym]
  end.freeze

  def self.binary_fields(descriptor, fields)
    fields.to_h do |name, value|
      field = descriptor.lookup(name.to_s)
      raise ArgumentError, "#{descriptor.name} has no field #{name}" if field.nil?

      [name.to_sym, value.is_a?(Array) ? value.map { |v| binary(field, v) } : binary(field, value)]
    end
  end
  private_class_method :binary_fields

  def self.binary(field, value)
    case field.type
    when :bytes then value.is_a?(String) && value.encoding != Encoding::BINARY ? value.b : value
    when :message then value.is_a?(Hash) ? binary_fields(field.subtype, value) : value
    else value
    end
  end
  private_class_method :binary

  # Collects commands for Client#pipeline and Client#multi. It has one method
  # per command, named like the Command field (the Redis command lowercased:
  # set, lpush, zadd, configget, ...), taking the request's fields as
  # keywords or a request message:
  #
  #   batch.set(key: "a", value: "1")
  #   batch.zadd(key: "z", members: [{ score: 1, member: "m" }])
  #   batch << Keyspace::V1::IncrRequest.new(key: "a")
  class Batch
    # The Keyspace::V1::Command messages collected, in order.
    attr_reader :commands

    def initialize
      @commands = []
    end

    # Adds a Command or any command's request message.
    def <<(command)
      @commands << Keyspace.command(command)
      self
    end

    V1::Command.descriptor.lookup_oneof("command").each do |field|
      klass = field.subtype.msgclass
      define_method(field.name) do |request = nil, **fields|
        self << V1::Command.new(field.name => request || Keyspace.build(klass, fields))
      end
    end
  end
end
