// Keyspace: one gRPC channel and a promise method per unary RPC.
//
// The methods are not written out: they are installed on the prototype from
// the generated service definition, and their types are mapped from it, so a
// new RPC in the schema is a new method after regeneration.

import * as grpc from "@grpc/grpc-js";
import { fromCallError } from "./errors";
import {
  deserializer,
  type Method,
  methodBySchemaName,
  methods,
  type RequestOf,
  type ResponseOf,
  serializer,
  type UnaryName,
} from "./methods";
import { Pipeline } from "./pipeline";
import { type Bytes, type Loose, normalize } from "./schema";
import { Subscription } from "./subscription";

export interface KeyspaceOptions {
  /** Channel credentials; insecure (plain HTTP/2) by default. */
  credentials?: grpc.ChannelCredentials;
  /** grpc-js channel options ("grpc.max_receive_message_length", ...). */
  channelOptions?: grpc.ChannelOptions;
  /** A deadline for every unary call and pipeline, in milliseconds; none by default. */
  timeoutMs?: number;
}

export interface CallOptions {
  /** A deadline for this call, in milliseconds, overriding the client's. */
  timeoutMs?: number;
}

/** One promise method per unary RPC, named as the RPC in lowerCamelCase. */
export type UnaryMethods = {
  [K in UnaryName]: (
    request?: Loose<RequestOf<K>>,
    options?: CallOptions,
  ) => Promise<ResponseOf<K>>;
};

/** What Pipeline and Subscription need from their client. */
export interface Transport {
  readonly client: grpc.Client;
  callOptions(options?: CallOptions): grpc.CallOptions;
}

// The class below gains UnaryMethods by declaration merging.
export interface Keyspace extends UnaryMethods {}

/**
 * A Keyspace client. Unary methods take the request message (bytes as
 * strings or Buffers, 64-bit integers as numbers or bigints) and resolve to
 * the response message, with Redis's nil as null; a failed command rejects
 * with a KeyspaceError.
 */
export class Keyspace implements Transport {
  readonly client: grpc.Client;
  private readonly timeoutMs: number | undefined;

  constructor(address = "127.0.0.1:7379", options: KeyspaceOptions = {}) {
    this.client = new grpc.Client(
      address,
      options.credentials ?? grpc.credentials.createInsecure(),
      options.channelOptions,
    );
    this.timeoutMs = options.timeoutMs;
  }

  /** Closes the channel; calls in flight fail with CANCELLED. */
  close(): void {
    this.client.close();
  }

  /** Collects commands to send in one batch on the Pipeline stream. */
  pipeline(): Pipeline {
    return new Pipeline(this);
  }

  /** A Subscribe stream following nothing yet: see Subscription. */
  subscription(): Subscription {
    return new Subscription(this);
  }

  /** SUBSCRIBE: resolves once every channel is confirmed; iterate it for messages. */
  subscribe(...channels: Bytes[]): Promise<Subscription> {
    return this.opened((subscription) => subscription.subscribe(...channels));
  }

  /** PSUBSCRIBE: resolves once every pattern is confirmed. */
  psubscribe(...patterns: Bytes[]): Promise<Subscription> {
    return this.opened((subscription) => subscription.psubscribe(...patterns));
  }

  /** SSUBSCRIBE: resolves once every shard channel is confirmed. */
  ssubscribe(...channels: Bytes[]): Promise<Subscription> {
    return this.opened((subscription) => subscription.ssubscribe(...channels));
  }

  /**
   * Calls a unary RPC by its schema name ("Set", "GetEx"): for tools that
   * read RPC names as data. Code should call the typed methods.
   */
  call(rpc: string, request?: object, options?: CallOptions): Promise<unknown> {
    const method = methodBySchemaName(rpc);
    if (method === undefined || method.requestStream || method.responseStream) {
      return Promise.reject(new TypeError(`KeyspaceService has no unary RPC ${rpc}`));
    }
    return callUnary(this, method, request, options);
  }

  callOptions(options?: CallOptions): grpc.CallOptions {
    const timeoutMs = options?.timeoutMs ?? this.timeoutMs;
    return timeoutMs === undefined ? {} : { deadline: Date.now() + timeoutMs };
  }

  private async opened(
    start: (subscription: Subscription) => Promise<unknown>,
  ): Promise<Subscription> {
    const subscription = this.subscription();
    try {
      await start(subscription);
    } catch (error) {
      subscription.close();
      throw error;
    }
    return subscription;
  }
}

function callUnary(
  transport: Transport,
  method: Method,
  request: unknown,
  options?: CallOptions,
): Promise<unknown> {
  let message: unknown;
  try {
    message = method.requestType.fromPartial(normalize(method.input, request));
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    transport.client.makeUnaryRequest(
      method.path,
      serializer(method.requestType),
      deserializer(method.responseType),
      message,
      new grpc.Metadata(),
      transport.callOptions(options),
      (error, response) => (error ? reject(fromCallError(error)) : resolve(response)),
    );
  });
}

for (const method of methods.values()) {
  if (method.requestStream || method.responseStream) continue;
  if (method.localName in Keyspace.prototype) {
    throw new Error(`RPC ${method.name} clashes with Keyspace.${method.localName}`);
  }
  Object.defineProperty(Keyspace.prototype, method.localName, {
    value(this: Keyspace, request?: object, options?: CallOptions): Promise<unknown> {
      return callUnary(this, method, request, options);
    },
    writable: true,
    configurable: true,
  });
}
