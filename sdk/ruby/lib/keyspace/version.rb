# frozen_string_literal: true

module Keyspace
  VERSION = "0.1.0"
end
