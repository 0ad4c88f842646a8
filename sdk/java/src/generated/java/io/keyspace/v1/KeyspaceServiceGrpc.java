package io.keyspace.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
 * command: an RPC's name lowercased is the Redis command name without spaces
 * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
 * ends its call with a status whose message is Redis's error text and whose
 * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
 * its reason. Each command runs atomically.
 * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
 * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
 * after a failure. Any other RPC may have run before the failure.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class KeyspaceServiceGrpc {

  private KeyspaceServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "keyspace.v1.KeyspaceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PingRequest,
      io.keyspace.v1.PingResponse> getPingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ping",
      requestType = io.keyspace.v1.PingRequest.class,
      responseType = io.keyspace.v1.PingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PingRequest,
      io.keyspace.v1.PingResponse> getPingMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PingRequest, io.keyspace.v1.PingResponse> getPingMethod;
    if ((getPingMethod = KeyspaceServiceGrpc.getPingMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPingMethod = KeyspaceServiceGrpc.getPingMethod) == null) {
          KeyspaceServiceGrpc.getPingMethod = getPingMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PingRequest, io.keyspace.v1.PingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ping"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Ping"))
              .build();
        }
      }
    }
    return getPingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.EchoRequest,
      io.keyspace.v1.EchoResponse> getEchoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Echo",
      requestType = io.keyspace.v1.EchoRequest.class,
      responseType = io.keyspace.v1.EchoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.EchoRequest,
      io.keyspace.v1.EchoResponse> getEchoMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.EchoRequest, io.keyspace.v1.EchoResponse> getEchoMethod;
    if ((getEchoMethod = KeyspaceServiceGrpc.getEchoMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getEchoMethod = KeyspaceServiceGrpc.getEchoMethod) == null) {
          KeyspaceServiceGrpc.getEchoMethod = getEchoMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.EchoRequest, io.keyspace.v1.EchoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Echo"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.EchoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.EchoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Echo"))
              .build();
        }
      }
    }
    return getEchoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.TimeRequest,
      io.keyspace.v1.TimeResponse> getTimeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Time",
      requestType = io.keyspace.v1.TimeRequest.class,
      responseType = io.keyspace.v1.TimeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.TimeRequest,
      io.keyspace.v1.TimeResponse> getTimeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.TimeRequest, io.keyspace.v1.TimeResponse> getTimeMethod;
    if ((getTimeMethod = KeyspaceServiceGrpc.getTimeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getTimeMethod = KeyspaceServiceGrpc.getTimeMethod) == null) {
          KeyspaceServiceGrpc.getTimeMethod = getTimeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.TimeRequest, io.keyspace.v1.TimeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Time"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TimeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TimeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Time"))
              .build();
        }
      }
    }
    return getTimeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.DbSizeRequest,
      io.keyspace.v1.DbSizeResponse> getDbSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DbSize",
      requestType = io.keyspace.v1.DbSizeRequest.class,
      responseType = io.keyspace.v1.DbSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.DbSizeRequest,
      io.keyspace.v1.DbSizeResponse> getDbSizeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.DbSizeRequest, io.keyspace.v1.DbSizeResponse> getDbSizeMethod;
    if ((getDbSizeMethod = KeyspaceServiceGrpc.getDbSizeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getDbSizeMethod = KeyspaceServiceGrpc.getDbSizeMethod) == null) {
          KeyspaceServiceGrpc.getDbSizeMethod = getDbSizeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.DbSizeRequest, io.keyspace.v1.DbSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DbSize"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DbSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DbSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("DbSize"))
              .build();
        }
      }
    }
    return getDbSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.FlushDbRequest,
      io.keyspace.v1.FlushDbResponse> getFlushDbMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FlushDb",
      requestType = io.keyspace.v1.FlushDbRequest.class,
      responseType = io.keyspace.v1.FlushDbResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.FlushDbRequest,
      io.keyspace.v1.FlushDbResponse> getFlushDbMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.FlushDbRequest, io.keyspace.v1.FlushDbResponse> getFlushDbMethod;
    if ((getFlushDbMethod = KeyspaceServiceGrpc.getFlushDbMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getFlushDbMethod = KeyspaceServiceGrpc.getFlushDbMethod) == null) {
          KeyspaceServiceGrpc.getFlushDbMethod = getFlushDbMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.FlushDbRequest, io.keyspace.v1.FlushDbResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FlushDb"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.FlushDbRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.FlushDbResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("FlushDb"))
              .build();
        }
      }
    }
    return getFlushDbMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.FlushAllRequest,
      io.keyspace.v1.FlushAllResponse> getFlushAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FlushAll",
      requestType = io.keyspace.v1.FlushAllRequest.class,
      responseType = io.keyspace.v1.FlushAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.FlushAllRequest,
      io.keyspace.v1.FlushAllResponse> getFlushAllMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.FlushAllRequest, io.keyspace.v1.FlushAllResponse> getFlushAllMethod;
    if ((getFlushAllMethod = KeyspaceServiceGrpc.getFlushAllMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getFlushAllMethod = KeyspaceServiceGrpc.getFlushAllMethod) == null) {
          KeyspaceServiceGrpc.getFlushAllMethod = getFlushAllMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.FlushAllRequest, io.keyspace.v1.FlushAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FlushAll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.FlushAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.FlushAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("FlushAll"))
              .build();
        }
      }
    }
    return getFlushAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.InfoRequest,
      io.keyspace.v1.InfoResponse> getInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Info",
      requestType = io.keyspace.v1.InfoRequest.class,
      responseType = io.keyspace.v1.InfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.InfoRequest,
      io.keyspace.v1.InfoResponse> getInfoMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.InfoRequest, io.keyspace.v1.InfoResponse> getInfoMethod;
    if ((getInfoMethod = KeyspaceServiceGrpc.getInfoMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getInfoMethod = KeyspaceServiceGrpc.getInfoMethod) == null) {
          KeyspaceServiceGrpc.getInfoMethod = getInfoMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.InfoRequest, io.keyspace.v1.InfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Info"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.InfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.InfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Info"))
              .build();
        }
      }
    }
    return getInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BgRewriteAofRequest,
      io.keyspace.v1.BgRewriteAofResponse> getBgRewriteAofMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BgRewriteAof",
      requestType = io.keyspace.v1.BgRewriteAofRequest.class,
      responseType = io.keyspace.v1.BgRewriteAofResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BgRewriteAofRequest,
      io.keyspace.v1.BgRewriteAofResponse> getBgRewriteAofMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BgRewriteAofRequest, io.keyspace.v1.BgRewriteAofResponse> getBgRewriteAofMethod;
    if ((getBgRewriteAofMethod = KeyspaceServiceGrpc.getBgRewriteAofMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBgRewriteAofMethod = KeyspaceServiceGrpc.getBgRewriteAofMethod) == null) {
          KeyspaceServiceGrpc.getBgRewriteAofMethod = getBgRewriteAofMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BgRewriteAofRequest, io.keyspace.v1.BgRewriteAofResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BgRewriteAof"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BgRewriteAofRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BgRewriteAofResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BgRewriteAof"))
              .build();
        }
      }
    }
    return getBgRewriteAofMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SaveRequest,
      io.keyspace.v1.SaveResponse> getSaveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Save",
      requestType = io.keyspace.v1.SaveRequest.class,
      responseType = io.keyspace.v1.SaveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SaveRequest,
      io.keyspace.v1.SaveResponse> getSaveMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SaveRequest, io.keyspace.v1.SaveResponse> getSaveMethod;
    if ((getSaveMethod = KeyspaceServiceGrpc.getSaveMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSaveMethod = KeyspaceServiceGrpc.getSaveMethod) == null) {
          KeyspaceServiceGrpc.getSaveMethod = getSaveMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SaveRequest, io.keyspace.v1.SaveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Save"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SaveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SaveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Save"))
              .build();
        }
      }
    }
    return getSaveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BgSaveRequest,
      io.keyspace.v1.BgSaveResponse> getBgSaveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BgSave",
      requestType = io.keyspace.v1.BgSaveRequest.class,
      responseType = io.keyspace.v1.BgSaveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BgSaveRequest,
      io.keyspace.v1.BgSaveResponse> getBgSaveMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BgSaveRequest, io.keyspace.v1.BgSaveResponse> getBgSaveMethod;
    if ((getBgSaveMethod = KeyspaceServiceGrpc.getBgSaveMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBgSaveMethod = KeyspaceServiceGrpc.getBgSaveMethod) == null) {
          KeyspaceServiceGrpc.getBgSaveMethod = getBgSaveMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BgSaveRequest, io.keyspace.v1.BgSaveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BgSave"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BgSaveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BgSaveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BgSave"))
              .build();
        }
      }
    }
    return getBgSaveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LastSaveRequest,
      io.keyspace.v1.LastSaveResponse> getLastSaveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LastSave",
      requestType = io.keyspace.v1.LastSaveRequest.class,
      responseType = io.keyspace.v1.LastSaveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LastSaveRequest,
      io.keyspace.v1.LastSaveResponse> getLastSaveMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LastSaveRequest, io.keyspace.v1.LastSaveResponse> getLastSaveMethod;
    if ((getLastSaveMethod = KeyspaceServiceGrpc.getLastSaveMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLastSaveMethod = KeyspaceServiceGrpc.getLastSaveMethod) == null) {
          KeyspaceServiceGrpc.getLastSaveMethod = getLastSaveMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LastSaveRequest, io.keyspace.v1.LastSaveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LastSave"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LastSaveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LastSaveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LastSave"))
              .build();
        }
      }
    }
    return getLastSaveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ConfigGetRequest,
      io.keyspace.v1.ConfigGetResponse> getConfigGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConfigGet",
      requestType = io.keyspace.v1.ConfigGetRequest.class,
      responseType = io.keyspace.v1.ConfigGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ConfigGetRequest,
      io.keyspace.v1.ConfigGetResponse> getConfigGetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ConfigGetRequest, io.keyspace.v1.ConfigGetResponse> getConfigGetMethod;
    if ((getConfigGetMethod = KeyspaceServiceGrpc.getConfigGetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getConfigGetMethod = KeyspaceServiceGrpc.getConfigGetMethod) == null) {
          KeyspaceServiceGrpc.getConfigGetMethod = getConfigGetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ConfigGetRequest, io.keyspace.v1.ConfigGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConfigGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ConfigGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ConfigGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ConfigGet"))
              .build();
        }
      }
    }
    return getConfigGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ConfigSetRequest,
      io.keyspace.v1.ConfigSetResponse> getConfigSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConfigSet",
      requestType = io.keyspace.v1.ConfigSetRequest.class,
      responseType = io.keyspace.v1.ConfigSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ConfigSetRequest,
      io.keyspace.v1.ConfigSetResponse> getConfigSetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ConfigSetRequest, io.keyspace.v1.ConfigSetResponse> getConfigSetMethod;
    if ((getConfigSetMethod = KeyspaceServiceGrpc.getConfigSetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getConfigSetMethod = KeyspaceServiceGrpc.getConfigSetMethod) == null) {
          KeyspaceServiceGrpc.getConfigSetMethod = getConfigSetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ConfigSetRequest, io.keyspace.v1.ConfigSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConfigSet"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ConfigSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ConfigSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ConfigSet"))
              .build();
        }
      }
    }
    return getConfigSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.GetRequest,
      io.keyspace.v1.GetResponse> getGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Get",
      requestType = io.keyspace.v1.GetRequest.class,
      responseType = io.keyspace.v1.GetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.GetRequest,
      io.keyspace.v1.GetResponse> getGetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.GetRequest, io.keyspace.v1.GetResponse> getGetMethod;
    if ((getGetMethod = KeyspaceServiceGrpc.getGetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getGetMethod = KeyspaceServiceGrpc.getGetMethod) == null) {
          KeyspaceServiceGrpc.getGetMethod = getGetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.GetRequest, io.keyspace.v1.GetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Get"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Get"))
              .build();
        }
      }
    }
    return getGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SetRequest,
      io.keyspace.v1.SetResponse> getSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Set",
      requestType = io.keyspace.v1.SetRequest.class,
      responseType = io.keyspace.v1.SetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SetRequest,
      io.keyspace.v1.SetResponse> getSetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SetRequest, io.keyspace.v1.SetResponse> getSetMethod;
    if ((getSetMethod = KeyspaceServiceGrpc.getSetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSetMethod = KeyspaceServiceGrpc.getSetMethod) == null) {
          KeyspaceServiceGrpc.getSetMethod = getSetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SetRequest, io.keyspace.v1.SetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Set"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Set"))
              .build();
        }
      }
    }
    return getSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SetNxRequest,
      io.keyspace.v1.SetNxResponse> getSetNxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetNx",
      requestType = io.keyspace.v1.SetNxRequest.class,
      responseType = io.keyspace.v1.SetNxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SetNxRequest,
      io.keyspace.v1.SetNxResponse> getSetNxMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SetNxRequest, io.keyspace.v1.SetNxResponse> getSetNxMethod;
    if ((getSetNxMethod = KeyspaceServiceGrpc.getSetNxMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSetNxMethod = KeyspaceServiceGrpc.getSetNxMethod) == null) {
          KeyspaceServiceGrpc.getSetNxMethod = getSetNxMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SetNxRequest, io.keyspace.v1.SetNxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetNx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetNxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetNxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SetNx"))
              .build();
        }
      }
    }
    return getSetNxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SetExRequest,
      io.keyspace.v1.SetExResponse> getSetExMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetEx",
      requestType = io.keyspace.v1.SetExRequest.class,
      responseType = io.keyspace.v1.SetExResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SetExRequest,
      io.keyspace.v1.SetExResponse> getSetExMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SetExRequest, io.keyspace.v1.SetExResponse> getSetExMethod;
    if ((getSetExMethod = KeyspaceServiceGrpc.getSetExMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSetExMethod = KeyspaceServiceGrpc.getSetExMethod) == null) {
          KeyspaceServiceGrpc.getSetExMethod = getSetExMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SetExRequest, io.keyspace.v1.SetExResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetEx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetExRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetExResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SetEx"))
              .build();
        }
      }
    }
    return getSetExMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PSetExRequest,
      io.keyspace.v1.PSetExResponse> getPSetExMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PSetEx",
      requestType = io.keyspace.v1.PSetExRequest.class,
      responseType = io.keyspace.v1.PSetExResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PSetExRequest,
      io.keyspace.v1.PSetExResponse> getPSetExMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PSetExRequest, io.keyspace.v1.PSetExResponse> getPSetExMethod;
    if ((getPSetExMethod = KeyspaceServiceGrpc.getPSetExMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPSetExMethod = KeyspaceServiceGrpc.getPSetExMethod) == null) {
          KeyspaceServiceGrpc.getPSetExMethod = getPSetExMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PSetExRequest, io.keyspace.v1.PSetExResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PSetEx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PSetExRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PSetExResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PSetEx"))
              .build();
        }
      }
    }
    return getPSetExMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.GetSetRequest,
      io.keyspace.v1.GetSetResponse> getGetSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSet",
      requestType = io.keyspace.v1.GetSetRequest.class,
      responseType = io.keyspace.v1.GetSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.GetSetRequest,
      io.keyspace.v1.GetSetResponse> getGetSetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.GetSetRequest, io.keyspace.v1.GetSetResponse> getGetSetMethod;
    if ((getGetSetMethod = KeyspaceServiceGrpc.getGetSetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getGetSetMethod = KeyspaceServiceGrpc.getGetSetMethod) == null) {
          KeyspaceServiceGrpc.getGetSetMethod = getGetSetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.GetSetRequest, io.keyspace.v1.GetSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("GetSet"))
              .build();
        }
      }
    }
    return getGetSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.GetDelRequest,
      io.keyspace.v1.GetDelResponse> getGetDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDel",
      requestType = io.keyspace.v1.GetDelRequest.class,
      responseType = io.keyspace.v1.GetDelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.GetDelRequest,
      io.keyspace.v1.GetDelResponse> getGetDelMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.GetDelRequest, io.keyspace.v1.GetDelResponse> getGetDelMethod;
    if ((getGetDelMethod = KeyspaceServiceGrpc.getGetDelMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getGetDelMethod = KeyspaceServiceGrpc.getGetDelMethod) == null) {
          KeyspaceServiceGrpc.getGetDelMethod = getGetDelMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.GetDelRequest, io.keyspace.v1.GetDelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetDelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetDelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("GetDel"))
              .build();
        }
      }
    }
    return getGetDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.GetExRequest,
      io.keyspace.v1.GetExResponse> getGetExMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEx",
      requestType = io.keyspace.v1.GetExRequest.class,
      responseType = io.keyspace.v1.GetExResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.GetExRequest,
      io.keyspace.v1.GetExResponse> getGetExMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.GetExRequest, io.keyspace.v1.GetExResponse> getGetExMethod;
    if ((getGetExMethod = KeyspaceServiceGrpc.getGetExMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getGetExMethod = KeyspaceServiceGrpc.getGetExMethod) == null) {
          KeyspaceServiceGrpc.getGetExMethod = getGetExMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.GetExRequest, io.keyspace.v1.GetExResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetExRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetExResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("GetEx"))
              .build();
        }
      }
    }
    return getGetExMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.MGetRequest,
      io.keyspace.v1.MGetResponse> getMGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MGet",
      requestType = io.keyspace.v1.MGetRequest.class,
      responseType = io.keyspace.v1.MGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.MGetRequest,
      io.keyspace.v1.MGetResponse> getMGetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.MGetRequest, io.keyspace.v1.MGetResponse> getMGetMethod;
    if ((getMGetMethod = KeyspaceServiceGrpc.getMGetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getMGetMethod = KeyspaceServiceGrpc.getMGetMethod) == null) {
          KeyspaceServiceGrpc.getMGetMethod = getMGetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.MGetRequest, io.keyspace.v1.MGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.MGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.MGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("MGet"))
              .build();
        }
      }
    }
    return getMGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.MSetRequest,
      io.keyspace.v1.MSetResponse> getMSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MSet",
      requestType = io.keyspace.v1.MSetRequest.class,
      responseType = io.keyspace.v1.MSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.MSetRequest,
      io.keyspace.v1.MSetResponse> getMSetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.MSetRequest, io.keyspace.v1.MSetResponse> getMSetMethod;
    if ((getMSetMethod = KeyspaceServiceGrpc.getMSetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getMSetMethod = KeyspaceServiceGrpc.getMSetMethod) == null) {
          KeyspaceServiceGrpc.getMSetMethod = getMSetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.MSetRequest, io.keyspace.v1.MSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.MSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.MSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("MSet"))
              .build();
        }
      }
    }
    return getMSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.MSetNxRequest,
      io.keyspace.v1.MSetNxResponse> getMSetNxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MSetNx",
      requestType = io.keyspace.v1.MSetNxRequest.class,
      responseType = io.keyspace.v1.MSetNxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.MSetNxRequest,
      io.keyspace.v1.MSetNxResponse> getMSetNxMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.MSetNxRequest, io.keyspace.v1.MSetNxResponse> getMSetNxMethod;
    if ((getMSetNxMethod = KeyspaceServiceGrpc.getMSetNxMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getMSetNxMethod = KeyspaceServiceGrpc.getMSetNxMethod) == null) {
          KeyspaceServiceGrpc.getMSetNxMethod = getMSetNxMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.MSetNxRequest, io.keyspace.v1.MSetNxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MSetNx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.MSetNxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.MSetNxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("MSetNx"))
              .build();
        }
      }
    }
    return getMSetNxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.AppendRequest,
      io.keyspace.v1.AppendResponse> getAppendMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Append",
      requestType = io.keyspace.v1.AppendRequest.class,
      responseType = io.keyspace.v1.AppendResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.AppendRequest,
      io.keyspace.v1.AppendResponse> getAppendMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.AppendRequest, io.keyspace.v1.AppendResponse> getAppendMethod;
    if ((getAppendMethod = KeyspaceServiceGrpc.getAppendMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getAppendMethod = KeyspaceServiceGrpc.getAppendMethod) == null) {
          KeyspaceServiceGrpc.getAppendMethod = getAppendMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.AppendRequest, io.keyspace.v1.AppendResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Append"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.AppendRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.AppendResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Append"))
              .build();
        }
      }
    }
    return getAppendMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.StrLenRequest,
      io.keyspace.v1.StrLenResponse> getStrLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StrLen",
      requestType = io.keyspace.v1.StrLenRequest.class,
      responseType = io.keyspace.v1.StrLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.StrLenRequest,
      io.keyspace.v1.StrLenResponse> getStrLenMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.StrLenRequest, io.keyspace.v1.StrLenResponse> getStrLenMethod;
    if ((getStrLenMethod = KeyspaceServiceGrpc.getStrLenMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getStrLenMethod = KeyspaceServiceGrpc.getStrLenMethod) == null) {
          KeyspaceServiceGrpc.getStrLenMethod = getStrLenMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.StrLenRequest, io.keyspace.v1.StrLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StrLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.StrLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.StrLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("StrLen"))
              .build();
        }
      }
    }
    return getStrLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.GetRangeRequest,
      io.keyspace.v1.GetRangeResponse> getGetRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRange",
      requestType = io.keyspace.v1.GetRangeRequest.class,
      responseType = io.keyspace.v1.GetRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.GetRangeRequest,
      io.keyspace.v1.GetRangeResponse> getGetRangeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.GetRangeRequest, io.keyspace.v1.GetRangeResponse> getGetRangeMethod;
    if ((getGetRangeMethod = KeyspaceServiceGrpc.getGetRangeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getGetRangeMethod = KeyspaceServiceGrpc.getGetRangeMethod) == null) {
          KeyspaceServiceGrpc.getGetRangeMethod = getGetRangeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.GetRangeRequest, io.keyspace.v1.GetRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.GetRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("GetRange"))
              .build();
        }
      }
    }
    return getGetRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SetRangeRequest,
      io.keyspace.v1.SetRangeResponse> getSetRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetRange",
      requestType = io.keyspace.v1.SetRangeRequest.class,
      responseType = io.keyspace.v1.SetRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SetRangeRequest,
      io.keyspace.v1.SetRangeResponse> getSetRangeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SetRangeRequest, io.keyspace.v1.SetRangeResponse> getSetRangeMethod;
    if ((getSetRangeMethod = KeyspaceServiceGrpc.getSetRangeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSetRangeMethod = KeyspaceServiceGrpc.getSetRangeMethod) == null) {
          KeyspaceServiceGrpc.getSetRangeMethod = getSetRangeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SetRangeRequest, io.keyspace.v1.SetRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetRange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SetRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SetRange"))
              .build();
        }
      }
    }
    return getSetRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.IncrRequest,
      io.keyspace.v1.IncrResponse> getIncrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Incr",
      requestType = io.keyspace.v1.IncrRequest.class,
      responseType = io.keyspace.v1.IncrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.IncrRequest,
      io.keyspace.v1.IncrResponse> getIncrMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.IncrRequest, io.keyspace.v1.IncrResponse> getIncrMethod;
    if ((getIncrMethod = KeyspaceServiceGrpc.getIncrMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getIncrMethod = KeyspaceServiceGrpc.getIncrMethod) == null) {
          KeyspaceServiceGrpc.getIncrMethod = getIncrMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.IncrRequest, io.keyspace.v1.IncrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Incr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.IncrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.IncrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Incr"))
              .build();
        }
      }
    }
    return getIncrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.DecrRequest,
      io.keyspace.v1.DecrResponse> getDecrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Decr",
      requestType = io.keyspace.v1.DecrRequest.class,
      responseType = io.keyspace.v1.DecrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.DecrRequest,
      io.keyspace.v1.DecrResponse> getDecrMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.DecrRequest, io.keyspace.v1.DecrResponse> getDecrMethod;
    if ((getDecrMethod = KeyspaceServiceGrpc.getDecrMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getDecrMethod = KeyspaceServiceGrpc.getDecrMethod) == null) {
          KeyspaceServiceGrpc.getDecrMethod = getDecrMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.DecrRequest, io.keyspace.v1.DecrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Decr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DecrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DecrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Decr"))
              .build();
        }
      }
    }
    return getDecrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.IncrByRequest,
      io.keyspace.v1.IncrByResponse> getIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IncrBy",
      requestType = io.keyspace.v1.IncrByRequest.class,
      responseType = io.keyspace.v1.IncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.IncrByRequest,
      io.keyspace.v1.IncrByResponse> getIncrByMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.IncrByRequest, io.keyspace.v1.IncrByResponse> getIncrByMethod;
    if ((getIncrByMethod = KeyspaceServiceGrpc.getIncrByMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getIncrByMethod = KeyspaceServiceGrpc.getIncrByMethod) == null) {
          KeyspaceServiceGrpc.getIncrByMethod = getIncrByMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.IncrByRequest, io.keyspace.v1.IncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.IncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.IncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("IncrBy"))
              .build();
        }
      }
    }
    return getIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.DecrByRequest,
      io.keyspace.v1.DecrByResponse> getDecrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DecrBy",
      requestType = io.keyspace.v1.DecrByRequest.class,
      responseType = io.keyspace.v1.DecrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.DecrByRequest,
      io.keyspace.v1.DecrByResponse> getDecrByMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.DecrByRequest, io.keyspace.v1.DecrByResponse> getDecrByMethod;
    if ((getDecrByMethod = KeyspaceServiceGrpc.getDecrByMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getDecrByMethod = KeyspaceServiceGrpc.getDecrByMethod) == null) {
          KeyspaceServiceGrpc.getDecrByMethod = getDecrByMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.DecrByRequest, io.keyspace.v1.DecrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DecrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DecrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DecrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("DecrBy"))
              .build();
        }
      }
    }
    return getDecrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.IncrByFloatRequest,
      io.keyspace.v1.IncrByFloatResponse> getIncrByFloatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IncrByFloat",
      requestType = io.keyspace.v1.IncrByFloatRequest.class,
      responseType = io.keyspace.v1.IncrByFloatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.IncrByFloatRequest,
      io.keyspace.v1.IncrByFloatResponse> getIncrByFloatMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.IncrByFloatRequest, io.keyspace.v1.IncrByFloatResponse> getIncrByFloatMethod;
    if ((getIncrByFloatMethod = KeyspaceServiceGrpc.getIncrByFloatMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getIncrByFloatMethod = KeyspaceServiceGrpc.getIncrByFloatMethod) == null) {
          KeyspaceServiceGrpc.getIncrByFloatMethod = getIncrByFloatMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.IncrByFloatRequest, io.keyspace.v1.IncrByFloatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IncrByFloat"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.IncrByFloatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.IncrByFloatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("IncrByFloat"))
              .build();
        }
      }
    }
    return getIncrByFloatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LcsRequest,
      io.keyspace.v1.LcsResponse> getLcsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Lcs",
      requestType = io.keyspace.v1.LcsRequest.class,
      responseType = io.keyspace.v1.LcsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LcsRequest,
      io.keyspace.v1.LcsResponse> getLcsMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LcsRequest, io.keyspace.v1.LcsResponse> getLcsMethod;
    if ((getLcsMethod = KeyspaceServiceGrpc.getLcsMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLcsMethod = KeyspaceServiceGrpc.getLcsMethod) == null) {
          KeyspaceServiceGrpc.getLcsMethod = getLcsMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LcsRequest, io.keyspace.v1.LcsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Lcs"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LcsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LcsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Lcs"))
              .build();
        }
      }
    }
    return getLcsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.DelRequest,
      io.keyspace.v1.DelResponse> getDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Del",
      requestType = io.keyspace.v1.DelRequest.class,
      responseType = io.keyspace.v1.DelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.DelRequest,
      io.keyspace.v1.DelResponse> getDelMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.DelRequest, io.keyspace.v1.DelResponse> getDelMethod;
    if ((getDelMethod = KeyspaceServiceGrpc.getDelMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getDelMethod = KeyspaceServiceGrpc.getDelMethod) == null) {
          KeyspaceServiceGrpc.getDelMethod = getDelMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.DelRequest, io.keyspace.v1.DelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Del"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.DelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Del"))
              .build();
        }
      }
    }
    return getDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.UnlinkRequest,
      io.keyspace.v1.UnlinkResponse> getUnlinkMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unlink",
      requestType = io.keyspace.v1.UnlinkRequest.class,
      responseType = io.keyspace.v1.UnlinkResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.UnlinkRequest,
      io.keyspace.v1.UnlinkResponse> getUnlinkMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.UnlinkRequest, io.keyspace.v1.UnlinkResponse> getUnlinkMethod;
    if ((getUnlinkMethod = KeyspaceServiceGrpc.getUnlinkMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getUnlinkMethod = KeyspaceServiceGrpc.getUnlinkMethod) == null) {
          KeyspaceServiceGrpc.getUnlinkMethod = getUnlinkMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.UnlinkRequest, io.keyspace.v1.UnlinkResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unlink"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.UnlinkRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.UnlinkResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Unlink"))
              .build();
        }
      }
    }
    return getUnlinkMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ExistsRequest,
      io.keyspace.v1.ExistsResponse> getExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Exists",
      requestType = io.keyspace.v1.ExistsRequest.class,
      responseType = io.keyspace.v1.ExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ExistsRequest,
      io.keyspace.v1.ExistsResponse> getExistsMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ExistsRequest, io.keyspace.v1.ExistsResponse> getExistsMethod;
    if ((getExistsMethod = KeyspaceServiceGrpc.getExistsMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getExistsMethod = KeyspaceServiceGrpc.getExistsMethod) == null) {
          KeyspaceServiceGrpc.getExistsMethod = getExistsMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ExistsRequest, io.keyspace.v1.ExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Exists"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Exists"))
              .build();
        }
      }
    }
    return getExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.TypeRequest,
      io.keyspace.v1.TypeResponse> getTypeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Type",
      requestType = io.keyspace.v1.TypeRequest.class,
      responseType = io.keyspace.v1.TypeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.TypeRequest,
      io.keyspace.v1.TypeResponse> getTypeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.TypeRequest, io.keyspace.v1.TypeResponse> getTypeMethod;
    if ((getTypeMethod = KeyspaceServiceGrpc.getTypeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getTypeMethod = KeyspaceServiceGrpc.getTypeMethod) == null) {
          KeyspaceServiceGrpc.getTypeMethod = getTypeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.TypeRequest, io.keyspace.v1.TypeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Type"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TypeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TypeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Type"))
              .build();
        }
      }
    }
    return getTypeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RenameRequest,
      io.keyspace.v1.RenameResponse> getRenameMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Rename",
      requestType = io.keyspace.v1.RenameRequest.class,
      responseType = io.keyspace.v1.RenameResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RenameRequest,
      io.keyspace.v1.RenameResponse> getRenameMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RenameRequest, io.keyspace.v1.RenameResponse> getRenameMethod;
    if ((getRenameMethod = KeyspaceServiceGrpc.getRenameMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRenameMethod = KeyspaceServiceGrpc.getRenameMethod) == null) {
          KeyspaceServiceGrpc.getRenameMethod = getRenameMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RenameRequest, io.keyspace.v1.RenameResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Rename"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RenameRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RenameResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Rename"))
              .build();
        }
      }
    }
    return getRenameMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RenameNxRequest,
      io.keyspace.v1.RenameNxResponse> getRenameNxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RenameNx",
      requestType = io.keyspace.v1.RenameNxRequest.class,
      responseType = io.keyspace.v1.RenameNxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RenameNxRequest,
      io.keyspace.v1.RenameNxResponse> getRenameNxMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RenameNxRequest, io.keyspace.v1.RenameNxResponse> getRenameNxMethod;
    if ((getRenameNxMethod = KeyspaceServiceGrpc.getRenameNxMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRenameNxMethod = KeyspaceServiceGrpc.getRenameNxMethod) == null) {
          KeyspaceServiceGrpc.getRenameNxMethod = getRenameNxMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RenameNxRequest, io.keyspace.v1.RenameNxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RenameNx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RenameNxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RenameNxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("RenameNx"))
              .build();
        }
      }
    }
    return getRenameNxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.CopyRequest,
      io.keyspace.v1.CopyResponse> getCopyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Copy",
      requestType = io.keyspace.v1.CopyRequest.class,
      responseType = io.keyspace.v1.CopyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.CopyRequest,
      io.keyspace.v1.CopyResponse> getCopyMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.CopyRequest, io.keyspace.v1.CopyResponse> getCopyMethod;
    if ((getCopyMethod = KeyspaceServiceGrpc.getCopyMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getCopyMethod = KeyspaceServiceGrpc.getCopyMethod) == null) {
          KeyspaceServiceGrpc.getCopyMethod = getCopyMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.CopyRequest, io.keyspace.v1.CopyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Copy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.CopyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.CopyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Copy"))
              .build();
        }
      }
    }
    return getCopyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.KeysRequest,
      io.keyspace.v1.KeysResponse> getKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Keys",
      requestType = io.keyspace.v1.KeysRequest.class,
      responseType = io.keyspace.v1.KeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.KeysRequest,
      io.keyspace.v1.KeysResponse> getKeysMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.KeysRequest, io.keyspace.v1.KeysResponse> getKeysMethod;
    if ((getKeysMethod = KeyspaceServiceGrpc.getKeysMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getKeysMethod = KeyspaceServiceGrpc.getKeysMethod) == null) {
          KeyspaceServiceGrpc.getKeysMethod = getKeysMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.KeysRequest, io.keyspace.v1.KeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Keys"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.KeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.KeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Keys"))
              .build();
        }
      }
    }
    return getKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ScanRequest,
      io.keyspace.v1.ScanResponse> getScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Scan",
      requestType = io.keyspace.v1.ScanRequest.class,
      responseType = io.keyspace.v1.ScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ScanRequest,
      io.keyspace.v1.ScanResponse> getScanMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ScanRequest, io.keyspace.v1.ScanResponse> getScanMethod;
    if ((getScanMethod = KeyspaceServiceGrpc.getScanMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getScanMethod = KeyspaceServiceGrpc.getScanMethod) == null) {
          KeyspaceServiceGrpc.getScanMethod = getScanMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ScanRequest, io.keyspace.v1.ScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Scan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Scan"))
              .build();
        }
      }
    }
    return getScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RandomKeyRequest,
      io.keyspace.v1.RandomKeyResponse> getRandomKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RandomKey",
      requestType = io.keyspace.v1.RandomKeyRequest.class,
      responseType = io.keyspace.v1.RandomKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RandomKeyRequest,
      io.keyspace.v1.RandomKeyResponse> getRandomKeyMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RandomKeyRequest, io.keyspace.v1.RandomKeyResponse> getRandomKeyMethod;
    if ((getRandomKeyMethod = KeyspaceServiceGrpc.getRandomKeyMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRandomKeyMethod = KeyspaceServiceGrpc.getRandomKeyMethod) == null) {
          KeyspaceServiceGrpc.getRandomKeyMethod = getRandomKeyMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RandomKeyRequest, io.keyspace.v1.RandomKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RandomKey"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RandomKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RandomKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("RandomKey"))
              .build();
        }
      }
    }
    return getRandomKeyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.TouchRequest,
      io.keyspace.v1.TouchResponse> getTouchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Touch",
      requestType = io.keyspace.v1.TouchRequest.class,
      responseType = io.keyspace.v1.TouchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.TouchRequest,
      io.keyspace.v1.TouchResponse> getTouchMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.TouchRequest, io.keyspace.v1.TouchResponse> getTouchMethod;
    if ((getTouchMethod = KeyspaceServiceGrpc.getTouchMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getTouchMethod = KeyspaceServiceGrpc.getTouchMethod) == null) {
          KeyspaceServiceGrpc.getTouchMethod = getTouchMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.TouchRequest, io.keyspace.v1.TouchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Touch"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TouchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TouchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Touch"))
              .build();
        }
      }
    }
    return getTouchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ExpireRequest,
      io.keyspace.v1.ExpireResponse> getExpireMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Expire",
      requestType = io.keyspace.v1.ExpireRequest.class,
      responseType = io.keyspace.v1.ExpireResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ExpireRequest,
      io.keyspace.v1.ExpireResponse> getExpireMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ExpireRequest, io.keyspace.v1.ExpireResponse> getExpireMethod;
    if ((getExpireMethod = KeyspaceServiceGrpc.getExpireMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getExpireMethod = KeyspaceServiceGrpc.getExpireMethod) == null) {
          KeyspaceServiceGrpc.getExpireMethod = getExpireMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ExpireRequest, io.keyspace.v1.ExpireResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Expire"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExpireRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExpireResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Expire"))
              .build();
        }
      }
    }
    return getExpireMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PExpireRequest,
      io.keyspace.v1.PExpireResponse> getPExpireMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PExpire",
      requestType = io.keyspace.v1.PExpireRequest.class,
      responseType = io.keyspace.v1.PExpireResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PExpireRequest,
      io.keyspace.v1.PExpireResponse> getPExpireMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PExpireRequest, io.keyspace.v1.PExpireResponse> getPExpireMethod;
    if ((getPExpireMethod = KeyspaceServiceGrpc.getPExpireMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPExpireMethod = KeyspaceServiceGrpc.getPExpireMethod) == null) {
          KeyspaceServiceGrpc.getPExpireMethod = getPExpireMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PExpireRequest, io.keyspace.v1.PExpireResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PExpire"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PExpireRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PExpireResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PExpire"))
              .build();
        }
      }
    }
    return getPExpireMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ExpireAtRequest,
      io.keyspace.v1.ExpireAtResponse> getExpireAtMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExpireAt",
      requestType = io.keyspace.v1.ExpireAtRequest.class,
      responseType = io.keyspace.v1.ExpireAtResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ExpireAtRequest,
      io.keyspace.v1.ExpireAtResponse> getExpireAtMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ExpireAtRequest, io.keyspace.v1.ExpireAtResponse> getExpireAtMethod;
    if ((getExpireAtMethod = KeyspaceServiceGrpc.getExpireAtMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getExpireAtMethod = KeyspaceServiceGrpc.getExpireAtMethod) == null) {
          KeyspaceServiceGrpc.getExpireAtMethod = getExpireAtMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ExpireAtRequest, io.keyspace.v1.ExpireAtResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExpireAt"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExpireAtRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExpireAtResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ExpireAt"))
              .build();
        }
      }
    }
    return getExpireAtMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PExpireAtRequest,
      io.keyspace.v1.PExpireAtResponse> getPExpireAtMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PExpireAt",
      requestType = io.keyspace.v1.PExpireAtRequest.class,
      responseType = io.keyspace.v1.PExpireAtResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PExpireAtRequest,
      io.keyspace.v1.PExpireAtResponse> getPExpireAtMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PExpireAtRequest, io.keyspace.v1.PExpireAtResponse> getPExpireAtMethod;
    if ((getPExpireAtMethod = KeyspaceServiceGrpc.getPExpireAtMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPExpireAtMethod = KeyspaceServiceGrpc.getPExpireAtMethod) == null) {
          KeyspaceServiceGrpc.getPExpireAtMethod = getPExpireAtMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PExpireAtRequest, io.keyspace.v1.PExpireAtResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PExpireAt"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PExpireAtRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PExpireAtResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PExpireAt"))
              .build();
        }
      }
    }
    return getPExpireAtMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.TtlRequest,
      io.keyspace.v1.TtlResponse> getTtlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ttl",
      requestType = io.keyspace.v1.TtlRequest.class,
      responseType = io.keyspace.v1.TtlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.TtlRequest,
      io.keyspace.v1.TtlResponse> getTtlMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.TtlRequest, io.keyspace.v1.TtlResponse> getTtlMethod;
    if ((getTtlMethod = KeyspaceServiceGrpc.getTtlMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getTtlMethod = KeyspaceServiceGrpc.getTtlMethod) == null) {
          KeyspaceServiceGrpc.getTtlMethod = getTtlMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.TtlRequest, io.keyspace.v1.TtlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ttl"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TtlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.TtlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Ttl"))
              .build();
        }
      }
    }
    return getTtlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PTtlRequest,
      io.keyspace.v1.PTtlResponse> getPTtlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PTtl",
      requestType = io.keyspace.v1.PTtlRequest.class,
      responseType = io.keyspace.v1.PTtlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PTtlRequest,
      io.keyspace.v1.PTtlResponse> getPTtlMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PTtlRequest, io.keyspace.v1.PTtlResponse> getPTtlMethod;
    if ((getPTtlMethod = KeyspaceServiceGrpc.getPTtlMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPTtlMethod = KeyspaceServiceGrpc.getPTtlMethod) == null) {
          KeyspaceServiceGrpc.getPTtlMethod = getPTtlMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PTtlRequest, io.keyspace.v1.PTtlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PTtl"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PTtlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PTtlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PTtl"))
              .build();
        }
      }
    }
    return getPTtlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ExpireTimeRequest,
      io.keyspace.v1.ExpireTimeResponse> getExpireTimeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExpireTime",
      requestType = io.keyspace.v1.ExpireTimeRequest.class,
      responseType = io.keyspace.v1.ExpireTimeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ExpireTimeRequest,
      io.keyspace.v1.ExpireTimeResponse> getExpireTimeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ExpireTimeRequest, io.keyspace.v1.ExpireTimeResponse> getExpireTimeMethod;
    if ((getExpireTimeMethod = KeyspaceServiceGrpc.getExpireTimeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getExpireTimeMethod = KeyspaceServiceGrpc.getExpireTimeMethod) == null) {
          KeyspaceServiceGrpc.getExpireTimeMethod = getExpireTimeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ExpireTimeRequest, io.keyspace.v1.ExpireTimeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExpireTime"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExpireTimeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExpireTimeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ExpireTime"))
              .build();
        }
      }
    }
    return getExpireTimeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PExpireTimeRequest,
      io.keyspace.v1.PExpireTimeResponse> getPExpireTimeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PExpireTime",
      requestType = io.keyspace.v1.PExpireTimeRequest.class,
      responseType = io.keyspace.v1.PExpireTimeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PExpireTimeRequest,
      io.keyspace.v1.PExpireTimeResponse> getPExpireTimeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PExpireTimeRequest, io.keyspace.v1.PExpireTimeResponse> getPExpireTimeMethod;
    if ((getPExpireTimeMethod = KeyspaceServiceGrpc.getPExpireTimeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPExpireTimeMethod = KeyspaceServiceGrpc.getPExpireTimeMethod) == null) {
          KeyspaceServiceGrpc.getPExpireTimeMethod = getPExpireTimeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PExpireTimeRequest, io.keyspace.v1.PExpireTimeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PExpireTime"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PExpireTimeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PExpireTimeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PExpireTime"))
              .build();
        }
      }
    }
    return getPExpireTimeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PersistRequest,
      io.keyspace.v1.PersistResponse> getPersistMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Persist",
      requestType = io.keyspace.v1.PersistRequest.class,
      responseType = io.keyspace.v1.PersistResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PersistRequest,
      io.keyspace.v1.PersistResponse> getPersistMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PersistRequest, io.keyspace.v1.PersistResponse> getPersistMethod;
    if ((getPersistMethod = KeyspaceServiceGrpc.getPersistMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPersistMethod = KeyspaceServiceGrpc.getPersistMethod) == null) {
          KeyspaceServiceGrpc.getPersistMethod = getPersistMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PersistRequest, io.keyspace.v1.PersistResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Persist"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PersistRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PersistResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Persist"))
              .build();
        }
      }
    }
    return getPersistMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ObjectEncodingRequest,
      io.keyspace.v1.ObjectEncodingResponse> getObjectEncodingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ObjectEncoding",
      requestType = io.keyspace.v1.ObjectEncodingRequest.class,
      responseType = io.keyspace.v1.ObjectEncodingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ObjectEncodingRequest,
      io.keyspace.v1.ObjectEncodingResponse> getObjectEncodingMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ObjectEncodingRequest, io.keyspace.v1.ObjectEncodingResponse> getObjectEncodingMethod;
    if ((getObjectEncodingMethod = KeyspaceServiceGrpc.getObjectEncodingMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getObjectEncodingMethod = KeyspaceServiceGrpc.getObjectEncodingMethod) == null) {
          KeyspaceServiceGrpc.getObjectEncodingMethod = getObjectEncodingMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ObjectEncodingRequest, io.keyspace.v1.ObjectEncodingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ObjectEncoding"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ObjectEncodingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ObjectEncodingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ObjectEncoding"))
              .build();
        }
      }
    }
    return getObjectEncodingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HSetRequest,
      io.keyspace.v1.HSetResponse> getHSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HSet",
      requestType = io.keyspace.v1.HSetRequest.class,
      responseType = io.keyspace.v1.HSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HSetRequest,
      io.keyspace.v1.HSetResponse> getHSetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HSetRequest, io.keyspace.v1.HSetResponse> getHSetMethod;
    if ((getHSetMethod = KeyspaceServiceGrpc.getHSetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHSetMethod = KeyspaceServiceGrpc.getHSetMethod) == null) {
          KeyspaceServiceGrpc.getHSetMethod = getHSetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HSetRequest, io.keyspace.v1.HSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HSet"))
              .build();
        }
      }
    }
    return getHSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HSetNxRequest,
      io.keyspace.v1.HSetNxResponse> getHSetNxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HSetNx",
      requestType = io.keyspace.v1.HSetNxRequest.class,
      responseType = io.keyspace.v1.HSetNxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HSetNxRequest,
      io.keyspace.v1.HSetNxResponse> getHSetNxMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HSetNxRequest, io.keyspace.v1.HSetNxResponse> getHSetNxMethod;
    if ((getHSetNxMethod = KeyspaceServiceGrpc.getHSetNxMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHSetNxMethod = KeyspaceServiceGrpc.getHSetNxMethod) == null) {
          KeyspaceServiceGrpc.getHSetNxMethod = getHSetNxMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HSetNxRequest, io.keyspace.v1.HSetNxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HSetNx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HSetNxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HSetNxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HSetNx"))
              .build();
        }
      }
    }
    return getHSetNxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HGetRequest,
      io.keyspace.v1.HGetResponse> getHGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HGet",
      requestType = io.keyspace.v1.HGetRequest.class,
      responseType = io.keyspace.v1.HGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HGetRequest,
      io.keyspace.v1.HGetResponse> getHGetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HGetRequest, io.keyspace.v1.HGetResponse> getHGetMethod;
    if ((getHGetMethod = KeyspaceServiceGrpc.getHGetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHGetMethod = KeyspaceServiceGrpc.getHGetMethod) == null) {
          KeyspaceServiceGrpc.getHGetMethod = getHGetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HGetRequest, io.keyspace.v1.HGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HGet"))
              .build();
        }
      }
    }
    return getHGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HMGetRequest,
      io.keyspace.v1.HMGetResponse> getHMGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HMGet",
      requestType = io.keyspace.v1.HMGetRequest.class,
      responseType = io.keyspace.v1.HMGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HMGetRequest,
      io.keyspace.v1.HMGetResponse> getHMGetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HMGetRequest, io.keyspace.v1.HMGetResponse> getHMGetMethod;
    if ((getHMGetMethod = KeyspaceServiceGrpc.getHMGetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHMGetMethod = KeyspaceServiceGrpc.getHMGetMethod) == null) {
          KeyspaceServiceGrpc.getHMGetMethod = getHMGetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HMGetRequest, io.keyspace.v1.HMGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HMGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HMGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HMGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HMGet"))
              .build();
        }
      }
    }
    return getHMGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HGetAllRequest,
      io.keyspace.v1.HGetAllResponse> getHGetAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HGetAll",
      requestType = io.keyspace.v1.HGetAllRequest.class,
      responseType = io.keyspace.v1.HGetAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HGetAllRequest,
      io.keyspace.v1.HGetAllResponse> getHGetAllMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HGetAllRequest, io.keyspace.v1.HGetAllResponse> getHGetAllMethod;
    if ((getHGetAllMethod = KeyspaceServiceGrpc.getHGetAllMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHGetAllMethod = KeyspaceServiceGrpc.getHGetAllMethod) == null) {
          KeyspaceServiceGrpc.getHGetAllMethod = getHGetAllMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HGetAllRequest, io.keyspace.v1.HGetAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HGetAll"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HGetAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HGetAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HGetAll"))
              .build();
        }
      }
    }
    return getHGetAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HDelRequest,
      io.keyspace.v1.HDelResponse> getHDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HDel",
      requestType = io.keyspace.v1.HDelRequest.class,
      responseType = io.keyspace.v1.HDelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HDelRequest,
      io.keyspace.v1.HDelResponse> getHDelMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HDelRequest, io.keyspace.v1.HDelResponse> getHDelMethod;
    if ((getHDelMethod = KeyspaceServiceGrpc.getHDelMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHDelMethod = KeyspaceServiceGrpc.getHDelMethod) == null) {
          KeyspaceServiceGrpc.getHDelMethod = getHDelMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HDelRequest, io.keyspace.v1.HDelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HDel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HDelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HDelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HDel"))
              .build();
        }
      }
    }
    return getHDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HExistsRequest,
      io.keyspace.v1.HExistsResponse> getHExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HExists",
      requestType = io.keyspace.v1.HExistsRequest.class,
      responseType = io.keyspace.v1.HExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HExistsRequest,
      io.keyspace.v1.HExistsResponse> getHExistsMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HExistsRequest, io.keyspace.v1.HExistsResponse> getHExistsMethod;
    if ((getHExistsMethod = KeyspaceServiceGrpc.getHExistsMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHExistsMethod = KeyspaceServiceGrpc.getHExistsMethod) == null) {
          KeyspaceServiceGrpc.getHExistsMethod = getHExistsMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HExistsRequest, io.keyspace.v1.HExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HExists"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HExists"))
              .build();
        }
      }
    }
    return getHExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HLenRequest,
      io.keyspace.v1.HLenResponse> getHLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HLen",
      requestType = io.keyspace.v1.HLenRequest.class,
      responseType = io.keyspace.v1.HLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HLenRequest,
      io.keyspace.v1.HLenResponse> getHLenMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HLenRequest, io.keyspace.v1.HLenResponse> getHLenMethod;
    if ((getHLenMethod = KeyspaceServiceGrpc.getHLenMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHLenMethod = KeyspaceServiceGrpc.getHLenMethod) == null) {
          KeyspaceServiceGrpc.getHLenMethod = getHLenMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HLenRequest, io.keyspace.v1.HLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HLen"))
              .build();
        }
      }
    }
    return getHLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HStrLenRequest,
      io.keyspace.v1.HStrLenResponse> getHStrLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HStrLen",
      requestType = io.keyspace.v1.HStrLenRequest.class,
      responseType = io.keyspace.v1.HStrLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HStrLenRequest,
      io.keyspace.v1.HStrLenResponse> getHStrLenMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HStrLenRequest, io.keyspace.v1.HStrLenResponse> getHStrLenMethod;
    if ((getHStrLenMethod = KeyspaceServiceGrpc.getHStrLenMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHStrLenMethod = KeyspaceServiceGrpc.getHStrLenMethod) == null) {
          KeyspaceServiceGrpc.getHStrLenMethod = getHStrLenMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HStrLenRequest, io.keyspace.v1.HStrLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HStrLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HStrLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HStrLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HStrLen"))
              .build();
        }
      }
    }
    return getHStrLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HKeysRequest,
      io.keyspace.v1.HKeysResponse> getHKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HKeys",
      requestType = io.keyspace.v1.HKeysRequest.class,
      responseType = io.keyspace.v1.HKeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HKeysRequest,
      io.keyspace.v1.HKeysResponse> getHKeysMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HKeysRequest, io.keyspace.v1.HKeysResponse> getHKeysMethod;
    if ((getHKeysMethod = KeyspaceServiceGrpc.getHKeysMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHKeysMethod = KeyspaceServiceGrpc.getHKeysMethod) == null) {
          KeyspaceServiceGrpc.getHKeysMethod = getHKeysMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HKeysRequest, io.keyspace.v1.HKeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HKeys"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HKeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HKeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HKeys"))
              .build();
        }
      }
    }
    return getHKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HValsRequest,
      io.keyspace.v1.HValsResponse> getHValsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HVals",
      requestType = io.keyspace.v1.HValsRequest.class,
      responseType = io.keyspace.v1.HValsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HValsRequest,
      io.keyspace.v1.HValsResponse> getHValsMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HValsRequest, io.keyspace.v1.HValsResponse> getHValsMethod;
    if ((getHValsMethod = KeyspaceServiceGrpc.getHValsMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHValsMethod = KeyspaceServiceGrpc.getHValsMethod) == null) {
          KeyspaceServiceGrpc.getHValsMethod = getHValsMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HValsRequest, io.keyspace.v1.HValsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HVals"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HValsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HValsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HVals"))
              .build();
        }
      }
    }
    return getHValsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HIncrByRequest,
      io.keyspace.v1.HIncrByResponse> getHIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HIncrBy",
      requestType = io.keyspace.v1.HIncrByRequest.class,
      responseType = io.keyspace.v1.HIncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HIncrByRequest,
      io.keyspace.v1.HIncrByResponse> getHIncrByMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HIncrByRequest, io.keyspace.v1.HIncrByResponse> getHIncrByMethod;
    if ((getHIncrByMethod = KeyspaceServiceGrpc.getHIncrByMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHIncrByMethod = KeyspaceServiceGrpc.getHIncrByMethod) == null) {
          KeyspaceServiceGrpc.getHIncrByMethod = getHIncrByMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HIncrByRequest, io.keyspace.v1.HIncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HIncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HIncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HIncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HIncrBy"))
              .build();
        }
      }
    }
    return getHIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HIncrByFloatRequest,
      io.keyspace.v1.HIncrByFloatResponse> getHIncrByFloatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HIncrByFloat",
      requestType = io.keyspace.v1.HIncrByFloatRequest.class,
      responseType = io.keyspace.v1.HIncrByFloatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HIncrByFloatRequest,
      io.keyspace.v1.HIncrByFloatResponse> getHIncrByFloatMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HIncrByFloatRequest, io.keyspace.v1.HIncrByFloatResponse> getHIncrByFloatMethod;
    if ((getHIncrByFloatMethod = KeyspaceServiceGrpc.getHIncrByFloatMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHIncrByFloatMethod = KeyspaceServiceGrpc.getHIncrByFloatMethod) == null) {
          KeyspaceServiceGrpc.getHIncrByFloatMethod = getHIncrByFloatMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HIncrByFloatRequest, io.keyspace.v1.HIncrByFloatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HIncrByFloat"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HIncrByFloatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HIncrByFloatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HIncrByFloat"))
              .build();
        }
      }
    }
    return getHIncrByFloatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HRandFieldRequest,
      io.keyspace.v1.HRandFieldResponse> getHRandFieldMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HRandField",
      requestType = io.keyspace.v1.HRandFieldRequest.class,
      responseType = io.keyspace.v1.HRandFieldResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HRandFieldRequest,
      io.keyspace.v1.HRandFieldResponse> getHRandFieldMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HRandFieldRequest, io.keyspace.v1.HRandFieldResponse> getHRandFieldMethod;
    if ((getHRandFieldMethod = KeyspaceServiceGrpc.getHRandFieldMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHRandFieldMethod = KeyspaceServiceGrpc.getHRandFieldMethod) == null) {
          KeyspaceServiceGrpc.getHRandFieldMethod = getHRandFieldMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HRandFieldRequest, io.keyspace.v1.HRandFieldResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HRandField"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HRandFieldRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HRandFieldResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HRandField"))
              .build();
        }
      }
    }
    return getHRandFieldMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.HScanRequest,
      io.keyspace.v1.HScanResponse> getHScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HScan",
      requestType = io.keyspace.v1.HScanRequest.class,
      responseType = io.keyspace.v1.HScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.HScanRequest,
      io.keyspace.v1.HScanResponse> getHScanMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.HScanRequest, io.keyspace.v1.HScanResponse> getHScanMethod;
    if ((getHScanMethod = KeyspaceServiceGrpc.getHScanMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getHScanMethod = KeyspaceServiceGrpc.getHScanMethod) == null) {
          KeyspaceServiceGrpc.getHScanMethod = getHScanMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.HScanRequest, io.keyspace.v1.HScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HScan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.HScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("HScan"))
              .build();
        }
      }
    }
    return getHScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LPushRequest,
      io.keyspace.v1.LPushResponse> getLPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPush",
      requestType = io.keyspace.v1.LPushRequest.class,
      responseType = io.keyspace.v1.LPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LPushRequest,
      io.keyspace.v1.LPushResponse> getLPushMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LPushRequest, io.keyspace.v1.LPushResponse> getLPushMethod;
    if ((getLPushMethod = KeyspaceServiceGrpc.getLPushMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLPushMethod = KeyspaceServiceGrpc.getLPushMethod) == null) {
          KeyspaceServiceGrpc.getLPushMethod = getLPushMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LPushRequest, io.keyspace.v1.LPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LPush"))
              .build();
        }
      }
    }
    return getLPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RPushRequest,
      io.keyspace.v1.RPushResponse> getRPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPush",
      requestType = io.keyspace.v1.RPushRequest.class,
      responseType = io.keyspace.v1.RPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RPushRequest,
      io.keyspace.v1.RPushResponse> getRPushMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RPushRequest, io.keyspace.v1.RPushResponse> getRPushMethod;
    if ((getRPushMethod = KeyspaceServiceGrpc.getRPushMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRPushMethod = KeyspaceServiceGrpc.getRPushMethod) == null) {
          KeyspaceServiceGrpc.getRPushMethod = getRPushMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RPushRequest, io.keyspace.v1.RPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("RPush"))
              .build();
        }
      }
    }
    return getRPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LPushXRequest,
      io.keyspace.v1.LPushXResponse> getLPushXMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPushX",
      requestType = io.keyspace.v1.LPushXRequest.class,
      responseType = io.keyspace.v1.LPushXResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LPushXRequest,
      io.keyspace.v1.LPushXResponse> getLPushXMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LPushXRequest, io.keyspace.v1.LPushXResponse> getLPushXMethod;
    if ((getLPushXMethod = KeyspaceServiceGrpc.getLPushXMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLPushXMethod = KeyspaceServiceGrpc.getLPushXMethod) == null) {
          KeyspaceServiceGrpc.getLPushXMethod = getLPushXMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LPushXRequest, io.keyspace.v1.LPushXResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPushX"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPushXRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPushXResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LPushX"))
              .build();
        }
      }
    }
    return getLPushXMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RPushXRequest,
      io.keyspace.v1.RPushXResponse> getRPushXMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPushX",
      requestType = io.keyspace.v1.RPushXRequest.class,
      responseType = io.keyspace.v1.RPushXResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RPushXRequest,
      io.keyspace.v1.RPushXResponse> getRPushXMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RPushXRequest, io.keyspace.v1.RPushXResponse> getRPushXMethod;
    if ((getRPushXMethod = KeyspaceServiceGrpc.getRPushXMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRPushXMethod = KeyspaceServiceGrpc.getRPushXMethod) == null) {
          KeyspaceServiceGrpc.getRPushXMethod = getRPushXMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RPushXRequest, io.keyspace.v1.RPushXResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPushX"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPushXRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPushXResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("RPushX"))
              .build();
        }
      }
    }
    return getRPushXMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LPopRequest,
      io.keyspace.v1.LPopResponse> getLPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPop",
      requestType = io.keyspace.v1.LPopRequest.class,
      responseType = io.keyspace.v1.LPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LPopRequest,
      io.keyspace.v1.LPopResponse> getLPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LPopRequest, io.keyspace.v1.LPopResponse> getLPopMethod;
    if ((getLPopMethod = KeyspaceServiceGrpc.getLPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLPopMethod = KeyspaceServiceGrpc.getLPopMethod) == null) {
          KeyspaceServiceGrpc.getLPopMethod = getLPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LPopRequest, io.keyspace.v1.LPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LPop"))
              .build();
        }
      }
    }
    return getLPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RPopRequest,
      io.keyspace.v1.RPopResponse> getRPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPop",
      requestType = io.keyspace.v1.RPopRequest.class,
      responseType = io.keyspace.v1.RPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RPopRequest,
      io.keyspace.v1.RPopResponse> getRPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RPopRequest, io.keyspace.v1.RPopResponse> getRPopMethod;
    if ((getRPopMethod = KeyspaceServiceGrpc.getRPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRPopMethod = KeyspaceServiceGrpc.getRPopMethod) == null) {
          KeyspaceServiceGrpc.getRPopMethod = getRPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RPopRequest, io.keyspace.v1.RPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("RPop"))
              .build();
        }
      }
    }
    return getRPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LLenRequest,
      io.keyspace.v1.LLenResponse> getLLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LLen",
      requestType = io.keyspace.v1.LLenRequest.class,
      responseType = io.keyspace.v1.LLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LLenRequest,
      io.keyspace.v1.LLenResponse> getLLenMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LLenRequest, io.keyspace.v1.LLenResponse> getLLenMethod;
    if ((getLLenMethod = KeyspaceServiceGrpc.getLLenMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLLenMethod = KeyspaceServiceGrpc.getLLenMethod) == null) {
          KeyspaceServiceGrpc.getLLenMethod = getLLenMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LLenRequest, io.keyspace.v1.LLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LLen"))
              .build();
        }
      }
    }
    return getLLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LRangeRequest,
      io.keyspace.v1.LRangeResponse> getLRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LRange",
      requestType = io.keyspace.v1.LRangeRequest.class,
      responseType = io.keyspace.v1.LRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LRangeRequest,
      io.keyspace.v1.LRangeResponse> getLRangeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LRangeRequest, io.keyspace.v1.LRangeResponse> getLRangeMethod;
    if ((getLRangeMethod = KeyspaceServiceGrpc.getLRangeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLRangeMethod = KeyspaceServiceGrpc.getLRangeMethod) == null) {
          KeyspaceServiceGrpc.getLRangeMethod = getLRangeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LRangeRequest, io.keyspace.v1.LRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LRange"))
              .build();
        }
      }
    }
    return getLRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LIndexRequest,
      io.keyspace.v1.LIndexResponse> getLIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LIndex",
      requestType = io.keyspace.v1.LIndexRequest.class,
      responseType = io.keyspace.v1.LIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LIndexRequest,
      io.keyspace.v1.LIndexResponse> getLIndexMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LIndexRequest, io.keyspace.v1.LIndexResponse> getLIndexMethod;
    if ((getLIndexMethod = KeyspaceServiceGrpc.getLIndexMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLIndexMethod = KeyspaceServiceGrpc.getLIndexMethod) == null) {
          KeyspaceServiceGrpc.getLIndexMethod = getLIndexMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LIndexRequest, io.keyspace.v1.LIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LIndex"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LIndex"))
              .build();
        }
      }
    }
    return getLIndexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LSetRequest,
      io.keyspace.v1.LSetResponse> getLSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LSet",
      requestType = io.keyspace.v1.LSetRequest.class,
      responseType = io.keyspace.v1.LSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LSetRequest,
      io.keyspace.v1.LSetResponse> getLSetMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LSetRequest, io.keyspace.v1.LSetResponse> getLSetMethod;
    if ((getLSetMethod = KeyspaceServiceGrpc.getLSetMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLSetMethod = KeyspaceServiceGrpc.getLSetMethod) == null) {
          KeyspaceServiceGrpc.getLSetMethod = getLSetMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LSetRequest, io.keyspace.v1.LSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LSet"))
              .build();
        }
      }
    }
    return getLSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LInsertRequest,
      io.keyspace.v1.LInsertResponse> getLInsertMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LInsert",
      requestType = io.keyspace.v1.LInsertRequest.class,
      responseType = io.keyspace.v1.LInsertResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LInsertRequest,
      io.keyspace.v1.LInsertResponse> getLInsertMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LInsertRequest, io.keyspace.v1.LInsertResponse> getLInsertMethod;
    if ((getLInsertMethod = KeyspaceServiceGrpc.getLInsertMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLInsertMethod = KeyspaceServiceGrpc.getLInsertMethod) == null) {
          KeyspaceServiceGrpc.getLInsertMethod = getLInsertMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LInsertRequest, io.keyspace.v1.LInsertResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LInsert"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LInsertRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LInsertResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LInsert"))
              .build();
        }
      }
    }
    return getLInsertMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LRemRequest,
      io.keyspace.v1.LRemResponse> getLRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LRem",
      requestType = io.keyspace.v1.LRemRequest.class,
      responseType = io.keyspace.v1.LRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LRemRequest,
      io.keyspace.v1.LRemResponse> getLRemMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LRemRequest, io.keyspace.v1.LRemResponse> getLRemMethod;
    if ((getLRemMethod = KeyspaceServiceGrpc.getLRemMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLRemMethod = KeyspaceServiceGrpc.getLRemMethod) == null) {
          KeyspaceServiceGrpc.getLRemMethod = getLRemMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LRemRequest, io.keyspace.v1.LRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LRem"))
              .build();
        }
      }
    }
    return getLRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LTrimRequest,
      io.keyspace.v1.LTrimResponse> getLTrimMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LTrim",
      requestType = io.keyspace.v1.LTrimRequest.class,
      responseType = io.keyspace.v1.LTrimResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LTrimRequest,
      io.keyspace.v1.LTrimResponse> getLTrimMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LTrimRequest, io.keyspace.v1.LTrimResponse> getLTrimMethod;
    if ((getLTrimMethod = KeyspaceServiceGrpc.getLTrimMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLTrimMethod = KeyspaceServiceGrpc.getLTrimMethod) == null) {
          KeyspaceServiceGrpc.getLTrimMethod = getLTrimMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LTrimRequest, io.keyspace.v1.LTrimResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LTrim"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LTrimRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LTrimResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LTrim"))
              .build();
        }
      }
    }
    return getLTrimMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LPosRequest,
      io.keyspace.v1.LPosResponse> getLPosMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPos",
      requestType = io.keyspace.v1.LPosRequest.class,
      responseType = io.keyspace.v1.LPosResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LPosRequest,
      io.keyspace.v1.LPosResponse> getLPosMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LPosRequest, io.keyspace.v1.LPosResponse> getLPosMethod;
    if ((getLPosMethod = KeyspaceServiceGrpc.getLPosMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLPosMethod = KeyspaceServiceGrpc.getLPosMethod) == null) {
          KeyspaceServiceGrpc.getLPosMethod = getLPosMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LPosRequest, io.keyspace.v1.LPosResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPos"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPosRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LPosResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LPos"))
              .build();
        }
      }
    }
    return getLPosMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LMoveRequest,
      io.keyspace.v1.LMoveResponse> getLMoveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LMove",
      requestType = io.keyspace.v1.LMoveRequest.class,
      responseType = io.keyspace.v1.LMoveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LMoveRequest,
      io.keyspace.v1.LMoveResponse> getLMoveMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LMoveRequest, io.keyspace.v1.LMoveResponse> getLMoveMethod;
    if ((getLMoveMethod = KeyspaceServiceGrpc.getLMoveMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLMoveMethod = KeyspaceServiceGrpc.getLMoveMethod) == null) {
          KeyspaceServiceGrpc.getLMoveMethod = getLMoveMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LMoveRequest, io.keyspace.v1.LMoveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LMove"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LMoveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LMoveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LMove"))
              .build();
        }
      }
    }
    return getLMoveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.RPopLPushRequest,
      io.keyspace.v1.RPopLPushResponse> getRPopLPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPopLPush",
      requestType = io.keyspace.v1.RPopLPushRequest.class,
      responseType = io.keyspace.v1.RPopLPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.RPopLPushRequest,
      io.keyspace.v1.RPopLPushResponse> getRPopLPushMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.RPopLPushRequest, io.keyspace.v1.RPopLPushResponse> getRPopLPushMethod;
    if ((getRPopLPushMethod = KeyspaceServiceGrpc.getRPopLPushMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getRPopLPushMethod = KeyspaceServiceGrpc.getRPopLPushMethod) == null) {
          KeyspaceServiceGrpc.getRPopLPushMethod = getRPopLPushMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.RPopLPushRequest, io.keyspace.v1.RPopLPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPopLPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPopLPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.RPopLPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("RPopLPush"))
              .build();
        }
      }
    }
    return getRPopLPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.LMPopRequest,
      io.keyspace.v1.LMPopResponse> getLMPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LMPop",
      requestType = io.keyspace.v1.LMPopRequest.class,
      responseType = io.keyspace.v1.LMPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.LMPopRequest,
      io.keyspace.v1.LMPopResponse> getLMPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.LMPopRequest, io.keyspace.v1.LMPopResponse> getLMPopMethod;
    if ((getLMPopMethod = KeyspaceServiceGrpc.getLMPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getLMPopMethod = KeyspaceServiceGrpc.getLMPopMethod) == null) {
          KeyspaceServiceGrpc.getLMPopMethod = getLMPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.LMPopRequest, io.keyspace.v1.LMPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LMPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LMPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.LMPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("LMPop"))
              .build();
        }
      }
    }
    return getLMPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BLPopRequest,
      io.keyspace.v1.BLPopResponse> getBLPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BLPop",
      requestType = io.keyspace.v1.BLPopRequest.class,
      responseType = io.keyspace.v1.BLPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BLPopRequest,
      io.keyspace.v1.BLPopResponse> getBLPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BLPopRequest, io.keyspace.v1.BLPopResponse> getBLPopMethod;
    if ((getBLPopMethod = KeyspaceServiceGrpc.getBLPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBLPopMethod = KeyspaceServiceGrpc.getBLPopMethod) == null) {
          KeyspaceServiceGrpc.getBLPopMethod = getBLPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BLPopRequest, io.keyspace.v1.BLPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BLPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BLPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BLPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BLPop"))
              .build();
        }
      }
    }
    return getBLPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BRPopRequest,
      io.keyspace.v1.BRPopResponse> getBRPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BRPop",
      requestType = io.keyspace.v1.BRPopRequest.class,
      responseType = io.keyspace.v1.BRPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BRPopRequest,
      io.keyspace.v1.BRPopResponse> getBRPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BRPopRequest, io.keyspace.v1.BRPopResponse> getBRPopMethod;
    if ((getBRPopMethod = KeyspaceServiceGrpc.getBRPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBRPopMethod = KeyspaceServiceGrpc.getBRPopMethod) == null) {
          KeyspaceServiceGrpc.getBRPopMethod = getBRPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BRPopRequest, io.keyspace.v1.BRPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BRPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BRPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BRPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BRPop"))
              .build();
        }
      }
    }
    return getBRPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BLMoveRequest,
      io.keyspace.v1.BLMoveResponse> getBLMoveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BLMove",
      requestType = io.keyspace.v1.BLMoveRequest.class,
      responseType = io.keyspace.v1.BLMoveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BLMoveRequest,
      io.keyspace.v1.BLMoveResponse> getBLMoveMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BLMoveRequest, io.keyspace.v1.BLMoveResponse> getBLMoveMethod;
    if ((getBLMoveMethod = KeyspaceServiceGrpc.getBLMoveMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBLMoveMethod = KeyspaceServiceGrpc.getBLMoveMethod) == null) {
          KeyspaceServiceGrpc.getBLMoveMethod = getBLMoveMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BLMoveRequest, io.keyspace.v1.BLMoveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BLMove"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BLMoveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BLMoveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BLMove"))
              .build();
        }
      }
    }
    return getBLMoveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BRPopLPushRequest,
      io.keyspace.v1.BRPopLPushResponse> getBRPopLPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BRPopLPush",
      requestType = io.keyspace.v1.BRPopLPushRequest.class,
      responseType = io.keyspace.v1.BRPopLPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BRPopLPushRequest,
      io.keyspace.v1.BRPopLPushResponse> getBRPopLPushMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BRPopLPushRequest, io.keyspace.v1.BRPopLPushResponse> getBRPopLPushMethod;
    if ((getBRPopLPushMethod = KeyspaceServiceGrpc.getBRPopLPushMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBRPopLPushMethod = KeyspaceServiceGrpc.getBRPopLPushMethod) == null) {
          KeyspaceServiceGrpc.getBRPopLPushMethod = getBRPopLPushMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BRPopLPushRequest, io.keyspace.v1.BRPopLPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BRPopLPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BRPopLPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BRPopLPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BRPopLPush"))
              .build();
        }
      }
    }
    return getBRPopLPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BLMPopRequest,
      io.keyspace.v1.BLMPopResponse> getBLMPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BLMPop",
      requestType = io.keyspace.v1.BLMPopRequest.class,
      responseType = io.keyspace.v1.BLMPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BLMPopRequest,
      io.keyspace.v1.BLMPopResponse> getBLMPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BLMPopRequest, io.keyspace.v1.BLMPopResponse> getBLMPopMethod;
    if ((getBLMPopMethod = KeyspaceServiceGrpc.getBLMPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBLMPopMethod = KeyspaceServiceGrpc.getBLMPopMethod) == null) {
          KeyspaceServiceGrpc.getBLMPopMethod = getBLMPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BLMPopRequest, io.keyspace.v1.BLMPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BLMPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BLMPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BLMPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BLMPop"))
              .build();
        }
      }
    }
    return getBLMPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SAddRequest,
      io.keyspace.v1.SAddResponse> getSAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SAdd",
      requestType = io.keyspace.v1.SAddRequest.class,
      responseType = io.keyspace.v1.SAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SAddRequest,
      io.keyspace.v1.SAddResponse> getSAddMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SAddRequest, io.keyspace.v1.SAddResponse> getSAddMethod;
    if ((getSAddMethod = KeyspaceServiceGrpc.getSAddMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSAddMethod = KeyspaceServiceGrpc.getSAddMethod) == null) {
          KeyspaceServiceGrpc.getSAddMethod = getSAddMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SAddRequest, io.keyspace.v1.SAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SAdd"))
              .build();
        }
      }
    }
    return getSAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SRemRequest,
      io.keyspace.v1.SRemResponse> getSRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SRem",
      requestType = io.keyspace.v1.SRemRequest.class,
      responseType = io.keyspace.v1.SRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SRemRequest,
      io.keyspace.v1.SRemResponse> getSRemMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SRemRequest, io.keyspace.v1.SRemResponse> getSRemMethod;
    if ((getSRemMethod = KeyspaceServiceGrpc.getSRemMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSRemMethod = KeyspaceServiceGrpc.getSRemMethod) == null) {
          KeyspaceServiceGrpc.getSRemMethod = getSRemMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SRemRequest, io.keyspace.v1.SRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SRem"))
              .build();
        }
      }
    }
    return getSRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SCardRequest,
      io.keyspace.v1.SCardResponse> getSCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SCard",
      requestType = io.keyspace.v1.SCardRequest.class,
      responseType = io.keyspace.v1.SCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SCardRequest,
      io.keyspace.v1.SCardResponse> getSCardMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SCardRequest, io.keyspace.v1.SCardResponse> getSCardMethod;
    if ((getSCardMethod = KeyspaceServiceGrpc.getSCardMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSCardMethod = KeyspaceServiceGrpc.getSCardMethod) == null) {
          KeyspaceServiceGrpc.getSCardMethod = getSCardMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SCardRequest, io.keyspace.v1.SCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SCard"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SCard"))
              .build();
        }
      }
    }
    return getSCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SIsMemberRequest,
      io.keyspace.v1.SIsMemberResponse> getSIsMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SIsMember",
      requestType = io.keyspace.v1.SIsMemberRequest.class,
      responseType = io.keyspace.v1.SIsMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SIsMemberRequest,
      io.keyspace.v1.SIsMemberResponse> getSIsMemberMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SIsMemberRequest, io.keyspace.v1.SIsMemberResponse> getSIsMemberMethod;
    if ((getSIsMemberMethod = KeyspaceServiceGrpc.getSIsMemberMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSIsMemberMethod = KeyspaceServiceGrpc.getSIsMemberMethod) == null) {
          KeyspaceServiceGrpc.getSIsMemberMethod = getSIsMemberMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SIsMemberRequest, io.keyspace.v1.SIsMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SIsMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SIsMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SIsMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SIsMember"))
              .build();
        }
      }
    }
    return getSIsMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SMIsMemberRequest,
      io.keyspace.v1.SMIsMemberResponse> getSMIsMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMIsMember",
      requestType = io.keyspace.v1.SMIsMemberRequest.class,
      responseType = io.keyspace.v1.SMIsMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SMIsMemberRequest,
      io.keyspace.v1.SMIsMemberResponse> getSMIsMemberMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SMIsMemberRequest, io.keyspace.v1.SMIsMemberResponse> getSMIsMemberMethod;
    if ((getSMIsMemberMethod = KeyspaceServiceGrpc.getSMIsMemberMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSMIsMemberMethod = KeyspaceServiceGrpc.getSMIsMemberMethod) == null) {
          KeyspaceServiceGrpc.getSMIsMemberMethod = getSMIsMemberMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SMIsMemberRequest, io.keyspace.v1.SMIsMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMIsMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SMIsMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SMIsMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SMIsMember"))
              .build();
        }
      }
    }
    return getSMIsMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SMembersRequest,
      io.keyspace.v1.SMembersResponse> getSMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMembers",
      requestType = io.keyspace.v1.SMembersRequest.class,
      responseType = io.keyspace.v1.SMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SMembersRequest,
      io.keyspace.v1.SMembersResponse> getSMembersMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SMembersRequest, io.keyspace.v1.SMembersResponse> getSMembersMethod;
    if ((getSMembersMethod = KeyspaceServiceGrpc.getSMembersMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSMembersMethod = KeyspaceServiceGrpc.getSMembersMethod) == null) {
          KeyspaceServiceGrpc.getSMembersMethod = getSMembersMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SMembersRequest, io.keyspace.v1.SMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMembers"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SMembers"))
              .build();
        }
      }
    }
    return getSMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SPopRequest,
      io.keyspace.v1.SPopResponse> getSPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SPop",
      requestType = io.keyspace.v1.SPopRequest.class,
      responseType = io.keyspace.v1.SPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SPopRequest,
      io.keyspace.v1.SPopResponse> getSPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SPopRequest, io.keyspace.v1.SPopResponse> getSPopMethod;
    if ((getSPopMethod = KeyspaceServiceGrpc.getSPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSPopMethod = KeyspaceServiceGrpc.getSPopMethod) == null) {
          KeyspaceServiceGrpc.getSPopMethod = getSPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SPopRequest, io.keyspace.v1.SPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SPop"))
              .build();
        }
      }
    }
    return getSPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SRandMemberRequest,
      io.keyspace.v1.SRandMemberResponse> getSRandMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SRandMember",
      requestType = io.keyspace.v1.SRandMemberRequest.class,
      responseType = io.keyspace.v1.SRandMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SRandMemberRequest,
      io.keyspace.v1.SRandMemberResponse> getSRandMemberMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SRandMemberRequest, io.keyspace.v1.SRandMemberResponse> getSRandMemberMethod;
    if ((getSRandMemberMethod = KeyspaceServiceGrpc.getSRandMemberMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSRandMemberMethod = KeyspaceServiceGrpc.getSRandMemberMethod) == null) {
          KeyspaceServiceGrpc.getSRandMemberMethod = getSRandMemberMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SRandMemberRequest, io.keyspace.v1.SRandMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SRandMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SRandMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SRandMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SRandMember"))
              .build();
        }
      }
    }
    return getSRandMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SMoveRequest,
      io.keyspace.v1.SMoveResponse> getSMoveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMove",
      requestType = io.keyspace.v1.SMoveRequest.class,
      responseType = io.keyspace.v1.SMoveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SMoveRequest,
      io.keyspace.v1.SMoveResponse> getSMoveMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SMoveRequest, io.keyspace.v1.SMoveResponse> getSMoveMethod;
    if ((getSMoveMethod = KeyspaceServiceGrpc.getSMoveMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSMoveMethod = KeyspaceServiceGrpc.getSMoveMethod) == null) {
          KeyspaceServiceGrpc.getSMoveMethod = getSMoveMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SMoveRequest, io.keyspace.v1.SMoveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMove"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SMoveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SMoveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SMove"))
              .build();
        }
      }
    }
    return getSMoveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SInterRequest,
      io.keyspace.v1.SInterResponse> getSInterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SInter",
      requestType = io.keyspace.v1.SInterRequest.class,
      responseType = io.keyspace.v1.SInterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SInterRequest,
      io.keyspace.v1.SInterResponse> getSInterMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SInterRequest, io.keyspace.v1.SInterResponse> getSInterMethod;
    if ((getSInterMethod = KeyspaceServiceGrpc.getSInterMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSInterMethod = KeyspaceServiceGrpc.getSInterMethod) == null) {
          KeyspaceServiceGrpc.getSInterMethod = getSInterMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SInterRequest, io.keyspace.v1.SInterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SInter"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SInterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SInterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SInter"))
              .build();
        }
      }
    }
    return getSInterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SInterCardRequest,
      io.keyspace.v1.SInterCardResponse> getSInterCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SInterCard",
      requestType = io.keyspace.v1.SInterCardRequest.class,
      responseType = io.keyspace.v1.SInterCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SInterCardRequest,
      io.keyspace.v1.SInterCardResponse> getSInterCardMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SInterCardRequest, io.keyspace.v1.SInterCardResponse> getSInterCardMethod;
    if ((getSInterCardMethod = KeyspaceServiceGrpc.getSInterCardMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSInterCardMethod = KeyspaceServiceGrpc.getSInterCardMethod) == null) {
          KeyspaceServiceGrpc.getSInterCardMethod = getSInterCardMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SInterCardRequest, io.keyspace.v1.SInterCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SInterCard"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SInterCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SInterCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SInterCard"))
              .build();
        }
      }
    }
    return getSInterCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SInterStoreRequest,
      io.keyspace.v1.SInterStoreResponse> getSInterStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SInterStore",
      requestType = io.keyspace.v1.SInterStoreRequest.class,
      responseType = io.keyspace.v1.SInterStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SInterStoreRequest,
      io.keyspace.v1.SInterStoreResponse> getSInterStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SInterStoreRequest, io.keyspace.v1.SInterStoreResponse> getSInterStoreMethod;
    if ((getSInterStoreMethod = KeyspaceServiceGrpc.getSInterStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSInterStoreMethod = KeyspaceServiceGrpc.getSInterStoreMethod) == null) {
          KeyspaceServiceGrpc.getSInterStoreMethod = getSInterStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SInterStoreRequest, io.keyspace.v1.SInterStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SInterStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SInterStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SInterStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SInterStore"))
              .build();
        }
      }
    }
    return getSInterStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SUnionRequest,
      io.keyspace.v1.SUnionResponse> getSUnionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SUnion",
      requestType = io.keyspace.v1.SUnionRequest.class,
      responseType = io.keyspace.v1.SUnionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SUnionRequest,
      io.keyspace.v1.SUnionResponse> getSUnionMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SUnionRequest, io.keyspace.v1.SUnionResponse> getSUnionMethod;
    if ((getSUnionMethod = KeyspaceServiceGrpc.getSUnionMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSUnionMethod = KeyspaceServiceGrpc.getSUnionMethod) == null) {
          KeyspaceServiceGrpc.getSUnionMethod = getSUnionMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SUnionRequest, io.keyspace.v1.SUnionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SUnion"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SUnionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SUnionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SUnion"))
              .build();
        }
      }
    }
    return getSUnionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SUnionStoreRequest,
      io.keyspace.v1.SUnionStoreResponse> getSUnionStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SUnionStore",
      requestType = io.keyspace.v1.SUnionStoreRequest.class,
      responseType = io.keyspace.v1.SUnionStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SUnionStoreRequest,
      io.keyspace.v1.SUnionStoreResponse> getSUnionStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SUnionStoreRequest, io.keyspace.v1.SUnionStoreResponse> getSUnionStoreMethod;
    if ((getSUnionStoreMethod = KeyspaceServiceGrpc.getSUnionStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSUnionStoreMethod = KeyspaceServiceGrpc.getSUnionStoreMethod) == null) {
          KeyspaceServiceGrpc.getSUnionStoreMethod = getSUnionStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SUnionStoreRequest, io.keyspace.v1.SUnionStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SUnionStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SUnionStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SUnionStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SUnionStore"))
              .build();
        }
      }
    }
    return getSUnionStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SDiffRequest,
      io.keyspace.v1.SDiffResponse> getSDiffMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SDiff",
      requestType = io.keyspace.v1.SDiffRequest.class,
      responseType = io.keyspace.v1.SDiffResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SDiffRequest,
      io.keyspace.v1.SDiffResponse> getSDiffMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SDiffRequest, io.keyspace.v1.SDiffResponse> getSDiffMethod;
    if ((getSDiffMethod = KeyspaceServiceGrpc.getSDiffMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSDiffMethod = KeyspaceServiceGrpc.getSDiffMethod) == null) {
          KeyspaceServiceGrpc.getSDiffMethod = getSDiffMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SDiffRequest, io.keyspace.v1.SDiffResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SDiff"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SDiffRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SDiffResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SDiff"))
              .build();
        }
      }
    }
    return getSDiffMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SDiffStoreRequest,
      io.keyspace.v1.SDiffStoreResponse> getSDiffStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SDiffStore",
      requestType = io.keyspace.v1.SDiffStoreRequest.class,
      responseType = io.keyspace.v1.SDiffStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SDiffStoreRequest,
      io.keyspace.v1.SDiffStoreResponse> getSDiffStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SDiffStoreRequest, io.keyspace.v1.SDiffStoreResponse> getSDiffStoreMethod;
    if ((getSDiffStoreMethod = KeyspaceServiceGrpc.getSDiffStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSDiffStoreMethod = KeyspaceServiceGrpc.getSDiffStoreMethod) == null) {
          KeyspaceServiceGrpc.getSDiffStoreMethod = getSDiffStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SDiffStoreRequest, io.keyspace.v1.SDiffStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SDiffStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SDiffStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SDiffStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SDiffStore"))
              .build();
        }
      }
    }
    return getSDiffStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SScanRequest,
      io.keyspace.v1.SScanResponse> getSScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SScan",
      requestType = io.keyspace.v1.SScanRequest.class,
      responseType = io.keyspace.v1.SScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SScanRequest,
      io.keyspace.v1.SScanResponse> getSScanMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SScanRequest, io.keyspace.v1.SScanResponse> getSScanMethod;
    if ((getSScanMethod = KeyspaceServiceGrpc.getSScanMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSScanMethod = KeyspaceServiceGrpc.getSScanMethod) == null) {
          KeyspaceServiceGrpc.getSScanMethod = getSScanMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SScanRequest, io.keyspace.v1.SScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SScan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SScan"))
              .build();
        }
      }
    }
    return getSScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZAddRequest,
      io.keyspace.v1.ZAddResponse> getZAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZAdd",
      requestType = io.keyspace.v1.ZAddRequest.class,
      responseType = io.keyspace.v1.ZAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZAddRequest,
      io.keyspace.v1.ZAddResponse> getZAddMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZAddRequest, io.keyspace.v1.ZAddResponse> getZAddMethod;
    if ((getZAddMethod = KeyspaceServiceGrpc.getZAddMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZAddMethod = KeyspaceServiceGrpc.getZAddMethod) == null) {
          KeyspaceServiceGrpc.getZAddMethod = getZAddMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZAddRequest, io.keyspace.v1.ZAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZAdd"))
              .build();
        }
      }
    }
    return getZAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZIncrByRequest,
      io.keyspace.v1.ZIncrByResponse> getZIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZIncrBy",
      requestType = io.keyspace.v1.ZIncrByRequest.class,
      responseType = io.keyspace.v1.ZIncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZIncrByRequest,
      io.keyspace.v1.ZIncrByResponse> getZIncrByMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZIncrByRequest, io.keyspace.v1.ZIncrByResponse> getZIncrByMethod;
    if ((getZIncrByMethod = KeyspaceServiceGrpc.getZIncrByMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZIncrByMethod = KeyspaceServiceGrpc.getZIncrByMethod) == null) {
          KeyspaceServiceGrpc.getZIncrByMethod = getZIncrByMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZIncrByRequest, io.keyspace.v1.ZIncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZIncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZIncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZIncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZIncrBy"))
              .build();
        }
      }
    }
    return getZIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRequest,
      io.keyspace.v1.ZRemResponse> getZRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRem",
      requestType = io.keyspace.v1.ZRemRequest.class,
      responseType = io.keyspace.v1.ZRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRequest,
      io.keyspace.v1.ZRemResponse> getZRemMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRequest, io.keyspace.v1.ZRemResponse> getZRemMethod;
    if ((getZRemMethod = KeyspaceServiceGrpc.getZRemMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRemMethod = KeyspaceServiceGrpc.getZRemMethod) == null) {
          KeyspaceServiceGrpc.getZRemMethod = getZRemMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRemRequest, io.keyspace.v1.ZRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRem"))
              .build();
        }
      }
    }
    return getZRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZCardRequest,
      io.keyspace.v1.ZCardResponse> getZCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZCard",
      requestType = io.keyspace.v1.ZCardRequest.class,
      responseType = io.keyspace.v1.ZCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZCardRequest,
      io.keyspace.v1.ZCardResponse> getZCardMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZCardRequest, io.keyspace.v1.ZCardResponse> getZCardMethod;
    if ((getZCardMethod = KeyspaceServiceGrpc.getZCardMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZCardMethod = KeyspaceServiceGrpc.getZCardMethod) == null) {
          KeyspaceServiceGrpc.getZCardMethod = getZCardMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZCardRequest, io.keyspace.v1.ZCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZCard"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZCard"))
              .build();
        }
      }
    }
    return getZCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZScoreRequest,
      io.keyspace.v1.ZScoreResponse> getZScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZScore",
      requestType = io.keyspace.v1.ZScoreRequest.class,
      responseType = io.keyspace.v1.ZScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZScoreRequest,
      io.keyspace.v1.ZScoreResponse> getZScoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZScoreRequest, io.keyspace.v1.ZScoreResponse> getZScoreMethod;
    if ((getZScoreMethod = KeyspaceServiceGrpc.getZScoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZScoreMethod = KeyspaceServiceGrpc.getZScoreMethod) == null) {
          KeyspaceServiceGrpc.getZScoreMethod = getZScoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZScoreRequest, io.keyspace.v1.ZScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZScore"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZScore"))
              .build();
        }
      }
    }
    return getZScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZMScoreRequest,
      io.keyspace.v1.ZMScoreResponse> getZMScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZMScore",
      requestType = io.keyspace.v1.ZMScoreRequest.class,
      responseType = io.keyspace.v1.ZMScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZMScoreRequest,
      io.keyspace.v1.ZMScoreResponse> getZMScoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZMScoreRequest, io.keyspace.v1.ZMScoreResponse> getZMScoreMethod;
    if ((getZMScoreMethod = KeyspaceServiceGrpc.getZMScoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZMScoreMethod = KeyspaceServiceGrpc.getZMScoreMethod) == null) {
          KeyspaceServiceGrpc.getZMScoreMethod = getZMScoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZMScoreRequest, io.keyspace.v1.ZMScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZMScore"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZMScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZMScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZMScore"))
              .build();
        }
      }
    }
    return getZMScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZCountRequest,
      io.keyspace.v1.ZCountResponse> getZCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZCount",
      requestType = io.keyspace.v1.ZCountRequest.class,
      responseType = io.keyspace.v1.ZCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZCountRequest,
      io.keyspace.v1.ZCountResponse> getZCountMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZCountRequest, io.keyspace.v1.ZCountResponse> getZCountMethod;
    if ((getZCountMethod = KeyspaceServiceGrpc.getZCountMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZCountMethod = KeyspaceServiceGrpc.getZCountMethod) == null) {
          KeyspaceServiceGrpc.getZCountMethod = getZCountMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZCountRequest, io.keyspace.v1.ZCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZCount"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZCount"))
              .build();
        }
      }
    }
    return getZCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZLexCountRequest,
      io.keyspace.v1.ZLexCountResponse> getZLexCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZLexCount",
      requestType = io.keyspace.v1.ZLexCountRequest.class,
      responseType = io.keyspace.v1.ZLexCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZLexCountRequest,
      io.keyspace.v1.ZLexCountResponse> getZLexCountMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZLexCountRequest, io.keyspace.v1.ZLexCountResponse> getZLexCountMethod;
    if ((getZLexCountMethod = KeyspaceServiceGrpc.getZLexCountMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZLexCountMethod = KeyspaceServiceGrpc.getZLexCountMethod) == null) {
          KeyspaceServiceGrpc.getZLexCountMethod = getZLexCountMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZLexCountRequest, io.keyspace.v1.ZLexCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZLexCount"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZLexCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZLexCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZLexCount"))
              .build();
        }
      }
    }
    return getZLexCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRankRequest,
      io.keyspace.v1.ZRankResponse> getZRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRank",
      requestType = io.keyspace.v1.ZRankRequest.class,
      responseType = io.keyspace.v1.ZRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRankRequest,
      io.keyspace.v1.ZRankResponse> getZRankMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRankRequest, io.keyspace.v1.ZRankResponse> getZRankMethod;
    if ((getZRankMethod = KeyspaceServiceGrpc.getZRankMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRankMethod = KeyspaceServiceGrpc.getZRankMethod) == null) {
          KeyspaceServiceGrpc.getZRankMethod = getZRankMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRankRequest, io.keyspace.v1.ZRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRank"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRank"))
              .build();
        }
      }
    }
    return getZRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRankRequest,
      io.keyspace.v1.ZRevRankResponse> getZRevRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRank",
      requestType = io.keyspace.v1.ZRevRankRequest.class,
      responseType = io.keyspace.v1.ZRevRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRankRequest,
      io.keyspace.v1.ZRevRankResponse> getZRevRankMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRankRequest, io.keyspace.v1.ZRevRankResponse> getZRevRankMethod;
    if ((getZRevRankMethod = KeyspaceServiceGrpc.getZRevRankMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRevRankMethod = KeyspaceServiceGrpc.getZRevRankMethod) == null) {
          KeyspaceServiceGrpc.getZRevRankMethod = getZRevRankMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRevRankRequest, io.keyspace.v1.ZRevRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRank"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRevRank"))
              .build();
        }
      }
    }
    return getZRevRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeRequest,
      io.keyspace.v1.ZRangeResponse> getZRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRange",
      requestType = io.keyspace.v1.ZRangeRequest.class,
      responseType = io.keyspace.v1.ZRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeRequest,
      io.keyspace.v1.ZRangeResponse> getZRangeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeRequest, io.keyspace.v1.ZRangeResponse> getZRangeMethod;
    if ((getZRangeMethod = KeyspaceServiceGrpc.getZRangeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRangeMethod = KeyspaceServiceGrpc.getZRangeMethod) == null) {
          KeyspaceServiceGrpc.getZRangeMethod = getZRangeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRangeRequest, io.keyspace.v1.ZRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRange"))
              .build();
        }
      }
    }
    return getZRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeStoreRequest,
      io.keyspace.v1.ZRangeStoreResponse> getZRangeStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRangeStore",
      requestType = io.keyspace.v1.ZRangeStoreRequest.class,
      responseType = io.keyspace.v1.ZRangeStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeStoreRequest,
      io.keyspace.v1.ZRangeStoreResponse> getZRangeStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeStoreRequest, io.keyspace.v1.ZRangeStoreResponse> getZRangeStoreMethod;
    if ((getZRangeStoreMethod = KeyspaceServiceGrpc.getZRangeStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRangeStoreMethod = KeyspaceServiceGrpc.getZRangeStoreMethod) == null) {
          KeyspaceServiceGrpc.getZRangeStoreMethod = getZRangeStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRangeStoreRequest, io.keyspace.v1.ZRangeStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRangeStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRangeStore"))
              .build();
        }
      }
    }
    return getZRangeStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeByScoreRequest,
      io.keyspace.v1.ZRangeByScoreResponse> getZRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRangeByScore",
      requestType = io.keyspace.v1.ZRangeByScoreRequest.class,
      responseType = io.keyspace.v1.ZRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeByScoreRequest,
      io.keyspace.v1.ZRangeByScoreResponse> getZRangeByScoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeByScoreRequest, io.keyspace.v1.ZRangeByScoreResponse> getZRangeByScoreMethod;
    if ((getZRangeByScoreMethod = KeyspaceServiceGrpc.getZRangeByScoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRangeByScoreMethod = KeyspaceServiceGrpc.getZRangeByScoreMethod) == null) {
          KeyspaceServiceGrpc.getZRangeByScoreMethod = getZRangeByScoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRangeByScoreRequest, io.keyspace.v1.ZRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRangeByScore"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRangeByScore"))
              .build();
        }
      }
    }
    return getZRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeByScoreRequest,
      io.keyspace.v1.ZRevRangeByScoreResponse> getZRevRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRangeByScore",
      requestType = io.keyspace.v1.ZRevRangeByScoreRequest.class,
      responseType = io.keyspace.v1.ZRevRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeByScoreRequest,
      io.keyspace.v1.ZRevRangeByScoreResponse> getZRevRangeByScoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeByScoreRequest, io.keyspace.v1.ZRevRangeByScoreResponse> getZRevRangeByScoreMethod;
    if ((getZRevRangeByScoreMethod = KeyspaceServiceGrpc.getZRevRangeByScoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRevRangeByScoreMethod = KeyspaceServiceGrpc.getZRevRangeByScoreMethod) == null) {
          KeyspaceServiceGrpc.getZRevRangeByScoreMethod = getZRevRangeByScoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRevRangeByScoreRequest, io.keyspace.v1.ZRevRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRangeByScore"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRevRangeByScore"))
              .build();
        }
      }
    }
    return getZRevRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeByLexRequest,
      io.keyspace.v1.ZRangeByLexResponse> getZRangeByLexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRangeByLex",
      requestType = io.keyspace.v1.ZRangeByLexRequest.class,
      responseType = io.keyspace.v1.ZRangeByLexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeByLexRequest,
      io.keyspace.v1.ZRangeByLexResponse> getZRangeByLexMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRangeByLexRequest, io.keyspace.v1.ZRangeByLexResponse> getZRangeByLexMethod;
    if ((getZRangeByLexMethod = KeyspaceServiceGrpc.getZRangeByLexMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRangeByLexMethod = KeyspaceServiceGrpc.getZRangeByLexMethod) == null) {
          KeyspaceServiceGrpc.getZRangeByLexMethod = getZRangeByLexMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRangeByLexRequest, io.keyspace.v1.ZRangeByLexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRangeByLex"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeByLexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRangeByLexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRangeByLex"))
              .build();
        }
      }
    }
    return getZRangeByLexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeByLexRequest,
      io.keyspace.v1.ZRevRangeByLexResponse> getZRevRangeByLexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRangeByLex",
      requestType = io.keyspace.v1.ZRevRangeByLexRequest.class,
      responseType = io.keyspace.v1.ZRevRangeByLexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeByLexRequest,
      io.keyspace.v1.ZRevRangeByLexResponse> getZRevRangeByLexMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeByLexRequest, io.keyspace.v1.ZRevRangeByLexResponse> getZRevRangeByLexMethod;
    if ((getZRevRangeByLexMethod = KeyspaceServiceGrpc.getZRevRangeByLexMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRevRangeByLexMethod = KeyspaceServiceGrpc.getZRevRangeByLexMethod) == null) {
          KeyspaceServiceGrpc.getZRevRangeByLexMethod = getZRevRangeByLexMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRevRangeByLexRequest, io.keyspace.v1.ZRevRangeByLexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRangeByLex"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRangeByLexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRangeByLexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRevRangeByLex"))
              .build();
        }
      }
    }
    return getZRevRangeByLexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeRequest,
      io.keyspace.v1.ZRevRangeResponse> getZRevRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRange",
      requestType = io.keyspace.v1.ZRevRangeRequest.class,
      responseType = io.keyspace.v1.ZRevRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeRequest,
      io.keyspace.v1.ZRevRangeResponse> getZRevRangeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRevRangeRequest, io.keyspace.v1.ZRevRangeResponse> getZRevRangeMethod;
    if ((getZRevRangeMethod = KeyspaceServiceGrpc.getZRevRangeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRevRangeMethod = KeyspaceServiceGrpc.getZRevRangeMethod) == null) {
          KeyspaceServiceGrpc.getZRevRangeMethod = getZRevRangeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRevRangeRequest, io.keyspace.v1.ZRevRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRevRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRevRange"))
              .build();
        }
      }
    }
    return getZRevRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByRankRequest,
      io.keyspace.v1.ZRemRangeByRankResponse> getZRemRangeByRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRemRangeByRank",
      requestType = io.keyspace.v1.ZRemRangeByRankRequest.class,
      responseType = io.keyspace.v1.ZRemRangeByRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByRankRequest,
      io.keyspace.v1.ZRemRangeByRankResponse> getZRemRangeByRankMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByRankRequest, io.keyspace.v1.ZRemRangeByRankResponse> getZRemRangeByRankMethod;
    if ((getZRemRangeByRankMethod = KeyspaceServiceGrpc.getZRemRangeByRankMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRemRangeByRankMethod = KeyspaceServiceGrpc.getZRemRangeByRankMethod) == null) {
          KeyspaceServiceGrpc.getZRemRangeByRankMethod = getZRemRangeByRankMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRemRangeByRankRequest, io.keyspace.v1.ZRemRangeByRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRemRangeByRank"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRangeByRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRangeByRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRemRangeByRank"))
              .build();
        }
      }
    }
    return getZRemRangeByRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByScoreRequest,
      io.keyspace.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRemRangeByScore",
      requestType = io.keyspace.v1.ZRemRangeByScoreRequest.class,
      responseType = io.keyspace.v1.ZRemRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByScoreRequest,
      io.keyspace.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByScoreRequest, io.keyspace.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod;
    if ((getZRemRangeByScoreMethod = KeyspaceServiceGrpc.getZRemRangeByScoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRemRangeByScoreMethod = KeyspaceServiceGrpc.getZRemRangeByScoreMethod) == null) {
          KeyspaceServiceGrpc.getZRemRangeByScoreMethod = getZRemRangeByScoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRemRangeByScoreRequest, io.keyspace.v1.ZRemRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRemRangeByScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRemRangeByScore"))
              .build();
        }
      }
    }
    return getZRemRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByLexRequest,
      io.keyspace.v1.ZRemRangeByLexResponse> getZRemRangeByLexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRemRangeByLex",
      requestType = io.keyspace.v1.ZRemRangeByLexRequest.class,
      responseType = io.keyspace.v1.ZRemRangeByLexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByLexRequest,
      io.keyspace.v1.ZRemRangeByLexResponse> getZRemRangeByLexMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRemRangeByLexRequest, io.keyspace.v1.ZRemRangeByLexResponse> getZRemRangeByLexMethod;
    if ((getZRemRangeByLexMethod = KeyspaceServiceGrpc.getZRemRangeByLexMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRemRangeByLexMethod = KeyspaceServiceGrpc.getZRemRangeByLexMethod) == null) {
          KeyspaceServiceGrpc.getZRemRangeByLexMethod = getZRemRangeByLexMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRemRangeByLexRequest, io.keyspace.v1.ZRemRangeByLexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRemRangeByLex"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRangeByLexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRemRangeByLexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRemRangeByLex"))
              .build();
        }
      }
    }
    return getZRemRangeByLexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZPopMinRequest,
      io.keyspace.v1.ZPopMinResponse> getZPopMinMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZPopMin",
      requestType = io.keyspace.v1.ZPopMinRequest.class,
      responseType = io.keyspace.v1.ZPopMinResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZPopMinRequest,
      io.keyspace.v1.ZPopMinResponse> getZPopMinMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZPopMinRequest, io.keyspace.v1.ZPopMinResponse> getZPopMinMethod;
    if ((getZPopMinMethod = KeyspaceServiceGrpc.getZPopMinMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZPopMinMethod = KeyspaceServiceGrpc.getZPopMinMethod) == null) {
          KeyspaceServiceGrpc.getZPopMinMethod = getZPopMinMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZPopMinRequest, io.keyspace.v1.ZPopMinResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZPopMin"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZPopMinRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZPopMinResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZPopMin"))
              .build();
        }
      }
    }
    return getZPopMinMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZPopMaxRequest,
      io.keyspace.v1.ZPopMaxResponse> getZPopMaxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZPopMax",
      requestType = io.keyspace.v1.ZPopMaxRequest.class,
      responseType = io.keyspace.v1.ZPopMaxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZPopMaxRequest,
      io.keyspace.v1.ZPopMaxResponse> getZPopMaxMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZPopMaxRequest, io.keyspace.v1.ZPopMaxResponse> getZPopMaxMethod;
    if ((getZPopMaxMethod = KeyspaceServiceGrpc.getZPopMaxMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZPopMaxMethod = KeyspaceServiceGrpc.getZPopMaxMethod) == null) {
          KeyspaceServiceGrpc.getZPopMaxMethod = getZPopMaxMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZPopMaxRequest, io.keyspace.v1.ZPopMaxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZPopMax"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZPopMaxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZPopMaxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZPopMax"))
              .build();
        }
      }
    }
    return getZPopMaxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZMPopRequest,
      io.keyspace.v1.ZMPopResponse> getZMPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZMPop",
      requestType = io.keyspace.v1.ZMPopRequest.class,
      responseType = io.keyspace.v1.ZMPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZMPopRequest,
      io.keyspace.v1.ZMPopResponse> getZMPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZMPopRequest, io.keyspace.v1.ZMPopResponse> getZMPopMethod;
    if ((getZMPopMethod = KeyspaceServiceGrpc.getZMPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZMPopMethod = KeyspaceServiceGrpc.getZMPopMethod) == null) {
          KeyspaceServiceGrpc.getZMPopMethod = getZMPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZMPopRequest, io.keyspace.v1.ZMPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZMPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZMPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZMPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZMPop"))
              .build();
        }
      }
    }
    return getZMPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZRandMemberRequest,
      io.keyspace.v1.ZRandMemberResponse> getZRandMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRandMember",
      requestType = io.keyspace.v1.ZRandMemberRequest.class,
      responseType = io.keyspace.v1.ZRandMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZRandMemberRequest,
      io.keyspace.v1.ZRandMemberResponse> getZRandMemberMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZRandMemberRequest, io.keyspace.v1.ZRandMemberResponse> getZRandMemberMethod;
    if ((getZRandMemberMethod = KeyspaceServiceGrpc.getZRandMemberMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZRandMemberMethod = KeyspaceServiceGrpc.getZRandMemberMethod) == null) {
          KeyspaceServiceGrpc.getZRandMemberMethod = getZRandMemberMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZRandMemberRequest, io.keyspace.v1.ZRandMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRandMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRandMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZRandMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZRandMember"))
              .build();
        }
      }
    }
    return getZRandMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZUnionRequest,
      io.keyspace.v1.ZUnionResponse> getZUnionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZUnion",
      requestType = io.keyspace.v1.ZUnionRequest.class,
      responseType = io.keyspace.v1.ZUnionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZUnionRequest,
      io.keyspace.v1.ZUnionResponse> getZUnionMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZUnionRequest, io.keyspace.v1.ZUnionResponse> getZUnionMethod;
    if ((getZUnionMethod = KeyspaceServiceGrpc.getZUnionMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZUnionMethod = KeyspaceServiceGrpc.getZUnionMethod) == null) {
          KeyspaceServiceGrpc.getZUnionMethod = getZUnionMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZUnionRequest, io.keyspace.v1.ZUnionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZUnion"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZUnionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZUnionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZUnion"))
              .build();
        }
      }
    }
    return getZUnionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZInterRequest,
      io.keyspace.v1.ZInterResponse> getZInterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZInter",
      requestType = io.keyspace.v1.ZInterRequest.class,
      responseType = io.keyspace.v1.ZInterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZInterRequest,
      io.keyspace.v1.ZInterResponse> getZInterMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZInterRequest, io.keyspace.v1.ZInterResponse> getZInterMethod;
    if ((getZInterMethod = KeyspaceServiceGrpc.getZInterMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZInterMethod = KeyspaceServiceGrpc.getZInterMethod) == null) {
          KeyspaceServiceGrpc.getZInterMethod = getZInterMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZInterRequest, io.keyspace.v1.ZInterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZInter"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZInterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZInterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZInter"))
              .build();
        }
      }
    }
    return getZInterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZDiffRequest,
      io.keyspace.v1.ZDiffResponse> getZDiffMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZDiff",
      requestType = io.keyspace.v1.ZDiffRequest.class,
      responseType = io.keyspace.v1.ZDiffResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZDiffRequest,
      io.keyspace.v1.ZDiffResponse> getZDiffMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZDiffRequest, io.keyspace.v1.ZDiffResponse> getZDiffMethod;
    if ((getZDiffMethod = KeyspaceServiceGrpc.getZDiffMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZDiffMethod = KeyspaceServiceGrpc.getZDiffMethod) == null) {
          KeyspaceServiceGrpc.getZDiffMethod = getZDiffMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZDiffRequest, io.keyspace.v1.ZDiffResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZDiff"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZDiffRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZDiffResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZDiff"))
              .build();
        }
      }
    }
    return getZDiffMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZUnionStoreRequest,
      io.keyspace.v1.ZUnionStoreResponse> getZUnionStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZUnionStore",
      requestType = io.keyspace.v1.ZUnionStoreRequest.class,
      responseType = io.keyspace.v1.ZUnionStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZUnionStoreRequest,
      io.keyspace.v1.ZUnionStoreResponse> getZUnionStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZUnionStoreRequest, io.keyspace.v1.ZUnionStoreResponse> getZUnionStoreMethod;
    if ((getZUnionStoreMethod = KeyspaceServiceGrpc.getZUnionStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZUnionStoreMethod = KeyspaceServiceGrpc.getZUnionStoreMethod) == null) {
          KeyspaceServiceGrpc.getZUnionStoreMethod = getZUnionStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZUnionStoreRequest, io.keyspace.v1.ZUnionStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZUnionStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZUnionStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZUnionStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZUnionStore"))
              .build();
        }
      }
    }
    return getZUnionStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZInterStoreRequest,
      io.keyspace.v1.ZInterStoreResponse> getZInterStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZInterStore",
      requestType = io.keyspace.v1.ZInterStoreRequest.class,
      responseType = io.keyspace.v1.ZInterStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZInterStoreRequest,
      io.keyspace.v1.ZInterStoreResponse> getZInterStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZInterStoreRequest, io.keyspace.v1.ZInterStoreResponse> getZInterStoreMethod;
    if ((getZInterStoreMethod = KeyspaceServiceGrpc.getZInterStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZInterStoreMethod = KeyspaceServiceGrpc.getZInterStoreMethod) == null) {
          KeyspaceServiceGrpc.getZInterStoreMethod = getZInterStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZInterStoreRequest, io.keyspace.v1.ZInterStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZInterStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZInterStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZInterStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZInterStore"))
              .build();
        }
      }
    }
    return getZInterStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZDiffStoreRequest,
      io.keyspace.v1.ZDiffStoreResponse> getZDiffStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZDiffStore",
      requestType = io.keyspace.v1.ZDiffStoreRequest.class,
      responseType = io.keyspace.v1.ZDiffStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZDiffStoreRequest,
      io.keyspace.v1.ZDiffStoreResponse> getZDiffStoreMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZDiffStoreRequest, io.keyspace.v1.ZDiffStoreResponse> getZDiffStoreMethod;
    if ((getZDiffStoreMethod = KeyspaceServiceGrpc.getZDiffStoreMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZDiffStoreMethod = KeyspaceServiceGrpc.getZDiffStoreMethod) == null) {
          KeyspaceServiceGrpc.getZDiffStoreMethod = getZDiffStoreMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZDiffStoreRequest, io.keyspace.v1.ZDiffStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZDiffStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZDiffStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZDiffStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZDiffStore"))
              .build();
        }
      }
    }
    return getZDiffStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZInterCardRequest,
      io.keyspace.v1.ZInterCardResponse> getZInterCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZInterCard",
      requestType = io.keyspace.v1.ZInterCardRequest.class,
      responseType = io.keyspace.v1.ZInterCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZInterCardRequest,
      io.keyspace.v1.ZInterCardResponse> getZInterCardMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZInterCardRequest, io.keyspace.v1.ZInterCardResponse> getZInterCardMethod;
    if ((getZInterCardMethod = KeyspaceServiceGrpc.getZInterCardMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZInterCardMethod = KeyspaceServiceGrpc.getZInterCardMethod) == null) {
          KeyspaceServiceGrpc.getZInterCardMethod = getZInterCardMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZInterCardRequest, io.keyspace.v1.ZInterCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZInterCard"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZInterCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZInterCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZInterCard"))
              .build();
        }
      }
    }
    return getZInterCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ZScanRequest,
      io.keyspace.v1.ZScanResponse> getZScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZScan",
      requestType = io.keyspace.v1.ZScanRequest.class,
      responseType = io.keyspace.v1.ZScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ZScanRequest,
      io.keyspace.v1.ZScanResponse> getZScanMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ZScanRequest, io.keyspace.v1.ZScanResponse> getZScanMethod;
    if ((getZScanMethod = KeyspaceServiceGrpc.getZScanMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getZScanMethod = KeyspaceServiceGrpc.getZScanMethod) == null) {
          KeyspaceServiceGrpc.getZScanMethod = getZScanMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ZScanRequest, io.keyspace.v1.ZScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZScan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ZScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("ZScan"))
              .build();
        }
      }
    }
    return getZScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BZPopMinRequest,
      io.keyspace.v1.BZPopMinResponse> getBZPopMinMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BZPopMin",
      requestType = io.keyspace.v1.BZPopMinRequest.class,
      responseType = io.keyspace.v1.BZPopMinResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BZPopMinRequest,
      io.keyspace.v1.BZPopMinResponse> getBZPopMinMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BZPopMinRequest, io.keyspace.v1.BZPopMinResponse> getBZPopMinMethod;
    if ((getBZPopMinMethod = KeyspaceServiceGrpc.getBZPopMinMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBZPopMinMethod = KeyspaceServiceGrpc.getBZPopMinMethod) == null) {
          KeyspaceServiceGrpc.getBZPopMinMethod = getBZPopMinMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BZPopMinRequest, io.keyspace.v1.BZPopMinResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BZPopMin"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BZPopMinRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BZPopMinResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BZPopMin"))
              .build();
        }
      }
    }
    return getBZPopMinMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BZPopMaxRequest,
      io.keyspace.v1.BZPopMaxResponse> getBZPopMaxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BZPopMax",
      requestType = io.keyspace.v1.BZPopMaxRequest.class,
      responseType = io.keyspace.v1.BZPopMaxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BZPopMaxRequest,
      io.keyspace.v1.BZPopMaxResponse> getBZPopMaxMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BZPopMaxRequest, io.keyspace.v1.BZPopMaxResponse> getBZPopMaxMethod;
    if ((getBZPopMaxMethod = KeyspaceServiceGrpc.getBZPopMaxMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBZPopMaxMethod = KeyspaceServiceGrpc.getBZPopMaxMethod) == null) {
          KeyspaceServiceGrpc.getBZPopMaxMethod = getBZPopMaxMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BZPopMaxRequest, io.keyspace.v1.BZPopMaxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BZPopMax"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BZPopMaxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BZPopMaxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BZPopMax"))
              .build();
        }
      }
    }
    return getBZPopMaxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.BZMPopRequest,
      io.keyspace.v1.BZMPopResponse> getBZMPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BZMPop",
      requestType = io.keyspace.v1.BZMPopRequest.class,
      responseType = io.keyspace.v1.BZMPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.BZMPopRequest,
      io.keyspace.v1.BZMPopResponse> getBZMPopMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.BZMPopRequest, io.keyspace.v1.BZMPopResponse> getBZMPopMethod;
    if ((getBZMPopMethod = KeyspaceServiceGrpc.getBZMPopMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getBZMPopMethod = KeyspaceServiceGrpc.getBZMPopMethod) == null) {
          KeyspaceServiceGrpc.getBZMPopMethod = getBZMPopMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.BZMPopRequest, io.keyspace.v1.BZMPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BZMPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BZMPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.BZMPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("BZMPop"))
              .build();
        }
      }
    }
    return getBZMPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.WatchRequest,
      io.keyspace.v1.WatchResponse> getWatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Watch",
      requestType = io.keyspace.v1.WatchRequest.class,
      responseType = io.keyspace.v1.WatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.WatchRequest,
      io.keyspace.v1.WatchResponse> getWatchMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.WatchRequest, io.keyspace.v1.WatchResponse> getWatchMethod;
    if ((getWatchMethod = KeyspaceServiceGrpc.getWatchMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getWatchMethod = KeyspaceServiceGrpc.getWatchMethod) == null) {
          KeyspaceServiceGrpc.getWatchMethod = getWatchMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.WatchRequest, io.keyspace.v1.WatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Watch"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.WatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.WatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Watch"))
              .build();
        }
      }
    }
    return getWatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.ExecRequest,
      io.keyspace.v1.ExecResponse> getExecMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Exec",
      requestType = io.keyspace.v1.ExecRequest.class,
      responseType = io.keyspace.v1.ExecResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.ExecRequest,
      io.keyspace.v1.ExecResponse> getExecMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.ExecRequest, io.keyspace.v1.ExecResponse> getExecMethod;
    if ((getExecMethod = KeyspaceServiceGrpc.getExecMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getExecMethod = KeyspaceServiceGrpc.getExecMethod) == null) {
          KeyspaceServiceGrpc.getExecMethod = getExecMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.ExecRequest, io.keyspace.v1.ExecResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Exec"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExecRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.ExecResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Exec"))
              .build();
        }
      }
    }
    return getExecMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PublishRequest,
      io.keyspace.v1.PublishResponse> getPublishMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Publish",
      requestType = io.keyspace.v1.PublishRequest.class,
      responseType = io.keyspace.v1.PublishResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PublishRequest,
      io.keyspace.v1.PublishResponse> getPublishMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PublishRequest, io.keyspace.v1.PublishResponse> getPublishMethod;
    if ((getPublishMethod = KeyspaceServiceGrpc.getPublishMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPublishMethod = KeyspaceServiceGrpc.getPublishMethod) == null) {
          KeyspaceServiceGrpc.getPublishMethod = getPublishMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PublishRequest, io.keyspace.v1.PublishResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Publish"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PublishRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PublishResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Publish"))
              .build();
        }
      }
    }
    return getPublishMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SPublishRequest,
      io.keyspace.v1.SPublishResponse> getSPublishMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SPublish",
      requestType = io.keyspace.v1.SPublishRequest.class,
      responseType = io.keyspace.v1.SPublishResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SPublishRequest,
      io.keyspace.v1.SPublishResponse> getSPublishMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SPublishRequest, io.keyspace.v1.SPublishResponse> getSPublishMethod;
    if ((getSPublishMethod = KeyspaceServiceGrpc.getSPublishMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSPublishMethod = KeyspaceServiceGrpc.getSPublishMethod) == null) {
          KeyspaceServiceGrpc.getSPublishMethod = getSPublishMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SPublishRequest, io.keyspace.v1.SPublishResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SPublish"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SPublishRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SPublishResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("SPublish"))
              .build();
        }
      }
    }
    return getSPublishMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PubSubChannelsRequest,
      io.keyspace.v1.PubSubChannelsResponse> getPubSubChannelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PubSubChannels",
      requestType = io.keyspace.v1.PubSubChannelsRequest.class,
      responseType = io.keyspace.v1.PubSubChannelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PubSubChannelsRequest,
      io.keyspace.v1.PubSubChannelsResponse> getPubSubChannelsMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PubSubChannelsRequest, io.keyspace.v1.PubSubChannelsResponse> getPubSubChannelsMethod;
    if ((getPubSubChannelsMethod = KeyspaceServiceGrpc.getPubSubChannelsMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPubSubChannelsMethod = KeyspaceServiceGrpc.getPubSubChannelsMethod) == null) {
          KeyspaceServiceGrpc.getPubSubChannelsMethod = getPubSubChannelsMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PubSubChannelsRequest, io.keyspace.v1.PubSubChannelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PubSubChannels"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubChannelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubChannelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PubSubChannels"))
              .build();
        }
      }
    }
    return getPubSubChannelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PubSubNumSubRequest,
      io.keyspace.v1.PubSubNumSubResponse> getPubSubNumSubMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PubSubNumSub",
      requestType = io.keyspace.v1.PubSubNumSubRequest.class,
      responseType = io.keyspace.v1.PubSubNumSubResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PubSubNumSubRequest,
      io.keyspace.v1.PubSubNumSubResponse> getPubSubNumSubMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PubSubNumSubRequest, io.keyspace.v1.PubSubNumSubResponse> getPubSubNumSubMethod;
    if ((getPubSubNumSubMethod = KeyspaceServiceGrpc.getPubSubNumSubMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPubSubNumSubMethod = KeyspaceServiceGrpc.getPubSubNumSubMethod) == null) {
          KeyspaceServiceGrpc.getPubSubNumSubMethod = getPubSubNumSubMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PubSubNumSubRequest, io.keyspace.v1.PubSubNumSubResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PubSubNumSub"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubNumSubRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubNumSubResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PubSubNumSub"))
              .build();
        }
      }
    }
    return getPubSubNumSubMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PubSubNumPatRequest,
      io.keyspace.v1.PubSubNumPatResponse> getPubSubNumPatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PubSubNumPat",
      requestType = io.keyspace.v1.PubSubNumPatRequest.class,
      responseType = io.keyspace.v1.PubSubNumPatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PubSubNumPatRequest,
      io.keyspace.v1.PubSubNumPatResponse> getPubSubNumPatMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PubSubNumPatRequest, io.keyspace.v1.PubSubNumPatResponse> getPubSubNumPatMethod;
    if ((getPubSubNumPatMethod = KeyspaceServiceGrpc.getPubSubNumPatMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPubSubNumPatMethod = KeyspaceServiceGrpc.getPubSubNumPatMethod) == null) {
          KeyspaceServiceGrpc.getPubSubNumPatMethod = getPubSubNumPatMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PubSubNumPatRequest, io.keyspace.v1.PubSubNumPatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PubSubNumPat"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubNumPatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubNumPatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PubSubNumPat"))
              .build();
        }
      }
    }
    return getPubSubNumPatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PubSubShardChannelsRequest,
      io.keyspace.v1.PubSubShardChannelsResponse> getPubSubShardChannelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PubSubShardChannels",
      requestType = io.keyspace.v1.PubSubShardChannelsRequest.class,
      responseType = io.keyspace.v1.PubSubShardChannelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PubSubShardChannelsRequest,
      io.keyspace.v1.PubSubShardChannelsResponse> getPubSubShardChannelsMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PubSubShardChannelsRequest, io.keyspace.v1.PubSubShardChannelsResponse> getPubSubShardChannelsMethod;
    if ((getPubSubShardChannelsMethod = KeyspaceServiceGrpc.getPubSubShardChannelsMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPubSubShardChannelsMethod = KeyspaceServiceGrpc.getPubSubShardChannelsMethod) == null) {
          KeyspaceServiceGrpc.getPubSubShardChannelsMethod = getPubSubShardChannelsMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PubSubShardChannelsRequest, io.keyspace.v1.PubSubShardChannelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PubSubShardChannels"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubShardChannelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubShardChannelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PubSubShardChannels"))
              .build();
        }
      }
    }
    return getPubSubShardChannelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PubSubShardNumSubRequest,
      io.keyspace.v1.PubSubShardNumSubResponse> getPubSubShardNumSubMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PubSubShardNumSub",
      requestType = io.keyspace.v1.PubSubShardNumSubRequest.class,
      responseType = io.keyspace.v1.PubSubShardNumSubResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PubSubShardNumSubRequest,
      io.keyspace.v1.PubSubShardNumSubResponse> getPubSubShardNumSubMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PubSubShardNumSubRequest, io.keyspace.v1.PubSubShardNumSubResponse> getPubSubShardNumSubMethod;
    if ((getPubSubShardNumSubMethod = KeyspaceServiceGrpc.getPubSubShardNumSubMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPubSubShardNumSubMethod = KeyspaceServiceGrpc.getPubSubShardNumSubMethod) == null) {
          KeyspaceServiceGrpc.getPubSubShardNumSubMethod = getPubSubShardNumSubMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PubSubShardNumSubRequest, io.keyspace.v1.PubSubShardNumSubResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PubSubShardNumSub"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubShardNumSubRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PubSubShardNumSubResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("PubSubShardNumSub"))
              .build();
        }
      }
    }
    return getPubSubShardNumSubMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.SubscribeRequest,
      io.keyspace.v1.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = io.keyspace.v1.SubscribeRequest.class,
      responseType = io.keyspace.v1.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.SubscribeRequest,
      io.keyspace.v1.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.SubscribeRequest, io.keyspace.v1.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = KeyspaceServiceGrpc.getSubscribeMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getSubscribeMethod = KeyspaceServiceGrpc.getSubscribeMethod) == null) {
          KeyspaceServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.SubscribeRequest, io.keyspace.v1.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.keyspace.v1.PipelineRequest,
      io.keyspace.v1.PipelineResponse> getPipelineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Pipeline",
      requestType = io.keyspace.v1.PipelineRequest.class,
      responseType = io.keyspace.v1.PipelineResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<io.keyspace.v1.PipelineRequest,
      io.keyspace.v1.PipelineResponse> getPipelineMethod() {
    io.grpc.MethodDescriptor<io.keyspace.v1.PipelineRequest, io.keyspace.v1.PipelineResponse> getPipelineMethod;
    if ((getPipelineMethod = KeyspaceServiceGrpc.getPipelineMethod) == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        if ((getPipelineMethod = KeyspaceServiceGrpc.getPipelineMethod) == null) {
          KeyspaceServiceGrpc.getPipelineMethod = getPipelineMethod =
              io.grpc.MethodDescriptor.<io.keyspace.v1.PipelineRequest, io.keyspace.v1.PipelineResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Pipeline"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PipelineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.keyspace.v1.PipelineResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KeyspaceServiceMethodDescriptorSupplier("Pipeline"))
              .build();
        }
      }
    }
    return getPipelineMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static KeyspaceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceStub>() {
        @java.lang.Override
        public KeyspaceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KeyspaceServiceStub(channel, callOptions);
        }
      };
    return KeyspaceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static KeyspaceServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceBlockingV2Stub>() {
        @java.lang.Override
        public KeyspaceServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KeyspaceServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return KeyspaceServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static KeyspaceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceBlockingStub>() {
        @java.lang.Override
        public KeyspaceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KeyspaceServiceBlockingStub(channel, callOptions);
        }
      };
    return KeyspaceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static KeyspaceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KeyspaceServiceFutureStub>() {
        @java.lang.Override
        public KeyspaceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KeyspaceServiceFutureStub(channel, callOptions);
        }
      };
    return KeyspaceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
   * command: an RPC's name lowercased is the Redis command name without spaces
   * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
   * ends its call with a status whose message is Redis's error text and whose
   * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
   * its reason. Each command runs atomically.
   * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
   * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
   * after a failure. Any other RPC may have run before the failure.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Checks that the server answers (PING).
     * </pre>
     */
    default void ping(io.keyspace.v1.PingRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks the server to return a message (ECHO).
     * </pre>
     */
    default void echo(io.keyspace.v1.EchoRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.EchoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEchoMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks for the server's clock (TIME).
     * </pre>
     */
    default void time(io.keyspace.v1.TimeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TimeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTimeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks how many keys the database holds (DBSIZE).
     * </pre>
     */
    default void dbSize(io.keyspace.v1.DbSizeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DbSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDbSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes every key of the database (FLUSHDB).
     * </pre>
     */
    default void flushDb(io.keyspace.v1.FlushDbRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.FlushDbResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFlushDbMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes every key of every database (FLUSHALL).
     * </pre>
     */
    default void flushAll(io.keyspace.v1.FlushAllRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.FlushAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFlushAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks for the server's state as Redis's INFO text (INFO).
     * </pre>
     */
    default void info(io.keyspace.v1.InfoRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.InfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * Rewrites the append-only file in the background, compacting it to one
     * base file (BGREWRITEAOF).
     * </pre>
     */
    default void bgRewriteAof(io.keyspace.v1.BgRewriteAofRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BgRewriteAofResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBgRewriteAofMethod(), responseObserver);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk, blocking meanwhile (SAVE).
     * </pre>
     */
    default void save(io.keyspace.v1.SaveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SaveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSaveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk in the background (BGSAVE).
     * </pre>
     */
    default void bgSave(io.keyspace.v1.BgSaveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BgSaveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBgSaveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks when the last snapshot was saved (LASTSAVE).
     * </pre>
     */
    default void lastSave(io.keyspace.v1.LastSaveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LastSaveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLastSaveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the configuration parameters matching patterns (CONFIG GET).
     * </pre>
     */
    default void configGet(io.keyspace.v1.ConfigGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ConfigGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConfigGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes configuration parameters at run time (CONFIG SET).
     * </pre>
     */
    default void configSet(io.keyspace.v1.ConfigSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ConfigSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConfigSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads the string stored at a key (GET).
     * </pre>
     */
    default void get(io.keyspace.v1.GetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores a string at a key (SET), with Redis's options.
     * </pre>
     */
    default void set(io.keyspace.v1.SetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores a string only if the key does not exist (SETNX).
     * </pre>
     */
    default void setNx(io.keyspace.v1.SetNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetNxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetNxMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores a string with a TTL in seconds (SETEX).
     * </pre>
     */
    default void setEx(io.keyspace.v1.SetExRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetExResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetExMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores a string with a TTL in milliseconds (PSETEX).
     * </pre>
     */
    default void pSetEx(io.keyspace.v1.PSetExRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PSetExResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPSetExMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores a string and returns the old one (GETSET).
     * </pre>
     */
    default void getSet(io.keyspace.v1.GetSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a string and deletes its key (GETDEL).
     * </pre>
     */
    default void getDel(io.keyspace.v1.GetDelRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetDelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a string and changes its TTL (GETEX).
     * </pre>
     */
    default void getEx(io.keyspace.v1.GetExRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetExResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetExMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads several keys at once (MGET).
     * </pre>
     */
    default void mGet(io.keyspace.v1.MGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.MGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores several keys at once (MSET).
     * </pre>
     */
    default void mSet(io.keyspace.v1.MSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.MSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores several keys only if none of them exists (MSETNX).
     * </pre>
     */
    default void mSetNx(io.keyspace.v1.MSetNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.MSetNxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMSetNxMethod(), responseObserver);
    }

    /**
     * <pre>
     * Appends to the string at a key (APPEND).
     * </pre>
     */
    default void append(io.keyspace.v1.AppendRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.AppendResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAppendMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks the length of a string (STRLEN).
     * </pre>
     */
    default void strLen(io.keyspace.v1.StrLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.StrLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStrLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a substring (GETRANGE).
     * </pre>
     */
    default void getRange(io.keyspace.v1.GetRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Overwrites part of a string (SETRANGE).
     * </pre>
     */
    default void setRange(io.keyspace.v1.SetRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds one to the integer stored at a key (INCR).
     * </pre>
     */
    default void incr(io.keyspace.v1.IncrRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.IncrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subtracts one from the integer stored at a key (DECR).
     * </pre>
     */
    default void decr(io.keyspace.v1.DecrRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DecrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDecrMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds to the integer stored at a key (INCRBY).
     * </pre>
     */
    default void incrBy(io.keyspace.v1.IncrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.IncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subtracts from the integer stored at a key (DECRBY).
     * </pre>
     */
    default void decrBy(io.keyspace.v1.DecrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DecrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDecrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds a floating point increment (INCRBYFLOAT).
     * </pre>
     */
    default void incrByFloat(io.keyspace.v1.IncrByFloatRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.IncrByFloatResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrByFloatMethod(), responseObserver);
    }

    /**
     * <pre>
     * Finds the longest common subsequence of two strings (LCS).
     * </pre>
     */
    default void lcs(io.keyspace.v1.LcsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LcsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLcsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes keys (DEL).
     * </pre>
     */
    default void del(io.keyspace.v1.DelRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes keys, freeing their memory in the background (UNLINK).
     * </pre>
     */
    default void unlink(io.keyspace.v1.UnlinkRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.UnlinkResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnlinkMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts existing keys (EXISTS).
     * </pre>
     */
    default void exists(io.keyspace.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks the type of the value at a key (TYPE).
     * </pre>
     */
    default void type(io.keyspace.v1.TypeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TypeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTypeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renames a key, overwriting the destination (RENAME).
     * </pre>
     */
    default void rename(io.keyspace.v1.RenameRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RenameResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRenameMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renames a key only if the new name is free (RENAMENX).
     * </pre>
     */
    default void renameNx(io.keyspace.v1.RenameNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RenameNxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRenameNxMethod(), responseObserver);
    }

    /**
     * <pre>
     * Copies a key's value and TTL to another key (COPY).
     * </pre>
     */
    default void copy(io.keyspace.v1.CopyRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.CopyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCopyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the keys matching a glob-style pattern (KEYS).
     * </pre>
     */
    default void keys(io.keyspace.v1.KeysRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.KeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * Iterates over the keys a batch at a time (SCAN).
     * </pre>
     */
    default void scan(io.keyspace.v1.ScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks for a random key (RANDOMKEY).
     * </pre>
     */
    default void randomKey(io.keyspace.v1.RandomKeyRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RandomKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRandomKeyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks keys as accessed (TOUCH).
     * </pre>
     */
    default void touch(io.keyspace.v1.TouchRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TouchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTouchMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets a key's time to live in seconds (EXPIRE).
     * </pre>
     */
    default void expire(io.keyspace.v1.ExpireRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExpireMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets a key's time to live in milliseconds (PEXPIRE).
     * </pre>
     */
    default void pExpire(io.keyspace.v1.PExpireRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPExpireMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix seconds (EXPIREAT).
     * </pre>
     */
    default void expireAt(io.keyspace.v1.ExpireAtRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireAtResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExpireAtMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix milliseconds (PEXPIREAT).
     * </pre>
     */
    default void pExpireAt(io.keyspace.v1.PExpireAtRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireAtResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPExpireAtMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in seconds (TTL).
     * </pre>
     */
    default void ttl(io.keyspace.v1.TtlRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TtlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTtlMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in milliseconds (PTTL).
     * </pre>
     */
    default void pTtl(io.keyspace.v1.PTtlRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PTtlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPTtlMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix seconds (EXPIRETIME).
     * </pre>
     */
    default void expireTime(io.keyspace.v1.ExpireTimeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireTimeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExpireTimeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix milliseconds (PEXPIRETIME).
     * </pre>
     */
    default void pExpireTime(io.keyspace.v1.PExpireTimeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireTimeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPExpireTimeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a key's expiry (PERSIST).
     * </pre>
     */
    default void persist(io.keyspace.v1.PersistRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PersistResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPersistMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks how the value at a key is stored (OBJECT ENCODING).
     * </pre>
     */
    default void objectEncoding(io.keyspace.v1.ObjectEncodingRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ObjectEncodingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getObjectEncodingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets fields of a hash (HSET).
     * </pre>
     */
    default void hSet(io.keyspace.v1.HSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets a field only if it does not exist (HSETNX).
     * </pre>
     */
    default void hSetNx(io.keyspace.v1.HSetNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HSetNxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHSetNxMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads one field of a hash (HGET).
     * </pre>
     */
    default void hGet(io.keyspace.v1.HGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads several fields of a hash (HMGET).
     * </pre>
     */
    default void hMGet(io.keyspace.v1.HMGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HMGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHMGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a whole hash (HGETALL).
     * </pre>
     */
    default void hGetAll(io.keyspace.v1.HGetAllRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HGetAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHGetAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes fields of a hash (HDEL).
     * </pre>
     */
    default void hDel(io.keyspace.v1.HDelRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HDelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells whether a field exists (HEXISTS).
     * </pre>
     */
    default void hExists(io.keyspace.v1.HExistsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the fields of a hash (HLEN).
     * </pre>
     */
    default void hLen(io.keyspace.v1.HLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks the length of a field's value (HSTRLEN).
     * </pre>
     */
    default void hStrLen(io.keyspace.v1.HStrLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HStrLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHStrLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the fields of a hash (HKEYS).
     * </pre>
     */
    default void hKeys(io.keyspace.v1.HKeysRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HKeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the values of a hash (HVALS).
     * </pre>
     */
    default void hVals(io.keyspace.v1.HValsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HValsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHValsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds to the integer in a field (HINCRBY).
     * </pre>
     */
    default void hIncrBy(io.keyspace.v1.HIncrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HIncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds a floating point amount to a field (HINCRBYFLOAT).
     * </pre>
     */
    default void hIncrByFloat(io.keyspace.v1.HIncrByFloatRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HIncrByFloatResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHIncrByFloatMethod(), responseObserver);
    }

    /**
     * <pre>
     * Picks random fields of a hash (HRANDFIELD).
     * </pre>
     */
    default void hRandField(io.keyspace.v1.HRandFieldRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HRandFieldResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHRandFieldMethod(), responseObserver);
    }

    /**
     * <pre>
     * Iterates over a hash's fields (HSCAN).
     * </pre>
     */
    default void hScan(io.keyspace.v1.HScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Inserts elements at the head of a list (LPUSH).
     * </pre>
     */
    default void lPush(io.keyspace.v1.LPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * Appends elements at the tail of a list (RPUSH).
     * </pre>
     */
    default void rPush(io.keyspace.v1.RPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pushes at the head only if the list exists (LPUSHX).
     * </pre>
     */
    default void lPushX(io.keyspace.v1.LPushXRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPushXResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPushXMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pushes at the tail only if the list exists (RPUSHX).
     * </pre>
     */
    default void rPushX(io.keyspace.v1.RPushXRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPushXResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPushXMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes elements from the head of a list (LPOP).
     * </pre>
     */
    default void lPop(io.keyspace.v1.LPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes elements from the tail of a list (RPOP).
     * </pre>
     */
    default void rPop(io.keyspace.v1.RPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks the length of a list (LLEN).
     * </pre>
     */
    default void lLen(io.keyspace.v1.LLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a range of a list (LRANGE).
     * </pre>
     */
    default void lRange(io.keyspace.v1.LRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads one element by index (LINDEX).
     * </pre>
     */
    default void lIndex(io.keyspace.v1.LIndexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLIndexMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the element at an index (LSET).
     * </pre>
     */
    default void lSet(io.keyspace.v1.LSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Inserts an element next to another (LINSERT).
     * </pre>
     */
    default void lInsert(io.keyspace.v1.LInsertRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LInsertResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLInsertMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes occurrences of an element (LREM).
     * </pre>
     */
    default void lRem(io.keyspace.v1.LRemRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Keeps only a range of a list (LTRIM).
     * </pre>
     */
    default void lTrim(io.keyspace.v1.LTrimRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LTrimResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLTrimMethod(), responseObserver);
    }

    /**
     * <pre>
     * Finds the positions of an element (LPOS).
     * </pre>
     */
    default void lPos(io.keyspace.v1.LPosRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPosResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPosMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pops from one list and pushes to another (LMOVE).
     * </pre>
     */
    default void lMove(io.keyspace.v1.LMoveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LMoveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLMoveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves the tail of one list to the head of another (RPOPLPUSH).
     * </pre>
     */
    default void rPopLPush(io.keyspace.v1.RPopLPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPopLPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPopLPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several lists (LMPOP).
     * </pre>
     */
    default void lMPop(io.keyspace.v1.LMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LMPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLMPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pops from the head of the first non-empty list, waiting for one when all
     * are empty (BLPOP).
     * </pre>
     */
    default void bLPop(io.keyspace.v1.BLPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BLPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBLPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pops from the tail of the first non-empty list, waiting for one when all
     * are empty (BRPOP).
     * </pre>
     */
    default void bRPop(io.keyspace.v1.BRPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BRPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBRPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Is LMOVE that waits for the source to have an element (BLMOVE).
     * </pre>
     */
    default void bLMove(io.keyspace.v1.BLMoveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BLMoveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBLMoveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Is RPOPLPUSH that waits for the source to have an element (BRPOPLPUSH).
     * </pre>
     */
    default void bRPopLPush(io.keyspace.v1.BRPopLPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BRPopLPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBRPopLPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * Is LMPOP that waits for one of the lists to have elements (BLMPOP).
     * </pre>
     */
    default void bLMPop(io.keyspace.v1.BLMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BLMPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBLMPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds members to a set (SADD).
     * </pre>
     */
    default void sAdd(io.keyspace.v1.SAddRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes members from a set (SREM).
     * </pre>
     */
    default void sRem(io.keyspace.v1.SRemRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the members of a set (SCARD).
     * </pre>
     */
    default void sCard(io.keyspace.v1.SCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells whether a member is in a set (SISMEMBER).
     * </pre>
     */
    default void sIsMember(io.keyspace.v1.SIsMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SIsMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSIsMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells for several members whether they are in a set (SMISMEMBER).
     * </pre>
     */
    default void sMIsMember(io.keyspace.v1.SMIsMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SMIsMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMIsMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists a set's members (SMEMBERS).
     * </pre>
     */
    default void sMembers(io.keyspace.v1.SMembersRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes random members from a set (SPOP).
     * </pre>
     */
    default void sPop(io.keyspace.v1.SPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Picks random members without removing them (SRANDMEMBER).
     * </pre>
     */
    default void sRandMember(io.keyspace.v1.SRandMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SRandMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSRandMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves a member from one set to another (SMOVE).
     * </pre>
     */
    default void sMove(io.keyspace.v1.SMoveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SMoveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMoveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Intersects sets (SINTER).
     * </pre>
     */
    default void sInter(io.keyspace.v1.SInterRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SInterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSInterMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the intersection of sets (SINTERCARD).
     * </pre>
     */
    default void sInterCard(io.keyspace.v1.SInterCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SInterCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSInterCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the intersection of sets (SINTERSTORE).
     * </pre>
     */
    default void sInterStore(io.keyspace.v1.SInterStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SInterStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSInterStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Unites sets (SUNION).
     * </pre>
     */
    default void sUnion(io.keyspace.v1.SUnionRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SUnionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSUnionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the union of sets (SUNIONSTORE).
     * </pre>
     */
    default void sUnionStore(io.keyspace.v1.SUnionStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SUnionStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSUnionStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subtracts sets from the first (SDIFF).
     * </pre>
     */
    default void sDiff(io.keyspace.v1.SDiffRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SDiffResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSDiffMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the difference of sets (SDIFFSTORE).
     * </pre>
     */
    default void sDiffStore(io.keyspace.v1.SDiffStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SDiffStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSDiffStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Iterates over a set's members (SSCAN).
     * </pre>
     */
    default void sScan(io.keyspace.v1.SScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds members to a sorted set or updates their scores (ZADD).
     * </pre>
     */
    default void zAdd(io.keyspace.v1.ZAddRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds to a member's score (ZINCRBY).
     * </pre>
     */
    default void zIncrBy(io.keyspace.v1.ZIncrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZIncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes members from a sorted set (ZREM).
     * </pre>
     */
    default void zRem(io.keyspace.v1.ZRemRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the members of a sorted set (ZCARD).
     * </pre>
     */
    default void zCard(io.keyspace.v1.ZCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a member's score (ZSCORE).
     * </pre>
     */
    default void zScore(io.keyspace.v1.ZScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads several members' scores (ZMSCORE).
     * </pre>
     */
    default void zMScore(io.keyspace.v1.ZMScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZMScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZMScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the members within a score range (ZCOUNT).
     * </pre>
     */
    default void zCount(io.keyspace.v1.ZCountRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the members within a lexicographic range (ZLEXCOUNT).
     * </pre>
     */
    default void zLexCount(io.keyspace.v1.ZLexCountRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZLexCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZLexCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks a member's rank, lowest score first (ZRANK).
     * </pre>
     */
    default void zRank(io.keyspace.v1.ZRankRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks a member's rank, highest score first (ZREVRANK).
     * </pre>
     */
    default void zRevRank(io.keyspace.v1.ZRevRankRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a range of a sorted set by rank, score or lex order (ZRANGE).
     * </pre>
     */
    default void zRange(io.keyspace.v1.ZRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores a range of a sorted set (ZRANGESTORE).
     * </pre>
     */
    default void zRangeStore(io.keyspace.v1.ZRangeStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads members by score, lowest first (ZRANGEBYSCORE).
     * </pre>
     */
    default void zRangeByScore(io.keyspace.v1.ZRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads members by score, highest first (ZREVRANGEBYSCORE).
     * </pre>
     */
    default void zRevRangeByScore(io.keyspace.v1.ZRevRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads members in lexicographic order (ZRANGEBYLEX).
     * </pre>
     */
    default void zRangeByLex(io.keyspace.v1.ZRangeByLexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeByLexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeByLexMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads members in reverse lexicographic order (ZREVRANGEBYLEX).
     * </pre>
     */
    default void zRevRangeByLex(io.keyspace.v1.ZRevRangeByLexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeByLexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRangeByLexMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a range of ranks, highest score first (ZREVRANGE).
     * </pre>
     */
    default void zRevRange(io.keyspace.v1.ZRevRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a range of ranks (ZREMRANGEBYRANK).
     * </pre>
     */
    default void zRemRangeByRank(io.keyspace.v1.ZRemRangeByRankRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemRangeByRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a score range (ZREMRANGEBYSCORE).
     * </pre>
     */
    default void zRemRangeByScore(io.keyspace.v1.ZRemRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a lexicographic range (ZREMRANGEBYLEX).
     * </pre>
     */
    default void zRemRangeByLex(io.keyspace.v1.ZRemRangeByLexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByLexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemRangeByLexMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes the members with the lowest scores (ZPOPMIN).
     * </pre>
     */
    default void zPopMin(io.keyspace.v1.ZPopMinRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZPopMinResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZPopMinMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes the members with the highest scores (ZPOPMAX).
     * </pre>
     */
    default void zPopMax(io.keyspace.v1.ZPopMaxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZPopMaxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZPopMaxMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several sorted sets (ZMPOP).
     * </pre>
     */
    default void zMPop(io.keyspace.v1.ZMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZMPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZMPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Picks random members (ZRANDMEMBER).
     * </pre>
     */
    default void zRandMember(io.keyspace.v1.ZRandMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRandMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRandMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Unites sorted sets (ZUNION).
     * </pre>
     */
    default void zUnion(io.keyspace.v1.ZUnionRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZUnionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZUnionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Intersects sorted sets (ZINTER).
     * </pre>
     */
    default void zInter(io.keyspace.v1.ZInterRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZInterMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subtracts sorted sets from the first (ZDIFF).
     * </pre>
     */
    default void zDiff(io.keyspace.v1.ZDiffRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZDiffResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZDiffMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the union of sorted sets (ZUNIONSTORE).
     * </pre>
     */
    default void zUnionStore(io.keyspace.v1.ZUnionStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZUnionStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZUnionStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the intersection of sorted sets (ZINTERSTORE).
     * </pre>
     */
    default void zInterStore(io.keyspace.v1.ZInterStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZInterStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the difference of sorted sets (ZDIFFSTORE).
     * </pre>
     */
    default void zDiffStore(io.keyspace.v1.ZDiffStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZDiffStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZDiffStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the intersection of sorted sets (ZINTERCARD).
     * </pre>
     */
    default void zInterCard(io.keyspace.v1.ZInterCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZInterCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Iterates over a sorted set (ZSCAN).
     * </pre>
     */
    default void zScan(io.keyspace.v1.ZScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Is ZPOPMIN over several keys that waits for one to have members
     * (BZPOPMIN).
     * </pre>
     */
    default void bZPopMin(io.keyspace.v1.BZPopMinRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BZPopMinResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBZPopMinMethod(), responseObserver);
    }

    /**
     * <pre>
     * Is ZPOPMAX over several keys that waits for one to have members
     * (BZPOPMAX).
     * </pre>
     */
    default void bZPopMax(io.keyspace.v1.BZPopMaxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BZPopMaxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBZPopMaxMethod(), responseObserver);
    }

    /**
     * <pre>
     * Is ZMPOP that waits for one of the sorted sets to have members (BZMPOP).
     * </pre>
     */
    default void bZMPop(io.keyspace.v1.BZMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BZMPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBZMPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the current version of keys, for a later Exec to check (WATCH).
     * MULTI, DISCARD and UNWATCH are client-side; see ExecRequest.
     * </pre>
     */
    default void watch(io.keyspace.v1.WatchRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.WatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs commands as one atomic transaction unless a watched key changed
     * (EXEC).
     * </pre>
     */
    default void exec(io.keyspace.v1.ExecRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExecResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExecMethod(), responseObserver);
    }

    /**
     * <pre>
     * Posts a message to a channel (PUBLISH). Messages are not stored data:
     * PUBLISH is not logged to the AOF and runs while the disk refuses writes.
     * </pre>
     */
    default void publish(io.keyspace.v1.PublishRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PublishResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPublishMethod(), responseObserver);
    }

    /**
     * <pre>
     * Posts a message to a shard channel (SPUBLISH).
     * </pre>
     */
    default void sPublish(io.keyspace.v1.SPublishRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SPublishResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSPublishMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists channels with subscribers (PUBSUB CHANNELS).
     * </pre>
     */
    default void pubSubChannels(io.keyspace.v1.PubSubChannelsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubChannelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPubSubChannelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the subscribers of channels (PUBSUB NUMSUB).
     * </pre>
     */
    default void pubSubNumSub(io.keyspace.v1.PubSubNumSubRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubNumSubResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPubSubNumSubMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts pattern subscriptions (PUBSUB NUMPAT).
     * </pre>
     */
    default void pubSubNumPat(io.keyspace.v1.PubSubNumPatRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubNumPatResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPubSubNumPatMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists shard channels with subscribers (PUBSUB SHARDCHANNELS).
     * </pre>
     */
    default void pubSubShardChannels(io.keyspace.v1.PubSubShardChannelsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubShardChannelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPubSubShardChannelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the subscribers of shard channels (PUBSUB SHARDNUMSUB).
     * </pre>
     */
    default void pubSubShardNumSub(io.keyspace.v1.PubSubShardNumSubRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubShardNumSubResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPubSubShardNumSubMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subscribe is a subscribed connection (SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE
     * and their UNSUBSCRIBEs, sent at any time): the server confirms each
     * change and streams the messages published to what the stream follows,
     * in publish order. See subscribe.proto for sequence numbers, resuming,
     * heartbeats and the output buffer limit.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.keyspace.v1.SubscribeRequest> subscribe(
        io.grpc.stub.StreamObserver<io.keyspace.v1.SubscribeResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pipeline runs many commands per round trip: each PipelineRequest's
     * commands run in order and are answered by one PipelineResponse with one
     * reply per command, in the same order. A failed command gets an error
     * reply and does not end the stream.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.keyspace.v1.PipelineRequest> pipeline(
        io.grpc.stub.StreamObserver<io.keyspace.v1.PipelineResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getPipelineMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service KeyspaceService.
   * <pre>
   * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
   * command: an RPC's name lowercased is the Redis command name without spaces
   * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
   * ends its call with a status whose message is Redis's error text and whose
   * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
   * its reason. Each command runs atomically.
   * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
   * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
   * after a failure. Any other RPC may have run before the failure.
   * </pre>
   */
  public static abstract class KeyspaceServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return KeyspaceServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service KeyspaceService.
   * <pre>
   * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
   * command: an RPC's name lowercased is the Redis command name without spaces
   * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
   * ends its call with a status whose message is Redis's error text and whose
   * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
   * its reason. Each command runs atomically.
   * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
   * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
   * after a failure. Any other RPC may have run before the failure.
   * </pre>
   */
  public static final class KeyspaceServiceStub
      extends io.grpc.stub.AbstractAsyncStub<KeyspaceServiceStub> {
    private KeyspaceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KeyspaceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KeyspaceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks that the server answers (PING).
     * </pre>
     */
    public void ping(io.keyspace.v1.PingRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks the server to return a message (ECHO).
     * </pre>
     */
    public void echo(io.keyspace.v1.EchoRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.EchoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEchoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks for the server's clock (TIME).
     * </pre>
     */
    public void time(io.keyspace.v1.TimeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TimeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTimeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks how many keys the database holds (DBSIZE).
     * </pre>
     */
    public void dbSize(io.keyspace.v1.DbSizeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DbSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDbSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes every key of the database (FLUSHDB).
     * </pre>
     */
    public void flushDb(io.keyspace.v1.FlushDbRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.FlushDbResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFlushDbMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes every key of every database (FLUSHALL).
     * </pre>
     */
    public void flushAll(io.keyspace.v1.FlushAllRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.FlushAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFlushAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks for the server's state as Redis's INFO text (INFO).
     * </pre>
     */
    public void info(io.keyspace.v1.InfoRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.InfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Rewrites the append-only file in the background, compacting it to one
     * base file (BGREWRITEAOF).
     * </pre>
     */
    public void bgRewriteAof(io.keyspace.v1.BgRewriteAofRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BgRewriteAofResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBgRewriteAofMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk, blocking meanwhile (SAVE).
     * </pre>
     */
    public void save(io.keyspace.v1.SaveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SaveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSaveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk in the background (BGSAVE).
     * </pre>
     */
    public void bgSave(io.keyspace.v1.BgSaveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BgSaveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBgSaveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks when the last snapshot was saved (LASTSAVE).
     * </pre>
     */
    public void lastSave(io.keyspace.v1.LastSaveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LastSaveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLastSaveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the configuration parameters matching patterns (CONFIG GET).
     * </pre>
     */
    public void configGet(io.keyspace.v1.ConfigGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ConfigGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConfigGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes configuration parameters at run time (CONFIG SET).
     * </pre>
     */
    public void configSet(io.keyspace.v1.ConfigSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ConfigSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConfigSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads the string stored at a key (GET).
     * </pre>
     */
    public void get(io.keyspace.v1.GetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores a string at a key (SET), with Redis's options.
     * </pre>
     */
    public void set(io.keyspace.v1.SetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores a string only if the key does not exist (SETNX).
     * </pre>
     */
    public void setNx(io.keyspace.v1.SetNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetNxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetNxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores a string with a TTL in seconds (SETEX).
     * </pre>
     */
    public void setEx(io.keyspace.v1.SetExRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetExResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetExMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores a string with a TTL in milliseconds (PSETEX).
     * </pre>
     */
    public void pSetEx(io.keyspace.v1.PSetExRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PSetExResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPSetExMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores a string and returns the old one (GETSET).
     * </pre>
     */
    public void getSet(io.keyspace.v1.GetSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a string and deletes its key (GETDEL).
     * </pre>
     */
    public void getDel(io.keyspace.v1.GetDelRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetDelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a string and changes its TTL (GETEX).
     * </pre>
     */
    public void getEx(io.keyspace.v1.GetExRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetExResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetExMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads several keys at once (MGET).
     * </pre>
     */
    public void mGet(io.keyspace.v1.MGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.MGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores several keys at once (MSET).
     * </pre>
     */
    public void mSet(io.keyspace.v1.MSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.MSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores several keys only if none of them exists (MSETNX).
     * </pre>
     */
    public void mSetNx(io.keyspace.v1.MSetNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.MSetNxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMSetNxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Appends to the string at a key (APPEND).
     * </pre>
     */
    public void append(io.keyspace.v1.AppendRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.AppendResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAppendMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks the length of a string (STRLEN).
     * </pre>
     */
    public void strLen(io.keyspace.v1.StrLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.StrLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStrLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a substring (GETRANGE).
     * </pre>
     */
    public void getRange(io.keyspace.v1.GetRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.GetRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Overwrites part of a string (SETRANGE).
     * </pre>
     */
    public void setRange(io.keyspace.v1.SetRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SetRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds one to the integer stored at a key (INCR).
     * </pre>
     */
    public void incr(io.keyspace.v1.IncrRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.IncrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subtracts one from the integer stored at a key (DECR).
     * </pre>
     */
    public void decr(io.keyspace.v1.DecrRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DecrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDecrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds to the integer stored at a key (INCRBY).
     * </pre>
     */
    public void incrBy(io.keyspace.v1.IncrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.IncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subtracts from the integer stored at a key (DECRBY).
     * </pre>
     */
    public void decrBy(io.keyspace.v1.DecrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DecrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDecrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds a floating point increment (INCRBYFLOAT).
     * </pre>
     */
    public void incrByFloat(io.keyspace.v1.IncrByFloatRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.IncrByFloatResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrByFloatMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Finds the longest common subsequence of two strings (LCS).
     * </pre>
     */
    public void lcs(io.keyspace.v1.LcsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LcsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLcsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes keys (DEL).
     * </pre>
     */
    public void del(io.keyspace.v1.DelRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.DelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes keys, freeing their memory in the background (UNLINK).
     * </pre>
     */
    public void unlink(io.keyspace.v1.UnlinkRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.UnlinkResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnlinkMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts existing keys (EXISTS).
     * </pre>
     */
    public void exists(io.keyspace.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks the type of the value at a key (TYPE).
     * </pre>
     */
    public void type(io.keyspace.v1.TypeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TypeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTypeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renames a key, overwriting the destination (RENAME).
     * </pre>
     */
    public void rename(io.keyspace.v1.RenameRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RenameResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRenameMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renames a key only if the new name is free (RENAMENX).
     * </pre>
     */
    public void renameNx(io.keyspace.v1.RenameNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RenameNxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRenameNxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Copies a key's value and TTL to another key (COPY).
     * </pre>
     */
    public void copy(io.keyspace.v1.CopyRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.CopyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCopyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the keys matching a glob-style pattern (KEYS).
     * </pre>
     */
    public void keys(io.keyspace.v1.KeysRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.KeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Iterates over the keys a batch at a time (SCAN).
     * </pre>
     */
    public void scan(io.keyspace.v1.ScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks for a random key (RANDOMKEY).
     * </pre>
     */
    public void randomKey(io.keyspace.v1.RandomKeyRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RandomKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRandomKeyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks keys as accessed (TOUCH).
     * </pre>
     */
    public void touch(io.keyspace.v1.TouchRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TouchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTouchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets a key's time to live in seconds (EXPIRE).
     * </pre>
     */
    public void expire(io.keyspace.v1.ExpireRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExpireMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets a key's time to live in milliseconds (PEXPIRE).
     * </pre>
     */
    public void pExpire(io.keyspace.v1.PExpireRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPExpireMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix seconds (EXPIREAT).
     * </pre>
     */
    public void expireAt(io.keyspace.v1.ExpireAtRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireAtResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExpireAtMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix milliseconds (PEXPIREAT).
     * </pre>
     */
    public void pExpireAt(io.keyspace.v1.PExpireAtRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireAtResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPExpireAtMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in seconds (TTL).
     * </pre>
     */
    public void ttl(io.keyspace.v1.TtlRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.TtlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTtlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in milliseconds (PTTL).
     * </pre>
     */
    public void pTtl(io.keyspace.v1.PTtlRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PTtlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPTtlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix seconds (EXPIRETIME).
     * </pre>
     */
    public void expireTime(io.keyspace.v1.ExpireTimeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireTimeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExpireTimeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix milliseconds (PEXPIRETIME).
     * </pre>
     */
    public void pExpireTime(io.keyspace.v1.PExpireTimeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireTimeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPExpireTimeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a key's expiry (PERSIST).
     * </pre>
     */
    public void persist(io.keyspace.v1.PersistRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PersistResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPersistMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks how the value at a key is stored (OBJECT ENCODING).
     * </pre>
     */
    public void objectEncoding(io.keyspace.v1.ObjectEncodingRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ObjectEncodingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getObjectEncodingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets fields of a hash (HSET).
     * </pre>
     */
    public void hSet(io.keyspace.v1.HSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets a field only if it does not exist (HSETNX).
     * </pre>
     */
    public void hSetNx(io.keyspace.v1.HSetNxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HSetNxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHSetNxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads one field of a hash (HGET).
     * </pre>
     */
    public void hGet(io.keyspace.v1.HGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads several fields of a hash (HMGET).
     * </pre>
     */
    public void hMGet(io.keyspace.v1.HMGetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HMGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHMGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a whole hash (HGETALL).
     * </pre>
     */
    public void hGetAll(io.keyspace.v1.HGetAllRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HGetAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHGetAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes fields of a hash (HDEL).
     * </pre>
     */
    public void hDel(io.keyspace.v1.HDelRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HDelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells whether a field exists (HEXISTS).
     * </pre>
     */
    public void hExists(io.keyspace.v1.HExistsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the fields of a hash (HLEN).
     * </pre>
     */
    public void hLen(io.keyspace.v1.HLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks the length of a field's value (HSTRLEN).
     * </pre>
     */
    public void hStrLen(io.keyspace.v1.HStrLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HStrLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHStrLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the fields of a hash (HKEYS).
     * </pre>
     */
    public void hKeys(io.keyspace.v1.HKeysRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HKeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the values of a hash (HVALS).
     * </pre>
     */
    public void hVals(io.keyspace.v1.HValsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HValsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHValsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds to the integer in a field (HINCRBY).
     * </pre>
     */
    public void hIncrBy(io.keyspace.v1.HIncrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HIncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds a floating point amount to a field (HINCRBYFLOAT).
     * </pre>
     */
    public void hIncrByFloat(io.keyspace.v1.HIncrByFloatRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HIncrByFloatResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHIncrByFloatMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Picks random fields of a hash (HRANDFIELD).
     * </pre>
     */
    public void hRandField(io.keyspace.v1.HRandFieldRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HRandFieldResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHRandFieldMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Iterates over a hash's fields (HSCAN).
     * </pre>
     */
    public void hScan(io.keyspace.v1.HScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.HScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Inserts elements at the head of a list (LPUSH).
     * </pre>
     */
    public void lPush(io.keyspace.v1.LPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Appends elements at the tail of a list (RPUSH).
     * </pre>
     */
    public void rPush(io.keyspace.v1.RPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pushes at the head only if the list exists (LPUSHX).
     * </pre>
     */
    public void lPushX(io.keyspace.v1.LPushXRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPushXResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPushXMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pushes at the tail only if the list exists (RPUSHX).
     * </pre>
     */
    public void rPushX(io.keyspace.v1.RPushXRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPushXResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPushXMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes elements from the head of a list (LPOP).
     * </pre>
     */
    public void lPop(io.keyspace.v1.LPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes elements from the tail of a list (RPOP).
     * </pre>
     */
    public void rPop(io.keyspace.v1.RPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks the length of a list (LLEN).
     * </pre>
     */
    public void lLen(io.keyspace.v1.LLenRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a range of a list (LRANGE).
     * </pre>
     */
    public void lRange(io.keyspace.v1.LRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads one element by index (LINDEX).
     * </pre>
     */
    public void lIndex(io.keyspace.v1.LIndexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLIndexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the element at an index (LSET).
     * </pre>
     */
    public void lSet(io.keyspace.v1.LSetRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Inserts an element next to another (LINSERT).
     * </pre>
     */
    public void lInsert(io.keyspace.v1.LInsertRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LInsertResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLInsertMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes occurrences of an element (LREM).
     * </pre>
     */
    public void lRem(io.keyspace.v1.LRemRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Keeps only a range of a list (LTRIM).
     * </pre>
     */
    public void lTrim(io.keyspace.v1.LTrimRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LTrimResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLTrimMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Finds the positions of an element (LPOS).
     * </pre>
     */
    public void lPos(io.keyspace.v1.LPosRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LPosResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPosMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pops from one list and pushes to another (LMOVE).
     * </pre>
     */
    public void lMove(io.keyspace.v1.LMoveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LMoveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLMoveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves the tail of one list to the head of another (RPOPLPUSH).
     * </pre>
     */
    public void rPopLPush(io.keyspace.v1.RPopLPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.RPopLPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPopLPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several lists (LMPOP).
     * </pre>
     */
    public void lMPop(io.keyspace.v1.LMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.LMPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLMPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pops from the head of the first non-empty list, waiting for one when all
     * are empty (BLPOP).
     * </pre>
     */
    public void bLPop(io.keyspace.v1.BLPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BLPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBLPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pops from the tail of the first non-empty list, waiting for one when all
     * are empty (BRPOP).
     * </pre>
     */
    public void bRPop(io.keyspace.v1.BRPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BRPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBRPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Is LMOVE that waits for the source to have an element (BLMOVE).
     * </pre>
     */
    public void bLMove(io.keyspace.v1.BLMoveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BLMoveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBLMoveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Is RPOPLPUSH that waits for the source to have an element (BRPOPLPUSH).
     * </pre>
     */
    public void bRPopLPush(io.keyspace.v1.BRPopLPushRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BRPopLPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBRPopLPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Is LMPOP that waits for one of the lists to have elements (BLMPOP).
     * </pre>
     */
    public void bLMPop(io.keyspace.v1.BLMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BLMPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBLMPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds members to a set (SADD).
     * </pre>
     */
    public void sAdd(io.keyspace.v1.SAddRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes members from a set (SREM).
     * </pre>
     */
    public void sRem(io.keyspace.v1.SRemRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the members of a set (SCARD).
     * </pre>
     */
    public void sCard(io.keyspace.v1.SCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells whether a member is in a set (SISMEMBER).
     * </pre>
     */
    public void sIsMember(io.keyspace.v1.SIsMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SIsMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSIsMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells for several members whether they are in a set (SMISMEMBER).
     * </pre>
     */
    public void sMIsMember(io.keyspace.v1.SMIsMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SMIsMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMIsMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists a set's members (SMEMBERS).
     * </pre>
     */
    public void sMembers(io.keyspace.v1.SMembersRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes random members from a set (SPOP).
     * </pre>
     */
    public void sPop(io.keyspace.v1.SPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Picks random members without removing them (SRANDMEMBER).
     * </pre>
     */
    public void sRandMember(io.keyspace.v1.SRandMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SRandMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSRandMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves a member from one set to another (SMOVE).
     * </pre>
     */
    public void sMove(io.keyspace.v1.SMoveRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SMoveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMoveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Intersects sets (SINTER).
     * </pre>
     */
    public void sInter(io.keyspace.v1.SInterRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SInterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSInterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the intersection of sets (SINTERCARD).
     * </pre>
     */
    public void sInterCard(io.keyspace.v1.SInterCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SInterCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSInterCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the intersection of sets (SINTERSTORE).
     * </pre>
     */
    public void sInterStore(io.keyspace.v1.SInterStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SInterStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSInterStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Unites sets (SUNION).
     * </pre>
     */
    public void sUnion(io.keyspace.v1.SUnionRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SUnionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSUnionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the union of sets (SUNIONSTORE).
     * </pre>
     */
    public void sUnionStore(io.keyspace.v1.SUnionStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SUnionStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSUnionStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subtracts sets from the first (SDIFF).
     * </pre>
     */
    public void sDiff(io.keyspace.v1.SDiffRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SDiffResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSDiffMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the difference of sets (SDIFFSTORE).
     * </pre>
     */
    public void sDiffStore(io.keyspace.v1.SDiffStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SDiffStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSDiffStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Iterates over a set's members (SSCAN).
     * </pre>
     */
    public void sScan(io.keyspace.v1.SScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds members to a sorted set or updates their scores (ZADD).
     * </pre>
     */
    public void zAdd(io.keyspace.v1.ZAddRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds to a member's score (ZINCRBY).
     * </pre>
     */
    public void zIncrBy(io.keyspace.v1.ZIncrByRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZIncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes members from a sorted set (ZREM).
     * </pre>
     */
    public void zRem(io.keyspace.v1.ZRemRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the members of a sorted set (ZCARD).
     * </pre>
     */
    public void zCard(io.keyspace.v1.ZCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a member's score (ZSCORE).
     * </pre>
     */
    public void zScore(io.keyspace.v1.ZScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads several members' scores (ZMSCORE).
     * </pre>
     */
    public void zMScore(io.keyspace.v1.ZMScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZMScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZMScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the members within a score range (ZCOUNT).
     * </pre>
     */
    public void zCount(io.keyspace.v1.ZCountRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the members within a lexicographic range (ZLEXCOUNT).
     * </pre>
     */
    public void zLexCount(io.keyspace.v1.ZLexCountRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZLexCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZLexCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks a member's rank, lowest score first (ZRANK).
     * </pre>
     */
    public void zRank(io.keyspace.v1.ZRankRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks a member's rank, highest score first (ZREVRANK).
     * </pre>
     */
    public void zRevRank(io.keyspace.v1.ZRevRankRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a range of a sorted set by rank, score or lex order (ZRANGE).
     * </pre>
     */
    public void zRange(io.keyspace.v1.ZRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores a range of a sorted set (ZRANGESTORE).
     * </pre>
     */
    public void zRangeStore(io.keyspace.v1.ZRangeStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads members by score, lowest first (ZRANGEBYSCORE).
     * </pre>
     */
    public void zRangeByScore(io.keyspace.v1.ZRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads members by score, highest first (ZREVRANGEBYSCORE).
     * </pre>
     */
    public void zRevRangeByScore(io.keyspace.v1.ZRevRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads members in lexicographic order (ZRANGEBYLEX).
     * </pre>
     */
    public void zRangeByLex(io.keyspace.v1.ZRangeByLexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeByLexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeByLexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads members in reverse lexicographic order (ZREVRANGEBYLEX).
     * </pre>
     */
    public void zRevRangeByLex(io.keyspace.v1.ZRevRangeByLexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeByLexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRangeByLexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a range of ranks, highest score first (ZREVRANGE).
     * </pre>
     */
    public void zRevRange(io.keyspace.v1.ZRevRangeRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a range of ranks (ZREMRANGEBYRANK).
     * </pre>
     */
    public void zRemRangeByRank(io.keyspace.v1.ZRemRangeByRankRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemRangeByRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a score range (ZREMRANGEBYSCORE).
     * </pre>
     */
    public void zRemRangeByScore(io.keyspace.v1.ZRemRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a lexicographic range (ZREMRANGEBYLEX).
     * </pre>
     */
    public void zRemRangeByLex(io.keyspace.v1.ZRemRangeByLexRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByLexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemRangeByLexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes the members with the lowest scores (ZPOPMIN).
     * </pre>
     */
    public void zPopMin(io.keyspace.v1.ZPopMinRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZPopMinResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZPopMinMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes the members with the highest scores (ZPOPMAX).
     * </pre>
     */
    public void zPopMax(io.keyspace.v1.ZPopMaxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZPopMaxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZPopMaxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several sorted sets (ZMPOP).
     * </pre>
     */
    public void zMPop(io.keyspace.v1.ZMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZMPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZMPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Picks random members (ZRANDMEMBER).
     * </pre>
     */
    public void zRandMember(io.keyspace.v1.ZRandMemberRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZRandMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRandMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Unites sorted sets (ZUNION).
     * </pre>
     */
    public void zUnion(io.keyspace.v1.ZUnionRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZUnionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZUnionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Intersects sorted sets (ZINTER).
     * </pre>
     */
    public void zInter(io.keyspace.v1.ZInterRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZInterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subtracts sorted sets from the first (ZDIFF).
     * </pre>
     */
    public void zDiff(io.keyspace.v1.ZDiffRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZDiffResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZDiffMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the union of sorted sets (ZUNIONSTORE).
     * </pre>
     */
    public void zUnionStore(io.keyspace.v1.ZUnionStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZUnionStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZUnionStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the intersection of sorted sets (ZINTERSTORE).
     * </pre>
     */
    public void zInterStore(io.keyspace.v1.ZInterStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZInterStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the difference of sorted sets (ZDIFFSTORE).
     * </pre>
     */
    public void zDiffStore(io.keyspace.v1.ZDiffStoreRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZDiffStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZDiffStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the intersection of sorted sets (ZINTERCARD).
     * </pre>
     */
    public void zInterCard(io.keyspace.v1.ZInterCardRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZInterCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Iterates over a sorted set (ZSCAN).
     * </pre>
     */
    public void zScan(io.keyspace.v1.ZScanRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ZScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Is ZPOPMIN over several keys that waits for one to have members
     * (BZPOPMIN).
     * </pre>
     */
    public void bZPopMin(io.keyspace.v1.BZPopMinRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BZPopMinResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBZPopMinMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Is ZPOPMAX over several keys that waits for one to have members
     * (BZPOPMAX).
     * </pre>
     */
    public void bZPopMax(io.keyspace.v1.BZPopMaxRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BZPopMaxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBZPopMaxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Is ZMPOP that waits for one of the sorted sets to have members (BZMPOP).
     * </pre>
     */
    public void bZMPop(io.keyspace.v1.BZMPopRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.BZMPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBZMPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the current version of keys, for a later Exec to check (WATCH).
     * MULTI, DISCARD and UNWATCH are client-side; see ExecRequest.
     * </pre>
     */
    public void watch(io.keyspace.v1.WatchRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.WatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs commands as one atomic transaction unless a watched key changed
     * (EXEC).
     * </pre>
     */
    public void exec(io.keyspace.v1.ExecRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.ExecResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExecMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Posts a message to a channel (PUBLISH). Messages are not stored data:
     * PUBLISH is not logged to the AOF and runs while the disk refuses writes.
     * </pre>
     */
    public void publish(io.keyspace.v1.PublishRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PublishResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPublishMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Posts a message to a shard channel (SPUBLISH).
     * </pre>
     */
    public void sPublish(io.keyspace.v1.SPublishRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.SPublishResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSPublishMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists channels with subscribers (PUBSUB CHANNELS).
     * </pre>
     */
    public void pubSubChannels(io.keyspace.v1.PubSubChannelsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubChannelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPubSubChannelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the subscribers of channels (PUBSUB NUMSUB).
     * </pre>
     */
    public void pubSubNumSub(io.keyspace.v1.PubSubNumSubRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubNumSubResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPubSubNumSubMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts pattern subscriptions (PUBSUB NUMPAT).
     * </pre>
     */
    public void pubSubNumPat(io.keyspace.v1.PubSubNumPatRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubNumPatResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPubSubNumPatMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists shard channels with subscribers (PUBSUB SHARDCHANNELS).
     * </pre>
     */
    public void pubSubShardChannels(io.keyspace.v1.PubSubShardChannelsRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubShardChannelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPubSubShardChannelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the subscribers of shard channels (PUBSUB SHARDNUMSUB).
     * </pre>
     */
    public void pubSubShardNumSub(io.keyspace.v1.PubSubShardNumSubRequest request,
        io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubShardNumSubResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPubSubShardNumSubMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subscribe is a subscribed connection (SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE
     * and their UNSUBSCRIBEs, sent at any time): the server confirms each
     * change and streams the messages published to what the stream follows,
     * in publish order. See subscribe.proto for sequence numbers, resuming,
     * heartbeats and the output buffer limit.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.keyspace.v1.SubscribeRequest> subscribe(
        io.grpc.stub.StreamObserver<io.keyspace.v1.SubscribeResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Pipeline runs many commands per round trip: each PipelineRequest's
     * commands run in order and are answered by one PipelineResponse with one
     * reply per command, in the same order. A failed command gets an error
     * reply and does not end the stream.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.keyspace.v1.PipelineRequest> pipeline(
        io.grpc.stub.StreamObserver<io.keyspace.v1.PipelineResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getPipelineMethod(), getCallOptions()), responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service KeyspaceService.
   * <pre>
   * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
   * command: an RPC's name lowercased is the Redis command name without spaces
   * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
   * ends its call with a status whose message is Redis's error text and whose
   * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
   * its reason. Each command runs atomically.
   * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
   * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
   * after a failure. Any other RPC may have run before the failure.
   * </pre>
   */
  public static final class KeyspaceServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<KeyspaceServiceBlockingV2Stub> {
    private KeyspaceServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KeyspaceServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KeyspaceServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks that the server answers (PING).
     * </pre>
     */
    public io.keyspace.v1.PingResponse ping(io.keyspace.v1.PingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the server to return a message (ECHO).
     * </pre>
     */
    public io.keyspace.v1.EchoResponse echo(io.keyspace.v1.EchoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEchoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for the server's clock (TIME).
     * </pre>
     */
    public io.keyspace.v1.TimeResponse time(io.keyspace.v1.TimeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks how many keys the database holds (DBSIZE).
     * </pre>
     */
    public io.keyspace.v1.DbSizeResponse dbSize(io.keyspace.v1.DbSizeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDbSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every key of the database (FLUSHDB).
     * </pre>
     */
    public io.keyspace.v1.FlushDbResponse flushDb(io.keyspace.v1.FlushDbRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFlushDbMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every key of every database (FLUSHALL).
     * </pre>
     */
    public io.keyspace.v1.FlushAllResponse flushAll(io.keyspace.v1.FlushAllRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFlushAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for the server's state as Redis's INFO text (INFO).
     * </pre>
     */
    public io.keyspace.v1.InfoResponse info(io.keyspace.v1.InfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rewrites the append-only file in the background, compacting it to one
     * base file (BGREWRITEAOF).
     * </pre>
     */
    public io.keyspace.v1.BgRewriteAofResponse bgRewriteAof(io.keyspace.v1.BgRewriteAofRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBgRewriteAofMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk, blocking meanwhile (SAVE).
     * </pre>
     */
    public io.keyspace.v1.SaveResponse save(io.keyspace.v1.SaveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk in the background (BGSAVE).
     * </pre>
     */
    public io.keyspace.v1.BgSaveResponse bgSave(io.keyspace.v1.BgSaveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBgSaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks when the last snapshot was saved (LASTSAVE).
     * </pre>
     */
    public io.keyspace.v1.LastSaveResponse lastSave(io.keyspace.v1.LastSaveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLastSaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the configuration parameters matching patterns (CONFIG GET).
     * </pre>
     */
    public io.keyspace.v1.ConfigGetResponse configGet(io.keyspace.v1.ConfigGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConfigGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes configuration parameters at run time (CONFIG SET).
     * </pre>
     */
    public io.keyspace.v1.ConfigSetResponse configSet(io.keyspace.v1.ConfigSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConfigSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads the string stored at a key (GET).
     * </pre>
     */
    public io.keyspace.v1.GetResponse get(io.keyspace.v1.GetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string at a key (SET), with Redis's options.
     * </pre>
     */
    public io.keyspace.v1.SetResponse set(io.keyspace.v1.SetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string only if the key does not exist (SETNX).
     * </pre>
     */
    public io.keyspace.v1.SetNxResponse setNx(io.keyspace.v1.SetNxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string with a TTL in seconds (SETEX).
     * </pre>
     */
    public io.keyspace.v1.SetExResponse setEx(io.keyspace.v1.SetExRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string with a TTL in milliseconds (PSETEX).
     * </pre>
     */
    public io.keyspace.v1.PSetExResponse pSetEx(io.keyspace.v1.PSetExRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPSetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string and returns the old one (GETSET).
     * </pre>
     */
    public io.keyspace.v1.GetSetResponse getSet(io.keyspace.v1.GetSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a string and deletes its key (GETDEL).
     * </pre>
     */
    public io.keyspace.v1.GetDelResponse getDel(io.keyspace.v1.GetDelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a string and changes its TTL (GETEX).
     * </pre>
     */
    public io.keyspace.v1.GetExResponse getEx(io.keyspace.v1.GetExRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads several keys at once (MGET).
     * </pre>
     */
    public io.keyspace.v1.MGetResponse mGet(io.keyspace.v1.MGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores several keys at once (MSET).
     * </pre>
     */
    public io.keyspace.v1.MSetResponse mSet(io.keyspace.v1.MSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores several keys only if none of them exists (MSETNX).
     * </pre>
     */
    public io.keyspace.v1.MSetNxResponse mSetNx(io.keyspace.v1.MSetNxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Appends to the string at a key (APPEND).
     * </pre>
     */
    public io.keyspace.v1.AppendResponse append(io.keyspace.v1.AppendRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAppendMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the length of a string (STRLEN).
     * </pre>
     */
    public io.keyspace.v1.StrLenResponse strLen(io.keyspace.v1.StrLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStrLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a substring (GETRANGE).
     * </pre>
     */
    public io.keyspace.v1.GetRangeResponse getRange(io.keyspace.v1.GetRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Overwrites part of a string (SETRANGE).
     * </pre>
     */
    public io.keyspace.v1.SetRangeResponse setRange(io.keyspace.v1.SetRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds one to the integer stored at a key (INCR).
     * </pre>
     */
    public io.keyspace.v1.IncrResponse incr(io.keyspace.v1.IncrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts one from the integer stored at a key (DECR).
     * </pre>
     */
    public io.keyspace.v1.DecrResponse decr(io.keyspace.v1.DecrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDecrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds to the integer stored at a key (INCRBY).
     * </pre>
     */
    public io.keyspace.v1.IncrByResponse incrBy(io.keyspace.v1.IncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts from the integer stored at a key (DECRBY).
     * </pre>
     */
    public io.keyspace.v1.DecrByResponse decrBy(io.keyspace.v1.DecrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDecrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a floating point increment (INCRBYFLOAT).
     * </pre>
     */
    public io.keyspace.v1.IncrByFloatResponse incrByFloat(io.keyspace.v1.IncrByFloatRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds the longest common subsequence of two strings (LCS).
     * </pre>
     */
    public io.keyspace.v1.LcsResponse lcs(io.keyspace.v1.LcsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLcsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes keys (DEL).
     * </pre>
     */
    public io.keyspace.v1.DelResponse del(io.keyspace.v1.DelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes keys, freeing their memory in the background (UNLINK).
     * </pre>
     */
    public io.keyspace.v1.UnlinkResponse unlink(io.keyspace.v1.UnlinkRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnlinkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts existing keys (EXISTS).
     * </pre>
     */
    public io.keyspace.v1.ExistsResponse exists(io.keyspace.v1.ExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the type of the value at a key (TYPE).
     * </pre>
     */
    public io.keyspace.v1.TypeResponse type(io.keyspace.v1.TypeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a key, overwriting the destination (RENAME).
     * </pre>
     */
    public io.keyspace.v1.RenameResponse rename(io.keyspace.v1.RenameRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRenameMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a key only if the new name is free (RENAMENX).
     * </pre>
     */
    public io.keyspace.v1.RenameNxResponse renameNx(io.keyspace.v1.RenameNxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRenameNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Copies a key's value and TTL to another key (COPY).
     * </pre>
     */
    public io.keyspace.v1.CopyResponse copy(io.keyspace.v1.CopyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCopyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the keys matching a glob-style pattern (KEYS).
     * </pre>
     */
    public io.keyspace.v1.KeysResponse keys(io.keyspace.v1.KeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over the keys a batch at a time (SCAN).
     * </pre>
     */
    public io.keyspace.v1.ScanResponse scan(io.keyspace.v1.ScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for a random key (RANDOMKEY).
     * </pre>
     */
    public io.keyspace.v1.RandomKeyResponse randomKey(io.keyspace.v1.RandomKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRandomKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks keys as accessed (TOUCH).
     * </pre>
     */
    public io.keyspace.v1.TouchResponse touch(io.keyspace.v1.TouchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTouchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a key's time to live in seconds (EXPIRE).
     * </pre>
     */
    public io.keyspace.v1.ExpireResponse expire(io.keyspace.v1.ExpireRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a key's time to live in milliseconds (PEXPIRE).
     * </pre>
     */
    public io.keyspace.v1.PExpireResponse pExpire(io.keyspace.v1.PExpireRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix seconds (EXPIREAT).
     * </pre>
     */
    public io.keyspace.v1.ExpireAtResponse expireAt(io.keyspace.v1.ExpireAtRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExpireAtMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix milliseconds (PEXPIREAT).
     * </pre>
     */
    public io.keyspace.v1.PExpireAtResponse pExpireAt(io.keyspace.v1.PExpireAtRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPExpireAtMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in seconds (TTL).
     * </pre>
     */
    public io.keyspace.v1.TtlResponse ttl(io.keyspace.v1.TtlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in milliseconds (PTTL).
     * </pre>
     */
    public io.keyspace.v1.PTtlResponse pTtl(io.keyspace.v1.PTtlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix seconds (EXPIRETIME).
     * </pre>
     */
    public io.keyspace.v1.ExpireTimeResponse expireTime(io.keyspace.v1.ExpireTimeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExpireTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix milliseconds (PEXPIRETIME).
     * </pre>
     */
    public io.keyspace.v1.PExpireTimeResponse pExpireTime(io.keyspace.v1.PExpireTimeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPExpireTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a key's expiry (PERSIST).
     * </pre>
     */
    public io.keyspace.v1.PersistResponse persist(io.keyspace.v1.PersistRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPersistMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks how the value at a key is stored (OBJECT ENCODING).
     * </pre>
     */
    public io.keyspace.v1.ObjectEncodingResponse objectEncoding(io.keyspace.v1.ObjectEncodingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getObjectEncodingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets fields of a hash (HSET).
     * </pre>
     */
    public io.keyspace.v1.HSetResponse hSet(io.keyspace.v1.HSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a field only if it does not exist (HSETNX).
     * </pre>
     */
    public io.keyspace.v1.HSetNxResponse hSetNx(io.keyspace.v1.HSetNxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one field of a hash (HGET).
     * </pre>
     */
    public io.keyspace.v1.HGetResponse hGet(io.keyspace.v1.HGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads several fields of a hash (HMGET).
     * </pre>
     */
    public io.keyspace.v1.HMGetResponse hMGet(io.keyspace.v1.HMGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a whole hash (HGETALL).
     * </pre>
     */
    public io.keyspace.v1.HGetAllResponse hGetAll(io.keyspace.v1.HGetAllRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHGetAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes fields of a hash (HDEL).
     * </pre>
     */
    public io.keyspace.v1.HDelResponse hDel(io.keyspace.v1.HDelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells whether a field exists (HEXISTS).
     * </pre>
     */
    public io.keyspace.v1.HExistsResponse hExists(io.keyspace.v1.HExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the fields of a hash (HLEN).
     * </pre>
     */
    public io.keyspace.v1.HLenResponse hLen(io.keyspace.v1.HLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the length of a field's value (HSTRLEN).
     * </pre>
     */
    public io.keyspace.v1.HStrLenResponse hStrLen(io.keyspace.v1.HStrLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHStrLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the fields of a hash (HKEYS).
     * </pre>
     */
    public io.keyspace.v1.HKeysResponse hKeys(io.keyspace.v1.HKeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the values of a hash (HVALS).
     * </pre>
     */
    public io.keyspace.v1.HValsResponse hVals(io.keyspace.v1.HValsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHValsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds to the integer in a field (HINCRBY).
     * </pre>
     */
    public io.keyspace.v1.HIncrByResponse hIncrBy(io.keyspace.v1.HIncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a floating point amount to a field (HINCRBYFLOAT).
     * </pre>
     */
    public io.keyspace.v1.HIncrByFloatResponse hIncrByFloat(io.keyspace.v1.HIncrByFloatRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Picks random fields of a hash (HRANDFIELD).
     * </pre>
     */
    public io.keyspace.v1.HRandFieldResponse hRandField(io.keyspace.v1.HRandFieldRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHRandFieldMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over a hash's fields (HSCAN).
     * </pre>
     */
    public io.keyspace.v1.HScanResponse hScan(io.keyspace.v1.HScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Inserts elements at the head of a list (LPUSH).
     * </pre>
     */
    public io.keyspace.v1.LPushResponse lPush(io.keyspace.v1.LPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Appends elements at the tail of a list (RPUSH).
     * </pre>
     */
    public io.keyspace.v1.RPushResponse rPush(io.keyspace.v1.RPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pushes at the head only if the list exists (LPUSHX).
     * </pre>
     */
    public io.keyspace.v1.LPushXResponse lPushX(io.keyspace.v1.LPushXRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPushXMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pushes at the tail only if the list exists (RPUSHX).
     * </pre>
     */
    public io.keyspace.v1.RPushXResponse rPushX(io.keyspace.v1.RPushXRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPushXMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes elements from the head of a list (LPOP).
     * </pre>
     */
    public io.keyspace.v1.LPopResponse lPop(io.keyspace.v1.LPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes elements from the tail of a list (RPOP).
     * </pre>
     */
    public io.keyspace.v1.RPopResponse rPop(io.keyspace.v1.RPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the length of a list (LLEN).
     * </pre>
     */
    public io.keyspace.v1.LLenResponse lLen(io.keyspace.v1.LLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a range of a list (LRANGE).
     * </pre>
     */
    public io.keyspace.v1.LRangeResponse lRange(io.keyspace.v1.LRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one element by index (LINDEX).
     * </pre>
     */
    public io.keyspace.v1.LIndexResponse lIndex(io.keyspace.v1.LIndexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the element at an index (LSET).
     * </pre>
     */
    public io.keyspace.v1.LSetResponse lSet(io.keyspace.v1.LSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Inserts an element next to another (LINSERT).
     * </pre>
     */
    public io.keyspace.v1.LInsertResponse lInsert(io.keyspace.v1.LInsertRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLInsertMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes occurrences of an element (LREM).
     * </pre>
     */
    public io.keyspace.v1.LRemResponse lRem(io.keyspace.v1.LRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Keeps only a range of a list (LTRIM).
     * </pre>
     */
    public io.keyspace.v1.LTrimResponse lTrim(io.keyspace.v1.LTrimRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds the positions of an element (LPOS).
     * </pre>
     */
    public io.keyspace.v1.LPosResponse lPos(io.keyspace.v1.LPosRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPosMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from one list and pushes to another (LMOVE).
     * </pre>
     */
    public io.keyspace.v1.LMoveResponse lMove(io.keyspace.v1.LMoveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves the tail of one list to the head of another (RPOPLPUSH).
     * </pre>
     */
    public io.keyspace.v1.RPopLPushResponse rPopLPush(io.keyspace.v1.RPopLPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPopLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several lists (LMPOP).
     * </pre>
     */
    public io.keyspace.v1.LMPopResponse lMPop(io.keyspace.v1.LMPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the head of the first non-empty list, waiting for one when all
     * are empty (BLPOP).
     * </pre>
     */
    public io.keyspace.v1.BLPopResponse bLPop(io.keyspace.v1.BLPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the tail of the first non-empty list, waiting for one when all
     * are empty (BRPOP).
     * </pre>
     */
    public io.keyspace.v1.BRPopResponse bRPop(io.keyspace.v1.BRPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is LMOVE that waits for the source to have an element (BLMOVE).
     * </pre>
     */
    public io.keyspace.v1.BLMoveResponse bLMove(io.keyspace.v1.BLMoveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is RPOPLPUSH that waits for the source to have an element (BRPOPLPUSH).
     * </pre>
     */
    public io.keyspace.v1.BRPopLPushResponse bRPopLPush(io.keyspace.v1.BRPopLPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBRPopLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is LMPOP that waits for one of the lists to have elements (BLMPOP).
     * </pre>
     */
    public io.keyspace.v1.BLMPopResponse bLMPop(io.keyspace.v1.BLMPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBLMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds members to a set (SADD).
     * </pre>
     */
    public io.keyspace.v1.SAddResponse sAdd(io.keyspace.v1.SAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes members from a set (SREM).
     * </pre>
     */
    public io.keyspace.v1.SRemResponse sRem(io.keyspace.v1.SRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members of a set (SCARD).
     * </pre>
     */
    public io.keyspace.v1.SCardResponse sCard(io.keyspace.v1.SCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells whether a member is in a set (SISMEMBER).
     * </pre>
     */
    public io.keyspace.v1.SIsMemberResponse sIsMember(io.keyspace.v1.SIsMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells for several members whether they are in a set (SMISMEMBER).
     * </pre>
     */
    public io.keyspace.v1.SMIsMemberResponse sMIsMember(io.keyspace.v1.SMIsMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a set's members (SMEMBERS).
     * </pre>
     */
    public io.keyspace.v1.SMembersResponse sMembers(io.keyspace.v1.SMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes random members from a set (SPOP).
     * </pre>
     */
    public io.keyspace.v1.SPopResponse sPop(io.keyspace.v1.SPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Picks random members without removing them (SRANDMEMBER).
     * </pre>
     */
    public io.keyspace.v1.SRandMemberResponse sRandMember(io.keyspace.v1.SRandMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSRandMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a member from one set to another (SMOVE).
     * </pre>
     */
    public io.keyspace.v1.SMoveResponse sMove(io.keyspace.v1.SMoveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Intersects sets (SINTER).
     * </pre>
     */
    public io.keyspace.v1.SInterResponse sInter(io.keyspace.v1.SInterRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the intersection of sets (SINTERCARD).
     * </pre>
     */
    public io.keyspace.v1.SInterCardResponse sInterCard(io.keyspace.v1.SInterCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSInterCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the intersection of sets (SINTERSTORE).
     * </pre>
     */
    public io.keyspace.v1.SInterStoreResponse sInterStore(io.keyspace.v1.SInterStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unites sets (SUNION).
     * </pre>
     */
    public io.keyspace.v1.SUnionResponse sUnion(io.keyspace.v1.SUnionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the union of sets (SUNIONSTORE).
     * </pre>
     */
    public io.keyspace.v1.SUnionStoreResponse sUnionStore(io.keyspace.v1.SUnionStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts sets from the first (SDIFF).
     * </pre>
     */
    public io.keyspace.v1.SDiffResponse sDiff(io.keyspace.v1.SDiffRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the difference of sets (SDIFFSTORE).
     * </pre>
     */
    public io.keyspace.v1.SDiffStoreResponse sDiffStore(io.keyspace.v1.SDiffStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSDiffStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over a set's members (SSCAN).
     * </pre>
     */
    public io.keyspace.v1.SScanResponse sScan(io.keyspace.v1.SScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds members to a sorted set or updates their scores (ZADD).
     * </pre>
     */
    public io.keyspace.v1.ZAddResponse zAdd(io.keyspace.v1.ZAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds to a member's score (ZINCRBY).
     * </pre>
     */
    public io.keyspace.v1.ZIncrByResponse zIncrBy(io.keyspace.v1.ZIncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes members from a sorted set (ZREM).
     * </pre>
     */
    public io.keyspace.v1.ZRemResponse zRem(io.keyspace.v1.ZRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members of a sorted set (ZCARD).
     * </pre>
     */
    public io.keyspace.v1.ZCardResponse zCard(io.keyspace.v1.ZCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a member's score (ZSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZScoreResponse zScore(io.keyspace.v1.ZScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads several members' scores (ZMSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZMScoreResponse zMScore(io.keyspace.v1.ZMScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZMScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members within a score range (ZCOUNT).
     * </pre>
     */
    public io.keyspace.v1.ZCountResponse zCount(io.keyspace.v1.ZCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members within a lexicographic range (ZLEXCOUNT).
     * </pre>
     */
    public io.keyspace.v1.ZLexCountResponse zLexCount(io.keyspace.v1.ZLexCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZLexCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a member's rank, lowest score first (ZRANK).
     * </pre>
     */
    public io.keyspace.v1.ZRankResponse zRank(io.keyspace.v1.ZRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a member's rank, highest score first (ZREVRANK).
     * </pre>
     */
    public io.keyspace.v1.ZRevRankResponse zRevRank(io.keyspace.v1.ZRevRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a range of a sorted set by rank, score or lex order (ZRANGE).
     * </pre>
     */
    public io.keyspace.v1.ZRangeResponse zRange(io.keyspace.v1.ZRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a range of a sorted set (ZRANGESTORE).
     * </pre>
     */
    public io.keyspace.v1.ZRangeStoreResponse zRangeStore(io.keyspace.v1.ZRangeStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members by score, lowest first (ZRANGEBYSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZRangeByScoreResponse zRangeByScore(io.keyspace.v1.ZRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members by score, highest first (ZREVRANGEBYSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZRevRangeByScoreResponse zRevRangeByScore(io.keyspace.v1.ZRevRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members in lexicographic order (ZRANGEBYLEX).
     * </pre>
     */
    public io.keyspace.v1.ZRangeByLexResponse zRangeByLex(io.keyspace.v1.ZRangeByLexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeByLexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members in reverse lexicographic order (ZREVRANGEBYLEX).
     * </pre>
     */
    public io.keyspace.v1.ZRevRangeByLexResponse zRevRangeByLex(io.keyspace.v1.ZRevRangeByLexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRangeByLexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a range of ranks, highest score first (ZREVRANGE).
     * </pre>
     */
    public io.keyspace.v1.ZRevRangeResponse zRevRange(io.keyspace.v1.ZRevRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a range of ranks (ZREMRANGEBYRANK).
     * </pre>
     */
    public io.keyspace.v1.ZRemRangeByRankResponse zRemRangeByRank(io.keyspace.v1.ZRemRangeByRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemRangeByRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a score range (ZREMRANGEBYSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZRemRangeByScoreResponse zRemRangeByScore(io.keyspace.v1.ZRemRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a lexicographic range (ZREMRANGEBYLEX).
     * </pre>
     */
    public io.keyspace.v1.ZRemRangeByLexResponse zRemRangeByLex(io.keyspace.v1.ZRemRangeByLexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemRangeByLexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the members with the lowest scores (ZPOPMIN).
     * </pre>
     */
    public io.keyspace.v1.ZPopMinResponse zPopMin(io.keyspace.v1.ZPopMinRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZPopMinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the members with the highest scores (ZPOPMAX).
     * </pre>
     */
    public io.keyspace.v1.ZPopMaxResponse zPopMax(io.keyspace.v1.ZPopMaxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZPopMaxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several sorted sets (ZMPOP).
     * </pre>
     */
    public io.keyspace.v1.ZMPopResponse zMPop(io.keyspace.v1.ZMPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Picks random members (ZRANDMEMBER).
     * </pre>
     */
    public io.keyspace.v1.ZRandMemberResponse zRandMember(io.keyspace.v1.ZRandMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRandMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unites sorted sets (ZUNION).
     * </pre>
     */
    public io.keyspace.v1.ZUnionResponse zUnion(io.keyspace.v1.ZUnionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Intersects sorted sets (ZINTER).
     * </pre>
     */
    public io.keyspace.v1.ZInterResponse zInter(io.keyspace.v1.ZInterRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts sorted sets from the first (ZDIFF).
     * </pre>
     */
    public io.keyspace.v1.ZDiffResponse zDiff(io.keyspace.v1.ZDiffRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the union of sorted sets (ZUNIONSTORE).
     * </pre>
     */
    public io.keyspace.v1.ZUnionStoreResponse zUnionStore(io.keyspace.v1.ZUnionStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the intersection of sorted sets (ZINTERSTORE).
     * </pre>
     */
    public io.keyspace.v1.ZInterStoreResponse zInterStore(io.keyspace.v1.ZInterStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the difference of sorted sets (ZDIFFSTORE).
     * </pre>
     */
    public io.keyspace.v1.ZDiffStoreResponse zDiffStore(io.keyspace.v1.ZDiffStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZDiffStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the intersection of sorted sets (ZINTERCARD).
     * </pre>
     */
    public io.keyspace.v1.ZInterCardResponse zInterCard(io.keyspace.v1.ZInterCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZInterCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over a sorted set (ZSCAN).
     * </pre>
     */
    public io.keyspace.v1.ZScanResponse zScan(io.keyspace.v1.ZScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is ZPOPMIN over several keys that waits for one to have members
     * (BZPOPMIN).
     * </pre>
     */
    public io.keyspace.v1.BZPopMinResponse bZPopMin(io.keyspace.v1.BZPopMinRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBZPopMinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is ZPOPMAX over several keys that waits for one to have members
     * (BZPOPMAX).
     * </pre>
     */
    public io.keyspace.v1.BZPopMaxResponse bZPopMax(io.keyspace.v1.BZPopMaxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBZPopMaxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is ZMPOP that waits for one of the sorted sets to have members (BZMPOP).
     * </pre>
     */
    public io.keyspace.v1.BZMPopResponse bZMPop(io.keyspace.v1.BZMPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBZMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the current version of keys, for a later Exec to check (WATCH).
     * MULTI, DISCARD and UNWATCH are client-side; see ExecRequest.
     * </pre>
     */
    public io.keyspace.v1.WatchResponse watch(io.keyspace.v1.WatchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getWatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs commands as one atomic transaction unless a watched key changed
     * (EXEC).
     * </pre>
     */
    public io.keyspace.v1.ExecResponse exec(io.keyspace.v1.ExecRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExecMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Posts a message to a channel (PUBLISH). Messages are not stored data:
     * PUBLISH is not logged to the AOF and runs while the disk refuses writes.
     * </pre>
     */
    public io.keyspace.v1.PublishResponse publish(io.keyspace.v1.PublishRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPublishMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Posts a message to a shard channel (SPUBLISH).
     * </pre>
     */
    public io.keyspace.v1.SPublishResponse sPublish(io.keyspace.v1.SPublishRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSPublishMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists channels with subscribers (PUBSUB CHANNELS).
     * </pre>
     */
    public io.keyspace.v1.PubSubChannelsResponse pubSubChannels(io.keyspace.v1.PubSubChannelsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPubSubChannelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the subscribers of channels (PUBSUB NUMSUB).
     * </pre>
     */
    public io.keyspace.v1.PubSubNumSubResponse pubSubNumSub(io.keyspace.v1.PubSubNumSubRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPubSubNumSubMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts pattern subscriptions (PUBSUB NUMPAT).
     * </pre>
     */
    public io.keyspace.v1.PubSubNumPatResponse pubSubNumPat(io.keyspace.v1.PubSubNumPatRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPubSubNumPatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists shard channels with subscribers (PUBSUB SHARDCHANNELS).
     * </pre>
     */
    public io.keyspace.v1.PubSubShardChannelsResponse pubSubShardChannels(io.keyspace.v1.PubSubShardChannelsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPubSubShardChannelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the subscribers of shard channels (PUBSUB SHARDNUMSUB).
     * </pre>
     */
    public io.keyspace.v1.PubSubShardNumSubResponse pubSubShardNumSub(io.keyspace.v1.PubSubShardNumSubRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPubSubShardNumSubMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subscribe is a subscribed connection (SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE
     * and their UNSUBSCRIBEs, sent at any time): the server confirms each
     * change and streams the messages published to what the stream follows,
     * in publish order. See subscribe.proto for sequence numbers, resuming,
     * heartbeats and the output buffer limit.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.keyspace.v1.SubscribeRequest, io.keyspace.v1.SubscribeResponse>
        subscribe() {
      return io.grpc.stub.ClientCalls.blockingBidiStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Pipeline runs many commands per round trip: each PipelineRequest's
     * commands run in order and are answered by one PipelineResponse with one
     * reply per command, in the same order. A failed command gets an error
     * reply and does not end the stream.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.keyspace.v1.PipelineRequest, io.keyspace.v1.PipelineResponse>
        pipeline() {
      return io.grpc.stub.ClientCalls.blockingBidiStreamingCall(
          getChannel(), getPipelineMethod(), getCallOptions());
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service KeyspaceService.
   * <pre>
   * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
   * command: an RPC's name lowercased is the Redis command name without spaces
   * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
   * ends its call with a status whose message is Redis's error text and whose
   * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
   * its reason. Each command runs atomically.
   * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
   * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
   * after a failure. Any other RPC may have run before the failure.
   * </pre>
   */
  public static final class KeyspaceServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<KeyspaceServiceBlockingStub> {
    private KeyspaceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KeyspaceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KeyspaceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks that the server answers (PING).
     * </pre>
     */
    public io.keyspace.v1.PingResponse ping(io.keyspace.v1.PingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the server to return a message (ECHO).
     * </pre>
     */
    public io.keyspace.v1.EchoResponse echo(io.keyspace.v1.EchoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEchoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for the server's clock (TIME).
     * </pre>
     */
    public io.keyspace.v1.TimeResponse time(io.keyspace.v1.TimeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks how many keys the database holds (DBSIZE).
     * </pre>
     */
    public io.keyspace.v1.DbSizeResponse dbSize(io.keyspace.v1.DbSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDbSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every key of the database (FLUSHDB).
     * </pre>
     */
    public io.keyspace.v1.FlushDbResponse flushDb(io.keyspace.v1.FlushDbRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFlushDbMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every key of every database (FLUSHALL).
     * </pre>
     */
    public io.keyspace.v1.FlushAllResponse flushAll(io.keyspace.v1.FlushAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFlushAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for the server's state as Redis's INFO text (INFO).
     * </pre>
     */
    public io.keyspace.v1.InfoResponse info(io.keyspace.v1.InfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rewrites the append-only file in the background, compacting it to one
     * base file (BGREWRITEAOF).
     * </pre>
     */
    public io.keyspace.v1.BgRewriteAofResponse bgRewriteAof(io.keyspace.v1.BgRewriteAofRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBgRewriteAofMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk, blocking meanwhile (SAVE).
     * </pre>
     */
    public io.keyspace.v1.SaveResponse save(io.keyspace.v1.SaveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk in the background (BGSAVE).
     * </pre>
     */
    public io.keyspace.v1.BgSaveResponse bgSave(io.keyspace.v1.BgSaveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBgSaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks when the last snapshot was saved (LASTSAVE).
     * </pre>
     */
    public io.keyspace.v1.LastSaveResponse lastSave(io.keyspace.v1.LastSaveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLastSaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the configuration parameters matching patterns (CONFIG GET).
     * </pre>
     */
    public io.keyspace.v1.ConfigGetResponse configGet(io.keyspace.v1.ConfigGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConfigGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes configuration parameters at run time (CONFIG SET).
     * </pre>
     */
    public io.keyspace.v1.ConfigSetResponse configSet(io.keyspace.v1.ConfigSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConfigSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads the string stored at a key (GET).
     * </pre>
     */
    public io.keyspace.v1.GetResponse get(io.keyspace.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string at a key (SET), with Redis's options.
     * </pre>
     */
    public io.keyspace.v1.SetResponse set(io.keyspace.v1.SetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string only if the key does not exist (SETNX).
     * </pre>
     */
    public io.keyspace.v1.SetNxResponse setNx(io.keyspace.v1.SetNxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string with a TTL in seconds (SETEX).
     * </pre>
     */
    public io.keyspace.v1.SetExResponse setEx(io.keyspace.v1.SetExRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string with a TTL in milliseconds (PSETEX).
     * </pre>
     */
    public io.keyspace.v1.PSetExResponse pSetEx(io.keyspace.v1.PSetExRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPSetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a string and returns the old one (GETSET).
     * </pre>
     */
    public io.keyspace.v1.GetSetResponse getSet(io.keyspace.v1.GetSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a string and deletes its key (GETDEL).
     * </pre>
     */
    public io.keyspace.v1.GetDelResponse getDel(io.keyspace.v1.GetDelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a string and changes its TTL (GETEX).
     * </pre>
     */
    public io.keyspace.v1.GetExResponse getEx(io.keyspace.v1.GetExRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads several keys at once (MGET).
     * </pre>
     */
    public io.keyspace.v1.MGetResponse mGet(io.keyspace.v1.MGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores several keys at once (MSET).
     * </pre>
     */
    public io.keyspace.v1.MSetResponse mSet(io.keyspace.v1.MSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores several keys only if none of them exists (MSETNX).
     * </pre>
     */
    public io.keyspace.v1.MSetNxResponse mSetNx(io.keyspace.v1.MSetNxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Appends to the string at a key (APPEND).
     * </pre>
     */
    public io.keyspace.v1.AppendResponse append(io.keyspace.v1.AppendRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAppendMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the length of a string (STRLEN).
     * </pre>
     */
    public io.keyspace.v1.StrLenResponse strLen(io.keyspace.v1.StrLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStrLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a substring (GETRANGE).
     * </pre>
     */
    public io.keyspace.v1.GetRangeResponse getRange(io.keyspace.v1.GetRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Overwrites part of a string (SETRANGE).
     * </pre>
     */
    public io.keyspace.v1.SetRangeResponse setRange(io.keyspace.v1.SetRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds one to the integer stored at a key (INCR).
     * </pre>
     */
    public io.keyspace.v1.IncrResponse incr(io.keyspace.v1.IncrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts one from the integer stored at a key (DECR).
     * </pre>
     */
    public io.keyspace.v1.DecrResponse decr(io.keyspace.v1.DecrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDecrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds to the integer stored at a key (INCRBY).
     * </pre>
     */
    public io.keyspace.v1.IncrByResponse incrBy(io.keyspace.v1.IncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts from the integer stored at a key (DECRBY).
     * </pre>
     */
    public io.keyspace.v1.DecrByResponse decrBy(io.keyspace.v1.DecrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDecrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a floating point increment (INCRBYFLOAT).
     * </pre>
     */
    public io.keyspace.v1.IncrByFloatResponse incrByFloat(io.keyspace.v1.IncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds the longest common subsequence of two strings (LCS).
     * </pre>
     */
    public io.keyspace.v1.LcsResponse lcs(io.keyspace.v1.LcsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLcsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes keys (DEL).
     * </pre>
     */
    public io.keyspace.v1.DelResponse del(io.keyspace.v1.DelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes keys, freeing their memory in the background (UNLINK).
     * </pre>
     */
    public io.keyspace.v1.UnlinkResponse unlink(io.keyspace.v1.UnlinkRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnlinkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts existing keys (EXISTS).
     * </pre>
     */
    public io.keyspace.v1.ExistsResponse exists(io.keyspace.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the type of the value at a key (TYPE).
     * </pre>
     */
    public io.keyspace.v1.TypeResponse type(io.keyspace.v1.TypeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a key, overwriting the destination (RENAME).
     * </pre>
     */
    public io.keyspace.v1.RenameResponse rename(io.keyspace.v1.RenameRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRenameMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a key only if the new name is free (RENAMENX).
     * </pre>
     */
    public io.keyspace.v1.RenameNxResponse renameNx(io.keyspace.v1.RenameNxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRenameNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Copies a key's value and TTL to another key (COPY).
     * </pre>
     */
    public io.keyspace.v1.CopyResponse copy(io.keyspace.v1.CopyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCopyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the keys matching a glob-style pattern (KEYS).
     * </pre>
     */
    public io.keyspace.v1.KeysResponse keys(io.keyspace.v1.KeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over the keys a batch at a time (SCAN).
     * </pre>
     */
    public io.keyspace.v1.ScanResponse scan(io.keyspace.v1.ScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for a random key (RANDOMKEY).
     * </pre>
     */
    public io.keyspace.v1.RandomKeyResponse randomKey(io.keyspace.v1.RandomKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRandomKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks keys as accessed (TOUCH).
     * </pre>
     */
    public io.keyspace.v1.TouchResponse touch(io.keyspace.v1.TouchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTouchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a key's time to live in seconds (EXPIRE).
     * </pre>
     */
    public io.keyspace.v1.ExpireResponse expire(io.keyspace.v1.ExpireRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a key's time to live in milliseconds (PEXPIRE).
     * </pre>
     */
    public io.keyspace.v1.PExpireResponse pExpire(io.keyspace.v1.PExpireRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix seconds (EXPIREAT).
     * </pre>
     */
    public io.keyspace.v1.ExpireAtResponse expireAt(io.keyspace.v1.ExpireAtRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExpireAtMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix milliseconds (PEXPIREAT).
     * </pre>
     */
    public io.keyspace.v1.PExpireAtResponse pExpireAt(io.keyspace.v1.PExpireAtRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPExpireAtMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in seconds (TTL).
     * </pre>
     */
    public io.keyspace.v1.TtlResponse ttl(io.keyspace.v1.TtlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in milliseconds (PTTL).
     * </pre>
     */
    public io.keyspace.v1.PTtlResponse pTtl(io.keyspace.v1.PTtlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix seconds (EXPIRETIME).
     * </pre>
     */
    public io.keyspace.v1.ExpireTimeResponse expireTime(io.keyspace.v1.ExpireTimeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExpireTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix milliseconds (PEXPIRETIME).
     * </pre>
     */
    public io.keyspace.v1.PExpireTimeResponse pExpireTime(io.keyspace.v1.PExpireTimeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPExpireTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a key's expiry (PERSIST).
     * </pre>
     */
    public io.keyspace.v1.PersistResponse persist(io.keyspace.v1.PersistRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPersistMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks how the value at a key is stored (OBJECT ENCODING).
     * </pre>
     */
    public io.keyspace.v1.ObjectEncodingResponse objectEncoding(io.keyspace.v1.ObjectEncodingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getObjectEncodingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets fields of a hash (HSET).
     * </pre>
     */
    public io.keyspace.v1.HSetResponse hSet(io.keyspace.v1.HSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a field only if it does not exist (HSETNX).
     * </pre>
     */
    public io.keyspace.v1.HSetNxResponse hSetNx(io.keyspace.v1.HSetNxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one field of a hash (HGET).
     * </pre>
     */
    public io.keyspace.v1.HGetResponse hGet(io.keyspace.v1.HGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads several fields of a hash (HMGET).
     * </pre>
     */
    public io.keyspace.v1.HMGetResponse hMGet(io.keyspace.v1.HMGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a whole hash (HGETALL).
     * </pre>
     */
    public io.keyspace.v1.HGetAllResponse hGetAll(io.keyspace.v1.HGetAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHGetAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes fields of a hash (HDEL).
     * </pre>
     */
    public io.keyspace.v1.HDelResponse hDel(io.keyspace.v1.HDelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells whether a field exists (HEXISTS).
     * </pre>
     */
    public io.keyspace.v1.HExistsResponse hExists(io.keyspace.v1.HExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the fields of a hash (HLEN).
     * </pre>
     */
    public io.keyspace.v1.HLenResponse hLen(io.keyspace.v1.HLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the length of a field's value (HSTRLEN).
     * </pre>
     */
    public io.keyspace.v1.HStrLenResponse hStrLen(io.keyspace.v1.HStrLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHStrLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the fields of a hash (HKEYS).
     * </pre>
     */
    public io.keyspace.v1.HKeysResponse hKeys(io.keyspace.v1.HKeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the values of a hash (HVALS).
     * </pre>
     */
    public io.keyspace.v1.HValsResponse hVals(io.keyspace.v1.HValsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHValsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds to the integer in a field (HINCRBY).
     * </pre>
     */
    public io.keyspace.v1.HIncrByResponse hIncrBy(io.keyspace.v1.HIncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a floating point amount to a field (HINCRBYFLOAT).
     * </pre>
     */
    public io.keyspace.v1.HIncrByFloatResponse hIncrByFloat(io.keyspace.v1.HIncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Picks random fields of a hash (HRANDFIELD).
     * </pre>
     */
    public io.keyspace.v1.HRandFieldResponse hRandField(io.keyspace.v1.HRandFieldRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHRandFieldMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over a hash's fields (HSCAN).
     * </pre>
     */
    public io.keyspace.v1.HScanResponse hScan(io.keyspace.v1.HScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Inserts elements at the head of a list (LPUSH).
     * </pre>
     */
    public io.keyspace.v1.LPushResponse lPush(io.keyspace.v1.LPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Appends elements at the tail of a list (RPUSH).
     * </pre>
     */
    public io.keyspace.v1.RPushResponse rPush(io.keyspace.v1.RPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pushes at the head only if the list exists (LPUSHX).
     * </pre>
     */
    public io.keyspace.v1.LPushXResponse lPushX(io.keyspace.v1.LPushXRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPushXMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pushes at the tail only if the list exists (RPUSHX).
     * </pre>
     */
    public io.keyspace.v1.RPushXResponse rPushX(io.keyspace.v1.RPushXRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPushXMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes elements from the head of a list (LPOP).
     * </pre>
     */
    public io.keyspace.v1.LPopResponse lPop(io.keyspace.v1.LPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes elements from the tail of a list (RPOP).
     * </pre>
     */
    public io.keyspace.v1.RPopResponse rPop(io.keyspace.v1.RPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks the length of a list (LLEN).
     * </pre>
     */
    public io.keyspace.v1.LLenResponse lLen(io.keyspace.v1.LLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a range of a list (LRANGE).
     * </pre>
     */
    public io.keyspace.v1.LRangeResponse lRange(io.keyspace.v1.LRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one element by index (LINDEX).
     * </pre>
     */
    public io.keyspace.v1.LIndexResponse lIndex(io.keyspace.v1.LIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the element at an index (LSET).
     * </pre>
     */
    public io.keyspace.v1.LSetResponse lSet(io.keyspace.v1.LSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Inserts an element next to another (LINSERT).
     * </pre>
     */
    public io.keyspace.v1.LInsertResponse lInsert(io.keyspace.v1.LInsertRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLInsertMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes occurrences of an element (LREM).
     * </pre>
     */
    public io.keyspace.v1.LRemResponse lRem(io.keyspace.v1.LRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Keeps only a range of a list (LTRIM).
     * </pre>
     */
    public io.keyspace.v1.LTrimResponse lTrim(io.keyspace.v1.LTrimRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds the positions of an element (LPOS).
     * </pre>
     */
    public io.keyspace.v1.LPosResponse lPos(io.keyspace.v1.LPosRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPosMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from one list and pushes to another (LMOVE).
     * </pre>
     */
    public io.keyspace.v1.LMoveResponse lMove(io.keyspace.v1.LMoveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves the tail of one list to the head of another (RPOPLPUSH).
     * </pre>
     */
    public io.keyspace.v1.RPopLPushResponse rPopLPush(io.keyspace.v1.RPopLPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPopLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several lists (LMPOP).
     * </pre>
     */
    public io.keyspace.v1.LMPopResponse lMPop(io.keyspace.v1.LMPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the head of the first non-empty list, waiting for one when all
     * are empty (BLPOP).
     * </pre>
     */
    public io.keyspace.v1.BLPopResponse bLPop(io.keyspace.v1.BLPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the tail of the first non-empty list, waiting for one when all
     * are empty (BRPOP).
     * </pre>
     */
    public io.keyspace.v1.BRPopResponse bRPop(io.keyspace.v1.BRPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is LMOVE that waits for the source to have an element (BLMOVE).
     * </pre>
     */
    public io.keyspace.v1.BLMoveResponse bLMove(io.keyspace.v1.BLMoveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is RPOPLPUSH that waits for the source to have an element (BRPOPLPUSH).
     * </pre>
     */
    public io.keyspace.v1.BRPopLPushResponse bRPopLPush(io.keyspace.v1.BRPopLPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBRPopLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is LMPOP that waits for one of the lists to have elements (BLMPOP).
     * </pre>
     */
    public io.keyspace.v1.BLMPopResponse bLMPop(io.keyspace.v1.BLMPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBLMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds members to a set (SADD).
     * </pre>
     */
    public io.keyspace.v1.SAddResponse sAdd(io.keyspace.v1.SAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes members from a set (SREM).
     * </pre>
     */
    public io.keyspace.v1.SRemResponse sRem(io.keyspace.v1.SRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members of a set (SCARD).
     * </pre>
     */
    public io.keyspace.v1.SCardResponse sCard(io.keyspace.v1.SCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells whether a member is in a set (SISMEMBER).
     * </pre>
     */
    public io.keyspace.v1.SIsMemberResponse sIsMember(io.keyspace.v1.SIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells for several members whether they are in a set (SMISMEMBER).
     * </pre>
     */
    public io.keyspace.v1.SMIsMemberResponse sMIsMember(io.keyspace.v1.SMIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a set's members (SMEMBERS).
     * </pre>
     */
    public io.keyspace.v1.SMembersResponse sMembers(io.keyspace.v1.SMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes random members from a set (SPOP).
     * </pre>
     */
    public io.keyspace.v1.SPopResponse sPop(io.keyspace.v1.SPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Picks random members without removing them (SRANDMEMBER).
     * </pre>
     */
    public io.keyspace.v1.SRandMemberResponse sRandMember(io.keyspace.v1.SRandMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSRandMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a member from one set to another (SMOVE).
     * </pre>
     */
    public io.keyspace.v1.SMoveResponse sMove(io.keyspace.v1.SMoveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Intersects sets (SINTER).
     * </pre>
     */
    public io.keyspace.v1.SInterResponse sInter(io.keyspace.v1.SInterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the intersection of sets (SINTERCARD).
     * </pre>
     */
    public io.keyspace.v1.SInterCardResponse sInterCard(io.keyspace.v1.SInterCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSInterCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the intersection of sets (SINTERSTORE).
     * </pre>
     */
    public io.keyspace.v1.SInterStoreResponse sInterStore(io.keyspace.v1.SInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unites sets (SUNION).
     * </pre>
     */
    public io.keyspace.v1.SUnionResponse sUnion(io.keyspace.v1.SUnionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the union of sets (SUNIONSTORE).
     * </pre>
     */
    public io.keyspace.v1.SUnionStoreResponse sUnionStore(io.keyspace.v1.SUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts sets from the first (SDIFF).
     * </pre>
     */
    public io.keyspace.v1.SDiffResponse sDiff(io.keyspace.v1.SDiffRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the difference of sets (SDIFFSTORE).
     * </pre>
     */
    public io.keyspace.v1.SDiffStoreResponse sDiffStore(io.keyspace.v1.SDiffStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSDiffStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over a set's members (SSCAN).
     * </pre>
     */
    public io.keyspace.v1.SScanResponse sScan(io.keyspace.v1.SScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds members to a sorted set or updates their scores (ZADD).
     * </pre>
     */
    public io.keyspace.v1.ZAddResponse zAdd(io.keyspace.v1.ZAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds to a member's score (ZINCRBY).
     * </pre>
     */
    public io.keyspace.v1.ZIncrByResponse zIncrBy(io.keyspace.v1.ZIncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes members from a sorted set (ZREM).
     * </pre>
     */
    public io.keyspace.v1.ZRemResponse zRem(io.keyspace.v1.ZRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members of a sorted set (ZCARD).
     * </pre>
     */
    public io.keyspace.v1.ZCardResponse zCard(io.keyspace.v1.ZCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a member's score (ZSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZScoreResponse zScore(io.keyspace.v1.ZScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads several members' scores (ZMSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZMScoreResponse zMScore(io.keyspace.v1.ZMScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZMScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members within a score range (ZCOUNT).
     * </pre>
     */
    public io.keyspace.v1.ZCountResponse zCount(io.keyspace.v1.ZCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the members within a lexicographic range (ZLEXCOUNT).
     * </pre>
     */
    public io.keyspace.v1.ZLexCountResponse zLexCount(io.keyspace.v1.ZLexCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZLexCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a member's rank, lowest score first (ZRANK).
     * </pre>
     */
    public io.keyspace.v1.ZRankResponse zRank(io.keyspace.v1.ZRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a member's rank, highest score first (ZREVRANK).
     * </pre>
     */
    public io.keyspace.v1.ZRevRankResponse zRevRank(io.keyspace.v1.ZRevRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a range of a sorted set by rank, score or lex order (ZRANGE).
     * </pre>
     */
    public io.keyspace.v1.ZRangeResponse zRange(io.keyspace.v1.ZRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores a range of a sorted set (ZRANGESTORE).
     * </pre>
     */
    public io.keyspace.v1.ZRangeStoreResponse zRangeStore(io.keyspace.v1.ZRangeStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members by score, lowest first (ZRANGEBYSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZRangeByScoreResponse zRangeByScore(io.keyspace.v1.ZRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members by score, highest first (ZREVRANGEBYSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZRevRangeByScoreResponse zRevRangeByScore(io.keyspace.v1.ZRevRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members in lexicographic order (ZRANGEBYLEX).
     * </pre>
     */
    public io.keyspace.v1.ZRangeByLexResponse zRangeByLex(io.keyspace.v1.ZRangeByLexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeByLexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads members in reverse lexicographic order (ZREVRANGEBYLEX).
     * </pre>
     */
    public io.keyspace.v1.ZRevRangeByLexResponse zRevRangeByLex(io.keyspace.v1.ZRevRangeByLexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRangeByLexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a range of ranks, highest score first (ZREVRANGE).
     * </pre>
     */
    public io.keyspace.v1.ZRevRangeResponse zRevRange(io.keyspace.v1.ZRevRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a range of ranks (ZREMRANGEBYRANK).
     * </pre>
     */
    public io.keyspace.v1.ZRemRangeByRankResponse zRemRangeByRank(io.keyspace.v1.ZRemRangeByRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemRangeByRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a score range (ZREMRANGEBYSCORE).
     * </pre>
     */
    public io.keyspace.v1.ZRemRangeByScoreResponse zRemRangeByScore(io.keyspace.v1.ZRemRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a lexicographic range (ZREMRANGEBYLEX).
     * </pre>
     */
    public io.keyspace.v1.ZRemRangeByLexResponse zRemRangeByLex(io.keyspace.v1.ZRemRangeByLexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemRangeByLexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the members with the lowest scores (ZPOPMIN).
     * </pre>
     */
    public io.keyspace.v1.ZPopMinResponse zPopMin(io.keyspace.v1.ZPopMinRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZPopMinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the members with the highest scores (ZPOPMAX).
     * </pre>
     */
    public io.keyspace.v1.ZPopMaxResponse zPopMax(io.keyspace.v1.ZPopMaxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZPopMaxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several sorted sets (ZMPOP).
     * </pre>
     */
    public io.keyspace.v1.ZMPopResponse zMPop(io.keyspace.v1.ZMPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Picks random members (ZRANDMEMBER).
     * </pre>
     */
    public io.keyspace.v1.ZRandMemberResponse zRandMember(io.keyspace.v1.ZRandMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRandMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unites sorted sets (ZUNION).
     * </pre>
     */
    public io.keyspace.v1.ZUnionResponse zUnion(io.keyspace.v1.ZUnionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Intersects sorted sets (ZINTER).
     * </pre>
     */
    public io.keyspace.v1.ZInterResponse zInter(io.keyspace.v1.ZInterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subtracts sorted sets from the first (ZDIFF).
     * </pre>
     */
    public io.keyspace.v1.ZDiffResponse zDiff(io.keyspace.v1.ZDiffRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the union of sorted sets (ZUNIONSTORE).
     * </pre>
     */
    public io.keyspace.v1.ZUnionStoreResponse zUnionStore(io.keyspace.v1.ZUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the intersection of sorted sets (ZINTERSTORE).
     * </pre>
     */
    public io.keyspace.v1.ZInterStoreResponse zInterStore(io.keyspace.v1.ZInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the difference of sorted sets (ZDIFFSTORE).
     * </pre>
     */
    public io.keyspace.v1.ZDiffStoreResponse zDiffStore(io.keyspace.v1.ZDiffStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZDiffStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the intersection of sorted sets (ZINTERCARD).
     * </pre>
     */
    public io.keyspace.v1.ZInterCardResponse zInterCard(io.keyspace.v1.ZInterCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZInterCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Iterates over a sorted set (ZSCAN).
     * </pre>
     */
    public io.keyspace.v1.ZScanResponse zScan(io.keyspace.v1.ZScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is ZPOPMIN over several keys that waits for one to have members
     * (BZPOPMIN).
     * </pre>
     */
    public io.keyspace.v1.BZPopMinResponse bZPopMin(io.keyspace.v1.BZPopMinRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBZPopMinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is ZPOPMAX over several keys that waits for one to have members
     * (BZPOPMAX).
     * </pre>
     */
    public io.keyspace.v1.BZPopMaxResponse bZPopMax(io.keyspace.v1.BZPopMaxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBZPopMaxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Is ZMPOP that waits for one of the sorted sets to have members (BZMPOP).
     * </pre>
     */
    public io.keyspace.v1.BZMPopResponse bZMPop(io.keyspace.v1.BZMPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBZMPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the current version of keys, for a later Exec to check (WATCH).
     * MULTI, DISCARD and UNWATCH are client-side; see ExecRequest.
     * </pre>
     */
    public io.keyspace.v1.WatchResponse watch(io.keyspace.v1.WatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs commands as one atomic transaction unless a watched key changed
     * (EXEC).
     * </pre>
     */
    public io.keyspace.v1.ExecResponse exec(io.keyspace.v1.ExecRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExecMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Posts a message to a channel (PUBLISH). Messages are not stored data:
     * PUBLISH is not logged to the AOF and runs while the disk refuses writes.
     * </pre>
     */
    public io.keyspace.v1.PublishResponse publish(io.keyspace.v1.PublishRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPublishMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Posts a message to a shard channel (SPUBLISH).
     * </pre>
     */
    public io.keyspace.v1.SPublishResponse sPublish(io.keyspace.v1.SPublishRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSPublishMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists channels with subscribers (PUBSUB CHANNELS).
     * </pre>
     */
    public io.keyspace.v1.PubSubChannelsResponse pubSubChannels(io.keyspace.v1.PubSubChannelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPubSubChannelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the subscribers of channels (PUBSUB NUMSUB).
     * </pre>
     */
    public io.keyspace.v1.PubSubNumSubResponse pubSubNumSub(io.keyspace.v1.PubSubNumSubRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPubSubNumSubMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts pattern subscriptions (PUBSUB NUMPAT).
     * </pre>
     */
    public io.keyspace.v1.PubSubNumPatResponse pubSubNumPat(io.keyspace.v1.PubSubNumPatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPubSubNumPatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists shard channels with subscribers (PUBSUB SHARDCHANNELS).
     * </pre>
     */
    public io.keyspace.v1.PubSubShardChannelsResponse pubSubShardChannels(io.keyspace.v1.PubSubShardChannelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPubSubShardChannelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the subscribers of shard channels (PUBSUB SHARDNUMSUB).
     * </pre>
     */
    public io.keyspace.v1.PubSubShardNumSubResponse pubSubShardNumSub(io.keyspace.v1.PubSubShardNumSubRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPubSubShardNumSubMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service KeyspaceService.
   * <pre>
   * KeyspaceService serves Redis's commands with Redis's semantics, one RPC per
   * command: an RPC's name lowercased is the Redis command name without spaces
   * (GetEx is GETEX, ObjectEncoding is OBJECT ENCODING). A command that fails
   * ends its call with a status whose message is Redis's error text and whose
   * google.rpc.ErrorInfo detail has the error prefix (ERR, WRONGTYPE, ...) as
   * its reason. Each command runs atomically.
   * Read-only RPCs carry idempotency_level NO_SIDE_EFFECTS, and the snapshot
   * RPCs (which change files, not data) IDEMPOTENT: clients may retry these
   * after a failure. Any other RPC may have run before the failure.
   * </pre>
   */
  public static final class KeyspaceServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<KeyspaceServiceFutureStub> {
    private KeyspaceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KeyspaceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KeyspaceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Checks that the server answers (PING).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PingResponse> ping(
        io.keyspace.v1.PingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks the server to return a message (ECHO).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.EchoResponse> echo(
        io.keyspace.v1.EchoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEchoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks for the server's clock (TIME).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.TimeResponse> time(
        io.keyspace.v1.TimeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTimeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks how many keys the database holds (DBSIZE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.DbSizeResponse> dbSize(
        io.keyspace.v1.DbSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDbSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes every key of the database (FLUSHDB).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.FlushDbResponse> flushDb(
        io.keyspace.v1.FlushDbRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFlushDbMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes every key of every database (FLUSHALL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.FlushAllResponse> flushAll(
        io.keyspace.v1.FlushAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFlushAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks for the server's state as Redis's INFO text (INFO).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.InfoResponse> info(
        io.keyspace.v1.InfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Rewrites the append-only file in the background, compacting it to one
     * base file (BGREWRITEAOF).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BgRewriteAofResponse> bgRewriteAof(
        io.keyspace.v1.BgRewriteAofRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBgRewriteAofMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk, blocking meanwhile (SAVE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SaveResponse> save(
        io.keyspace.v1.SaveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSaveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Writes a snapshot of the dataset to disk in the background (BGSAVE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BgSaveResponse> bgSave(
        io.keyspace.v1.BgSaveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBgSaveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks when the last snapshot was saved (LASTSAVE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LastSaveResponse> lastSave(
        io.keyspace.v1.LastSaveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLastSaveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the configuration parameters matching patterns (CONFIG GET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ConfigGetResponse> configGet(
        io.keyspace.v1.ConfigGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConfigGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes configuration parameters at run time (CONFIG SET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ConfigSetResponse> configSet(
        io.keyspace.v1.ConfigSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConfigSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads the string stored at a key (GET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.GetResponse> get(
        io.keyspace.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores a string at a key (SET), with Redis's options.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SetResponse> set(
        io.keyspace.v1.SetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores a string only if the key does not exist (SETNX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SetNxResponse> setNx(
        io.keyspace.v1.SetNxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetNxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores a string with a TTL in seconds (SETEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SetExResponse> setEx(
        io.keyspace.v1.SetExRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetExMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores a string with a TTL in milliseconds (PSETEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PSetExResponse> pSetEx(
        io.keyspace.v1.PSetExRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPSetExMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores a string and returns the old one (GETSET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.GetSetResponse> getSet(
        io.keyspace.v1.GetSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a string and deletes its key (GETDEL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.GetDelResponse> getDel(
        io.keyspace.v1.GetDelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a string and changes its TTL (GETEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.GetExResponse> getEx(
        io.keyspace.v1.GetExRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetExMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads several keys at once (MGET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.MGetResponse> mGet(
        io.keyspace.v1.MGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores several keys at once (MSET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.MSetResponse> mSet(
        io.keyspace.v1.MSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores several keys only if none of them exists (MSETNX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.MSetNxResponse> mSetNx(
        io.keyspace.v1.MSetNxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMSetNxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Appends to the string at a key (APPEND).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.AppendResponse> append(
        io.keyspace.v1.AppendRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAppendMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks the length of a string (STRLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.StrLenResponse> strLen(
        io.keyspace.v1.StrLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStrLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a substring (GETRANGE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.GetRangeResponse> getRange(
        io.keyspace.v1.GetRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Overwrites part of a string (SETRANGE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SetRangeResponse> setRange(
        io.keyspace.v1.SetRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds one to the integer stored at a key (INCR).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.IncrResponse> incr(
        io.keyspace.v1.IncrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Subtracts one from the integer stored at a key (DECR).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.DecrResponse> decr(
        io.keyspace.v1.DecrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDecrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds to the integer stored at a key (INCRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.IncrByResponse> incrBy(
        io.keyspace.v1.IncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Subtracts from the integer stored at a key (DECRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.DecrByResponse> decrBy(
        io.keyspace.v1.DecrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDecrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds a floating point increment (INCRBYFLOAT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.IncrByFloatResponse> incrByFloat(
        io.keyspace.v1.IncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrByFloatMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Finds the longest common subsequence of two strings (LCS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LcsResponse> lcs(
        io.keyspace.v1.LcsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLcsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes keys (DEL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.DelResponse> del(
        io.keyspace.v1.DelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes keys, freeing their memory in the background (UNLINK).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.UnlinkResponse> unlink(
        io.keyspace.v1.UnlinkRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnlinkMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts existing keys (EXISTS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ExistsResponse> exists(
        io.keyspace.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks the type of the value at a key (TYPE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.TypeResponse> type(
        io.keyspace.v1.TypeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTypeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renames a key, overwriting the destination (RENAME).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RenameResponse> rename(
        io.keyspace.v1.RenameRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRenameMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renames a key only if the new name is free (RENAMENX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RenameNxResponse> renameNx(
        io.keyspace.v1.RenameNxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRenameNxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Copies a key's value and TTL to another key (COPY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.CopyResponse> copy(
        io.keyspace.v1.CopyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCopyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the keys matching a glob-style pattern (KEYS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.KeysResponse> keys(
        io.keyspace.v1.KeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Iterates over the keys a batch at a time (SCAN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ScanResponse> scan(
        io.keyspace.v1.ScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks for a random key (RANDOMKEY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RandomKeyResponse> randomKey(
        io.keyspace.v1.RandomKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRandomKeyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks keys as accessed (TOUCH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.TouchResponse> touch(
        io.keyspace.v1.TouchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTouchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets a key's time to live in seconds (EXPIRE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ExpireResponse> expire(
        io.keyspace.v1.ExpireRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExpireMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets a key's time to live in milliseconds (PEXPIRE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PExpireResponse> pExpire(
        io.keyspace.v1.PExpireRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPExpireMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix seconds (EXPIREAT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ExpireAtResponse> expireAt(
        io.keyspace.v1.ExpireAtRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExpireAtMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets when a key expires, in unix milliseconds (PEXPIREAT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PExpireAtResponse> pExpireAt(
        io.keyspace.v1.PExpireAtRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPExpireAtMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in seconds (TTL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.TtlResponse> ttl(
        io.keyspace.v1.TtlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTtlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks a key's remaining time to live in milliseconds (PTTL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PTtlResponse> pTtl(
        io.keyspace.v1.PTtlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPTtlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix seconds (EXPIRETIME).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ExpireTimeResponse> expireTime(
        io.keyspace.v1.ExpireTimeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExpireTimeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks when a key expires, in unix milliseconds (PEXPIRETIME).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PExpireTimeResponse> pExpireTime(
        io.keyspace.v1.PExpireTimeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPExpireTimeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a key's expiry (PERSIST).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PersistResponse> persist(
        io.keyspace.v1.PersistRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPersistMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks how the value at a key is stored (OBJECT ENCODING).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ObjectEncodingResponse> objectEncoding(
        io.keyspace.v1.ObjectEncodingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getObjectEncodingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets fields of a hash (HSET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HSetResponse> hSet(
        io.keyspace.v1.HSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets a field only if it does not exist (HSETNX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HSetNxResponse> hSetNx(
        io.keyspace.v1.HSetNxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHSetNxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads one field of a hash (HGET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HGetResponse> hGet(
        io.keyspace.v1.HGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads several fields of a hash (HMGET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HMGetResponse> hMGet(
        io.keyspace.v1.HMGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHMGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a whole hash (HGETALL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HGetAllResponse> hGetAll(
        io.keyspace.v1.HGetAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHGetAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes fields of a hash (HDEL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HDelResponse> hDel(
        io.keyspace.v1.HDelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tells whether a field exists (HEXISTS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HExistsResponse> hExists(
        io.keyspace.v1.HExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the fields of a hash (HLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HLenResponse> hLen(
        io.keyspace.v1.HLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks the length of a field's value (HSTRLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HStrLenResponse> hStrLen(
        io.keyspace.v1.HStrLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHStrLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the fields of a hash (HKEYS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HKeysResponse> hKeys(
        io.keyspace.v1.HKeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the values of a hash (HVALS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HValsResponse> hVals(
        io.keyspace.v1.HValsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHValsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds to the integer in a field (HINCRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HIncrByResponse> hIncrBy(
        io.keyspace.v1.HIncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds a floating point amount to a field (HINCRBYFLOAT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HIncrByFloatResponse> hIncrByFloat(
        io.keyspace.v1.HIncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHIncrByFloatMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Picks random fields of a hash (HRANDFIELD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HRandFieldResponse> hRandField(
        io.keyspace.v1.HRandFieldRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHRandFieldMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Iterates over a hash's fields (HSCAN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.HScanResponse> hScan(
        io.keyspace.v1.HScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Inserts elements at the head of a list (LPUSH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LPushResponse> lPush(
        io.keyspace.v1.LPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Appends elements at the tail of a list (RPUSH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RPushResponse> rPush(
        io.keyspace.v1.RPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pushes at the head only if the list exists (LPUSHX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LPushXResponse> lPushX(
        io.keyspace.v1.LPushXRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPushXMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pushes at the tail only if the list exists (RPUSHX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RPushXResponse> rPushX(
        io.keyspace.v1.RPushXRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPushXMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes elements from the head of a list (LPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LPopResponse> lPop(
        io.keyspace.v1.LPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes elements from the tail of a list (RPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RPopResponse> rPop(
        io.keyspace.v1.RPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks the length of a list (LLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LLenResponse> lLen(
        io.keyspace.v1.LLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a range of a list (LRANGE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LRangeResponse> lRange(
        io.keyspace.v1.LRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads one element by index (LINDEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LIndexResponse> lIndex(
        io.keyspace.v1.LIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLIndexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the element at an index (LSET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LSetResponse> lSet(
        io.keyspace.v1.LSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Inserts an element next to another (LINSERT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LInsertResponse> lInsert(
        io.keyspace.v1.LInsertRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLInsertMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes occurrences of an element (LREM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LRemResponse> lRem(
        io.keyspace.v1.LRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Keeps only a range of a list (LTRIM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LTrimResponse> lTrim(
        io.keyspace.v1.LTrimRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLTrimMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Finds the positions of an element (LPOS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LPosResponse> lPos(
        io.keyspace.v1.LPosRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPosMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pops from one list and pushes to another (LMOVE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LMoveResponse> lMove(
        io.keyspace.v1.LMoveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLMoveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves the tail of one list to the head of another (RPOPLPUSH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.RPopLPushResponse> rPopLPush(
        io.keyspace.v1.RPopLPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPopLPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several lists (LMPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.LMPopResponse> lMPop(
        io.keyspace.v1.LMPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLMPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pops from the head of the first non-empty list, waiting for one when all
     * are empty (BLPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BLPopResponse> bLPop(
        io.keyspace.v1.BLPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBLPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pops from the tail of the first non-empty list, waiting for one when all
     * are empty (BRPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BRPopResponse> bRPop(
        io.keyspace.v1.BRPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBRPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Is LMOVE that waits for the source to have an element (BLMOVE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BLMoveResponse> bLMove(
        io.keyspace.v1.BLMoveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBLMoveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Is RPOPLPUSH that waits for the source to have an element (BRPOPLPUSH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BRPopLPushResponse> bRPopLPush(
        io.keyspace.v1.BRPopLPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBRPopLPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Is LMPOP that waits for one of the lists to have elements (BLMPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BLMPopResponse> bLMPop(
        io.keyspace.v1.BLMPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBLMPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds members to a set (SADD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SAddResponse> sAdd(
        io.keyspace.v1.SAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes members from a set (SREM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SRemResponse> sRem(
        io.keyspace.v1.SRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the members of a set (SCARD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SCardResponse> sCard(
        io.keyspace.v1.SCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tells whether a member is in a set (SISMEMBER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SIsMemberResponse> sIsMember(
        io.keyspace.v1.SIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSIsMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tells for several members whether they are in a set (SMISMEMBER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SMIsMemberResponse> sMIsMember(
        io.keyspace.v1.SMIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMIsMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists a set's members (SMEMBERS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SMembersResponse> sMembers(
        io.keyspace.v1.SMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes random members from a set (SPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SPopResponse> sPop(
        io.keyspace.v1.SPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Picks random members without removing them (SRANDMEMBER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SRandMemberResponse> sRandMember(
        io.keyspace.v1.SRandMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSRandMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves a member from one set to another (SMOVE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SMoveResponse> sMove(
        io.keyspace.v1.SMoveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMoveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Intersects sets (SINTER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SInterResponse> sInter(
        io.keyspace.v1.SInterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSInterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the intersection of sets (SINTERCARD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SInterCardResponse> sInterCard(
        io.keyspace.v1.SInterCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSInterCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the intersection of sets (SINTERSTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SInterStoreResponse> sInterStore(
        io.keyspace.v1.SInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSInterStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Unites sets (SUNION).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SUnionResponse> sUnion(
        io.keyspace.v1.SUnionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSUnionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the union of sets (SUNIONSTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SUnionStoreResponse> sUnionStore(
        io.keyspace.v1.SUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSUnionStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Subtracts sets from the first (SDIFF).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SDiffResponse> sDiff(
        io.keyspace.v1.SDiffRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSDiffMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the difference of sets (SDIFFSTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SDiffStoreResponse> sDiffStore(
        io.keyspace.v1.SDiffStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSDiffStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Iterates over a set's members (SSCAN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SScanResponse> sScan(
        io.keyspace.v1.SScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds members to a sorted set or updates their scores (ZADD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZAddResponse> zAdd(
        io.keyspace.v1.ZAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds to a member's score (ZINCRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZIncrByResponse> zIncrBy(
        io.keyspace.v1.ZIncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes members from a sorted set (ZREM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRemResponse> zRem(
        io.keyspace.v1.ZRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the members of a sorted set (ZCARD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZCardResponse> zCard(
        io.keyspace.v1.ZCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a member's score (ZSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZScoreResponse> zScore(
        io.keyspace.v1.ZScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads several members' scores (ZMSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZMScoreResponse> zMScore(
        io.keyspace.v1.ZMScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZMScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the members within a score range (ZCOUNT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZCountResponse> zCount(
        io.keyspace.v1.ZCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the members within a lexicographic range (ZLEXCOUNT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZLexCountResponse> zLexCount(
        io.keyspace.v1.ZLexCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZLexCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks a member's rank, lowest score first (ZRANK).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRankResponse> zRank(
        io.keyspace.v1.ZRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks a member's rank, highest score first (ZREVRANK).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRevRankResponse> zRevRank(
        io.keyspace.v1.ZRevRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a range of a sorted set by rank, score or lex order (ZRANGE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRangeResponse> zRange(
        io.keyspace.v1.ZRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores a range of a sorted set (ZRANGESTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRangeStoreResponse> zRangeStore(
        io.keyspace.v1.ZRangeStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads members by score, lowest first (ZRANGEBYSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRangeByScoreResponse> zRangeByScore(
        io.keyspace.v1.ZRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads members by score, highest first (ZREVRANGEBYSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRevRangeByScoreResponse> zRevRangeByScore(
        io.keyspace.v1.ZRevRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads members in lexicographic order (ZRANGEBYLEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRangeByLexResponse> zRangeByLex(
        io.keyspace.v1.ZRangeByLexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeByLexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads members in reverse lexicographic order (ZREVRANGEBYLEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRevRangeByLexResponse> zRevRangeByLex(
        io.keyspace.v1.ZRevRangeByLexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRangeByLexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a range of ranks, highest score first (ZREVRANGE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRevRangeResponse> zRevRange(
        io.keyspace.v1.ZRevRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a range of ranks (ZREMRANGEBYRANK).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRemRangeByRankResponse> zRemRangeByRank(
        io.keyspace.v1.ZRemRangeByRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemRangeByRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a score range (ZREMRANGEBYSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRemRangeByScoreResponse> zRemRangeByScore(
        io.keyspace.v1.ZRemRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a lexicographic range (ZREMRANGEBYLEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRemRangeByLexResponse> zRemRangeByLex(
        io.keyspace.v1.ZRemRangeByLexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemRangeByLexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes the members with the lowest scores (ZPOPMIN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZPopMinResponse> zPopMin(
        io.keyspace.v1.ZPopMinRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZPopMinMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes the members with the highest scores (ZPOPMAX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZPopMaxResponse> zPopMax(
        io.keyspace.v1.ZPopMaxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZPopMaxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pops from the first non-empty of several sorted sets (ZMPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZMPopResponse> zMPop(
        io.keyspace.v1.ZMPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZMPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Picks random members (ZRANDMEMBER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZRandMemberResponse> zRandMember(
        io.keyspace.v1.ZRandMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRandMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Unites sorted sets (ZUNION).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZUnionResponse> zUnion(
        io.keyspace.v1.ZUnionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZUnionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Intersects sorted sets (ZINTER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZInterResponse> zInter(
        io.keyspace.v1.ZInterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZInterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Subtracts sorted sets from the first (ZDIFF).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZDiffResponse> zDiff(
        io.keyspace.v1.ZDiffRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZDiffMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the union of sorted sets (ZUNIONSTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZUnionStoreResponse> zUnionStore(
        io.keyspace.v1.ZUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZUnionStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the intersection of sorted sets (ZINTERSTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZInterStoreResponse> zInterStore(
        io.keyspace.v1.ZInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZInterStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores the difference of sorted sets (ZDIFFSTORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZDiffStoreResponse> zDiffStore(
        io.keyspace.v1.ZDiffStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZDiffStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the intersection of sorted sets (ZINTERCARD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZInterCardResponse> zInterCard(
        io.keyspace.v1.ZInterCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZInterCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Iterates over a sorted set (ZSCAN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ZScanResponse> zScan(
        io.keyspace.v1.ZScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Is ZPOPMIN over several keys that waits for one to have members
     * (BZPOPMIN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BZPopMinResponse> bZPopMin(
        io.keyspace.v1.BZPopMinRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBZPopMinMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Is ZPOPMAX over several keys that waits for one to have members
     * (BZPOPMAX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BZPopMaxResponse> bZPopMax(
        io.keyspace.v1.BZPopMaxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBZPopMaxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Is ZMPOP that waits for one of the sorted sets to have members (BZMPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.BZMPopResponse> bZMPop(
        io.keyspace.v1.BZMPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBZMPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the current version of keys, for a later Exec to check (WATCH).
     * MULTI, DISCARD and UNWATCH are client-side; see ExecRequest.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.WatchResponse> watch(
        io.keyspace.v1.WatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Runs commands as one atomic transaction unless a watched key changed
     * (EXEC).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.ExecResponse> exec(
        io.keyspace.v1.ExecRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExecMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Posts a message to a channel (PUBLISH). Messages are not stored data:
     * PUBLISH is not logged to the AOF and runs while the disk refuses writes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PublishResponse> publish(
        io.keyspace.v1.PublishRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPublishMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Posts a message to a shard channel (SPUBLISH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.SPublishResponse> sPublish(
        io.keyspace.v1.SPublishRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSPublishMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists channels with subscribers (PUBSUB CHANNELS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PubSubChannelsResponse> pubSubChannels(
        io.keyspace.v1.PubSubChannelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPubSubChannelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the subscribers of channels (PUBSUB NUMSUB).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PubSubNumSubResponse> pubSubNumSub(
        io.keyspace.v1.PubSubNumSubRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPubSubNumSubMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts pattern subscriptions (PUBSUB NUMPAT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PubSubNumPatResponse> pubSubNumPat(
        io.keyspace.v1.PubSubNumPatRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPubSubNumPatMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists shard channels with subscribers (PUBSUB SHARDCHANNELS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PubSubShardChannelsResponse> pubSubShardChannels(
        io.keyspace.v1.PubSubShardChannelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPubSubShardChannelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the subscribers of shard channels (PUBSUB SHARDNUMSUB).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.keyspace.v1.PubSubShardNumSubResponse> pubSubShardNumSub(
        io.keyspace.v1.PubSubShardNumSubRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPubSubShardNumSubMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_PING = 0;
  private static final int METHODID_ECHO = 1;
  private static final int METHODID_TIME = 2;
  private static final int METHODID_DB_SIZE = 3;
  private static final int METHODID_FLUSH_DB = 4;
  private static final int METHODID_FLUSH_ALL = 5;
  private static final int METHODID_INFO = 6;
  private static final int METHODID_BG_REWRITE_AOF = 7;
  private static final int METHODID_SAVE = 8;
  private static final int METHODID_BG_SAVE = 9;
  private static final int METHODID_LAST_SAVE = 10;
  private static final int METHODID_CONFIG_GET = 11;
  private static final int METHODID_CONFIG_SET = 12;
  private static final int METHODID_GET = 13;
  private static final int METHODID_SET = 14;
  private static final int METHODID_SET_NX = 15;
  private static final int METHODID_SET_EX = 16;
  private static final int METHODID_PSET_EX = 17;
  private static final int METHODID_GET_SET = 18;
  private static final int METHODID_GET_DEL = 19;
  private static final int METHODID_GET_EX = 20;
  private static final int METHODID_MGET = 21;
  private static final int METHODID_MSET = 22;
  private static final int METHODID_MSET_NX = 23;
  private static final int METHODID_APPEND = 24;
  private static final int METHODID_STR_LEN = 25;
  private static final int METHODID_GET_RANGE = 26;
  private static final int METHODID_SET_RANGE = 27;
  private static final int METHODID_INCR = 28;
  private static final int METHODID_DECR = 29;
  private static final int METHODID_INCR_BY = 30;
  private static final int METHODID_DECR_BY = 31;
  private static final int METHODID_INCR_BY_FLOAT = 32;
  private static final int METHODID_LCS = 33;
  private static final int METHODID_DEL = 34;
  private static final int METHODID_UNLINK = 35;
  private static final int METHODID_EXISTS = 36;
  private static final int METHODID_TYPE = 37;
  private static final int METHODID_RENAME = 38;
  private static final int METHODID_RENAME_NX = 39;
  private static final int METHODID_COPY = 40;
  private static final int METHODID_KEYS = 41;
  private static final int METHODID_SCAN = 42;
  private static final int METHODID_RANDOM_KEY = 43;
  private static final int METHODID_TOUCH = 44;
  private static final int METHODID_EXPIRE = 45;
  private static final int METHODID_PEXPIRE = 46;
  private static final int METHODID_EXPIRE_AT = 47;
  private static final int METHODID_PEXPIRE_AT = 48;
  private static final int METHODID_TTL = 49;
  private static final int METHODID_PTTL = 50;
  private static final int METHODID_EXPIRE_TIME = 51;
  private static final int METHODID_PEXPIRE_TIME = 52;
  private static final int METHODID_PERSIST = 53;
  private static final int METHODID_OBJECT_ENCODING = 54;
  private static final int METHODID_HSET = 55;
  private static final int METHODID_HSET_NX = 56;
  private static final int METHODID_HGET = 57;
  private static final int METHODID_HMGET = 58;
  private static final int METHODID_HGET_ALL = 59;
  private static final int METHODID_HDEL = 60;
  private static final int METHODID_HEXISTS = 61;
  private static final int METHODID_HLEN = 62;
  private static final int METHODID_HSTR_LEN = 63;
  private static final int METHODID_HKEYS = 64;
  private static final int METHODID_HVALS = 65;
  private static final int METHODID_HINCR_BY = 66;
  private static final int METHODID_HINCR_BY_FLOAT = 67;
  private static final int METHODID_HRAND_FIELD = 68;
  private static final int METHODID_HSCAN = 69;
  private static final int METHODID_LPUSH = 70;
  private static final int METHODID_RPUSH = 71;
  private static final int METHODID_LPUSH_X = 72;
  private static final int METHODID_RPUSH_X = 73;
  private static final int METHODID_LPOP = 74;
  private static final int METHODID_RPOP = 75;
  private static final int METHODID_LLEN = 76;
  private static final int METHODID_LRANGE = 77;
  private static final int METHODID_LINDEX = 78;
  private static final int METHODID_LSET = 79;
  private static final int METHODID_LINSERT = 80;
  private static final int METHODID_LREM = 81;
  private static final int METHODID_LTRIM = 82;
  private static final int METHODID_LPOS = 83;
  private static final int METHODID_LMOVE = 84;
  private static final int METHODID_RPOP_LPUSH = 85;
  private static final int METHODID_LMPOP = 86;
  private static final int METHODID_BLPOP = 87;
  private static final int METHODID_BRPOP = 88;
  private static final int METHODID_BLMOVE = 89;
  private static final int METHODID_BRPOP_LPUSH = 90;
  private static final int METHODID_BLMPOP = 91;
  private static final int METHODID_SADD = 92;
  private static final int METHODID_SREM = 93;
  private static final int METHODID_SCARD = 94;
  private static final int METHODID_SIS_MEMBER = 95;
  private static final int METHODID_SMIS_MEMBER = 96;
  private static final int METHODID_SMEMBERS = 97;
  private static final int METHODID_SPOP = 98;
  private static final int METHODID_SRAND_MEMBER = 99;
  private static final int METHODID_SMOVE = 100;
  private static final int METHODID_SINTER = 101;
  private static final int METHODID_SINTER_CARD = 102;
  private static final int METHODID_SINTER_STORE = 103;
  private static final int METHODID_SUNION = 104;
  private static final int METHODID_SUNION_STORE = 105;
  private static final int METHODID_SDIFF = 106;
  private static final int METHODID_SDIFF_STORE = 107;
  private static final int METHODID_SSCAN = 108;
  private static final int METHODID_ZADD = 109;
  private static final int METHODID_ZINCR_BY = 110;
  private static final int METHODID_ZREM = 111;
  private static final int METHODID_ZCARD = 112;
  private static final int METHODID_ZSCORE = 113;
  private static final int METHODID_ZMSCORE = 114;
  private static final int METHODID_ZCOUNT = 115;
  private static final int METHODID_ZLEX_COUNT = 116;
  private static final int METHODID_ZRANK = 117;
  private static final int METHODID_ZREV_RANK = 118;
  private static final int METHODID_ZRANGE = 119;
  private static final int METHODID_ZRANGE_STORE = 120;
  private static final int METHODID_ZRANGE_BY_SCORE = 121;
  private static final int METHODID_ZREV_RANGE_BY_SCORE = 122;
  private static final int METHODID_ZRANGE_BY_LEX = 123;
  private static final int METHODID_ZREV_RANGE_BY_LEX = 124;
  private static final int METHODID_ZREV_RANGE = 125;
  private static final int METHODID_ZREM_RANGE_BY_RANK = 126;
  private static final int METHODID_ZREM_RANGE_BY_SCORE = 127;
  private static final int METHODID_ZREM_RANGE_BY_LEX = 128;
  private static final int METHODID_ZPOP_MIN = 129;
  private static final int METHODID_ZPOP_MAX = 130;
  private static final int METHODID_ZMPOP = 131;
  private static final int METHODID_ZRAND_MEMBER = 132;
  private static final int METHODID_ZUNION = 133;
  private static final int METHODID_ZINTER = 134;
  private static final int METHODID_ZDIFF = 135;
  private static final int METHODID_ZUNION_STORE = 136;
  private static final int METHODID_ZINTER_STORE = 137;
  private static final int METHODID_ZDIFF_STORE = 138;
  private static final int METHODID_ZINTER_CARD = 139;
  private static final int METHODID_ZSCAN = 140;
  private static final int METHODID_BZPOP_MIN = 141;
  private static final int METHODID_BZPOP_MAX = 142;
  private static final int METHODID_BZMPOP = 143;
  private static final int METHODID_WATCH = 144;
  private static final int METHODID_EXEC = 145;
  private static final int METHODID_PUBLISH = 146;
  private static final int METHODID_SPUBLISH = 147;
  private static final int METHODID_PUB_SUB_CHANNELS = 148;
  private static final int METHODID_PUB_SUB_NUM_SUB = 149;
  private static final int METHODID_PUB_SUB_NUM_PAT = 150;
  private static final int METHODID_PUB_SUB_SHARD_CHANNELS = 151;
  private static final int METHODID_PUB_SUB_SHARD_NUM_SUB = 152;
  private static final int METHODID_SUBSCRIBE = 153;
  private static final int METHODID_PIPELINE = 154;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_PING:
          serviceImpl.ping((io.keyspace.v1.PingRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PingResponse>) responseObserver);
          break;
        case METHODID_ECHO:
          serviceImpl.echo((io.keyspace.v1.EchoRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.EchoResponse>) responseObserver);
          break;
        case METHODID_TIME:
          serviceImpl.time((io.keyspace.v1.TimeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.TimeResponse>) responseObserver);
          break;
        case METHODID_DB_SIZE:
          serviceImpl.dbSize((io.keyspace.v1.DbSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.DbSizeResponse>) responseObserver);
          break;
        case METHODID_FLUSH_DB:
          serviceImpl.flushDb((io.keyspace.v1.FlushDbRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.FlushDbResponse>) responseObserver);
          break;
        case METHODID_FLUSH_ALL:
          serviceImpl.flushAll((io.keyspace.v1.FlushAllRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.FlushAllResponse>) responseObserver);
          break;
        case METHODID_INFO:
          serviceImpl.info((io.keyspace.v1.InfoRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.InfoResponse>) responseObserver);
          break;
        case METHODID_BG_REWRITE_AOF:
          serviceImpl.bgRewriteAof((io.keyspace.v1.BgRewriteAofRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BgRewriteAofResponse>) responseObserver);
          break;
        case METHODID_SAVE:
          serviceImpl.save((io.keyspace.v1.SaveRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SaveResponse>) responseObserver);
          break;
        case METHODID_BG_SAVE:
          serviceImpl.bgSave((io.keyspace.v1.BgSaveRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BgSaveResponse>) responseObserver);
          break;
        case METHODID_LAST_SAVE:
          serviceImpl.lastSave((io.keyspace.v1.LastSaveRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LastSaveResponse>) responseObserver);
          break;
        case METHODID_CONFIG_GET:
          serviceImpl.configGet((io.keyspace.v1.ConfigGetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ConfigGetResponse>) responseObserver);
          break;
        case METHODID_CONFIG_SET:
          serviceImpl.configSet((io.keyspace.v1.ConfigSetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ConfigSetResponse>) responseObserver);
          break;
        case METHODID_GET:
          serviceImpl.get((io.keyspace.v1.GetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.GetResponse>) responseObserver);
          break;
        case METHODID_SET:
          serviceImpl.set((io.keyspace.v1.SetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SetResponse>) responseObserver);
          break;
        case METHODID_SET_NX:
          serviceImpl.setNx((io.keyspace.v1.SetNxRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SetNxResponse>) responseObserver);
          break;
        case METHODID_SET_EX:
          serviceImpl.setEx((io.keyspace.v1.SetExRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SetExResponse>) responseObserver);
          break;
        case METHODID_PSET_EX:
          serviceImpl.pSetEx((io.keyspace.v1.PSetExRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PSetExResponse>) responseObserver);
          break;
        case METHODID_GET_SET:
          serviceImpl.getSet((io.keyspace.v1.GetSetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.GetSetResponse>) responseObserver);
          break;
        case METHODID_GET_DEL:
          serviceImpl.getDel((io.keyspace.v1.GetDelRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.GetDelResponse>) responseObserver);
          break;
        case METHODID_GET_EX:
          serviceImpl.getEx((io.keyspace.v1.GetExRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.GetExResponse>) responseObserver);
          break;
        case METHODID_MGET:
          serviceImpl.mGet((io.keyspace.v1.MGetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.MGetResponse>) responseObserver);
          break;
        case METHODID_MSET:
          serviceImpl.mSet((io.keyspace.v1.MSetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.MSetResponse>) responseObserver);
          break;
        case METHODID_MSET_NX:
          serviceImpl.mSetNx((io.keyspace.v1.MSetNxRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.MSetNxResponse>) responseObserver);
          break;
        case METHODID_APPEND:
          serviceImpl.append((io.keyspace.v1.AppendRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.AppendResponse>) responseObserver);
          break;
        case METHODID_STR_LEN:
          serviceImpl.strLen((io.keyspace.v1.StrLenRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.StrLenResponse>) responseObserver);
          break;
        case METHODID_GET_RANGE:
          serviceImpl.getRange((io.keyspace.v1.GetRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.GetRangeResponse>) responseObserver);
          break;
        case METHODID_SET_RANGE:
          serviceImpl.setRange((io.keyspace.v1.SetRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SetRangeResponse>) responseObserver);
          break;
        case METHODID_INCR:
          serviceImpl.incr((io.keyspace.v1.IncrRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.IncrResponse>) responseObserver);
          break;
        case METHODID_DECR:
          serviceImpl.decr((io.keyspace.v1.DecrRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.DecrResponse>) responseObserver);
          break;
        case METHODID_INCR_BY:
          serviceImpl.incrBy((io.keyspace.v1.IncrByRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.IncrByResponse>) responseObserver);
          break;
        case METHODID_DECR_BY:
          serviceImpl.decrBy((io.keyspace.v1.DecrByRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.DecrByResponse>) responseObserver);
          break;
        case METHODID_INCR_BY_FLOAT:
          serviceImpl.incrByFloat((io.keyspace.v1.IncrByFloatRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.IncrByFloatResponse>) responseObserver);
          break;
        case METHODID_LCS:
          serviceImpl.lcs((io.keyspace.v1.LcsRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LcsResponse>) responseObserver);
          break;
        case METHODID_DEL:
          serviceImpl.del((io.keyspace.v1.DelRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.DelResponse>) responseObserver);
          break;
        case METHODID_UNLINK:
          serviceImpl.unlink((io.keyspace.v1.UnlinkRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.UnlinkResponse>) responseObserver);
          break;
        case METHODID_EXISTS:
          serviceImpl.exists((io.keyspace.v1.ExistsRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ExistsResponse>) responseObserver);
          break;
        case METHODID_TYPE:
          serviceImpl.type((io.keyspace.v1.TypeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.TypeResponse>) responseObserver);
          break;
        case METHODID_RENAME:
          serviceImpl.rename((io.keyspace.v1.RenameRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RenameResponse>) responseObserver);
          break;
        case METHODID_RENAME_NX:
          serviceImpl.renameNx((io.keyspace.v1.RenameNxRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RenameNxResponse>) responseObserver);
          break;
        case METHODID_COPY:
          serviceImpl.copy((io.keyspace.v1.CopyRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.CopyResponse>) responseObserver);
          break;
        case METHODID_KEYS:
          serviceImpl.keys((io.keyspace.v1.KeysRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.KeysResponse>) responseObserver);
          break;
        case METHODID_SCAN:
          serviceImpl.scan((io.keyspace.v1.ScanRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ScanResponse>) responseObserver);
          break;
        case METHODID_RANDOM_KEY:
          serviceImpl.randomKey((io.keyspace.v1.RandomKeyRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RandomKeyResponse>) responseObserver);
          break;
        case METHODID_TOUCH:
          serviceImpl.touch((io.keyspace.v1.TouchRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.TouchResponse>) responseObserver);
          break;
        case METHODID_EXPIRE:
          serviceImpl.expire((io.keyspace.v1.ExpireRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireResponse>) responseObserver);
          break;
        case METHODID_PEXPIRE:
          serviceImpl.pExpire((io.keyspace.v1.PExpireRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireResponse>) responseObserver);
          break;
        case METHODID_EXPIRE_AT:
          serviceImpl.expireAt((io.keyspace.v1.ExpireAtRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireAtResponse>) responseObserver);
          break;
        case METHODID_PEXPIRE_AT:
          serviceImpl.pExpireAt((io.keyspace.v1.PExpireAtRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireAtResponse>) responseObserver);
          break;
        case METHODID_TTL:
          serviceImpl.ttl((io.keyspace.v1.TtlRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.TtlResponse>) responseObserver);
          break;
        case METHODID_PTTL:
          serviceImpl.pTtl((io.keyspace.v1.PTtlRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PTtlResponse>) responseObserver);
          break;
        case METHODID_EXPIRE_TIME:
          serviceImpl.expireTime((io.keyspace.v1.ExpireTimeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ExpireTimeResponse>) responseObserver);
          break;
        case METHODID_PEXPIRE_TIME:
          serviceImpl.pExpireTime((io.keyspace.v1.PExpireTimeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PExpireTimeResponse>) responseObserver);
          break;
        case METHODID_PERSIST:
          serviceImpl.persist((io.keyspace.v1.PersistRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PersistResponse>) responseObserver);
          break;
        case METHODID_OBJECT_ENCODING:
          serviceImpl.objectEncoding((io.keyspace.v1.ObjectEncodingRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ObjectEncodingResponse>) responseObserver);
          break;
        case METHODID_HSET:
          serviceImpl.hSet((io.keyspace.v1.HSetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HSetResponse>) responseObserver);
          break;
        case METHODID_HSET_NX:
          serviceImpl.hSetNx((io.keyspace.v1.HSetNxRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HSetNxResponse>) responseObserver);
          break;
        case METHODID_HGET:
          serviceImpl.hGet((io.keyspace.v1.HGetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HGetResponse>) responseObserver);
          break;
        case METHODID_HMGET:
          serviceImpl.hMGet((io.keyspace.v1.HMGetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HMGetResponse>) responseObserver);
          break;
        case METHODID_HGET_ALL:
          serviceImpl.hGetAll((io.keyspace.v1.HGetAllRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HGetAllResponse>) responseObserver);
          break;
        case METHODID_HDEL:
          serviceImpl.hDel((io.keyspace.v1.HDelRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HDelResponse>) responseObserver);
          break;
        case METHODID_HEXISTS:
          serviceImpl.hExists((io.keyspace.v1.HExistsRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HExistsResponse>) responseObserver);
          break;
        case METHODID_HLEN:
          serviceImpl.hLen((io.keyspace.v1.HLenRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HLenResponse>) responseObserver);
          break;
        case METHODID_HSTR_LEN:
          serviceImpl.hStrLen((io.keyspace.v1.HStrLenRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HStrLenResponse>) responseObserver);
          break;
        case METHODID_HKEYS:
          serviceImpl.hKeys((io.keyspace.v1.HKeysRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HKeysResponse>) responseObserver);
          break;
        case METHODID_HVALS:
          serviceImpl.hVals((io.keyspace.v1.HValsRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HValsResponse>) responseObserver);
          break;
        case METHODID_HINCR_BY:
          serviceImpl.hIncrBy((io.keyspace.v1.HIncrByRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HIncrByResponse>) responseObserver);
          break;
        case METHODID_HINCR_BY_FLOAT:
          serviceImpl.hIncrByFloat((io.keyspace.v1.HIncrByFloatRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HIncrByFloatResponse>) responseObserver);
          break;
        case METHODID_HRAND_FIELD:
          serviceImpl.hRandField((io.keyspace.v1.HRandFieldRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HRandFieldResponse>) responseObserver);
          break;
        case METHODID_HSCAN:
          serviceImpl.hScan((io.keyspace.v1.HScanRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.HScanResponse>) responseObserver);
          break;
        case METHODID_LPUSH:
          serviceImpl.lPush((io.keyspace.v1.LPushRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LPushResponse>) responseObserver);
          break;
        case METHODID_RPUSH:
          serviceImpl.rPush((io.keyspace.v1.RPushRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RPushResponse>) responseObserver);
          break;
        case METHODID_LPUSH_X:
          serviceImpl.lPushX((io.keyspace.v1.LPushXRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LPushXResponse>) responseObserver);
          break;
        case METHODID_RPUSH_X:
          serviceImpl.rPushX((io.keyspace.v1.RPushXRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RPushXResponse>) responseObserver);
          break;
        case METHODID_LPOP:
          serviceImpl.lPop((io.keyspace.v1.LPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LPopResponse>) responseObserver);
          break;
        case METHODID_RPOP:
          serviceImpl.rPop((io.keyspace.v1.RPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RPopResponse>) responseObserver);
          break;
        case METHODID_LLEN:
          serviceImpl.lLen((io.keyspace.v1.LLenRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LLenResponse>) responseObserver);
          break;
        case METHODID_LRANGE:
          serviceImpl.lRange((io.keyspace.v1.LRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LRangeResponse>) responseObserver);
          break;
        case METHODID_LINDEX:
          serviceImpl.lIndex((io.keyspace.v1.LIndexRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LIndexResponse>) responseObserver);
          break;
        case METHODID_LSET:
          serviceImpl.lSet((io.keyspace.v1.LSetRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LSetResponse>) responseObserver);
          break;
        case METHODID_LINSERT:
          serviceImpl.lInsert((io.keyspace.v1.LInsertRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LInsertResponse>) responseObserver);
          break;
        case METHODID_LREM:
          serviceImpl.lRem((io.keyspace.v1.LRemRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LRemResponse>) responseObserver);
          break;
        case METHODID_LTRIM:
          serviceImpl.lTrim((io.keyspace.v1.LTrimRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LTrimResponse>) responseObserver);
          break;
        case METHODID_LPOS:
          serviceImpl.lPos((io.keyspace.v1.LPosRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LPosResponse>) responseObserver);
          break;
        case METHODID_LMOVE:
          serviceImpl.lMove((io.keyspace.v1.LMoveRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LMoveResponse>) responseObserver);
          break;
        case METHODID_RPOP_LPUSH:
          serviceImpl.rPopLPush((io.keyspace.v1.RPopLPushRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.RPopLPushResponse>) responseObserver);
          break;
        case METHODID_LMPOP:
          serviceImpl.lMPop((io.keyspace.v1.LMPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.LMPopResponse>) responseObserver);
          break;
        case METHODID_BLPOP:
          serviceImpl.bLPop((io.keyspace.v1.BLPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BLPopResponse>) responseObserver);
          break;
        case METHODID_BRPOP:
          serviceImpl.bRPop((io.keyspace.v1.BRPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BRPopResponse>) responseObserver);
          break;
        case METHODID_BLMOVE:
          serviceImpl.bLMove((io.keyspace.v1.BLMoveRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BLMoveResponse>) responseObserver);
          break;
        case METHODID_BRPOP_LPUSH:
          serviceImpl.bRPopLPush((io.keyspace.v1.BRPopLPushRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BRPopLPushResponse>) responseObserver);
          break;
        case METHODID_BLMPOP:
          serviceImpl.bLMPop((io.keyspace.v1.BLMPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BLMPopResponse>) responseObserver);
          break;
        case METHODID_SADD:
          serviceImpl.sAdd((io.keyspace.v1.SAddRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SAddResponse>) responseObserver);
          break;
        case METHODID_SREM:
          serviceImpl.sRem((io.keyspace.v1.SRemRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SRemResponse>) responseObserver);
          break;
        case METHODID_SCARD:
          serviceImpl.sCard((io.keyspace.v1.SCardRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SCardResponse>) responseObserver);
          break;
        case METHODID_SIS_MEMBER:
          serviceImpl.sIsMember((io.keyspace.v1.SIsMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SIsMemberResponse>) responseObserver);
          break;
        case METHODID_SMIS_MEMBER:
          serviceImpl.sMIsMember((io.keyspace.v1.SMIsMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SMIsMemberResponse>) responseObserver);
          break;
        case METHODID_SMEMBERS:
          serviceImpl.sMembers((io.keyspace.v1.SMembersRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SMembersResponse>) responseObserver);
          break;
        case METHODID_SPOP:
          serviceImpl.sPop((io.keyspace.v1.SPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SPopResponse>) responseObserver);
          break;
        case METHODID_SRAND_MEMBER:
          serviceImpl.sRandMember((io.keyspace.v1.SRandMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SRandMemberResponse>) responseObserver);
          break;
        case METHODID_SMOVE:
          serviceImpl.sMove((io.keyspace.v1.SMoveRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SMoveResponse>) responseObserver);
          break;
        case METHODID_SINTER:
          serviceImpl.sInter((io.keyspace.v1.SInterRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SInterResponse>) responseObserver);
          break;
        case METHODID_SINTER_CARD:
          serviceImpl.sInterCard((io.keyspace.v1.SInterCardRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SInterCardResponse>) responseObserver);
          break;
        case METHODID_SINTER_STORE:
          serviceImpl.sInterStore((io.keyspace.v1.SInterStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SInterStoreResponse>) responseObserver);
          break;
        case METHODID_SUNION:
          serviceImpl.sUnion((io.keyspace.v1.SUnionRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SUnionResponse>) responseObserver);
          break;
        case METHODID_SUNION_STORE:
          serviceImpl.sUnionStore((io.keyspace.v1.SUnionStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SUnionStoreResponse>) responseObserver);
          break;
        case METHODID_SDIFF:
          serviceImpl.sDiff((io.keyspace.v1.SDiffRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SDiffResponse>) responseObserver);
          break;
        case METHODID_SDIFF_STORE:
          serviceImpl.sDiffStore((io.keyspace.v1.SDiffStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SDiffStoreResponse>) responseObserver);
          break;
        case METHODID_SSCAN:
          serviceImpl.sScan((io.keyspace.v1.SScanRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SScanResponse>) responseObserver);
          break;
        case METHODID_ZADD:
          serviceImpl.zAdd((io.keyspace.v1.ZAddRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZAddResponse>) responseObserver);
          break;
        case METHODID_ZINCR_BY:
          serviceImpl.zIncrBy((io.keyspace.v1.ZIncrByRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZIncrByResponse>) responseObserver);
          break;
        case METHODID_ZREM:
          serviceImpl.zRem((io.keyspace.v1.ZRemRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemResponse>) responseObserver);
          break;
        case METHODID_ZCARD:
          serviceImpl.zCard((io.keyspace.v1.ZCardRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZCardResponse>) responseObserver);
          break;
        case METHODID_ZSCORE:
          serviceImpl.zScore((io.keyspace.v1.ZScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZScoreResponse>) responseObserver);
          break;
        case METHODID_ZMSCORE:
          serviceImpl.zMScore((io.keyspace.v1.ZMScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZMScoreResponse>) responseObserver);
          break;
        case METHODID_ZCOUNT:
          serviceImpl.zCount((io.keyspace.v1.ZCountRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZCountResponse>) responseObserver);
          break;
        case METHODID_ZLEX_COUNT:
          serviceImpl.zLexCount((io.keyspace.v1.ZLexCountRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZLexCountResponse>) responseObserver);
          break;
        case METHODID_ZRANK:
          serviceImpl.zRank((io.keyspace.v1.ZRankRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRankResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANK:
          serviceImpl.zRevRank((io.keyspace.v1.ZRevRankRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRankResponse>) responseObserver);
          break;
        case METHODID_ZRANGE:
          serviceImpl.zRange((io.keyspace.v1.ZRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeResponse>) responseObserver);
          break;
        case METHODID_ZRANGE_STORE:
          serviceImpl.zRangeStore((io.keyspace.v1.ZRangeStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeStoreResponse>) responseObserver);
          break;
        case METHODID_ZRANGE_BY_SCORE:
          serviceImpl.zRangeByScore((io.keyspace.v1.ZRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANGE_BY_SCORE:
          serviceImpl.zRevRangeByScore((io.keyspace.v1.ZRevRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_ZRANGE_BY_LEX:
          serviceImpl.zRangeByLex((io.keyspace.v1.ZRangeByLexRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRangeByLexResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANGE_BY_LEX:
          serviceImpl.zRevRangeByLex((io.keyspace.v1.ZRevRangeByLexRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeByLexResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANGE:
          serviceImpl.zRevRange((io.keyspace.v1.ZRevRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRevRangeResponse>) responseObserver);
          break;
        case METHODID_ZREM_RANGE_BY_RANK:
          serviceImpl.zRemRangeByRank((io.keyspace.v1.ZRemRangeByRankRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByRankResponse>) responseObserver);
          break;
        case METHODID_ZREM_RANGE_BY_SCORE:
          serviceImpl.zRemRangeByScore((io.keyspace.v1.ZRemRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_ZREM_RANGE_BY_LEX:
          serviceImpl.zRemRangeByLex((io.keyspace.v1.ZRemRangeByLexRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRemRangeByLexResponse>) responseObserver);
          break;
        case METHODID_ZPOP_MIN:
          serviceImpl.zPopMin((io.keyspace.v1.ZPopMinRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZPopMinResponse>) responseObserver);
          break;
        case METHODID_ZPOP_MAX:
          serviceImpl.zPopMax((io.keyspace.v1.ZPopMaxRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZPopMaxResponse>) responseObserver);
          break;
        case METHODID_ZMPOP:
          serviceImpl.zMPop((io.keyspace.v1.ZMPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZMPopResponse>) responseObserver);
          break;
        case METHODID_ZRAND_MEMBER:
          serviceImpl.zRandMember((io.keyspace.v1.ZRandMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZRandMemberResponse>) responseObserver);
          break;
        case METHODID_ZUNION:
          serviceImpl.zUnion((io.keyspace.v1.ZUnionRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZUnionResponse>) responseObserver);
          break;
        case METHODID_ZINTER:
          serviceImpl.zInter((io.keyspace.v1.ZInterRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterResponse>) responseObserver);
          break;
        case METHODID_ZDIFF:
          serviceImpl.zDiff((io.keyspace.v1.ZDiffRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZDiffResponse>) responseObserver);
          break;
        case METHODID_ZUNION_STORE:
          serviceImpl.zUnionStore((io.keyspace.v1.ZUnionStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZUnionStoreResponse>) responseObserver);
          break;
        case METHODID_ZINTER_STORE:
          serviceImpl.zInterStore((io.keyspace.v1.ZInterStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterStoreResponse>) responseObserver);
          break;
        case METHODID_ZDIFF_STORE:
          serviceImpl.zDiffStore((io.keyspace.v1.ZDiffStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZDiffStoreResponse>) responseObserver);
          break;
        case METHODID_ZINTER_CARD:
          serviceImpl.zInterCard((io.keyspace.v1.ZInterCardRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZInterCardResponse>) responseObserver);
          break;
        case METHODID_ZSCAN:
          serviceImpl.zScan((io.keyspace.v1.ZScanRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ZScanResponse>) responseObserver);
          break;
        case METHODID_BZPOP_MIN:
          serviceImpl.bZPopMin((io.keyspace.v1.BZPopMinRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BZPopMinResponse>) responseObserver);
          break;
        case METHODID_BZPOP_MAX:
          serviceImpl.bZPopMax((io.keyspace.v1.BZPopMaxRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BZPopMaxResponse>) responseObserver);
          break;
        case METHODID_BZMPOP:
          serviceImpl.bZMPop((io.keyspace.v1.BZMPopRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.BZMPopResponse>) responseObserver);
          break;
        case METHODID_WATCH:
          serviceImpl.watch((io.keyspace.v1.WatchRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.WatchResponse>) responseObserver);
          break;
        case METHODID_EXEC:
          serviceImpl.exec((io.keyspace.v1.ExecRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.ExecResponse>) responseObserver);
          break;
        case METHODID_PUBLISH:
          serviceImpl.publish((io.keyspace.v1.PublishRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PublishResponse>) responseObserver);
          break;
        case METHODID_SPUBLISH:
          serviceImpl.sPublish((io.keyspace.v1.SPublishRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SPublishResponse>) responseObserver);
          break;
        case METHODID_PUB_SUB_CHANNELS:
          serviceImpl.pubSubChannels((io.keyspace.v1.PubSubChannelsRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubChannelsResponse>) responseObserver);
          break;
        case METHODID_PUB_SUB_NUM_SUB:
          serviceImpl.pubSubNumSub((io.keyspace.v1.PubSubNumSubRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubNumSubResponse>) responseObserver);
          break;
        case METHODID_PUB_SUB_NUM_PAT:
          serviceImpl.pubSubNumPat((io.keyspace.v1.PubSubNumPatRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubNumPatResponse>) responseObserver);
          break;
        case METHODID_PUB_SUB_SHARD_CHANNELS:
          serviceImpl.pubSubShardChannels((io.keyspace.v1.PubSubShardChannelsRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubShardChannelsResponse>) responseObserver);
          break;
        case METHODID_PUB_SUB_SHARD_NUM_SUB:
          serviceImpl.pubSubShardNumSub((io.keyspace.v1.PubSubShardNumSubRequest) request,
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PubSubShardNumSubResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SUBSCRIBE:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.subscribe(
              (io.grpc.stub.StreamObserver<io.keyspace.v1.SubscribeResponse>) responseObserver);
        case METHODID_PIPELINE:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.pipeline(
              (io.grpc.stub.StreamObserver<io.keyspace.v1.PipelineResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getPingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PingRequest,
              io.keyspace.v1.PingResponse>(
                service, METHODID_PING)))
        .addMethod(
          getEchoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.EchoRequest,
              io.keyspace.v1.EchoResponse>(
                service, METHODID_ECHO)))
        .addMethod(
          getTimeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.TimeRequest,
              io.keyspace.v1.TimeResponse>(
                service, METHODID_TIME)))
        .addMethod(
          getDbSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.DbSizeRequest,
              io.keyspace.v1.DbSizeResponse>(
                service, METHODID_DB_SIZE)))
        .addMethod(
          getFlushDbMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.FlushDbRequest,
              io.keyspace.v1.FlushDbResponse>(
                service, METHODID_FLUSH_DB)))
        .addMethod(
          getFlushAllMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.FlushAllRequest,
              io.keyspace.v1.FlushAllResponse>(
                service, METHODID_FLUSH_ALL)))
        .addMethod(
          getInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.InfoRequest,
              io.keyspace.v1.InfoResponse>(
                service, METHODID_INFO)))
        .addMethod(
          getBgRewriteAofMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BgRewriteAofRequest,
              io.keyspace.v1.BgRewriteAofResponse>(
                service, METHODID_BG_REWRITE_AOF)))
        .addMethod(
          getSaveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SaveRequest,
              io.keyspace.v1.SaveResponse>(
                service, METHODID_SAVE)))
        .addMethod(
          getBgSaveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BgSaveRequest,
              io.keyspace.v1.BgSaveResponse>(
                service, METHODID_BG_SAVE)))
        .addMethod(
          getLastSaveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LastSaveRequest,
              io.keyspace.v1.LastSaveResponse>(
                service, METHODID_LAST_SAVE)))
        .addMethod(
          getConfigGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ConfigGetRequest,
              io.keyspace.v1.ConfigGetResponse>(
                service, METHODID_CONFIG_GET)))
        .addMethod(
          getConfigSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ConfigSetRequest,
              io.keyspace.v1.ConfigSetResponse>(
                service, METHODID_CONFIG_SET)))
        .addMethod(
          getGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.GetRequest,
              io.keyspace.v1.GetResponse>(
                service, METHODID_GET)))
        .addMethod(
          getSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SetRequest,
              io.keyspace.v1.SetResponse>(
                service, METHODID_SET)))
        .addMethod(
          getSetNxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SetNxRequest,
              io.keyspace.v1.SetNxResponse>(
                service, METHODID_SET_NX)))
        .addMethod(
          getSetExMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SetExRequest,
              io.keyspace.v1.SetExResponse>(
                service, METHODID_SET_EX)))
        .addMethod(
          getPSetExMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PSetExRequest,
              io.keyspace.v1.PSetExResponse>(
                service, METHODID_PSET_EX)))
        .addMethod(
          getGetSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.GetSetRequest,
              io.keyspace.v1.GetSetResponse>(
                service, METHODID_GET_SET)))
        .addMethod(
          getGetDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.GetDelRequest,
              io.keyspace.v1.GetDelResponse>(
                service, METHODID_GET_DEL)))
        .addMethod(
          getGetExMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.GetExRequest,
              io.keyspace.v1.GetExResponse>(
                service, METHODID_GET_EX)))
        .addMethod(
          getMGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.MGetRequest,
              io.keyspace.v1.MGetResponse>(
                service, METHODID_MGET)))
        .addMethod(
          getMSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.MSetRequest,
              io.keyspace.v1.MSetResponse>(
                service, METHODID_MSET)))
        .addMethod(
          getMSetNxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.MSetNxRequest,
              io.keyspace.v1.MSetNxResponse>(
                service, METHODID_MSET_NX)))
        .addMethod(
          getAppendMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.AppendRequest,
              io.keyspace.v1.AppendResponse>(
                service, METHODID_APPEND)))
        .addMethod(
          getStrLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.StrLenRequest,
              io.keyspace.v1.StrLenResponse>(
                service, METHODID_STR_LEN)))
        .addMethod(
          getGetRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.GetRangeRequest,
              io.keyspace.v1.GetRangeResponse>(
                service, METHODID_GET_RANGE)))
        .addMethod(
          getSetRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SetRangeRequest,
              io.keyspace.v1.SetRangeResponse>(
                service, METHODID_SET_RANGE)))
        .addMethod(
          getIncrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.IncrRequest,
              io.keyspace.v1.IncrResponse>(
                service, METHODID_INCR)))
        .addMethod(
          getDecrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.DecrRequest,
              io.keyspace.v1.DecrResponse>(
                service, METHODID_DECR)))
        .addMethod(
          getIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.IncrByRequest,
              io.keyspace.v1.IncrByResponse>(
                service, METHODID_INCR_BY)))
        .addMethod(
          getDecrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.DecrByRequest,
              io.keyspace.v1.DecrByResponse>(
                service, METHODID_DECR_BY)))
        .addMethod(
          getIncrByFloatMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.IncrByFloatRequest,
              io.keyspace.v1.IncrByFloatResponse>(
                service, METHODID_INCR_BY_FLOAT)))
        .addMethod(
          getLcsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LcsRequest,
              io.keyspace.v1.LcsResponse>(
                service, METHODID_LCS)))
        .addMethod(
          getDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.DelRequest,
              io.keyspace.v1.DelResponse>(
                service, METHODID_DEL)))
        .addMethod(
          getUnlinkMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.UnlinkRequest,
              io.keyspace.v1.UnlinkResponse>(
                service, METHODID_UNLINK)))
        .addMethod(
          getExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ExistsRequest,
              io.keyspace.v1.ExistsResponse>(
                service, METHODID_EXISTS)))
        .addMethod(
          getTypeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.TypeRequest,
              io.keyspace.v1.TypeResponse>(
                service, METHODID_TYPE)))
        .addMethod(
          getRenameMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RenameRequest,
              io.keyspace.v1.RenameResponse>(
                service, METHODID_RENAME)))
        .addMethod(
          getRenameNxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RenameNxRequest,
              io.keyspace.v1.RenameNxResponse>(
                service, METHODID_RENAME_NX)))
        .addMethod(
          getCopyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.CopyRequest,
              io.keyspace.v1.CopyResponse>(
                service, METHODID_COPY)))
        .addMethod(
          getKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.KeysRequest,
              io.keyspace.v1.KeysResponse>(
                service, METHODID_KEYS)))
        .addMethod(
          getScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ScanRequest,
              io.keyspace.v1.ScanResponse>(
                service, METHODID_SCAN)))
        .addMethod(
          getRandomKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RandomKeyRequest,
              io.keyspace.v1.RandomKeyResponse>(
                service, METHODID_RANDOM_KEY)))
        .addMethod(
          getTouchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.TouchRequest,
              io.keyspace.v1.TouchResponse>(
                service, METHODID_TOUCH)))
        .addMethod(
          getExpireMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ExpireRequest,
              io.keyspace.v1.ExpireResponse>(
                service, METHODID_EXPIRE)))
        .addMethod(
          getPExpireMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PExpireRequest,
              io.keyspace.v1.PExpireResponse>(
                service, METHODID_PEXPIRE)))
        .addMethod(
          getExpireAtMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ExpireAtRequest,
              io.keyspace.v1.ExpireAtResponse>(
                service, METHODID_EXPIRE_AT)))
        .addMethod(
          getPExpireAtMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PExpireAtRequest,
              io.keyspace.v1.PExpireAtResponse>(
                service, METHODID_PEXPIRE_AT)))
        .addMethod(
          getTtlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.TtlRequest,
              io.keyspace.v1.TtlResponse>(
                service, METHODID_TTL)))
        .addMethod(
          getPTtlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PTtlRequest,
              io.keyspace.v1.PTtlResponse>(
                service, METHODID_PTTL)))
        .addMethod(
          getExpireTimeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ExpireTimeRequest,
              io.keyspace.v1.ExpireTimeResponse>(
                service, METHODID_EXPIRE_TIME)))
        .addMethod(
          getPExpireTimeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PExpireTimeRequest,
              io.keyspace.v1.PExpireTimeResponse>(
                service, METHODID_PEXPIRE_TIME)))
        .addMethod(
          getPersistMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PersistRequest,
              io.keyspace.v1.PersistResponse>(
                service, METHODID_PERSIST)))
        .addMethod(
          getObjectEncodingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ObjectEncodingRequest,
              io.keyspace.v1.ObjectEncodingResponse>(
                service, METHODID_OBJECT_ENCODING)))
        .addMethod(
          getHSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HSetRequest,
              io.keyspace.v1.HSetResponse>(
                service, METHODID_HSET)))
        .addMethod(
          getHSetNxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HSetNxRequest,
              io.keyspace.v1.HSetNxResponse>(
                service, METHODID_HSET_NX)))
        .addMethod(
          getHGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HGetRequest,
              io.keyspace.v1.HGetResponse>(
                service, METHODID_HGET)))
        .addMethod(
          getHMGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HMGetRequest,
              io.keyspace.v1.HMGetResponse>(
                service, METHODID_HMGET)))
        .addMethod(
          getHGetAllMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HGetAllRequest,
              io.keyspace.v1.HGetAllResponse>(
                service, METHODID_HGET_ALL)))
        .addMethod(
          getHDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HDelRequest,
              io.keyspace.v1.HDelResponse>(
                service, METHODID_HDEL)))
        .addMethod(
          getHExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HExistsRequest,
              io.keyspace.v1.HExistsResponse>(
                service, METHODID_HEXISTS)))
        .addMethod(
          getHLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HLenRequest,
              io.keyspace.v1.HLenResponse>(
                service, METHODID_HLEN)))
        .addMethod(
          getHStrLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HStrLenRequest,
              io.keyspace.v1.HStrLenResponse>(
                service, METHODID_HSTR_LEN)))
        .addMethod(
          getHKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HKeysRequest,
              io.keyspace.v1.HKeysResponse>(
                service, METHODID_HKEYS)))
        .addMethod(
          getHValsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HValsRequest,
              io.keyspace.v1.HValsResponse>(
                service, METHODID_HVALS)))
        .addMethod(
          getHIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HIncrByRequest,
              io.keyspace.v1.HIncrByResponse>(
                service, METHODID_HINCR_BY)))
        .addMethod(
          getHIncrByFloatMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HIncrByFloatRequest,
              io.keyspace.v1.HIncrByFloatResponse>(
                service, METHODID_HINCR_BY_FLOAT)))
        .addMethod(
          getHRandFieldMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HRandFieldRequest,
              io.keyspace.v1.HRandFieldResponse>(
                service, METHODID_HRAND_FIELD)))
        .addMethod(
          getHScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.HScanRequest,
              io.keyspace.v1.HScanResponse>(
                service, METHODID_HSCAN)))
        .addMethod(
          getLPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LPushRequest,
              io.keyspace.v1.LPushResponse>(
                service, METHODID_LPUSH)))
        .addMethod(
          getRPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RPushRequest,
              io.keyspace.v1.RPushResponse>(
                service, METHODID_RPUSH)))
        .addMethod(
          getLPushXMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LPushXRequest,
              io.keyspace.v1.LPushXResponse>(
                service, METHODID_LPUSH_X)))
        .addMethod(
          getRPushXMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RPushXRequest,
              io.keyspace.v1.RPushXResponse>(
                service, METHODID_RPUSH_X)))
        .addMethod(
          getLPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LPopRequest,
              io.keyspace.v1.LPopResponse>(
                service, METHODID_LPOP)))
        .addMethod(
          getRPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RPopRequest,
              io.keyspace.v1.RPopResponse>(
                service, METHODID_RPOP)))
        .addMethod(
          getLLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LLenRequest,
              io.keyspace.v1.LLenResponse>(
                service, METHODID_LLEN)))
        .addMethod(
          getLRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LRangeRequest,
              io.keyspace.v1.LRangeResponse>(
                service, METHODID_LRANGE)))
        .addMethod(
          getLIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LIndexRequest,
              io.keyspace.v1.LIndexResponse>(
                service, METHODID_LINDEX)))
        .addMethod(
          getLSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LSetRequest,
              io.keyspace.v1.LSetResponse>(
                service, METHODID_LSET)))
        .addMethod(
          getLInsertMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LInsertRequest,
              io.keyspace.v1.LInsertResponse>(
                service, METHODID_LINSERT)))
        .addMethod(
          getLRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LRemRequest,
              io.keyspace.v1.LRemResponse>(
                service, METHODID_LREM)))
        .addMethod(
          getLTrimMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LTrimRequest,
              io.keyspace.v1.LTrimResponse>(
                service, METHODID_LTRIM)))
        .addMethod(
          getLPosMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LPosRequest,
              io.keyspace.v1.LPosResponse>(
                service, METHODID_LPOS)))
        .addMethod(
          getLMoveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LMoveRequest,
              io.keyspace.v1.LMoveResponse>(
                service, METHODID_LMOVE)))
        .addMethod(
          getRPopLPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.RPopLPushRequest,
              io.keyspace.v1.RPopLPushResponse>(
                service, METHODID_RPOP_LPUSH)))
        .addMethod(
          getLMPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.LMPopRequest,
              io.keyspace.v1.LMPopResponse>(
                service, METHODID_LMPOP)))
        .addMethod(
          getBLPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BLPopRequest,
              io.keyspace.v1.BLPopResponse>(
                service, METHODID_BLPOP)))
        .addMethod(
          getBRPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BRPopRequest,
              io.keyspace.v1.BRPopResponse>(
                service, METHODID_BRPOP)))
        .addMethod(
          getBLMoveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BLMoveRequest,
              io.keyspace.v1.BLMoveResponse>(
                service, METHODID_BLMOVE)))
        .addMethod(
          getBRPopLPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BRPopLPushRequest,
              io.keyspace.v1.BRPopLPushResponse>(
                service, METHODID_BRPOP_LPUSH)))
        .addMethod(
          getBLMPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BLMPopRequest,
              io.keyspace.v1.BLMPopResponse>(
                service, METHODID_BLMPOP)))
        .addMethod(
          getSAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SAddRequest,
              io.keyspace.v1.SAddResponse>(
                service, METHODID_SADD)))
        .addMethod(
          getSRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SRemRequest,
              io.keyspace.v1.SRemResponse>(
                service, METHODID_SREM)))
        .addMethod(
          getSCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SCardRequest,
              io.keyspace.v1.SCardResponse>(
                service, METHODID_SCARD)))
        .addMethod(
          getSIsMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SIsMemberRequest,
              io.keyspace.v1.SIsMemberResponse>(
                service, METHODID_SIS_MEMBER)))
        .addMethod(
          getSMIsMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SMIsMemberRequest,
              io.keyspace.v1.SMIsMemberResponse>(
                service, METHODID_SMIS_MEMBER)))
        .addMethod(
          getSMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SMembersRequest,
              io.keyspace.v1.SMembersResponse>(
                service, METHODID_SMEMBERS)))
        .addMethod(
          getSPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SPopRequest,
              io.keyspace.v1.SPopResponse>(
                service, METHODID_SPOP)))
        .addMethod(
          getSRandMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SRandMemberRequest,
              io.keyspace.v1.SRandMemberResponse>(
                service, METHODID_SRAND_MEMBER)))
        .addMethod(
          getSMoveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SMoveRequest,
              io.keyspace.v1.SMoveResponse>(
                service, METHODID_SMOVE)))
        .addMethod(
          getSInterMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SInterRequest,
              io.keyspace.v1.SInterResponse>(
                service, METHODID_SINTER)))
        .addMethod(
          getSInterCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SInterCardRequest,
              io.keyspace.v1.SInterCardResponse>(
                service, METHODID_SINTER_CARD)))
        .addMethod(
          getSInterStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SInterStoreRequest,
              io.keyspace.v1.SInterStoreResponse>(
                service, METHODID_SINTER_STORE)))
        .addMethod(
          getSUnionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SUnionRequest,
              io.keyspace.v1.SUnionResponse>(
                service, METHODID_SUNION)))
        .addMethod(
          getSUnionStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SUnionStoreRequest,
              io.keyspace.v1.SUnionStoreResponse>(
                service, METHODID_SUNION_STORE)))
        .addMethod(
          getSDiffMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SDiffRequest,
              io.keyspace.v1.SDiffResponse>(
                service, METHODID_SDIFF)))
        .addMethod(
          getSDiffStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SDiffStoreRequest,
              io.keyspace.v1.SDiffStoreResponse>(
                service, METHODID_SDIFF_STORE)))
        .addMethod(
          getSScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SScanRequest,
              io.keyspace.v1.SScanResponse>(
                service, METHODID_SSCAN)))
        .addMethod(
          getZAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZAddRequest,
              io.keyspace.v1.ZAddResponse>(
                service, METHODID_ZADD)))
        .addMethod(
          getZIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZIncrByRequest,
              io.keyspace.v1.ZIncrByResponse>(
                service, METHODID_ZINCR_BY)))
        .addMethod(
          getZRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRemRequest,
              io.keyspace.v1.ZRemResponse>(
                service, METHODID_ZREM)))
        .addMethod(
          getZCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZCardRequest,
              io.keyspace.v1.ZCardResponse>(
                service, METHODID_ZCARD)))
        .addMethod(
          getZScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZScoreRequest,
              io.keyspace.v1.ZScoreResponse>(
                service, METHODID_ZSCORE)))
        .addMethod(
          getZMScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZMScoreRequest,
              io.keyspace.v1.ZMScoreResponse>(
                service, METHODID_ZMSCORE)))
        .addMethod(
          getZCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZCountRequest,
              io.keyspace.v1.ZCountResponse>(
                service, METHODID_ZCOUNT)))
        .addMethod(
          getZLexCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZLexCountRequest,
              io.keyspace.v1.ZLexCountResponse>(
                service, METHODID_ZLEX_COUNT)))
        .addMethod(
          getZRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRankRequest,
              io.keyspace.v1.ZRankResponse>(
                service, METHODID_ZRANK)))
        .addMethod(
          getZRevRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRevRankRequest,
              io.keyspace.v1.ZRevRankResponse>(
                service, METHODID_ZREV_RANK)))
        .addMethod(
          getZRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRangeRequest,
              io.keyspace.v1.ZRangeResponse>(
                service, METHODID_ZRANGE)))
        .addMethod(
          getZRangeStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRangeStoreRequest,
              io.keyspace.v1.ZRangeStoreResponse>(
                service, METHODID_ZRANGE_STORE)))
        .addMethod(
          getZRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRangeByScoreRequest,
              io.keyspace.v1.ZRangeByScoreResponse>(
                service, METHODID_ZRANGE_BY_SCORE)))
        .addMethod(
          getZRevRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRevRangeByScoreRequest,
              io.keyspace.v1.ZRevRangeByScoreResponse>(
                service, METHODID_ZREV_RANGE_BY_SCORE)))
        .addMethod(
          getZRangeByLexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRangeByLexRequest,
              io.keyspace.v1.ZRangeByLexResponse>(
                service, METHODID_ZRANGE_BY_LEX)))
        .addMethod(
          getZRevRangeByLexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRevRangeByLexRequest,
              io.keyspace.v1.ZRevRangeByLexResponse>(
                service, METHODID_ZREV_RANGE_BY_LEX)))
        .addMethod(
          getZRevRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRevRangeRequest,
              io.keyspace.v1.ZRevRangeResponse>(
                service, METHODID_ZREV_RANGE)))
        .addMethod(
          getZRemRangeByRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRemRangeByRankRequest,
              io.keyspace.v1.ZRemRangeByRankResponse>(
                service, METHODID_ZREM_RANGE_BY_RANK)))
        .addMethod(
          getZRemRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRemRangeByScoreRequest,
              io.keyspace.v1.ZRemRangeByScoreResponse>(
                service, METHODID_ZREM_RANGE_BY_SCORE)))
        .addMethod(
          getZRemRangeByLexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRemRangeByLexRequest,
              io.keyspace.v1.ZRemRangeByLexResponse>(
                service, METHODID_ZREM_RANGE_BY_LEX)))
        .addMethod(
          getZPopMinMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZPopMinRequest,
              io.keyspace.v1.ZPopMinResponse>(
                service, METHODID_ZPOP_MIN)))
        .addMethod(
          getZPopMaxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZPopMaxRequest,
              io.keyspace.v1.ZPopMaxResponse>(
                service, METHODID_ZPOP_MAX)))
        .addMethod(
          getZMPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZMPopRequest,
              io.keyspace.v1.ZMPopResponse>(
                service, METHODID_ZMPOP)))
        .addMethod(
          getZRandMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZRandMemberRequest,
              io.keyspace.v1.ZRandMemberResponse>(
                service, METHODID_ZRAND_MEMBER)))
        .addMethod(
          getZUnionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZUnionRequest,
              io.keyspace.v1.ZUnionResponse>(
                service, METHODID_ZUNION)))
        .addMethod(
          getZInterMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZInterRequest,
              io.keyspace.v1.ZInterResponse>(
                service, METHODID_ZINTER)))
        .addMethod(
          getZDiffMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZDiffRequest,
              io.keyspace.v1.ZDiffResponse>(
                service, METHODID_ZDIFF)))
        .addMethod(
          getZUnionStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZUnionStoreRequest,
              io.keyspace.v1.ZUnionStoreResponse>(
                service, METHODID_ZUNION_STORE)))
        .addMethod(
          getZInterStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZInterStoreRequest,
              io.keyspace.v1.ZInterStoreResponse>(
                service, METHODID_ZINTER_STORE)))
        .addMethod(
          getZDiffStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZDiffStoreRequest,
              io.keyspace.v1.ZDiffStoreResponse>(
                service, METHODID_ZDIFF_STORE)))
        .addMethod(
          getZInterCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZInterCardRequest,
              io.keyspace.v1.ZInterCardResponse>(
                service, METHODID_ZINTER_CARD)))
        .addMethod(
          getZScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ZScanRequest,
              io.keyspace.v1.ZScanResponse>(
                service, METHODID_ZSCAN)))
        .addMethod(
          getBZPopMinMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BZPopMinRequest,
              io.keyspace.v1.BZPopMinResponse>(
                service, METHODID_BZPOP_MIN)))
        .addMethod(
          getBZPopMaxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BZPopMaxRequest,
              io.keyspace.v1.BZPopMaxResponse>(
                service, METHODID_BZPOP_MAX)))
        .addMethod(
          getBZMPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.BZMPopRequest,
              io.keyspace.v1.BZMPopResponse>(
                service, METHODID_BZMPOP)))
        .addMethod(
          getWatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.WatchRequest,
              io.keyspace.v1.WatchResponse>(
                service, METHODID_WATCH)))
        .addMethod(
          getExecMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.ExecRequest,
              io.keyspace.v1.ExecResponse>(
                service, METHODID_EXEC)))
        .addMethod(
          getPublishMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PublishRequest,
              io.keyspace.v1.PublishResponse>(
                service, METHODID_PUBLISH)))
        .addMethod(
          getSPublishMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.SPublishRequest,
              io.keyspace.v1.SPublishResponse>(
                service, METHODID_SPUBLISH)))
        .addMethod(
          getPubSubChannelsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PubSubChannelsRequest,
              io.keyspace.v1.PubSubChannelsResponse>(
                service, METHODID_PUB_SUB_CHANNELS)))
        .addMethod(
          getPubSubNumSubMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PubSubNumSubRequest,
              io.keyspace.v1.PubSubNumSubResponse>(
                service, METHODID_PUB_SUB_NUM_SUB)))
        .addMethod(
          getPubSubNumPatMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PubSubNumPatRequest,
              io.keyspace.v1.PubSubNumPatResponse>(
                service, METHODID_PUB_SUB_NUM_PAT)))
        .addMethod(
          getPubSubShardChannelsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PubSubShardChannelsRequest,
              io.keyspace.v1.PubSubShardChannelsResponse>(
                service, METHODID_PUB_SUB_SHARD_CHANNELS)))
        .addMethod(
          getPubSubShardNumSubMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.keyspace.v1.PubSubShardNumSubRequest,
              io.keyspace.v1.PubSubShardNumSubResponse>(
                service, METHODID_PUB_SUB_SHARD_NUM_SUB)))
        .addMethod(
          getSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              io.keyspace.v1.SubscribeRequest,
              io.keyspace.v1.SubscribeResponse>(
                service, METHODID_SUBSCRIBE)))
        .addMethod(
          getPipelineMethod(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              io.keyspace.v1.PipelineRequest,
              io.keyspace.v1.PipelineResponse>(
                service, METHODID_PIPELINE)))
        .build();
  }

  private static abstract class KeyspaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    KeyspaceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.keyspace.v1.KeyspaceServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("KeyspaceService");
    }
  }

  private static final class KeyspaceServiceFileDescriptorSupplier
      extends KeyspaceServiceBaseDescriptorSupplier {
    KeyspaceServiceFileDescriptorSupplier() {}
  }

  private static final class KeyspaceServiceMethodDescriptorSupplier
      extends KeyspaceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    KeyspaceServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (KeyspaceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new KeyspaceServiceFileDescriptorSupplier())
              .addMethod(getPingMethod())
              .addMethod(getEchoMethod())
              .addMethod(getTimeMethod())
              .addMethod(getDbSizeMethod())
              .addMethod(getFlushDbMethod())
              .addMethod(getFlushAllMethod())
              .addMethod(getInfoMethod())
              .addMethod(getBgRewriteAofMethod())
              .addMethod(getSaveMethod())
              .addMethod(getBgSaveMethod())
              .addMethod(getLastSaveMethod())
              .addMethod(getConfigGetMethod())
              .addMethod(getConfigSetMethod())
              .addMethod(getGetMethod())
              .addMethod(getSetMethod())
              .addMethod(getSetNxMethod())
              .addMethod(getSetExMethod())
              .addMethod(getPSetExMethod())
              .addMethod(getGetSetMethod())
              .addMethod(getGetDelMethod())
              .addMethod(getGetExMethod())
              .addMethod(getMGetMethod())
              .addMethod(getMSetMethod())
              .addMethod(getMSetNxMethod())
              .addMethod(getAppendMethod())
              .addMethod(getStrLenMethod())
              .addMethod(getGetRangeMethod())
              .addMethod(getSetRangeMethod())
              .addMethod(getIncrMethod())
              .addMethod(getDecrMethod())
              .addMethod(getIncrByMethod())
              .addMethod(getDecrByMethod())
              .addMethod(getIncrByFloatMethod())
              .addMethod(getLcsMethod())
              .addMethod(getDelMethod())
              .addMethod(getUnlinkMethod())
              .addMethod(getExistsMethod())
              .addMethod(getTypeMethod())
              .addMethod(getRenameMethod())
              .addMethod(getRenameNxMethod())
              .addMethod(getCopyMethod())
              .addMethod(getKeysMethod())
              .addMethod(getScanMethod())
              .addMethod(getRandomKeyMethod())
              .addMethod(getTouchMethod())
              .addMethod(getExpireMethod())
              .addMethod(getPExpireMethod())
              .addMethod(getExpireAtMethod())
              .addMethod(getPExpireAtMethod())
              .addMethod(getTtlMethod())
              .addMethod(getPTtlMethod())
              .addMethod(getExpireTimeMethod())
              .addMethod(getPExpireTimeMethod())
              .addMethod(getPersistMethod())
              .addMethod(getObjectEncodingMethod())
              .addMethod(getHSetMethod())
              .addMethod(getHSetNxMethod())
              .addMethod(getHGetMethod())
              .addMethod(getHMGetMethod())
              .addMethod(getHGetAllMethod())
              .addMethod(getHDelMethod())
              .addMethod(getHExistsMethod())
              .addMethod(getHLenMethod())
              .addMethod(getHStrLenMethod())
              .addMethod(getHKeysMethod())
              .addMethod(getHValsMethod())
              .addMethod(getHIncrByMethod())
              .addMethod(getHIncrByFloatMethod())
              .addMethod(getHRandFieldMethod())
              .addMethod(getHScanMethod())
              .addMethod(getLPushMethod())
              .addMethod(getRPushMethod())
              .addMethod(getLPushXMethod())
              .addMethod(getRPushXMethod())
              .addMethod(getLPopMethod())
              .addMethod(getRPopMethod())
              .addMethod(getLLenMethod())
              .addMethod(getLRangeMethod())
              .addMethod(getLIndexMethod())
              .addMethod(getLSetMethod())
              .addMethod(getLInsertMethod())
              .addMethod(getLRemMethod())
              .addMethod(getLTrimMethod())
              .addMethod(getLPosMethod())
              .addMethod(getLMoveMethod())
              .addMethod(getRPopLPushMethod())
              .addMethod(getLMPopMethod())
              .addMethod(getBLPopMethod())
              .addMethod(getBRPopMethod())
              .addMethod(getBLMoveMethod())
              .addMethod(getBRPopLPushMethod())
              .addMethod(getBLMPopMethod())
              .addMethod(getSAddMethod())
              .addMethod(getSRemMethod())
              .addMethod(getSCardMethod())
              .addMethod(getSIsMemberMethod())
              .addMethod(getSMIsMemberMethod())
              .addMethod(getSMembersMethod())
              .addMethod(getSPopMethod())
              .addMethod(getSRandMemberMethod())
              .addMethod(getSMoveMethod())
              .addMethod(getSInterMethod())
              .addMethod(getSInterCardMethod())
              .addMethod(getSInterStoreMethod())
              .addMethod(getSUnionMethod())
              .addMethod(getSUnionStoreMethod())
              .addMethod(getSDiffMethod())
              .addMethod(getSDiffStoreMethod())
              .addMethod(getSScanMethod())
              .addMethod(getZAddMethod())
              .addMethod(getZIncrByMethod())
              .addMethod(getZRemMethod())
              .addMethod(getZCardMethod())
              .addMethod(getZScoreMethod())
              .addMethod(getZMScoreMethod())
              .addMethod(getZCountMethod())
              .addMethod(getZLexCountMethod())
              .addMethod(getZRankMethod())
              .addMethod(getZRevRankMethod())
              .addMethod(getZRangeMethod())
              .addMethod(getZRangeStoreMethod())
              .addMethod(getZRangeByScoreMethod())
              .addMethod(getZRevRangeByScoreMethod())
              .addMethod(getZRangeByLexMethod())
              .addMethod(getZRevRangeByLexMethod())
              .addMethod(getZRevRangeMethod())
              .addMethod(getZRemRangeByRankMethod())
              .addMethod(getZRemRangeByScoreMethod())
              .addMethod(getZRemRangeByLexMethod())
              .addMethod(getZPopMinMethod())
              .addMethod(getZPopMaxMethod())
              .addMethod(getZMPopMethod())
              .addMethod(getZRandMemberMethod())
              .addMethod(getZUnionMethod())
              .addMethod(getZInterMethod())
              .addMethod(getZDiffMethod())
              .addMethod(getZUnionStoreMethod())
              .addMethod(getZInterStoreMethod())
              .addMethod(getZDiffStoreMethod())
              .addMethod(getZInterCardMethod())
              .addMethod(getZScanMethod())
              .addMethod(getBZPopMinMethod())
              .addMethod(getBZPopMaxMethod())
              .addMethod(getBZMPopMethod())
              .addMethod(getWatchMethod())
              .addMethod(getExecMethod())
              .addMethod(getPublishMethod())
              .addMethod(getSPublishMethod())
              .addMethod(getPubSubChannelsMethod())
              .addMethod(getPubSubNumSubMethod())
              .addMethod(getPubSubNumPatMethod())
              .addMethod(getPubSubShardChannelsMethod())
              .addMethod(getPubSubShardNumSubMethod())
              .addMethod(getSubscribeMethod())
              .addMethod(getPipelineMethod())
              .build();
        }
      }
    }
    return result;
  }
}
