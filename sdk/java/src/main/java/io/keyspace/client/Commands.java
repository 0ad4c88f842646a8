package io.keyspace.client;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.keyspace.v1.Command;
import java.util.HashMap;
import java.util.Map;

/** Wraps any command's request as a {@link Command} of {@code Pipeline} and {@code Exec}. */
public final class Commands {
  // Each request message's field of Command's oneof (SetRequest to "set", ...), read from the
  // schema, so that a command added to it needs no change here.
  private static final Map<Descriptor, FieldDescriptor> FIELDS = new HashMap<>();

  static {
    for (var oneof : Command.getDescriptor().getOneofs()) {
      if (oneof.getName().equals("command")) {
        for (FieldDescriptor field : oneof.getFields()) {
          FIELDS.put(field.getMessageType(), field);
        }
      }
    }
  }

  private Commands() {}

  /**
   * The command that runs this request: {@code Commands.of(GetRequest...)} is a {@code Command}
   * whose {@code get} is the request. A {@code Command} is returned as it is.
   *
   * @param request the request of any command RPC ({@code SetRequest}, {@code ZAddRequest}, ...)
   * @return the command
   * @throws IllegalArgumentException when the message is no command's request
   */
  public static Command of(Message request) {
    if (request instanceof Command command) {
      return command;
    }
    FieldDescriptor field = FIELDS.get(request.getDescriptorForType());
    if (field == null) {
      throw new IllegalArgumentException(
          request.getDescriptorForType().getFullName() + " is not a command's request");
    }
    return Command.newBuilder().setField(field, request).build();
  }
}
