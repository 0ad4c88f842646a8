package io.keyspace.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Empty;
import com.google.protobuf.Message;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.keyspace.v1.Command;
import io.keyspace.v1.Error;
import io.keyspace.v1.GetResponse;
import io.keyspace.v1.Reply;
import org.junit.jupiter.api.Test;

/** What needs no server: wrapping requests as commands, and reading errors. */
class CommandsTest {
  private static OneofDescriptor commandOneof() {
    for (OneofDescriptor oneof : Command.getDescriptor().getOneofs()) {
      if (oneof.getName().equals("command")) {
        return oneof;
      }
    }
    throw new AssertionError("Command has no oneof named command");
  }

  // The lookup is built from the schema, so a command added to it needs no change here.
  @Test
  void everyCommandFieldIsReachableFromItsRequest() {
    OneofDescriptor oneof = commandOneof();
    assertTrue(oneof.getFieldCount() >= 100, "Command has " + oneof.getFieldCount() + " fields");
    for (FieldDescriptor field : oneof.getFields()) {
      Message request = Command.newBuilder().newBuilderForField(field).getDefaultInstanceForType();
      Command command = Commands.of(request);
      assertEquals(field, command.getOneofFieldDescriptor(oneof), field.getName());
      assertSame(request, command.getField(field), field.getName());
    }
  }

  @Test
  void aCommandIsTakenAsItIs() {
    Command command = Command.newBuilder().setGet(io.keyspace.v1.GetRequest.newBuilder()).build();
    assertSame(command, Commands.of(command));
  }

  @Test
  void aMessageThatIsNoRequestIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Commands.of(Empty.getDefaultInstance()));
    assertEquals("google.protobuf.Empty is not a command's request", refused.getMessage());
  }

  @Test
  void anErrorReplyIsAKeyspaceExceptionWithThePrefix() {
    String text = "WRONGTYPE Operation against a key holding the wrong kind of value";
    Reply reply =
        Reply.newBuilder()
            .setError(Error.newBuilder().setReason("WRONGTYPE").setMessage(text).setCode(9))
            .build();
    KeyspaceException error = KeyspaceException.of(reply);
    assertEquals("WRONGTYPE", error.getPrefix());
    assertEquals(text, error.getMessage());
    assertEquals(Status.Code.FAILED_PRECONDITION, error.getCode());
    assertNull(
        KeyspaceException.of(Reply.newBuilder().setGet(GetResponse.getDefaultInstance()).build()));
  }

  // The server's trailer, as grpc-java reads it back: google.rpc.Status with an ErrorInfo.
  @Test
  void errorInfoInTheStatusDetailsGivesThePrefix() {
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Code.INVALID_ARGUMENT_VALUE)
            .setMessage("ERR syntax error")
            .addDetails(Any.pack(ErrorInfo.newBuilder().setReason("ERR").build()))
            .build();
    RuntimeException converted =
        KeyspaceException.from(StatusProto.toStatusRuntimeException(status));
    KeyspaceException error = assertInstanceOf(converted);
    assertEquals("ERR", error.getPrefix());
    assertEquals("ERR syntax error", error.getMessage());
    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
  }

  @Test
  void aStatusWithoutErrorInfoStaysAsItIs() {
    StatusRuntimeException unavailable =
        Status.UNAVAILABLE.withDescription("down").asRuntimeException();
    assertSame(unavailable, KeyspaceException.from(unavailable));
  }

  private static KeyspaceException assertInstanceOf(RuntimeException converted) {
    assertTrue(converted instanceof KeyspaceException, converted.toString());
    return (KeyspaceException) converted;
  }
}
