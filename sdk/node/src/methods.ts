// The RPCs of KeyspaceService as data, read from the generated definition,
// so that an RPC added to the schema becomes a method with no hand edit.

import type { DescMessage } from "@bufbuild/protobuf";
import { KeyspaceServiceDefinition } from "./gen/keyspace/v1/keyspace_service";
import { schemaMethods } from "./schema";

type Definitions = typeof KeyspaceServiceDefinition.methods;

/** A method's name as the SDK spells it: the RPC name in lowerCamelCase ("getEx"). */
export type MethodName = keyof Definitions;

/** The methods with one request and one response. */
export type UnaryName = {
  [K in MethodName]: Definitions[K] extends { requestStream: false; responseStream: false }
    ? K
    : never;
}[MethodName];

export type RequestOf<K extends MethodName> = ReturnType<Definitions[K]["requestType"]["decode"]>;
export type ResponseOf<K extends MethodName> = ReturnType<Definitions[K]["responseType"]["decode"]>;

interface MessageFns<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
  fromPartial(object: object): T;
  fromJSON(object: unknown): T;
  toJSON(message: T): unknown;
}

/** One RPC: what the transport needs to call it and what normalize needs to read requests. */
export interface Method {
  /** As in the schema: "GetEx". */
  name: string;
  /** As on the client: "getEx". */
  localName: string;
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestType: MessageFns<unknown>;
  responseType: MessageFns<unknown>;
  input: DescMessage;
  output: DescMessage;
}

function build(): Map<string, Method> {
  const methods = new Map<string, Method>();
  for (const [localName, definition] of Object.entries(KeyspaceServiceDefinition.methods)) {
    const schema = schemaMethods.get(definition.name);
    if (schema === undefined) throw new Error(`the schema has no RPC ${definition.name}`);
    methods.set(localName, {
      name: definition.name,
      localName,
      path: `/${KeyspaceServiceDefinition.fullName}/${definition.name}`,
      requestStream: definition.requestStream,
      responseStream: definition.responseStream,
      requestType: definition.requestType as MessageFns<unknown>,
      responseType: definition.responseType as MessageFns<unknown>,
      input: schema.input,
      output: schema.output,
    });
  }
  return methods;
}

/** Every RPC, by the client's method name. */
export const methods: ReadonlyMap<string, Method> = build();

/** The RPC whose schema name is `name` ("Set"), if there is one. */
export function methodBySchemaName(name: string): Method | undefined {
  for (const method of methods.values()) if (method.name === name) return method;
  return undefined;
}

export function serializer(type: MessageFns<unknown>): (value: unknown) => Buffer {
  return (value) => Buffer.from(type.encode(value).finish());
}

export function deserializer(type: MessageFns<unknown>): (bytes: Buffer) => unknown {
  return (bytes) => type.decode(bytes);
}
