import path from 'node:path';
import { env, loadConfigOrExit } from '@ecticket/platform';
import { DEFAULT_ISSUANCE_WINDOW_DAYS } from './domain/issuance-rules';

/** The issuance service's own variables (the process-wide ones are read by the host). */
export const issuanceConfigShape = {
  /** The data directory shared with the host; the keys directory defaults into it. */
  DATA_DIR: env.string().default('data'),
  /** The ticket-signing keys (Ed25519) and the wallet-link secret; default `<DATA_DIR>/issuance-keys`. Share it between replicas. */
  ISSUANCE_KEYS_DIR: env.string().optional(),
  /** Where buyers reach the platform: wallet links are `<PUBLIC_BASE_URL>/wallet/<token>`. */
  PUBLIC_BASE_URL: env.url().default('http://127.0.0.1:8080'),
  /** R26.1, R10: days from payment within which an order with pickup vouchers must be issued. */
  ISSUANCE_WINDOW_DAYS: env.positiveInt().max(365).default(DEFAULT_ISSUANCE_WINDOW_DAYS),
  /** How often the R10 job looks for orders whose issuance window passed. */
  ISSUANCE_WINDOW_SWEEP_SECONDS: env.positiveInt().default(60),
};

export type IssuanceConfig = ReturnType<typeof loadIssuanceConfigOrExit>;

type Environment = Readonly<Record<string, string | undefined>>;

/** For the composition root: a bad value stops the process with a message naming it. */
export function loadIssuanceConfigOrExit(environment: Environment) {
  return loadConfigOrExit(issuanceConfigShape, environment);
}

export function keysDirectoryOf(config: IssuanceConfig): string {
  return config.ISSUANCE_KEYS_DIR ?? path.join(config.DATA_DIR, 'issuance-keys');
}

/** Without a trailing slash, so links are joined with one. */
export function publicBaseUrlOf(config: IssuanceConfig): string {
  return config.PUBLIC_BASE_URL.replace(/\/+$/, '');
}
