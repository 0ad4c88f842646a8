package io.keyspace.client;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.keyspace.v1.Command;
import io.keyspace.v1.KeyspaceServiceGrpc.KeyspaceServiceStub;
import io.keyspace.v1.PipelineRequest;
import io.keyspace.v1.PipelineResponse;
import io.keyspace.v1.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** One batch on the {@code Pipeline} stream, waited for as a blocking call. */
final class PipelineCall {
  private PipelineCall() {}

  /**
   * Sends {@code commands} as one {@code PipelineRequest}, half-closes, and waits for the one
   * response: the deadline of {@code timeout} (null for none) ends the wait, as does an interrupt.
   */
  static List<Reply> run(KeyspaceServiceStub stub, List<Command> commands, Duration timeout) {
    CompletableFuture<PipelineResponse> answer = new CompletableFuture<>();
    AtomicReference<ClientCallStreamObserver<PipelineRequest>> call = new AtomicReference<>();
    stub.pipeline(
        new ClientResponseObserver<PipelineRequest, PipelineResponse>() {
          @Override
          public void beforeStart(ClientCallStreamObserver<PipelineRequest> stream) {
            call.set(stream);
          }

          @Override
          public void onNext(PipelineResponse response) {
            answer.complete(response);
          }

          @Override
          public void onError(Throwable failure) {
            answer.completeExceptionally(failure);
          }

          @Override
          public void onCompleted() {
            answer.completeExceptionally(
                Status.INTERNAL
                    .withDescription("the Pipeline stream ended without a reply")
                    .asRuntimeException());
          }
        });
    ClientCallStreamObserver<PipelineRequest> stream = call.get();
    stream.onNext(PipelineRequest.newBuilder().addAllCommands(commands).build());
    stream.onCompleted();
    boolean answered = false;
    try {
      List<Reply> replies = await(answer, timeout).getRepliesList();
      answered = true;
      return replies;
    } finally {
      if (!answered) {
        // The wait ended without a reply (a deadline, an interrupt): so does the stream. After
        // the reply the server ends it, since we half-closed.
        stream.cancel("the caller stopped waiting", null);
      }
    }
  }

  private static <T> T await(CompletableFuture<T> answer, Duration timeout) {
    try {
      return timeout == null ? answer.get() : answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException failed) {
      throw KeyspaceException.from(failed.getCause());
    } catch (TimeoutException late) {
      throw Status.DEADLINE_EXCEEDED.withCause(late).asRuntimeException();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw Status.CANCELLED
          .withDescription("interrupted")
          .withCause(interrupted)
          .asRuntimeException();
    }
  }
}
