// Pipeline: commands collected, then sent as one PipelineRequest on the
// Pipeline stream and answered by one PipelineResponse.
//
// A Command's field is its RPC's name lowercased, so the builder's methods
// (named like Keyspace's) are installed for every RPC the Command oneof has.
// Each command's result is its response message, or the KeyspaceError it
// failed with: one failure does not hide the other results, as in Redis,
// where the other commands of a pipeline still run.

import * as grpc from "@grpc/grpc-js";
import type { Transport } from "./client";
import { fromCallError, fromReplyError, KeyspaceError } from "./errors";
import {
  Command,
  type PipelineRequest,
  type PipelineResponse,
  type Reply,
} from "./gen/keyspace/v1/pipeline";
import {
  deserializer,
  methods,
  serializer,
  type RequestOf,
  type ResponseOf,
  type UnaryName,
} from "./methods";
import { type Loose, messageType, normalize } from "./schema";

/** The RPCs that a pipeline can carry (those the Command oneof has). */
export type PipelinedName = {
  [K in UnaryName]: Lowercase<K> extends keyof Command ? K : never;
}[UnaryName];

/** One builder method per pipelined RPC; R is the results so far. */
export type PipelineMethods<R extends unknown[]> = {
  [K in PipelinedName]: (request?: Loose<RequestOf<K>>) => Pipeline<[...R, ResponseOf<K>]>;
};

/** Each command's response, or the KeyspaceError it failed with. */
export type PipelineResults<R extends unknown[]> = { [I in keyof R]: R[I] | KeyspaceError };

const PIPELINE = methods.get("pipeline");
const COMMAND = messageType("keyspace.v1.Command");

// The class below gains PipelineMethods by declaration merging.
export interface Pipeline<R extends unknown[] = []> extends PipelineMethods<R> {}

export class Pipeline<R extends unknown[] = []> {
  private readonly commands: Command[] = [];

  constructor(private readonly transport: Transport) {}

  /** Adds a Command message as it is, e.g. `{ set: { key: "k", value: "v" } }`. */
  add(command: Loose<Command>): Pipeline<[...R, unknown]> {
    this.commands.push(Command.fromPartial(normalize(COMMAND, command)));
    return this as unknown as Pipeline<[...R, unknown]>;
  }

  /** How many commands are waiting. */
  get length(): number {
    return this.commands.length;
  }

  /** Sends the commands and resolves to their raw Reply messages. */
  replies(): Promise<Reply[]> {
    if (this.commands.length === 0) return Promise.resolve([]);
    const request: PipelineRequest = { commands: this.commands.splice(0) };
    return exchange(this.transport, request);
  }

  /**
   * Sends the commands and resolves to each one's response or KeyspaceError.
   * (Not `exec`: that is the builder's EXEC command.)
   */
  async send(): Promise<PipelineResults<R>> {
    const replies = await this.replies();
    return replies.map(result) as PipelineResults<R>;
  }
}

function result(reply: Reply): unknown {
  if (reply.error) return fromReplyError(reply.error);
  for (const value of Object.values(reply)) if (value !== null && value !== undefined) return value;
  return null;
}

function exchange(transport: Transport, request: PipelineRequest): Promise<Reply[]> {
  if (PIPELINE === undefined) throw new Error("the schema has no Pipeline RPC");
  const call = transport.client.makeBidiStreamRequest(
    PIPELINE.path,
    serializer(PIPELINE.requestType),
    deserializer(PIPELINE.responseType),
    new grpc.Metadata(),
    transport.callOptions(),
  );
  return new Promise((resolve, reject) => {
    let answered = false;
    call.on("data", (response: PipelineResponse) => {
      answered = true;
      resolve(response.replies);
    });
    call.on("error", (error) => reject(fromCallError(error)));
    call.on("end", () => {
      if (!answered)
        reject(
          new KeyspaceError("Pipeline stream ended without a reply", null, grpc.status.UNKNOWN),
        );
    });
    call.write(request);
    call.end();
  });
}

for (const method of methods.values()) {
  if (method.requestStream || method.responseStream) continue;
  const field = method.name.toLowerCase();
  if (COMMAND.fields.find((f) => f.name === field) === undefined) continue;
  if (method.localName in Pipeline.prototype) {
    throw new Error(`RPC ${method.name} clashes with Pipeline.${method.localName}`);
  }
  Object.defineProperty(Pipeline.prototype, method.localName, {
    value(this: Pipeline, request?: object): Pipeline<unknown[]> {
      return this.add({ [field]: request ?? {} }) as Pipeline<unknown[]>;
    },
    writable: true,
    configurable: true,
  });
}
