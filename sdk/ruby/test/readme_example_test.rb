# frozen_string_literal: true

require "test_helper"

# Runs the README's example line by line against the live server, and checks
# each "# => value" comment against what its line returned.
class ReadmeExampleTest < Minitest::Test
  include LiveServer

  README = File.expand_path("../README.md", __dir__)

  def example
    text = File.read(README)[/^## Example\n.*?```ruby\n(.*?)```/m, 1]
    refute_nil text, "README.md has no ruby block under ## Example"
    text.lines.map(&:chomp).reject(&:empty?)
  end

  def test_the_example_runs_as_written
    lines = example
    assert_operator lines.size, :<=, 5, "the README promises a five-line example"
    scope = binding
    checked = 0
    lines.each do |line|
      code, expected = line.split(/\s*# => /, 2)
      # The example's address is the usual one; the test server's is ours.
      got = scope.eval(code.sub('"127.0.0.1:7379"', @address.inspect))
      next if expected.nil?

      expected_value = scope.eval(expected)
      expected_value.nil? ? assert_nil(got, line) : assert_equal(expected_value, got, line)
      checked += 1
    end
    assert_equal 2, checked, "the example's # => comments"
  ensure
    scope&.local_variable_get(:kv)&.close if scope&.local_variable_defined?(:kv)
  end
end
