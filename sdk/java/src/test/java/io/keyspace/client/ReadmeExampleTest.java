package io.keyspace.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import io.keyspace.v1.IncrRequest;
import io.keyspace.v1.Reply;
import io.keyspace.v1.ScoreMember;
import io.keyspace.v1.SetRequest;
import io.keyspace.v1.ZAddRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The examples of README.md, as they are written there, against $KEYSPACE_ADDRESS. */
@EnabledIfEnvironmentVariable(named = "KEYSPACE_ADDRESS", matches = ".+")
@Timeout(60)
class ReadmeExampleTest {
  private static final String ADDRESS = System.getenv("KEYSPACE_ADDRESS");

  @Test
  void fiveLineExample() {
    String value;
    try (Keyspace kv = Keyspace.connect(ADDRESS)) {
      kv.set("greeting", "hello", new SetOptions().ttl(Duration.ofSeconds(10)));
      value = kv.getString("greeting"); // "hello"; null for a missing key
      kv.del("greeting");
    }
    assertEquals("hello", value);
  }

  @Test
  void everyCommandThroughCall() {
    try (Keyspace kv = Keyspace.connect(ADDRESS)) {
      long added =
          kv.call(
                  rpc ->
                      rpc.zAdd(
                          ZAddRequest.newBuilder()
                              .setKey(ByteString.copyFromUtf8("board"))
                              .addMembers(
                                  ScoreMember.newBuilder()
                                      .setScore(1)
                                      .setMember(ByteString.copyFromUtf8("a")))
                              .build()))
              .getCount();
      assertEquals(1, added);
      kv.del("board");
    }
  }

  @Test
  void pipelineExample() {
    try (Keyspace kv = Keyspace.connect(ADDRESS)) {
      ByteString a = ByteString.copyFromUtf8("java-readme-a");
      ByteString one = ByteString.copyFromUtf8("1");
      List<Reply> replies =
          kv.pipeline(
              SetRequest.newBuilder().setKey(a).setValue(one).build(),
              IncrRequest.newBuilder().setKey(a).build());
      long n = replies.get(1).getIncr().getValue(); // 2
      assertEquals(2, n);
      kv.del("java-readme-a");
    }
  }
}
