package io.keyspace.client;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.keyspace.v1.PubSubMessage;
import io.keyspace.v1.SubscribeRequest;
import io.keyspace.v1.SubscribeResponse;
import io.keyspace.v1.SubscriptionEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@code Subscribe} stream, made by {@link Keyspace#subscribe} or {@link Keyspace#psubscribe}:
 * the published messages, in order, as they arrive.
 *
 * <pre>{@code
 * try (Subscription sub = kv.subscribe("news")) {
 *   for (Subscription.Message message : sub) {
 *     System.out.println(message.channel() + ": " + message.text());
 *   }
 * }
 * }</pre>
 *
 * <p>The stream is read only as fast as messages are taken, so a subscriber that falls too far
 * behind is disconnected by the server (RESOURCE_EXHAUSTED, Redis's output buffer limits) rather
 * than growing this process's memory: the failure is then thrown by the next {@link #take} or
 * {@link #poll}. Meant for one consuming thread; {@link #close} may be called from any.
 */
public final class Subscription implements Iterable<Subscription.Message>, AutoCloseable {
  /**
   * A message published to a channel the subscription follows.
   *
   * @param channel the channel it was published to
   * @param pattern for a pattern subscription (Redis's pmessage) the pattern that matched, else
   *     {@code null}
   * @param payload the published message
   * @param sequence its number on the channel (see subscribe.proto)
   */
  public record Message(String channel, String pattern, byte[] payload, long sequence) {
    /** The payload decoded as UTF-8. */
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  // What the stream's observer hands to the consumer: a response, or the end (failure null
  // when the stream completed or was closed).
  private record Item(SubscribeResponse response, Throwable failure) {}

  private final BlockingQueue<Item> arrived = new LinkedBlockingQueue<>();
  private final ArrayDeque<SubscriptionEvent> pending = new ArrayDeque<>();
  private volatile ClientCallStreamObserver<SubscribeRequest> requests;
  private volatile boolean closed;
  private volatile boolean ended;
  private RuntimeException failure;

  Subscription() {}

  /** The observer of the stream's responses, given to the generated async stub. */
  ClientResponseObserver<SubscribeRequest, SubscribeResponse> observer() {
    return new ClientResponseObserver<>() {
      @Override
      public void beforeStart(ClientCallStreamObserver<SubscribeRequest> stream) {
        requests = stream;
        // One response at a time, asked for when the previous one was taken: the server sees a
        // slow reader as slow.
        stream.disableAutoRequestWithInitial(1);
      }

      @Override
      public void onNext(SubscribeResponse response) {
        arrived.add(new Item(response, null));
      }

      @Override
      public void onError(Throwable error) {
        arrived.add(new Item(null, error));
      }

      @Override
      public void onCompleted() {
        arrived.add(new Item(null, null));
      }
    };
  }

  /** Sends the request that opens the subscription. */
  void start(SubscribeRequest request) {
    requests.onNext(request);
  }

  /**
   * Reads until the server confirmed {@code count} channels; messages that arrive meanwhile are
   * kept for {@link #take}.
   */
  void awaitConfirmations(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    ArrayDeque<SubscriptionEvent> kept = new ArrayDeque<>();
    // With no channels Redis answers with an error (wrong number of arguments): wait for it too.
    for (int confirmed = 0; confirmed < Math.max(count, 1); ) {
      SubscriptionEvent event = nextEvent(deadline - System.nanoTime());
      if (event == null) {
        throw ended
            ? failureOr(new IllegalStateException("the subscription ended unconfirmed"))
            : io.grpc.Status.DEADLINE_EXCEEDED
                .withDescription("no confirmation of the subscription within " + timeout)
                .asRuntimeException();
      }
      switch (event.getEventCase()) {
        case CHANGE -> confirmed++;
        case ERROR ->
            throw KeyspaceException.of(
                io.keyspace.v1.Reply.newBuilder().setError(event.getError()).build());
        default -> kept.add(event);
      }
    }
    kept.addAll(pending);
    pending.clear();
    pending.addAll(kept);
  }

  private RuntimeException failureOr(RuntimeException otherwise) {
    return failure != null ? failure : otherwise;
  }

  /**
   * The next event, waiting at most {@code nanos}; null on timeout or once the stream ended ({@code
   * ended} then says so, and {@code failure} why).
   */
  private SubscriptionEvent nextEvent(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    while (pending.isEmpty()) {
      if (ended) {
        return null;
      }
      Item item = arrived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (item == null) {
        return null;
      }
      if (item.response() == null) {
        ended = true;
        if (item.failure() != null && !closed) {
          failure = KeyspaceException.from(item.failure());
        }
        continue;
      }
      pending.addAll(item.response().getEventsList());
      if (!closed) {
        requests.request(1);
      }
    }
    return pending.poll();
  }

  /**
   * The next message, waiting at most {@code timeout}.
   *
   * @return the message, or {@code null} when none arrived in time or the subscription ended (see
   *     {@link #isOpen})
   * @throws RuntimeException the failure that ended the subscription (for instance a {@code
   *     StatusRuntimeException} with RESOURCE_EXHAUSTED when the server dropped a subscriber that
   *     read too slowly)
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  public synchronized Message poll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      SubscriptionEvent event = nextEvent(deadline - System.nanoTime());
      if (event == null) {
        if (failure != null) {
          throw failure;
        }
        return null;
      }
      switch (event.getEventCase()) {
        case MESSAGE -> {
          return message(event.getMessage());
        }
        case ERROR -> {
          failure =
              KeyspaceException.of(
                  io.keyspace.v1.Reply.newBuilder().setError(event.getError()).build());
          close();
        }
        default -> {
          // Confirmations, heartbeats, pongs and discontinuities are the stream's own business.
        }
      }
    }
  }

  /**
   * The next message, waiting as long as it takes.
   *
   * @return the message, or {@code null} once the subscription was closed
   * @throws RuntimeException the failure that ended the subscription
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  public Message take() throws InterruptedException {
    return poll(Duration.ofNanos(Long.MAX_VALUE));
  }

  private static Message message(PubSubMessage message) {
    return new Message(
        message.getChannel().toStringUtf8(),
        message.hasPattern() ? message.getPattern().toStringUtf8() : null,
        message.getPayload().toByteArray(),
        message.getSequence());
  }

  /** Whether the subscription may still deliver messages: not closed, and the stream not ended. */
  public boolean isOpen() {
    return !closed && !ended;
  }

  /**
   * The messages, each waited for as long as it takes: iteration ends when the subscription is
   * closed, and throws the failure that ended it, if one did. An interrupt ends it too, with the
   * thread's interrupt flag set.
   */
  @Override
  public Iterator<Message> iterator() {
    return new Iterator<>() {
      private Message next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = take();
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
          }
        }
        return next != null;
      }

      @Override
      public Message next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Message message = next;
        next = null;
        return message;
      }
    };
  }

  /** Ends the subscription (the stream is cancelled); a waiting {@link #take} returns null. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ClientCallStreamObserver<SubscribeRequest> stream = requests;
    if (stream != null) {
      stream.cancel("subscription closed", null);
    }
    arrived.add(new Item(null, null));
  }
}
