package io.keyspace.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.keyspace.v1.Command;
import io.keyspace.v1.DelRequest;
import io.keyspace.v1.ExecRequest;
import io.keyspace.v1.ExecResponse;
import io.keyspace.v1.ExistsRequest;
import io.keyspace.v1.GetRequest;
import io.keyspace.v1.GetResponse;
import io.keyspace.v1.IncrByRequest;
import io.keyspace.v1.IncrRequest;
import io.keyspace.v1.KeyspaceServiceGrpc;
import io.keyspace.v1.KeyspaceServiceGrpc.KeyspaceServiceBlockingStub;
import io.keyspace.v1.KeyspaceServiceGrpc.KeyspaceServiceStub;
import io.keyspace.v1.PublishRequest;
import io.keyspace.v1.Reply;
import io.keyspace.v1.SetRequest;
import io.keyspace.v1.SubscribeAction;
import io.keyspace.v1.SubscribeRequest;
import io.keyspace.v1.WatchedKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A client of one Keyspace server: Redis's commands over Keyspace's typed gRPC API.
 *
 * <pre>{@code
 * try (Keyspace kv = Keyspace.connect("localhost:7379")) {
 *   kv.set("greeting", "hello", new SetOptions().ttl(Duration.ofSeconds(10)));
 *   String value = kv.getString("greeting"); // "hello"; null for a missing key
 * }
 * }</pre>
 *
 * <p>Every RPC of the schema is reached through {@link #call}, which hands over the generated
 * blocking stub and turns Redis's errors into {@link KeyspaceException}: {@code kv.call(rpc ->
 * rpc.zAdd(request))}. The methods of this class cover what the generated code makes awkward: nil
 * as {@code null}, SET's options, pipelines, transactions and subscriptions. Keys given as {@code
 * String} are sent as UTF-8; the {@code byte[]} forms take any bytes. A client is safe for
 * concurrent use: make one and share it.
 */
public final class Keyspace implements AutoCloseable {
  private static final Duration CONFIRMATION_TIMEOUT = Duration.ofSeconds(30);

  private final Channel channel;
  private final ManagedChannel owned;
  private final Duration timeout;

  private Keyspace(Channel channel, ManagedChannel owned, Duration timeout) {
    this.channel = channel;
    this.owned = owned;
    this.timeout = timeout;
  }

  /**
   * A client on a channel the caller made and will shut down; {@link #close} leaves it open.
   *
   * @param channel the channel to the server
   */
  public Keyspace(Channel channel) {
    this(channel, null, null);
  }

  /**
   * Connects to the server at {@code address} ({@code host:port}) over plaintext HTTP/2, as the
   * server serves by default. The connection is made on the first call.
   *
   * @param address the server, e.g. {@code localhost:7379}
   * @return a client that owns its connection: close it
   */
  public static Keyspace connect(String address) {
    return connect(address, InsecureChannelCredentials.create());
  }

  /**
   * Connects with the given credentials, e.g. {@code TlsChannelCredentials.create()}.
   *
   * @param address the server, e.g. {@code keyspace.example:7379}
   * @param credentials how to secure the connection
   * @return a client that owns its connection: close it
   */
  public static Keyspace connect(String address, ChannelCredentials credentials) {
    ManagedChannel channel = Grpc.newChannelBuilder(address, credentials).build();
    return new Keyspace(channel, channel, null);
  }

  /**
   * The same client with a deadline of {@code timeout} on each call, counted from the call's start.
   * It shares this client's connection: close only this one.
   *
   * @param timeout how long each call may take
   * @return a client whose calls fail with DEADLINE_EXCEEDED after {@code timeout}
   */
  public Keyspace withTimeout(Duration timeout) {
    return new Keyspace(channel, null, timeout);
  }

  /**
   * The generated blocking stub, every RPC of the schema. Its failures are the generated code's
   * {@link StatusRuntimeException}; {@link #call} converts Redis's errors, and so does {@link
   * KeyspaceException#from}. With {@link #withTimeout} the deadline is counted from now.
   *
   * @return the stub
   */
  public KeyspaceServiceBlockingStub rpc() {
    KeyspaceServiceBlockingStub stub = KeyspaceServiceGrpc.newBlockingStub(channel);
    return timeout == null ? stub : stub.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * The generated async stub, for the streams; as {@link #rpc}, without conversion of errors.
   *
   * @return the stub
   */
  public KeyspaceServiceStub asyncRpc() {
    KeyspaceServiceStub stub = KeyspaceServiceGrpc.newStub(channel);
    return timeout == null ? stub : stub.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Calls any RPC through the generated blocking stub, with Redis's errors thrown as {@link
   * KeyspaceException}: {@code kv.call(rpc -> rpc.lPush(request))}.
   *
   * @param <T> the RPC's response
   * @param rpc calls one method of the stub
   * @return the response
   * @throws KeyspaceException when Redis answers with an error
   * @throws StatusRuntimeException on any other failure
   */
  public <T> T call(Function<KeyspaceServiceBlockingStub, T> rpc) {
    try {
      return rpc.apply(rpc());
    } catch (StatusRuntimeException failure) {
      throw KeyspaceException.from(failure);
    }
  }

  /**
   * The string at {@code key} (GET).
   *
   * @param key the key
   * @return the value, or {@code null} when the key does not exist (Redis's nil); an empty value is
   *     an empty array
   */
  public byte[] get(byte[] key) {
    GetResponse reply = call(rpc -> rpc.get(GetRequest.newBuilder().setKey(bytes(key)).build()));
    return reply.hasValue() ? reply.getValue().toByteArray() : null;
  }

  /** GET of a UTF-8 key; see {@link #get(byte[])}. */
  public byte[] get(String key) {
    return get(utf8(key));
  }

  /** GET with the value decoded as UTF-8; {@code null} for a missing key. */
  public String getString(String key) {
    byte[] value = get(key);
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }

  /**
   * Stores {@code value} at {@code key} (SET).
   *
   * @param key the key
   * @param value the value
   * @param options NX, XX, an expiry; {@code null} for none
   * @return whether it was stored: {@code false} when NX or XX prevented it
   */
  public boolean set(byte[] key, byte[] value, SetOptions options) {
    SetRequest.Builder request = SetRequest.newBuilder().setKey(bytes(key)).setValue(bytes(value));
    if (options != null) {
      options.applyTo(request);
    }
    return call(rpc -> rpc.set(request.build())).getWritten();
  }

  /** SET of UTF-8 text; see {@link #set(byte[], byte[], SetOptions)}. */
  public boolean set(String key, String value, SetOptions options) {
    return set(utf8(key), utf8(value), options);
  }

  /** SET without options; see {@link #set(byte[], byte[], SetOptions)}. */
  public boolean set(String key, String value) {
    return set(key, value, null);
  }

  /** SET of any bytes under a UTF-8 key; see {@link #set(byte[], byte[], SetOptions)}. */
  public boolean set(String key, byte[] value, SetOptions options) {
    return set(utf8(key), value, options);
  }

  /**
   * Removes keys (DEL).
   *
   * @param keys the keys
   * @return how many existed
   */
  public long del(String... keys) {
    return call(rpc -> rpc.del(DelRequest.newBuilder().addAllKeys(utf8All(keys)).build()))
        .getCount();
  }

  /**
   * Counts the keys that exist (EXISTS); a key named twice counts twice.
   *
   * @param keys the keys
   * @return how many exist
   */
  public long exists(String... keys) {
    return call(rpc -> rpc.exists(ExistsRequest.newBuilder().addAllKeys(utf8All(keys)).build()))
        .getCount();
  }

  /**
   * Adds one to the integer at {@code key} (INCR).
   *
   * @param key the key
   * @return the new value
   */
  public long incr(String key) {
    return call(rpc -> rpc.incr(IncrRequest.newBuilder().setKey(bytes(utf8(key))).build()))
        .getValue();
  }

  /**
   * Adds {@code increment} to the integer at {@code key} (INCRBY).
   *
   * @param key the key
   * @param increment what to add
   * @return the new value
   */
  public long incrBy(String key, long increment) {
    IncrByRequest request =
        IncrByRequest.newBuilder().setKey(bytes(utf8(key))).setIncrement(increment).build();
    return call(rpc -> rpc.incrBy(request)).getValue();
  }

  /**
   * Posts {@code message} to {@code channel} (PUBLISH).
   *
   * @param channel the channel
   * @param message the message
   * @return how many subscriptions received it
   */
  public long publish(byte[] channel, byte[] message) {
    PublishRequest request =
        PublishRequest.newBuilder().setChannel(bytes(channel)).setMessage(bytes(message)).build();
    return call(rpc -> rpc.publish(request)).getReceivers();
  }

  /** PUBLISH of UTF-8 text; see {@link #publish(byte[], byte[])}. */
  public long publish(String channel, String message) {
    return publish(utf8(channel), utf8(message));
  }

  /**
   * Sends commands in one batch on the {@code Pipeline} stream:
   *
   * <pre>{@code
   * List<Reply> replies = kv.pipeline(
   *     SetRequest.newBuilder().setKey(key).setValue(value).build(),
   *     IncrRequest.newBuilder().setKey(counter).build());
   * long count = replies.get(1).getIncr().getValue();
   * }</pre>
   *
   * @param requests requests of any command RPCs, or {@link Command}s
   * @return one reply per command, in order; a command that failed has an error reply ({@link
   *     KeyspaceException#of}) and the others still ran
   * @throws StatusRuntimeException when the call as a whole failed
   */
  public List<Reply> pipeline(Message... requests) {
    return pipeline(Arrays.asList(requests));
  }

  /** The same as {@link #pipeline(Message...)}, for a list. */
  public List<Reply> pipeline(List<? extends Message> requests) {
    List<Command> commands = new ArrayList<>(requests.size());
    for (Message request : requests) {
      commands.add(Commands.of(request));
    }
    return PipelineCall.run(asyncRpc(), commands, timeout);
  }

  /**
   * Runs commands as one transaction (MULTI ... EXEC): in order, with no other client's command in
   * between. A command that fails has an error reply and the others still run, as in Redis.
   *
   * @param watched keys with the versions {@code rpc.watch} returned (WATCH); empty for none
   * @param requests requests of any command RPCs, or {@link Command}s
   * @return one reply per command, or {@code null} when a watched key changed and nothing ran
   *     (Redis's nil reply to EXEC)
   * @throws KeyspaceException when a command cannot be queued (EXECABORT)
   */
  public List<Reply> exec(List<WatchedKey> watched, Message... requests) {
    ExecRequest.Builder request = ExecRequest.newBuilder().addAllWatched(watched);
    for (Message command : requests) {
      request.addCommands(Commands.of(command));
    }
    ExecResponse response = call(rpc -> rpc.exec(request.build()));
    return response.getAborted() ? null : response.getRepliesList();
  }

  /**
   * Follows channels (SUBSCRIBE). Returns once the server confirmed every channel, so a message
   * published after it returns is delivered.
   *
   * @param channels the channels
   * @return the subscription: close it
   */
  public Subscription subscribe(String... channels) {
    return subscribe(SubscribeAction.SUBSCRIBE_ACTION_SUBSCRIBE, channels);
  }

  /**
   * Follows the channels matching glob-style patterns (PSUBSCRIBE); each message's {@code pattern}
   * says which pattern matched.
   *
   * @param patterns the patterns
   * @return the subscription: close it
   */
  public Subscription psubscribe(String... patterns) {
    return subscribe(SubscribeAction.SUBSCRIBE_ACTION_PSUBSCRIBE, patterns);
  }

  private Subscription subscribe(SubscribeAction action, String... names) {
    Subscription subscription = new Subscription();
    // A subscription lives as long as it is read: no per-call deadline.
    KeyspaceServiceGrpc.newStub(channel).subscribe(subscription.observer());
    try {
      subscription.start(
          SubscribeRequest.newBuilder().setAction(action).addAllChannels(utf8All(names)).build());
      subscription.awaitConfirmations(
          names.length, timeout == null ? CONFIRMATION_TIMEOUT : timeout);
    } catch (InterruptedException interrupted) {
      subscription.close();
      Thread.currentThread().interrupt();
      throw Status.CANCELLED
          .withDescription("interrupted")
          .withCause(interrupted)
          .asRuntimeException();
    } catch (RuntimeException failure) {
      subscription.close();
      throw failure;
    }
    return subscription;
  }

  /** Closes the connection {@link #connect} made; does nothing for a caller's channel. */
  @Override
  public void close() {
    if (owned == null) {
      return;
    }
    owned.shutdown();
    try {
      if (!owned.awaitTermination(5, TimeUnit.SECONDS)) {
        owned.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      owned.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ByteString bytes(byte[] value) {
    return ByteString.copyFrom(value);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<ByteString> utf8All(String... texts) {
    List<ByteString> out = new ArrayList<>(texts.length);
    for (String text : texts) {
      out.add(ByteString.copyFromUtf8(text));
    }
    return out;
  }
}
