package io.keyspace.conformance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.keyspace.client.Keyspace;
import io.keyspace.client.KeyspaceException;
import io.keyspace.v1.Command;
import io.keyspace.v1.FlushAllRequest;
import io.keyspace.v1.KeyspaceServiceGrpc.KeyspaceServiceBlockingStub;
import io.keyspace.v1.PipelineResponse;
import io.keyspace.v1.PublishRequest;
import io.keyspace.v1.Reply;
import io.keyspace.v1.SubscribeRequest;
import io.keyspace.v1.SubscribeResponse;
import io.keyspace.v1.SubscriptionEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tests/conformance/scenarios.json against a live server through the Java SDK and prints one
 * JSON line per scenario (the format is in tests/conformance/README.md):
 *
 * <pre>
 * java -cp ... io.keyspace.conformance.Conformance --address 127.0.0.1:7379 --scenarios FILE
 * </pre>
 *
 * <p>Unary steps call the generated blocking stub's method of the step's name (found by reflection,
 * so every RPC is reachable) through {@link Keyspace#call}, so that errors arrive as {@link
 * KeyspaceException}; pipelines go through {@link Keyspace#pipeline}; subscriptions use the raw
 * Subscribe stream, whose every event the scenarios compare.
 */
public final class Conformance {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final long EVENT_TIMEOUT_MS = 5_000;
  private static final JsonFormat.Printer PRINTER =
      JsonFormat.printer().omittingInsignificantWhitespace();
  // Held so that the setting lasts (java.util.logging keeps loggers weakly): gRPC's INFO lines
  // about its transport would be noise in the harness's output.
  private static final Logger GRPC_LOGGER = Logger.getLogger("io.grpc");

  /** A step that did not go as the scenario says. */
  private static final class Mismatch extends Exception {
    private static final long serialVersionUID = 1L;

    Mismatch(String detail) {
      super(detail);
    }
  }

  private final Keyspace streams;
  private final Keyspace kv;

  private Conformance(Keyspace client) {
    this.streams = client;
    this.kv = client.withTimeout(CALL_TIMEOUT);
  }

  public static void main(String[] args) throws IOException {
    GRPC_LOGGER.setLevel(Level.WARNING);
    String address = null;
    String scenarios = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--address" -> address = args[i + 1];
        case "--scenarios" -> scenarios = args[i + 1];
        default -> {
          // Unknown flags are the harness's business; ignore them with their value.
        }
      }
    }
    if (address == null || scenarios == null) {
      System.err.println("usage: Conformance --address HOST:PORT --scenarios FILE");
      System.exit(2);
    }
    JsonObject file =
        JsonParser.parseString(Files.readString(Path.of(scenarios), StandardCharsets.UTF_8))
            .getAsJsonObject();
    Gson gson = new GsonBuilder().disableHtmlEscaping().create();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Keyspace client = Keyspace.connect(address)) {
      Conformance runner = new Conformance(client);
      for (JsonElement element : file.getAsJsonArray("scenarios")) {
        JsonObject scenario = element.getAsJsonObject();
        String detail = runner.scenario(scenario);
        JsonObject result = new JsonObject();
        result.addProperty("scenario", scenario.get("name").getAsString());
        result.addProperty("passed", detail.isEmpty());
        result.addProperty("detail", detail);
        out.println(gson.toJson(result));
      }
    }
  }

  /** Runs one scenario: "" when every step passed, else the first mismatch. */
  private String scenario(JsonObject scenario) {
    try {
      kv.call(rpc -> rpc.flushAll(FlushAllRequest.getDefaultInstance()));
    } catch (StatusRuntimeException failure) {
      return "FlushAll: " + failure;
    }
    JsonArray steps = scenario.getAsJsonArray("steps");
    for (int i = 0; i < steps.size(); i++) {
      JsonObject step = steps.get(i).getAsJsonObject();
      try {
        if (step.has("call")) {
          unary(step);
        } else if (step.has("pipeline")) {
          pipeline(step);
        } else if (step.has("subscribe")) {
          subscription(step);
        } else {
          throw new Mismatch("unknown kind of step");
        }
      } catch (Mismatch | RuntimeException | InterruptedException failure) {
        String why = failure instanceof Mismatch ? failure.getMessage() : failure.toString();
        return "step " + (i + 1) + ": " + why;
      }
    }
    return "";
  }

  private static <T extends Message.Builder> T parse(JsonElement json, T builder) throws Mismatch {
    String text = json == null ? "{}" : json.toString();
    try {
      JsonFormat.parser().merge(text, builder);
    } catch (InvalidProtocolBufferException bad) {
      throw new Mismatch(text + ": " + bad.getMessage());
    }
    return builder;
  }

  private static String show(Message message) {
    try {
      return PRINTER.print(message);
    } catch (InvalidProtocolBufferException bad) {
      return "<" + bad.getMessage() + ">";
    }
  }

  private static void compare(String label, Message got, Message want) throws Mismatch {
    if (!got.equals(want)) {
      throw new Mismatch(label + ": got " + show(got) + ", want " + show(want));
    }
  }

  /** The stub's method for an RPC: GetEx is getEx, PTtl is pTtl. */
  private static Method method(String rpc) throws Mismatch {
    String name = Character.toLowerCase(rpc.charAt(0)) + rpc.substring(1);
    for (Method method : KeyspaceServiceBlockingStub.class.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == 1
          && Message.class.isAssignableFrom(method.getParameterTypes()[0])) {
        return method;
      }
    }
    throw new Mismatch("no RPC named " + rpc);
  }

  private record Failure(String code, String reason, String message) {
    static Failure of(StatusRuntimeException failure) {
      if (failure instanceof KeyspaceException redis) {
        return new Failure(redis.getCode().name(), redis.getPrefix(), redis.getMessage());
      }
      String description = failure.getStatus().getDescription();
      return new Failure(
          failure.getStatus().getCode().name(), "", description == null ? "" : description);
    }

    static Failure expected(JsonObject error) {
      return new Failure(text(error, "code"), text(error, "reason"), text(error, "message"));
    }

    private static String text(JsonObject object, String field) {
      return object.has(field) ? object.get(field).getAsString() : "";
    }
  }

  private void unary(JsonObject step) throws Mismatch {
    String rpc = step.get("call").getAsString();
    Method method = method(rpc);
    Message request;
    try {
      Class<?> type = method.getParameterTypes()[0];
      request =
          parse(step.get("request"), (Message.Builder) type.getMethod("newBuilder").invoke(null))
              .build();
    } catch (ReflectiveOperationException unusable) {
      throw new Mismatch(rpc + ": " + unusable);
    }
    String label = rpc + " " + show(request);
    JsonObject error = step.has("error") ? step.getAsJsonObject("error") : null;
    Message response;
    try {
      response = kv.call(stub -> invoke(method, stub, request));
    } catch (StatusRuntimeException failure) {
      Failure got = Failure.of(failure);
      if (error == null) {
        throw new Mismatch(label + ": failed with " + got);
      }
      if (!got.equals(Failure.expected(error))) {
        throw new Mismatch(label + ": failed with " + got + ", want " + Failure.expected(error));
      }
      return;
    }
    if (error != null) {
      throw new Mismatch(
          label + ": got " + show(response) + ", want the error " + Failure.expected(error));
    }
    compare(label, response, parse(step.get("response"), response.newBuilderForType()).build());
  }

  private static Message invoke(Method method, KeyspaceServiceBlockingStub stub, Message request) {
    try {
      return (Message) method.invoke(stub, request);
    } catch (InvocationTargetException thrown) {
      if (thrown.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(thrown.getCause());
    } catch (IllegalAccessException unreachable) {
      throw new IllegalStateException(unreachable);
    }
  }

  private void pipeline(JsonObject step) throws Mismatch {
    List<Command> commands = new ArrayList<>();
    for (JsonElement command : step.getAsJsonArray("pipeline")) {
      commands.add(parse(command, Command.newBuilder()).build());
    }
    PipelineResponse.Builder want = PipelineResponse.newBuilder();
    for (JsonElement reply : step.getAsJsonArray("replies")) {
      want.addReplies(parse(reply, Reply.newBuilder()));
    }
    List<Reply> replies = kv.pipeline(commands);
    compare("Pipeline", PipelineResponse.newBuilder().addAllReplies(replies).build(), want.build());
  }

  private void subscription(JsonObject step) throws Mismatch, InterruptedException {
    SubscribeRequest request = parse(step.get("subscribe"), SubscribeRequest.newBuilder()).build();
    List<SubscriptionEvent> want = new ArrayList<>();
    for (JsonElement event : step.getAsJsonArray("events")) {
      want.add(parse(event, SubscriptionEvent.newBuilder()).build());
    }
    BlockingQueue<SubscriptionEvent> events = new LinkedBlockingQueue<>();
    StreamObserver<SubscribeRequest> stream =
        streams
            .asyncRpc()
            .subscribe(
                new StreamObserver<SubscribeResponse>() {
                  @Override
                  public void onNext(SubscribeResponse response) {
                    events.addAll(response.getEventsList());
                  }

                  @Override
                  public void onError(Throwable failure) {}

                  @Override
                  public void onCompleted() {}
                });
    try {
      stream.onNext(request);
      List<SubscriptionEvent> got = new ArrayList<>();
      read(
          events,
          got,
          () ->
              got.stream().filter(SubscriptionEvent::hasChange).count()
                      >= request.getChannelsCount()
                  || got.size() > want.size());
      JsonArray publishes = step.has("publish") ? step.getAsJsonArray("publish") : new JsonArray();
      for (JsonElement text : publishes) {
        PublishRequest publish = parse(text, PublishRequest.newBuilder()).build();
        try {
          kv.call(rpc -> rpc.publish(publish));
        } catch (StatusRuntimeException failure) {
          throw new Mismatch("Publish " + show(publish) + ": " + failure);
        }
      }
      read(events, got, () -> got.size() >= want.size());
      if (got.size() != want.size()) {
        List<String> shown = got.stream().map(Conformance::show).toList();
        throw new Mismatch(
            "Subscribe: got " + got.size() + " events " + shown + ", want " + want.size());
      }
      for (int i = 0; i < want.size(); i++) {
        compare("Subscribe event " + i, got.get(i), want.get(i));
      }
    } finally {
      stream.onError(io.grpc.Status.CANCELLED.withDescription("done").asRuntimeException());
    }
  }

  /** Reads events into {@code got} until {@code done}, waiting at most 5 s for each. */
  private static void read(
      BlockingQueue<SubscriptionEvent> events, List<SubscriptionEvent> got, BooleanSupplier done)
      throws InterruptedException {
    while (!done.getAsBoolean()) {
      SubscriptionEvent event = events.poll(EVENT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      if (event == null) {
        return;
      }
      if (!event.hasHeartbeat()) {
        got.add(withoutVolatile(event));
      }
    }
  }

  /** The event without the fields that differ between runs (run_id and sequence). */
  private static SubscriptionEvent withoutVolatile(SubscriptionEvent event) {
    FieldDescriptor which = null;
    for (OneofDescriptor oneof : SubscriptionEvent.getDescriptor().getOneofs()) {
      if (oneof.getName().equals("event")) {
        which = event.getOneofFieldDescriptor(oneof);
      }
    }
    if (which == null) {
      return event;
    }
    Message part = (Message) event.getField(which);
    Message.Builder cleared = part.toBuilder();
    for (String name : List.of("run_id", "sequence")) {
      FieldDescriptor field = part.getDescriptorForType().findFieldByName(name);
      if (field != null) {
        cleared.clearField(field);
      }
    }
    return event.toBuilder().setField(which, cleared.build()).build();
  }
}
