import { AppError, failedPrecondition, unavailable } from '@ecticket/platform';
import { PROCESSOR_REFUSED, PROCESSOR_UNAVAILABLE } from '../application/ports';

/** The processor answered and said no (ECPay RtnCode ≠ 1, or the test processor's own checks). */
export function processorRefused(message: string): Error {
  return failedPrecondition(PROCESSOR_REFUSED, message);
}

/** No usable answer came from the processor: unreachable, timed out, or not an answer at all. */
export function processorUnavailable(message: string, cause?: unknown): Error {
  return unavailable(PROCESSOR_UNAVAILABLE, message, {}, cause);
}

export function isProcessorError(error: unknown, code: typeof PROCESSOR_REFUSED | typeof PROCESSOR_UNAVAILABLE): error is AppError {
  return error instanceof AppError && error.code === code;
}
