// Offline checks of what the generic layer assumes about the generated code.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Keyspace } from "../src/index";
import { Command } from "../src/gen/keyspace/v1/pipeline";
import { SetRequest } from "../src/gen/keyspace/v1/strings";
import { Pipeline } from "../src/pipeline";
import { messageType, normalize, registry, schemaMethods } from "../src/schema";

interface Fns {
  fromPartial(object: object): Record<string, unknown>;
}

function generatedMessages(): Map<string, Fns> {
  const folder = join(__dirname, "..", "src", "gen", "keyspace", "v1");
  const found = new Map<string, Fns>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".js"))) {
    const exports = require(join(folder, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "object" && value !== null && "fromPartial" in value) {
        found.set(name, value as Fns);
      }
    }
  }
  return found;
}

test("ts-proto names every field as the schema's JSON name", () => {
  const generated = generatedMessages();
  let checked = 0;
  for (const desc of registry) {
    if (desc.kind !== "message") continue;
    // ts-proto names a nested message Outer_Inner.
    const name = desc.typeName.replace(/^keyspace\.v1\./, "").replace(/\./g, "_");
    const fns = generated.get(name);
    assert.ok(fns, `no generated message for ${desc.typeName}`);
    const properties = Object.keys(fns.fromPartial({})).sort();
    assert.deepEqual(properties, desc.fields.map((field) => field.jsonName).sort(), desc.typeName);
    checked += 1;
  }
  assert.ok(checked > 100, `only ${checked} messages checked`);
});

test("Keyspace has a method for every unary RPC and Pipeline one for every Command", () => {
  const commands = new Set(messageType("keyspace.v1.Command").fields.map((field) => field.name));
  let unary = 0;
  for (const method of schemaMethods.values()) {
    if (method.methodKind !== "unary") continue;
    unary += 1;
    const local = method.name[0].toLowerCase() + method.name.slice(1);
    assert.equal(
      typeof (Keyspace.prototype as unknown as Record<string, unknown>)[local],
      "function",
      local,
    );
    const pipelined = typeof (Pipeline.prototype as unknown as Record<string, unknown>)[local];
    assert.equal(
      pipelined,
      commands.has(method.name.toLowerCase()) ? "function" : "undefined",
      local,
    );
  }
  assert.ok(unary > 100, `only ${unary} unary RPCs`);
});

test("strings become bytes and numbers become int64 where the schema says so", () => {
  const request = SetRequest.fromPartial(
    normalize(messageType("keyspace.v1.SetRequest"), {
      key: "ключ",
      value: new Uint8Array([0, 255]),
      px: 1500,
    }),
  );
  assert.deepEqual(request.key, Buffer.from("ключ", "utf8"));
  assert.deepEqual(request.value, Buffer.from([0, 255]));
  assert.equal(request.px, 1500n);
  // The normalized message encodes, which ts-proto would refuse with a string key.
  const decoded = SetRequest.decode(SetRequest.encode(request).finish());
  assert.deepEqual([decoded.key, decoded.value, decoded.px], [request.key, request.value, 1500n]);
});

test("nested messages and repeated bytes are converted too", () => {
  const command = Command.fromPartial(
    normalize(messageType("keyspace.v1.Command"), { lpush: { key: "list", elements: ["a", "b"] } }),
  );
  assert.deepEqual(command.lpush?.elements, [Buffer.from("a"), Buffer.from("b")]);
  assert.deepEqual(
    Command.decode(Command.encode(command).finish()).lpush?.key,
    Buffer.from("list"),
  );
});

test("ambiguous input is refused rather than guessed", () => {
  const set = messageType("keyspace.v1.SetRequest");
  assert.throws(() => normalize(set, { key: "k", valeu: "v" }), /has no field valeu/);
  assert.throws(() => normalize(set, { key: "k", px: 2 ** 53 + 2 }), /not a safe integer/);
  assert.throws(() => normalize(set, { key: "k", px: 1.5 }), /not a safe integer/);
  assert.throws(() => normalize(set, { key: 42 }), /expected a string, Buffer or Uint8Array/);
});
