// The README's example: SET with a TTL, then GET. Run with the server's
// address as the argument (default localhost:7379).
#include <chrono>
#include <iostream>
#include <optional>
#include <string>

#include <keyspace/client.h>

int main(int argc, char** argv) {
  const std::string address = argc > 1 ? argv[1] : "localhost:7379";
  keyspace::Client kv(address);
  kv.set("greeting", "hello", keyspace::SetOptions().ttl(std::chrono::seconds(10)));
  std::optional<std::string> value = kv.get("greeting");  // "hello"; std::nullopt if missing
  std::cout << value.value_or("(nil)") << "\n";
}
