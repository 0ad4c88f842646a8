// Failures to KeyspaceError: the one place that reads gRPC statuses.
//
// The server ends a failed command with a status whose message is Redis's
// error text and whose grpc-status-details-bin trailer holds a
// google.rpc.Status with an ErrorInfo detail naming the Redis error prefix.
// A failure without that detail (the server is unreachable, a deadline
// passed) is still a KeyspaceError, with a null prefix.

import { Metadata, ServiceError, status as grpcStatus } from "@grpc/grpc-js";
import { ErrorInfo } from "./gen/google/rpc/error_details";
import { Status } from "./gen/google/rpc/status";
import { Error as ReplyError } from "./gen/keyspace/v1/pipeline";

const DETAILS_KEY = "grpc-status-details-bin";
const ERROR_INFO_URL = "type.googleapis.com/google.rpc.ErrorInfo";

export class KeyspaceError extends Error {
  /** Redis's error prefix ("WRONGTYPE", "ERR", ...); null for a failure that is not Redis's. */
  readonly prefix: string | null;
  /** The gRPC status code the call ended with (grpc.status). */
  readonly code: number;

  constructor(message: string, prefix: string | null, code: number) {
    super(message);
    this.name = "KeyspaceError";
    this.prefix = prefix;
    this.code = code;
  }

  /** The code's name, as in the conformance scenarios: "FAILED_PRECONDITION". */
  get codeName(): string {
    return grpcStatus[this.code] ?? String(this.code);
  }
}

function errorInfoReason(metadata: Metadata | undefined): string | null {
  for (const value of metadata?.get(DETAILS_KEY) ?? []) {
    if (typeof value === "string") continue;
    for (const detail of Status.decode(value).details) {
      if (detail.typeUrl === ERROR_INFO_URL) return ErrorInfo.decode(detail.value).reason;
    }
  }
  return null;
}

function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === "number";
}

/** The KeyspaceError for what a call or stream failed with. */
export function fromCallError(error: unknown): KeyspaceError {
  if (error instanceof KeyspaceError) return error;
  if (!isServiceError(error)) {
    return new KeyspaceError(String(error), null, grpcStatus.UNKNOWN);
  }
  // grpc-js prefixes Error.message with the code; details is the status text alone.
  return new KeyspaceError(error.details, errorInfoReason(error.metadata), error.code);
}

/** The KeyspaceError for a failed command of a pipeline or a subscription request. */
export function fromReplyError(error: ReplyError): KeyspaceError {
  return new KeyspaceError(error.message, error.reason || null, error.code);
}
