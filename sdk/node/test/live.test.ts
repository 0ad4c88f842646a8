// Live calls against the keyspace-server at KEYSPACE_ADDRESS (host:port);
// skipped when it is not set. Keys and channels are unique to each run, so
// the server may be shared.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { Keyspace, KeyspaceError } from "../src/index";

const address = process.env.KEYSPACE_ADDRESS;
const run = randomBytes(6).toString("hex");
const name = (label: string): string => `node-test:${run}:${label}`;

async function rejection(promise: Promise<unknown>): Promise<KeyspaceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof KeyspaceError, `not a KeyspaceError: ${String(error)}`);
    return error;
  }
  assert.fail("the call succeeded");
}

/** A port on which nothing listens: bound once to find it, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("live", { skip: address === undefined ? "KEYSPACE_ADDRESS is not set" : false }, () => {
  let ks: Keyspace;
  before(() => {
    ks = new Keyspace(address, { timeoutMs: 10_000 });
  });
  after(() => ks.close());

  test("nil is null and an empty string is an empty Buffer", async () => {
    const key = name("nil");
    assert.equal((await ks.get({ key })).value, null);
    await ks.set({ key, value: "" });
    assert.deepEqual((await ks.get({ key })).value, Buffer.alloc(0));
    await ks.set({ key, value: Buffer.from([0, 0xff]) });
    assert.deepEqual((await ks.get({ key })).value, Buffer.from([0, 0xff]));
    assert.deepEqual((await ks.getDel({ key })).value, Buffer.from([0, 0xff]));
    assert.equal((await ks.getDel({ key })).value, null);
  });

  test("int64 stays exact past 2^53", async () => {
    const key = name("big");
    await ks.set({ key, value: "9007199254740993" });
    assert.equal(
      (await ks.incrBy({ key, increment: 2n ** 62n })).value,
      9007199254740993n + 2n ** 62n,
    );
  });

  test("a Redis error is a KeyspaceError with its prefix and code", async () => {
    const key = name("wrongtype");
    await ks.set({ key, value: "v" });
    const wrongType = await rejection(ks.lPush({ key, elements: ["x"] }));
    assert.equal(wrongType.prefix, "WRONGTYPE");
    assert.equal(wrongType.code, status.FAILED_PRECONDITION);
    assert.equal(
      wrongType.message,
      "WRONGTYPE Operation against a key holding the wrong kind of value",
    );
    const notNumber = await rejection(ks.incr({ key }));
    assert.equal(notNumber.prefix, "ERR");
    assert.equal(notNumber.message, "ERR value is not an integer or out of range");
  });

  test("an unreachable server is a KeyspaceError without a prefix", async () => {
    const nowhere = new Keyspace(`127.0.0.1:${await closedPort()}`);
    try {
      const error = await rejection(nowhere.ping());
      assert.equal(error.prefix, null);
      assert.equal(error.codeName, "UNAVAILABLE");
    } finally {
      nowhere.close();
    }
  });

  test("a pipeline answers in order, with each failure in its slot", async () => {
    const key = name("pipeline");
    const [set, get, push, missing] = await ks
      .pipeline()
      .set({ key, value: "1" })
      .get({ key })
      .lPush({ key, elements: ["x"] })
      .get({ key: name("pipeline-missing") })
      .send();
    assert.deepEqual(set, { written: true, oldValue: null });
    assert.deepEqual(get, { value: Buffer.from("1") });
    assert.ok(push instanceof KeyspaceError);
    assert.equal(push.prefix, "WRONGTYPE");
    assert.deepEqual(missing, { value: null });
    assert.deepEqual(await ks.pipeline().send(), []);
  });

  test("a subscription yields the messages published after it is confirmed", async () => {
    const news = name("news");
    const subscription = await ks.subscribe(news);
    assert.equal((await ks.publish({ channel: news, message: "first" })).receivers, 1n);
    await ks.publish({ channel: name("elsewhere"), message: "unheard" });
    await ks.publish({ channel: news, message: Buffer.from([0, 1]) });
    const payloads: Buffer[] = [];
    for await (const message of subscription) {
      assert.deepEqual(message.channel, Buffer.from(news));
      payloads.push(message.payload);
      if (payloads.length === 2) break;
    }
    assert.deepEqual(payloads, [Buffer.from("first"), Buffer.from([0, 1])]);
    // Leaving the loop closed the stream.
    await rejection(subscription.ping());
  });

  test("patterns, pings and unsubscribe-all are answered on the stream", async () => {
    const subscription = await ks.psubscribe(name("p.*"));
    try {
      assert.deepEqual(await subscription.ping("hello"), Buffer.from("hello"));
      await subscription.subscribe(name("a"), name("b"));
      const removed = await subscription.unsubscribe();
      assert.deepEqual(removed.map((event) => event.change?.channel?.toString()).sort(), [
        name("a"),
        name("b"),
      ]);
      const none = await subscription.unsubscribe();
      assert.equal(none.length, 1);
      assert.equal(none[0].change?.channel, null);
      assert.equal(none[0].change?.count, 1n); // the pattern is still followed
      await ks.publish({ channel: name("p.x"), message: "via pattern" });
      const events = subscription.events();
      for (;;) {
        const { value } = await events.next();
        if (value?.message) {
          assert.deepEqual(value.message.pattern, Buffer.from(name("p.*")));
          break;
        }
      }
    } finally {
      subscription.close();
    }
  });

  test("a failed subscription request rejects and the stream goes on", async () => {
    const subscription = ks.subscription();
    try {
      const error = await rejection(subscription.subscribe());
      assert.equal(error.message, "ERR wrong number of arguments for 'subscribe' command");
      assert.deepEqual(await subscription.ping(), Buffer.alloc(0));
    } finally {
      subscription.close();
    }
  });
});
