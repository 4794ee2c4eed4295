/**
 * One set of typed errors for every service. A category decides the transport status (gRPC code,
 * HTTP status); the code is a stable, machine-readable string callers can branch on
 * (e.g. `TICKET_ALREADY_REDEEMED`). Messages are for humans and never carry secrets.
 */
export const errorCategories = [
  'invalid_argument',
  'unauthenticated',
  'permission_denied',
  'not_found',
  'conflict',
  'failed_precondition',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'deadline_exceeded',
  'internal',
] as const;
export type ErrorCategory = (typeof errorCategories)[number];

export interface ErrorDetails {
  readonly [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly category: ErrorCategory,
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  /** Infrastructure failures (not business refusals): these trip circuit breakers and may be retried. */
  get isInfrastructureFailure(): boolean {
    return this.category === 'unavailable' || this.category === 'deadline_exceeded' || this.category === 'internal';
  }
}

export const invalidArgument = (code: string, message: string, details?: ErrorDetails) =>
  new AppError('invalid_argument', code, message, details);
export const unauthenticated = (code: string, message: string, details?: ErrorDetails) =>
  new AppError('unauthenticated', code, message, details);
export const permissionDenied = (code: string, message: string, details?: ErrorDetails) =>
  new AppError('permission_denied', code, message, details);
export const notFound = (code: string, message: string, details?: ErrorDetails) =>
  new AppError('not_found', code, message, details);
export const conflict = (code: string, message: string, details?: ErrorDetails) =>
  new AppError('conflict', code, message, details);
export const failedPrecondition = (code: string, message: string, details?: ErrorDetails) =>
  new AppError('failed_precondition', code, message, details);
export const unavailable = (code: string, message: string, details?: ErrorDetails, cause?: unknown) =>
  new AppError('unavailable', code, message, details, { cause });

/** Wraps anything thrown into an AppError; unknown errors become a generic internal error. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('internal', 'INTERNAL', 'An unexpected error occurred.', {}, { cause: error });
}

export const httpStatusByCategory: Readonly<Record<ErrorCategory, number>> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  conflict: 409,
  failed_precondition: 422,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
  deadline_exceeded: 504,
  internal: 500,
};

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  correlationId?: string;
  [extension: string]: unknown;
}

/** RFC 9457 problem document for an error. Internal errors never expose their message or cause. */
export function toProblem(error: AppError, correlationId?: string): ProblemDocument {
  const status = httpStatusByCategory[error.category];
  const internal = error.category === 'internal';
  // Details come first: a detail named like a member of the problem itself (a payment's `status`,
  // a branch's `code`) must never replace it.
  return {
    ...(internal ? {} : error.details),
    type: `https://ecticket.dev/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: error.category.replace(/_/g, ' '),
    status,
    code: error.code,
    detail: internal ? 'An unexpected error occurred.' : error.message,
    ...(correlationId ? { correlationId } : {}),
  };
}
