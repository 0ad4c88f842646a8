package io.keyspace.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.keyspace.v1.Reply;

/**
 * An error reply of Redis, as the server sent it: the prefix ({@code ERR}, {@code WRONGTYPE}, ...)
 * that programs branch on, Redis's whole text as the message, and the gRPC status the call ended
 * with.
 *
 * <pre>{@code
 * try {
 *   kv.incr("a-list");
 * } catch (KeyspaceException e) {
 *   if (e.getPrefix().equals("WRONGTYPE")) { ... }
 * }
 * }</pre>
 *
 * <p>It is a {@link StatusRuntimeException}, so code that handles gRPC failures handles it too; any
 * other failure (an unreachable server, a passed deadline) is a plain {@code
 * StatusRuntimeException}.
 */
public class KeyspaceException extends StatusRuntimeException {
  private static final long serialVersionUID = 1L;

  private final String prefix;
  private final String redisMessage;

  /**
   * An error with this prefix and Redis text, as a call ending with {@code code} reports it.
   *
   * @param code the gRPC status code of the failed call
   * @param prefix the Redis error prefix, e.g. {@code WRONGTYPE}
   * @param message Redis's error text, prefix included
   * @param trailers the call's trailers, or null
   */
  public KeyspaceException(Status.Code code, String prefix, String message, Metadata trailers) {
    super(Status.fromCode(code).withDescription(message), trailers);
    this.prefix = prefix;
    this.redisMessage = message;
  }

  /** The Redis error prefix: the first word of the message, e.g. {@code ERR}. */
  public String getPrefix() {
    return prefix;
  }

  /** Redis's error text, prefix included, e.g. {@code ERR syntax error}. */
  @Override
  public String getMessage() {
    return redisMessage;
  }

  /** The gRPC status code of the failed call, e.g. {@code FAILED_PRECONDITION}. */
  public Status.Code getCode() {
    return getStatus().getCode();
  }

  /**
   * The Redis error a failed call carries, or the failure itself when it is none. The server marks
   * Redis's errors with a {@code google.rpc.ErrorInfo} detail (in the {@code
   * grpc-status-details-bin} trailer) whose reason is the prefix.
   *
   * @param failure what a call threw, or what a stream's observer received
   * @return a {@code KeyspaceException}, else {@code failure} as a runtime exception
   */
  public static RuntimeException from(Throwable failure) {
    if (failure instanceof KeyspaceException already) {
      return already;
    }
    Status status = Status.fromThrowable(failure);
    Metadata trailers = Status.trailersFromThrowable(failure);
    com.google.rpc.Status details = StatusProto.fromStatusAndTrailers(status, trailers);
    for (Any detail : details.getDetailsList()) {
      if (detail.is(ErrorInfo.class)) {
        try {
          String reason = detail.unpack(ErrorInfo.class).getReason();
          return new KeyspaceException(status.getCode(), reason, status.getDescription(), trailers);
        } catch (InvalidProtocolBufferException malformed) {
          break;
        }
      }
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof StatusException checked) {
      return checked.getStatus().asRuntimeException(checked.getTrailers());
    }
    return status.asRuntimeException(trailers);
  }

  /**
   * The error of a {@link Keyspace#pipeline Pipeline} or {@link Keyspace#exec Exec} reply.
   *
   * @param reply one reply
   * @return the reply's error, or {@code null} when the command succeeded
   */
  public static KeyspaceException of(Reply reply) {
    if (!reply.hasError()) {
      return null;
    }
    io.keyspace.v1.Error error = reply.getError();
    return new KeyspaceException(
        Status.fromCodeValue(error.getCode()).getCode(),
        error.getReason(),
        error.getMessage(),
        null);
  }
}
