import { Metadata, status as Status, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { AppError, errorCategories, type ErrorCategory, type ErrorDetails } from '../errors';

/**
 * AppError ⇄ gRPC status, in one place. The status code tells gRPC tooling what happened; the
 * category, stable code and details travel in trailing metadata so the caller rebuilds the very
 * AppError the handler threw.
 */
export const errorMetadataKeys = Object.freeze({
  code: 'x-error-code',
  category: 'x-error-category',
  details: 'x-error-details',
});

/** Codes of failures no handler of ours chose: the transport's, and the client's circuit breaker. */
export const grpcFailureCodes = Object.freeze({
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
  deadlineExceeded: 'DEADLINE_EXCEEDED',
  circuitOpen: 'CIRCUIT_OPEN',
});

const genericInternalMessage = 'An unexpected error occurred.';

/**
 * conflict → ALREADY_EXISTS: our conflicts are writes colliding with existing state (a unique
 * key, an already redeemed ticket, an idempotency key in use). ABORTED means "retry the whole
 * transaction" in gRPC, which no caller of ours does automatically; it still maps back to conflict.
 * payload_too_large shares RESOURCE_EXHAUSTED with rate_limited, unsupported_media_type shares
 * INVALID_ARGUMENT with invalid_argument; the metadata tells them apart.
 */
export const grpcStatusByCategory: Readonly<Record<ErrorCategory, Status>> = Object.freeze({
  invalid_argument: Status.INVALID_ARGUMENT,
  unauthenticated: Status.UNAUTHENTICATED,
  permission_denied: Status.PERMISSION_DENIED,
  not_found: Status.NOT_FOUND,
  conflict: Status.ALREADY_EXISTS,
  failed_precondition: Status.FAILED_PRECONDITION,
  rate_limited: Status.RESOURCE_EXHAUSTED,
  payload_too_large: Status.RESOURCE_EXHAUSTED,
  unsupported_media_type: Status.INVALID_ARGUMENT,
  unavailable: Status.UNAVAILABLE,
  deadline_exceeded: Status.DEADLINE_EXCEEDED,
  internal: Status.INTERNAL,
});

/**
 * Categories of statuses that arrive without our metadata (the transport's, another server's).
 * RESOURCE_EXHAUSTED and CANCELLED from the transport mean the peer could not take the call
 * (message too large, overload, forced shutdown), so they count as unavailable, not as a refusal.
 */
const categoryOfForeignStatus: Readonly<Record<Exclude<Status, Status.OK>, ErrorCategory>> = {
  [Status.CANCELLED]: 'unavailable',
  [Status.UNKNOWN]: 'internal',
  [Status.INVALID_ARGUMENT]: 'invalid_argument',
  [Status.DEADLINE_EXCEEDED]: 'deadline_exceeded',
  [Status.NOT_FOUND]: 'not_found',
  [Status.ALREADY_EXISTS]: 'conflict',
  [Status.PERMISSION_DENIED]: 'permission_denied',
  [Status.RESOURCE_EXHAUSTED]: 'unavailable',
  [Status.FAILED_PRECONDITION]: 'failed_precondition',
  [Status.ABORTED]: 'conflict',
  [Status.OUT_OF_RANGE]: 'invalid_argument',
  [Status.UNIMPLEMENTED]: 'internal',
  [Status.INTERNAL]: 'internal',
  [Status.UNAVAILABLE]: 'unavailable',
  [Status.DATA_LOSS]: 'internal',
  [Status.UNAUTHENTICATED]: 'unauthenticated',
};

/**
 * The status a server sends for an AppError. An internal error keeps its code but never its
 * message or details: those may describe our internals, and the server logs them instead.
 */
export function toGrpcStatus(error: AppError): StatusObject {
  const internal = error.category === 'internal';
  const metadata = new Metadata();
  metadata.set(errorMetadataKeys.code, error.code);
  metadata.set(errorMetadataKeys.category, error.category);
  metadata.set(errorMetadataKeys.details, asciiJson(internal ? {} : error.details));
  return {
    code: grpcStatusByCategory[error.category],
    details: internal ? genericInternalMessage : error.message,
    metadata,
  };
}

/** The AppError a client raises for a failed call; `target` (the method path) labels transport failures. */
export function fromServiceError(error: ServiceError, target: string): AppError {
  const code = metadataString(error.metadata, errorMetadataKeys.code);
  const category = parseCategory(metadataString(error.metadata, errorMetadataKeys.category));
  if (code !== undefined && category !== undefined) {
    const details = parseDetails(metadataString(error.metadata, errorMetadataKeys.details));
    return new AppError(category, code, error.details, details, { cause: error });
  }
  return foreignFailure(error, target);
}

/** The status of the failed call a client-side AppError stands for; undefined if no call answered. */
export function grpcStatusOf(error: AppError): Status | undefined {
  const { cause } = error;
  const answered = cause instanceof Error && 'code' in cause && typeof cause.code === 'number' && 'metadata' in cause;
  return answered ? (cause.code as Status) : undefined;
}

function foreignFailure(error: ServiceError, target: string): AppError {
  const status = error.code === Status.OK ? Status.UNKNOWN : error.code;
  const code = status === Status.UNAVAILABLE ? grpcFailureCodes.serviceUnavailable : Status[status];
  return new AppError(categoryOfForeignStatus[status], code, `${target}: ${error.details}`, {}, { cause: error });
}

function metadataString(metadata: Metadata | undefined, key: string): string | undefined {
  const [value] = metadata?.get(key) ?? [];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parseCategory(value: string | undefined): ErrorCategory | undefined {
  return errorCategories.find((category) => category === value);
}

function parseDetails(json: string | undefined): ErrorDetails {
  if (json === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as ErrorDetails) : {};
  } catch {
    return {};
  }
}

/** JSON with every non-ASCII character escaped: plain metadata values must be printable ASCII. */
function asciiJson(value: ErrorDetails): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
