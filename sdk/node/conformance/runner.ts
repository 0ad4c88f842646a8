// The conformance runner (tests/conformance/README.md has the format):
//   node dist/conformance/runner.js --address 127.0.0.1:PORT --scenarios FILE
// prints one JSON line per scenario and exits 0 when it ran, whatever the
// scenarios' results.
//
// It drives the SDK as users do (Keyspace.call, pipeline(), subscription())
// and compares messages, not JSON text: expected and actual both go through
// the generated fromJSON/toJSON, so field order and defaults do not matter
// while nil and empty stay different.

import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { Keyspace, KeyspaceError } from "../src/index";
import { Command, Reply } from "../src/gen/keyspace/v1/pipeline";
import { PublishRequest } from "../src/gen/keyspace/v1/pubsub";
import { SubscribeRequest, SubscriptionEvent } from "../src/gen/keyspace/v1/subscribe";
import { methodBySchemaName } from "../src/methods";

const EVENT_TIMEOUT_MS = 5000;
const CALL_TIMEOUT_MS = 30000;

type Json = Record<string, unknown>;

interface Scenario {
  name: string;
  steps: Json[];
}

/** A step's mismatch: the scenario fails with this detail. */
class Mismatch extends Error {}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function expectSame(what: string, expected: unknown, actual: unknown): void {
  if (!isDeepStrictEqual(expected, actual)) {
    throw new Mismatch(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof KeyspaceError) {
    return `${error.codeName} (reason ${show(error.prefix)}): ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function unary(ks: Keyspace, step: Json, label: string): Promise<void> {
  const method = methodBySchemaName(String(step.call));
  if (method === undefined) throw new Mismatch(`${label}: the SDK has no RPC ${show(step.call)}`);
  const request = method.requestType.fromJSON(step.request ?? {});
  let response: unknown;
  try {
    response = await ks.call(method.name, request as object);
  } catch (error) {
    if (step.error === undefined) throw new Mismatch(`${label}: failed with ${describe(error)}`);
    if (!(error instanceof KeyspaceError)) throw error;
    const expected = step.error as Json;
    const actual: Json = { code: error.codeName, message: error.message };
    if ("reason" in expected) actual.reason = error.prefix ?? "";
    expectSame(`${label} error`, expected, actual);
    return;
  }
  if (step.error !== undefined) {
    throw new Mismatch(
      `${label}: expected the error ${show(step.error)}, got ${show(method.responseType.toJSON(response))}`,
    );
  }
  const expected = method.responseType.toJSON(method.responseType.fromJSON(step.response ?? {}));
  expectSame(label, expected, method.responseType.toJSON(response));
}

async function pipeline(ks: Keyspace, step: Json, label: string): Promise<void> {
  const batch = ks.pipeline();
  for (const command of step.pipeline as unknown[]) batch.add(Command.fromJSON(command));
  const replies = (await batch.replies()).map((reply) => Reply.toJSON(reply));
  const expected = (step.replies as unknown[]).map((reply) => Reply.toJSON(Reply.fromJSON(reply)));
  if (replies.length !== expected.length) {
    throw new Mismatch(
      `${label}: expected ${expected.length} replies, got ${replies.length}: ${show(replies)}`,
    );
  }
  expected.forEach((reply, index) => expectSame(`${label} reply ${index}`, reply, replies[index]));
}

/** runId and sequence vary between runs: the format says to clear them. */
function comparable(event: SubscriptionEvent): unknown {
  if (event.change) event.change = { ...event.change, runId: "", sequence: 0n };
  if (event.message) event.message = { ...event.message, sequence: 0n };
  return SubscriptionEvent.toJSON(event);
}

async function subscription(ks: Keyspace, step: Json, label: string): Promise<void> {
  const subscription = ks.subscription();
  const events = subscription.events();
  try {
    await subscription.request(SubscribeRequest.fromJSON(step.subscribe));
    for (const publish of (step.publish as unknown[] | undefined) ?? []) {
      await ks.publish(PublishRequest.fromJSON(publish));
    }
    const expected = (step.events as unknown[]).map((event) =>
      comparable(SubscriptionEvent.fromJSON(event)),
    );
    const received: unknown[] = [];
    const deadline = Date.now() + EVENT_TIMEOUT_MS;
    while (received.length < expected.length) {
      const next = await nextBefore(events, deadline);
      if (next === "timeout" || next.done) {
        const why =
          next === "timeout" ? `no event within ${EVENT_TIMEOUT_MS} ms` : "the stream ended";
        throw new Mismatch(
          `${label}: ${why} after ${received.length} of ${expected.length} events: ${show(received)}`,
        );
      }
      if (next.value.heartbeat) continue;
      received.push(comparable(next.value));
    }
    expected.forEach((event, index) =>
      expectSame(`${label} event ${index}`, event, received[index]),
    );
  } finally {
    subscription.close();
  }
}

async function nextBefore<T>(
  iterator: AsyncIterator<T>,
  deadline: number,
): Promise<IteratorResult<T> | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([iterator.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runScenario(ks: Keyspace, scenario: Scenario): Promise<string> {
  try {
    await ks.flushAll({});
    for (const [index, step] of scenario.steps.entries()) {
      if ("call" in step) await unary(ks, step, `step ${index} (${String(step.call)})`);
      else if ("pipeline" in step) await pipeline(ks, step, `step ${index} (pipeline)`);
      else if ("subscribe" in step) await subscription(ks, step, `step ${index} (subscribe)`);
      else throw new Mismatch(`step ${index}: unknown step ${show(Object.keys(step))}`);
    }
    return "";
  } catch (error) {
    return error instanceof Mismatch ? error.message : `unexpected failure: ${describe(error)}`;
  }
}

function option(args: string[], name: string): string {
  const index = args.indexOf(name);
  const value = index >= 0 ? args[index + 1] : undefined;
  if (value === undefined) {
    process.stderr.write(`usage: runner --address HOST:PORT --scenarios FILE (missing ${name})\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const address = option(args, "--address");
  const file = option(args, "--scenarios");
  const scenarios = (JSON.parse(readFileSync(file, "utf8")) as { scenarios: Scenario[] }).scenarios;
  const ks = new Keyspace(address, { timeoutMs: CALL_TIMEOUT_MS });
  try {
    for (const scenario of scenarios) {
      const detail = await runScenario(ks, scenario);
      const report: Json = { scenario: scenario.name, passed: detail === "" };
      if (detail !== "") report.detail = detail;
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }
  } finally {
    ks.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`runner failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
