import pino from 'pino';
import { currentContext } from './context';

export type Logger = pino.Logger;

/**
 * Paths redacted from every log line: credentials, tokens, keys, card data and buyers' personal
 * data. Matching is by key name at any of the listed depths.
 */
const sensitiveKeys = [
  'password',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'secret',
  'privateKey',
  'key',
  'hashKey',
  'hashIv',
  'cardNumber',
  'card',
  'cvv',
  'cvc',
  'expiry',
  'CheckMacValue',
  'buyerName',
  'buyerPhone',
  'buyerEmail',
  'phone',
  'email',
  'address',
];
export const redactedPaths: readonly string[] = sensitiveKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export interface LoggerOptions {
  readonly service: string;
  readonly level?: string;
  /** Where lines go; defaults to stdout. Tests pass a stream to read the lines back. */
  readonly destination?: pino.DestinationStream;
}

/** One JSON logger per service; every line carries the correlation id of the work it belongs to. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      redact: { paths: [...redactedPaths], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const context = currentContext();
        return context ? { correlationId: context.correlationId } : {};
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
