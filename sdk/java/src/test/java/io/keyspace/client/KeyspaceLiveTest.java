package io.keyspace.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.keyspace.v1.ConfigGetRequest;
import io.keyspace.v1.ConfigParameter;
import io.keyspace.v1.ConfigSetRequest;
import io.keyspace.v1.GetRequest;
import io.keyspace.v1.IncrByRequest;
import io.keyspace.v1.LPushRequest;
import io.keyspace.v1.PTtlRequest;
import io.keyspace.v1.PublishRequest;
import io.keyspace.v1.RPushRequest;
import io.keyspace.v1.Reply;
import io.keyspace.v1.ScanRequest;
import io.keyspace.v1.SetRequest;
import io.keyspace.v1.WatchRequest;
import io.keyspace.v1.WatchedKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Talks to a live keyspace-server at $KEYSPACE_ADDRESS (scripts/conformance runs these against the
 * server it starts); skipped without one. Each test uses keys of its own, so the server may be
 * shared.
 */
@EnabledIfEnvironmentVariable(named = "KEYSPACE_ADDRESS", matches = ".+")
@Timeout(60)
class KeyspaceLiveTest {
  private Keyspace client;
  private Keyspace kv;
  private String prefix;

  @BeforeEach
  void connect(TestInfo test) {
    client = Keyspace.connect(System.getenv("KEYSPACE_ADDRESS"));
    kv = client.withTimeout(Duration.ofSeconds(20));
    prefix = "java-test:" + test.getDisplayName() + ":" + System.nanoTime() + ":";
  }

  @AfterEach
  void close() {
    client.close();
  }

  private String key(String name) {
    return prefix + name;
  }

  private ByteString bytes(String name) {
    return ByteString.copyFromUtf8(key(name));
  }

  @Test
  void getTellsNilFromEmpty() {
    assertNull(kv.get(key("empty")));
    assertNull(kv.getString(key("empty")));
    assertTrue(kv.set(key("empty"), ""));
    assertArrayEquals(new byte[0], kv.get(key("empty")));
    assertEquals("", kv.getString(key("empty")));

    byte[] binary = {0, (byte) 0xff, 'x', 0};
    byte[] binaryKey =
        bytes("bin\u0000").concat(ByteString.copyFrom(new byte[] {(byte) 0xfe})).toByteArray();
    assertTrue(kv.set(binaryKey, binary, null));
    assertArrayEquals(binary, kv.get(binaryKey));
    assertNull(kv.get(key("bin")), "a key cut at the NUL");
  }

  @Test
  void setOptions() {
    assertFalse(kv.set(key("k"), "1", new SetOptions().xx()));
    assertTrue(kv.set(key("k"), "2", new SetOptions().nx().ttl(Duration.ofHours(1))));
    assertFalse(kv.set(key("k"), "3", new SetOptions().nx()));
    assertEquals("2", kv.getString(key("k")));
    long ttl =
        kv.call(rpc -> rpc.pTtl(PTtlRequest.newBuilder().setKey(bytes("k")).build()))
            .getMilliseconds();
    assertTrue(ttl > 0 && ttl <= Duration.ofHours(1).toMillis(), "PTTL " + ttl);

    assertTrue(kv.set(key("k"), "4", new SetOptions().keepTtl()));
    ttl =
        kv.call(rpc -> rpc.pTtl(PTtlRequest.newBuilder().setKey(bytes("k")).build()))
            .getMilliseconds();
    assertTrue(ttl > 0, "PTTL after KEEPTTL " + ttl);

    // Without an expiry option SET clears the TTL, as in Redis.
    assertTrue(kv.set(key("k"), "5"));
    assertEquals(
        -1,
        kv.call(rpc -> rpc.pTtl(PTtlRequest.newBuilder().setKey(bytes("k")).build()))
            .getMilliseconds());

    assertTrue(
        kv.set(
            key("k"),
            "6",
            new SetOptions().expireAt(java.time.Instant.now().plus(Duration.ofMinutes(5)))));
    ttl =
        kv.call(rpc -> rpc.pTtl(PTtlRequest.newBuilder().setKey(bytes("k")).build()))
            .getMilliseconds();
    assertTrue(ttl > 0 && ttl <= Duration.ofMinutes(5).toMillis(), "PTTL after PXAT " + ttl);
  }

  @Test
  void keysCountersAndExistence() {
    kv.set(key("a"), "1");
    assertEquals(2, kv.exists(key("a"), key("a"), key("missing")));
    assertEquals(2, kv.incr(key("a")));
    assertEquals(42, kv.incrBy(key("a"), 40));
    assertEquals(1, kv.del(key("a"), key("missing")));
    assertEquals(0, kv.exists(key("a")));
  }

  @Test
  void redisErrorsCarryThePrefix() {
    kv.call(
        rpc ->
            rpc.rPush(
                RPushRequest.newBuilder()
                    .setKey(bytes("list"))
                    .addElements(ByteString.copyFromUtf8("x"))
                    .build()));
    KeyspaceException wrongType = assertThrows(KeyspaceException.class, () -> kv.incr(key("list")));
    assertEquals("WRONGTYPE", wrongType.getPrefix());
    assertEquals(Status.Code.FAILED_PRECONDITION, wrongType.getCode());
    assertEquals(
        "WRONGTYPE Operation against a key holding the wrong kind of value",
        wrongType.getMessage());
    // A StatusRuntimeException too, with the same status.
    assertEquals(Status.Code.FAILED_PRECONDITION, Status.fromThrowable(wrongType).getCode());

    KeyspaceException viaCall =
        assertThrows(
            KeyspaceException.class,
            () ->
                kv.call(
                    rpc ->
                        rpc.incrBy(
                            IncrByRequest.newBuilder()
                                .setKey(bytes("list"))
                                .setIncrement(2)
                                .build())));
    assertEquals("WRONGTYPE", viaCall.getPrefix());

    KeyspaceException syntax =
        assertThrows(
            KeyspaceException.class,
            () -> kv.call(rpc -> rpc.scan(ScanRequest.newBuilder().setCount(0).build())));
    assertEquals("ERR", syntax.getPrefix());
    assertEquals("ERR syntax error", syntax.getMessage());
    assertEquals(Status.Code.INVALID_ARGUMENT, syntax.getCode());

    // The raw stub reports the same failure as gRPC does; from() reads the prefix out of it.
    StatusRuntimeException raw =
        assertThrows(
            StatusRuntimeException.class,
            () -> kv.rpc().lPush(LPushRequest.newBuilder().setKey(bytes("list")).build()));
    assertFalse(raw instanceof KeyspaceException);
    KeyspaceException converted = (KeyspaceException) KeyspaceException.from(raw);
    assertEquals("ERR", converted.getPrefix());
    assertEquals("ERR wrong number of arguments for 'lpush' command", converted.getMessage());
  }

  @Test
  void anUnreachableServerIsNoKeyspaceException() {
    try (Keyspace nowhere = Keyspace.connect("127.0.0.1:1")) {
      StatusRuntimeException failure =
          assertThrows(
              StatusRuntimeException.class,
              () -> nowhere.withTimeout(Duration.ofSeconds(2)).get("k"));
      assertFalse(failure instanceof KeyspaceException, failure.toString());
      assertEquals(Status.Code.UNAVAILABLE, failure.getStatus().getCode());
    }
  }

  @Test
  void pipelineRepliesInOrderWithErrors() {
    List<Reply> replies =
        kv.pipeline(
            SetRequest.newBuilder()
                .setKey(bytes("a"))
                .setValue(ByteString.copyFromUtf8("1"))
                .build(),
            IncrByRequest.newBuilder().setKey(bytes("a")).setIncrement(41).build(),
            LPushRequest.newBuilder()
                .setKey(bytes("a"))
                .addElements(ByteString.copyFromUtf8("x"))
                .build(),
            GetRequest.newBuilder().setKey(bytes("a")).build(),
            GetRequest.newBuilder().setKey(bytes("missing")).build());
    assertEquals(5, replies.size());
    assertTrue(replies.get(0).getSet().getWritten());
    assertEquals(42, replies.get(1).getIncrby().getValue());
    KeyspaceException wrongType = KeyspaceException.of(replies.get(2));
    assertNotNull(wrongType);
    assertEquals("WRONGTYPE", wrongType.getPrefix());
    assertEquals("42", replies.get(3).getGet().getValue().toStringUtf8());
    assertFalse(replies.get(4).getGet().hasValue());
    for (int i : new int[] {0, 1, 3, 4}) {
      assertNull(KeyspaceException.of(replies.get(i)), "reply " + i);
    }
    assertEquals(List.of(), kv.pipeline());
  }

  @Test
  void execAbortsWhenAWatchedKeyChanged() {
    long version =
        kv.call(rpc -> rpc.watch(WatchRequest.newBuilder().addKeys(bytes("w")).build()))
            .getVersions(0);
    List<WatchedKey> watched =
        List.of(WatchedKey.newBuilder().setKey(bytes("w")).setVersion(version).build());
    SetRequest set =
        SetRequest.newBuilder().setKey(bytes("w")).setValue(ByteString.copyFromUtf8("tx")).build();
    List<Reply> replies = kv.exec(watched, set, GetRequest.newBuilder().setKey(bytes("w")).build());
    assertEquals(2, replies.size());
    assertTrue(replies.get(0).getSet().getWritten());
    assertEquals("tx", replies.get(1).getGet().getValue().toStringUtf8());
    // The transaction's own write changed the key: the same versions abort.
    assertNull(kv.exec(watched, set));
  }

  @Test
  void subscribeDeliversPublishedMessagesInOrder() throws InterruptedException {
    try (Subscription sub = kv.subscribe(key("news"), key("chat"))) {
      assertTrue(sub.isOpen());
      assertEquals(1, kv.publish(key("news"), "hello"));
      assertEquals(0, kv.publish(key("nobody"), "lost"));
      assertEquals(
          1,
          kv.publish(
              key("chat").getBytes(java.nio.charset.StandardCharsets.UTF_8),
              new byte[] {0, (byte) 0xff}));

      Subscription.Message first = sub.poll(Duration.ofSeconds(5));
      assertNotNull(first, "no message within 5 s");
      assertEquals(key("news"), first.channel());
      assertEquals("hello", first.text());
      assertNull(first.pattern());
      Subscription.Message second = sub.poll(Duration.ofSeconds(5));
      assertNotNull(second, "no second message within 5 s");
      assertEquals(key("chat"), second.channel());
      assertArrayEquals(new byte[] {0, (byte) 0xff}, second.payload());
      assertNotEquals(0, second.sequence());
      assertNull(sub.poll(Duration.ofMillis(200)), "a message nobody published");
    }
  }

  @Test
  void subscribeToNothingIsRedisArityError() {
    KeyspaceException none = assertThrows(KeyspaceException.class, () -> kv.subscribe());
    assertEquals("ERR", none.getPrefix());
    assertEquals("ERR wrong number of arguments for 'subscribe' command", none.getMessage());
    KeyspaceException noPattern = assertThrows(KeyspaceException.class, () -> kv.psubscribe());
    assertEquals("ERR wrong number of arguments for 'psubscribe' command", noPattern.getMessage());
  }

  @Test
  void psubscribeNamesThePattern() throws InterruptedException {
    String pattern = key("news.*");
    try (Subscription sub = kv.psubscribe(pattern)) {
      assertEquals(1, kv.publish(key("news.tech"), "java"));
      Subscription.Message message = sub.poll(Duration.ofSeconds(5));
      assertNotNull(message, "no message within 5 s");
      assertEquals(key("news.tech"), message.channel());
      assertEquals(pattern, message.pattern());
      assertEquals("java", message.text());
    }
  }

  @Test
  void iterationEndsWhenTheSubscriptionIsClosed() throws InterruptedException {
    Subscription sub = kv.subscribe(key("c"));
    for (int i = 0; i < 3; i++) {
      kv.publish(key("c"), "m" + i);
    }
    List<String> seen = new ArrayList<>();
    for (Subscription.Message message : sub) {
      seen.add(message.text());
      if (seen.size() == 3) {
        sub.close();
      }
    }
    assertEquals(List.of("m0", "m1", "m2"), seen);
    assertFalse(sub.isOpen());
    assertNull(sub.take());
    // Closed, so no longer counted by the server.
    assertEquals(0, kv.publish(key("c"), "after"));
  }

  // The subscriber reads the stream only as fast as messages are taken, so the server sees a
  // consumer that stopped as a slow reader and drops it at its output buffer limit; the
  // messages already on their way arrive in order, then the failure.
  @Test
  void aSubscriberThatStopsTakingIsDroppedAtTheOutputBufferLimit() throws InterruptedException {
    String limit = "client-output-buffer-limit";
    String before =
        kv.call(rpc -> rpc.configGet(ConfigGetRequest.newBuilder().addPatterns(limit).build()))
            .getParameters(0)
            .getValue();
    setConfig(limit, "pubsub 256kb 0 0");
    try (Subscription sub = kv.subscribe(key("c"))) {
      ByteString payload = ByteString.copyFrom(new byte[64 * 1024]);
      PublishRequest publish =
          PublishRequest.newBuilder().setChannel(bytes("c")).setMessage(payload).build();
      List<Long> sequences = new ArrayList<>();
      // Far more than gRPC and the sockets buffer for a reader that stopped (some MB).
      for (int i = 0; i < 1000; i++) {
        var reply = kv.call(rpc -> rpc.publish(publish));
        if (reply.getReceivers() == 0) {
          break;
        }
        sequences.add(reply.getSequence());
      }
      assertTrue(sequences.size() < 1000, "still subscribed after 1000 messages of 64 KiB");

      long expected = sequences.get(0);
      StatusRuntimeException dropped = null;
      try {
        for (Subscription.Message message = sub.take(); message != null; message = sub.take()) {
          assertEquals(expected++, message.sequence());
        }
      } catch (StatusRuntimeException failure) {
        dropped = failure;
      }
      assertNotNull(dropped, "the subscription ended without a failure");
      assertEquals(Status.Code.RESOURCE_EXHAUSTED, dropped.getStatus().getCode());
      assertEquals(
          "client output buffer limit reached: ",
          dropped.getStatus().getDescription().substring(0, 36));
      assertTrue(expected - sequences.get(0) < sequences.size(), "every message arrived");
      assertFalse(sub.isOpen());
      StatusRuntimeException again = assertThrows(StatusRuntimeException.class, sub::take);
      assertEquals(Status.Code.RESOURCE_EXHAUSTED, again.getStatus().getCode());
    } finally {
      setConfig(limit, before);
    }
  }

  private void setConfig(String name, String value) {
    kv.call(
        rpc ->
            rpc.configSet(
                ConfigSetRequest.newBuilder()
                    .addParameters(ConfigParameter.newBuilder().setName(name).setValue(value))
                    .build()));
  }
}
