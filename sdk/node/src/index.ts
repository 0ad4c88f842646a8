// @keyspace/client: Keyspace's Node.js SDK.
//
// Messages and enums generated from the schema are under "@keyspace/client/gen/...",
// e.g. `import { SetCondition } from "@keyspace/client/gen/keyspace/v1/strings"`.

export { Keyspace, type CallOptions, type KeyspaceOptions, type UnaryMethods } from "./client";
export { KeyspaceError } from "./errors";
export {
  Pipeline,
  type PipelineMethods,
  type PipelineResults,
  type PipelinedName,
} from "./pipeline";
export { Subscription } from "./subscription";
export { type Bytes, type Loose } from "./schema";
export { type MethodName, type RequestOf, type ResponseOf, type UnaryName } from "./methods";
