// The schema at run time, and requests written loosely made exact.
//
// ts-proto's messages want a Buffer for every bytes field and a bigint for
// every 64-bit integer, but a caller writes `{ key: "greeting" }` and
// `{ increment: 5 }`. Its generated code keeps no field types, so the
// FileDescriptorSet that generate.sh embeds says which fields are which;
// @bufbuild/protobuf reads it. Anything ambiguous is refused rather than
// guessed: an unknown field, a number too large to be exact, a string where a
// message belongs.

import {
  createFileRegistry,
  fromBinary,
  ScalarType,
  type DescField,
  type DescMessage,
  type DescMethod,
} from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { descriptorSetBase64 } from "./gen/descriptor_set";
import { KeyspaceServiceDefinition } from "./gen/keyspace/v1/keyspace_service";

/** What a bytes field accepts: a string (sent as UTF-8), a Buffer or any Uint8Array. */
export type Bytes = string | Uint8Array;

/**
 * A message as callers may write it: every field optional, bytes as Bytes,
 * 64-bit integers as bigint or a safe integer number.
 */
export type Loose<T> = T extends Uint8Array
  ? Bytes
  : T extends bigint
    ? bigint | number
    : T extends readonly (infer U)[]
      ? readonly Loose<U>[]
      : T extends object
        ? { [K in keyof T]?: Loose<T[K]> | null }
        : T;

export const registry = createFileRegistry(
  fromBinary(FileDescriptorSetSchema, Buffer.from(descriptorSetBase64, "base64")),
);

const SERVICE = KeyspaceServiceDefinition.fullName;

/** The schema's methods by name ("Set", "GetEx"). */
export const schemaMethods: ReadonlyMap<string, DescMethod> = new Map(
  (registry.getService(SERVICE)?.methods ?? []).map((method) => [method.name, method]),
);

/** The schema's message type by full name, e.g. "keyspace.v1.Command". */
export function messageType(typeName: string): DescMessage {
  const desc = registry.getMessage(typeName);
  if (desc === undefined) throw new Error(`the schema has no message ${typeName}`);
  return desc;
}

const LONG_SCALARS = new Set<ScalarType>([
  ScalarType.INT64,
  ScalarType.UINT64,
  ScalarType.SINT64,
  ScalarType.FIXED64,
  ScalarType.SFIXED64,
]);

function toBuffer(value: unknown, where: string): Buffer {
  if (typeof value === "string") return Buffer.from(value, "utf8");
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  throw new TypeError(`${where}: expected a string, Buffer or Uint8Array`);
}

function toBigInt(value: unknown, where: string): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    // A number past 2^53 has already lost digits: refuse it rather than send a neighbour.
    if (!Number.isSafeInteger(value))
      throw new RangeError(`${where}: ${value} is not a safe integer`);
    return BigInt(value);
  }
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  throw new TypeError(`${where}: expected a bigint or an integer`);
}

function scalar(type: ScalarType, value: unknown, where: string): unknown {
  if (type === ScalarType.BYTES) return toBuffer(value, where);
  if (LONG_SCALARS.has(type)) return toBigInt(value, where);
  return value;
}

function element(field: DescField, value: unknown, where: string): unknown {
  switch (field.fieldKind) {
    case "scalar":
      return scalar(field.scalar, value, where);
    case "message":
      return normalize(field.message, value, where);
    case "list":
      if (field.listKind === "scalar") return scalar(field.scalar, value, where);
      if (field.listKind === "message") return normalize(field.message, value, where);
      return value;
    case "map":
      if (field.mapKind === "scalar") return scalar(field.scalar, value, where);
      if (field.mapKind === "message") return normalize(field.message, value, where);
      return value;
    default:
      return value;
  }
}

function convertField(field: DescField, value: unknown, where: string): unknown {
  if (value === null || value === undefined) return value;
  if (field.fieldKind === "list") {
    if (!Array.isArray(value)) throw new TypeError(`${where}: expected an array`);
    return value.map((item, index) => element(field, item, `${where}[${index}]`));
  }
  if (field.fieldKind === "map") {
    if (typeof value !== "object") throw new TypeError(`${where}: expected an object`);
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, element(field, item, `${where}.${key}`)]),
    );
  }
  return element(field, value, where);
}

const fieldsByName = new WeakMap<DescMessage, Map<string, DescField>>();

function fieldsOf(desc: DescMessage): Map<string, DescField> {
  let fields = fieldsByName.get(desc);
  if (fields === undefined) {
    // ts-proto names properties as proto3 JSON does (old_value is oldValue).
    fields = new Map(desc.fields.map((field) => [field.jsonName, field]));
    fieldsByName.set(desc, fields);
  }
  return fields;
}

/** A copy of a loosely written message with Buffers and bigints where the schema has them. */
export function normalize(desc: DescMessage, value: unknown, where = desc.name): object {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value) || value instanceof Uint8Array) {
    throw new TypeError(`${where}: expected a ${desc.typeName} object`);
  }
  const fields = fieldsOf(desc);
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const field = fields.get(name);
    if (field === undefined) throw new TypeError(`${where}: ${desc.typeName} has no field ${name}`);
    out[name] = convertField(field, item, `${where}.${name}`);
  }
  return out;
}
