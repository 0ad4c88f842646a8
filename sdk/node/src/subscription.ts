// Subscription: one Subscribe stream, Redis's subscribed connection.
//
// The server answers requests in order: each (un)subscribe with one
// SubscriptionChange per channel, a PING with a Pong, a failed request with
// an Error event. So the requests in flight form a queue, and each event that
// answers one settles the queue's head; that is how subscribe() can resolve
// exactly when its confirmations arrived. Every event, answers included, is
// also kept for the iterators, in arrival order.
//
// The stream reads no further while many events wait unread, so a consumer
// that falls behind makes the server, not this process, hold the backlog,
// and the server's output buffer limit applies as it would in Redis.

import * as grpc from "@grpc/grpc-js";
import type { Transport } from "./client";
import { fromCallError, fromReplyError, KeyspaceError } from "./errors";
import {
  type PubSubMessage,
  SubscribeAction,
  SubscribeRequest,
  type SubscribeResponse,
  type SubscriptionChange,
  type SubscriptionEvent,
} from "./gen/keyspace/v1/subscribe";
import { deserializer, methods, serializer } from "./methods";
import { type Bytes, type Loose, messageType, normalize } from "./schema";

const SUBSCRIBE = methods.get("subscribe");
const REQUEST = messageType("keyspace.v1.SubscribeRequest");
// Enough to smooth bursts; past it the stream waits for the consumer.
const HIGH_WATER = 4096;
const LOW_WATER = 1024;

interface Pending {
  action: SubscribeAction;
  /** Answers still expected; null for an unsubscribe-all, counted when it reaches the head. */
  expected: number | null;
  answers: SubscriptionEvent[];
  resolve: (answers: SubscriptionEvent[]) => void;
  reject: (error: KeyspaceError) => void;
}

type Kind = "channels" | "patterns" | "shards";

const KIND: Partial<Record<SubscribeAction, [Kind, boolean]>> = {
  [SubscribeAction.SUBSCRIBE_ACTION_SUBSCRIBE]: ["channels", true],
  [SubscribeAction.SUBSCRIBE_ACTION_UNSUBSCRIBE]: ["channels", false],
  [SubscribeAction.SUBSCRIBE_ACTION_PSUBSCRIBE]: ["patterns", true],
  [SubscribeAction.SUBSCRIBE_ACTION_PUNSUBSCRIBE]: ["patterns", false],
  [SubscribeAction.SUBSCRIBE_ACTION_SSUBSCRIBE]: ["shards", true],
  [SubscribeAction.SUBSCRIBE_ACTION_SUNSUBSCRIBE]: ["shards", false],
};

/**
 * A Subscribe stream. Iterate it (`for await (const m of sub)`) for the
 * published messages, or use events() for every event: subscription
 * changes, messages, discontinuities, heartbeats, pongs and errors. Leaving
 * either loop closes the stream. Use one iterator at a time.
 */
export class Subscription implements AsyncIterable<PubSubMessage> {
  /** The server run's identity from the latest confirmation, to resume after a reconnect. */
  runId = "";

  private readonly call: grpc.ClientDuplexStream<SubscribeRequest, SubscribeResponse>;
  private readonly pending: Pending[] = [];
  private readonly queue: SubscriptionEvent[] = [];
  private wake: Array<() => void> = [];
  private readonly following: Record<Kind, Set<string>> = {
    channels: new Set(),
    patterns: new Set(),
    shards: new Set(),
  };
  private paused = false;
  private closed = false;
  private ended = false;
  private failure: KeyspaceError | null = null;

  constructor(transport: Transport) {
    if (SUBSCRIBE === undefined) throw new Error("the schema has no Subscribe RPC");
    this.call = transport.client.makeBidiStreamRequest(
      SUBSCRIBE.path,
      serializer(SUBSCRIBE.requestType),
      deserializer(SUBSCRIBE.responseType),
      new grpc.Metadata(),
      {},
    ) as grpc.ClientDuplexStream<SubscribeRequest, SubscribeResponse>;
    this.call.on("data", (response: SubscribeResponse) => this.receive(response));
    this.call.on("error", (error) => this.finish(this.closed ? null : fromCallError(error)));
    this.call.on("end", () => this.finish(null));
  }

  /** SUBSCRIBE; resolves to the confirmations. */
  subscribe(...channels: Bytes[]): Promise<SubscriptionEvent[]> {
    return this.request({ action: SubscribeAction.SUBSCRIBE_ACTION_SUBSCRIBE, channels });
  }

  /** UNSUBSCRIBE; none named means every channel. */
  unsubscribe(...channels: Bytes[]): Promise<SubscriptionEvent[]> {
    return this.request({ action: SubscribeAction.SUBSCRIBE_ACTION_UNSUBSCRIBE, channels });
  }

  /** PSUBSCRIBE; resolves to the confirmations. */
  psubscribe(...patterns: Bytes[]): Promise<SubscriptionEvent[]> {
    return this.request({
      action: SubscribeAction.SUBSCRIBE_ACTION_PSUBSCRIBE,
      channels: patterns,
    });
  }

  /** PUNSUBSCRIBE; none named means every pattern. */
  punsubscribe(...patterns: Bytes[]): Promise<SubscriptionEvent[]> {
    return this.request({
      action: SubscribeAction.SUBSCRIBE_ACTION_PUNSUBSCRIBE,
      channels: patterns,
    });
  }

  /** SSUBSCRIBE; resolves to the confirmations. */
  ssubscribe(...channels: Bytes[]): Promise<SubscriptionEvent[]> {
    return this.request({ action: SubscribeAction.SUBSCRIBE_ACTION_SSUBSCRIBE, channels });
  }

  /** SUNSUBSCRIBE; none named means every shard channel. */
  sunsubscribe(...channels: Bytes[]): Promise<SubscriptionEvent[]> {
    return this.request({ action: SubscribeAction.SUBSCRIBE_ACTION_SUNSUBSCRIBE, channels });
  }

  /** PING on the stream; resolves to the pong's message. */
  async ping(message?: Bytes): Promise<Buffer> {
    const channels = message === undefined ? [] : [message];
    const [answer] = await this.request({
      action: SubscribeAction.SUBSCRIBE_ACTION_PING,
      channels,
    });
    return answer?.pong?.message ?? Buffer.alloc(0);
  }

  /**
   * Sends any SubscribeRequest (with resume points, say) and resolves to the
   * events that answer it; rejects with a KeyspaceError if the server
   * answers with an error event.
   */
  request(request: Loose<SubscribeRequest>): Promise<SubscriptionEvent[]> {
    let message: SubscribeRequest;
    try {
      message = SubscribeRequest.fromPartial(normalize(REQUEST, request));
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.closed || this.ended) return Promise.reject(this.endedError());
    const named = message.channels.length;
    const unfollowAll = named === 0 && KIND[message.action]?.[1] === false;
    const expected = message.action === SubscribeAction.SUBSCRIBE_ACTION_PING ? 1 : named;
    return new Promise((resolve, reject) => {
      this.pending.push({
        action: message.action,
        expected: unfollowAll ? null : expected,
        answers: [],
        resolve,
        reject,
      });
      if (this.pending.length === 1) this.countHead();
      this.call.write(message);
    });
  }

  /** Every event as it arrives, heartbeats included. */
  async *events(): AsyncGenerator<SubscriptionEvent, void, undefined> {
    try {
      for (;;) {
        const event = await this.next();
        if (event === null) return;
        yield event;
      }
    } finally {
      this.close();
    }
  }

  /** The published messages only. */
  async *messages(): AsyncGenerator<PubSubMessage, void, undefined> {
    for await (const event of this.events()) if (event.message) yield event.message;
  }

  [Symbol.asyncIterator](): AsyncGenerator<PubSubMessage, void, undefined> {
    return this.messages();
  }

  /** Ends the stream; iterators finish and requests in flight reject. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.call.cancel();
    this.finish(null);
  }

  private receive(response: SubscribeResponse): void {
    for (const event of response.events) {
      if (event.change) this.follow(event.change);
      this.answer(event);
      this.queue.push(event);
    }
    if (this.queue.length >= HIGH_WATER && !this.paused) {
      this.paused = true;
      this.call.pause();
    }
    this.notify();
  }

  private follow(change: SubscriptionChange): void {
    if (change.runId) this.runId = change.runId;
    const kind = KIND[change.action];
    if (kind === undefined || change.channel === null || change.channel === undefined) return;
    const names = this.following[kind[0]];
    const name = change.channel.toString("latin1");
    if (kind[1]) names.add(name);
    else names.delete(name);
  }

  /** Settles the request in flight that this event answers, if it answers one. */
  private answer(event: SubscriptionEvent): void {
    const head = this.pending[0];
    if (head === undefined) return;
    if (event.error) {
      this.pending.shift();
      head.reject(fromReplyError(event.error));
    } else if (
      (event.change && event.change.action === head.action) ||
      (event.pong && head.action === SubscribeAction.SUBSCRIBE_ACTION_PING)
    ) {
      head.answers.push(event);
      if (head.answers.length < (head.expected ?? 0)) return;
      this.pending.shift();
      head.resolve(head.answers);
    } else {
      return;
    }
    this.countHead();
  }

  /**
   * An unsubscribe-all is answered once per name followed when the server
   * reads it (or once, naming nothing): count them when it reaches the head.
   */
  private countHead(): void {
    const head = this.pending[0];
    if (head === undefined || head.expected !== null) return;
    const kind = KIND[head.action];
    head.expected = Math.max(1, kind === undefined ? 0 : this.following[kind[0]].size);
  }

  private async next(): Promise<SubscriptionEvent | null> {
    for (;;) {
      const event = this.queue.shift();
      if (event !== undefined) {
        if (this.paused && this.queue.length <= LOW_WATER) {
          this.paused = false;
          this.call.resume();
        }
        return event;
      }
      if (this.failure !== null) throw this.failure;
      if (this.ended) return null;
      await new Promise<void>((resolve) => this.wake.push(resolve));
    }
  }

  private finish(failure: KeyspaceError | null): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = failure;
    const error = failure ?? this.endedError();
    for (const pending of this.pending.splice(0)) pending.reject(error);
    this.notify();
  }

  private endedError(): KeyspaceError {
    return new KeyspaceError(
      this.closed ? "the subscription was closed" : "the server ended the subscription",
      null,
      this.closed ? grpc.status.CANCELLED : grpc.status.UNAVAILABLE,
    );
  }

  private notify(): void {
    for (const wake of this.wake.splice(0)) wake();
  }
}
