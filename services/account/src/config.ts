import path from 'node:path';
import { env, loadConfig, loadConfigOrExit } from '@ecticket/platform';

/** The account service's own variables (the process-wide ones are read by the host). */
export const accountConfigShape = {
  /** The data directory shared with the host; the operator password file and the keys default to it. */
  DATA_DIR: env.string().default('data'),
  /** Where the access-token signing keys live (PEM files, mode 0600); default `<DATA_DIR>/account-keys`. */
  ACCOUNT_KEYS_DIR: env.string().optional(),
  OPERATOR_USERNAME: env.string().default('operator'),
  /** Used on the first start only; when unset, a password is generated into `<DATA_DIR>/operator-password.txt`. */
  OPERATOR_PASSWORD: env.string().min(10).max(128).optional(),
  TOKEN_ISSUER: env.string().default('ecticket-account'),
  TOKEN_AUDIENCE: env.string().default('ecticket-api'),
  ACCESS_TOKEN_TTL_SECONDS: env.positiveInt().max(3600).default(900),
  /** log2 of scrypt's N (OWASP: 17); lower only to speed up tests. */
  PASSWORD_HASH_LOG2_COST: env.positiveInt().min(10).max(20).default(17),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: env.positiveInt().default(5),
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: env.positiveInt().default(30),
  LOGIN_WINDOW_SECONDS: env.positiveInt().default(900),
};

export type AccountConfig = ReturnType<typeof loadAccountConfig>;

type Environment = Readonly<Record<string, string | undefined>>;

export function loadAccountConfig(environment: Environment = process.env) {
  return loadConfig(accountConfigShape, environment);
}

/** For the composition root: a bad value stops the process with a message naming it. */
export function loadAccountConfigOrExit(environment: Environment = process.env): AccountConfig {
  return loadConfigOrExit(accountConfigShape, environment);
}

export function keysDirectoryOf(config: AccountConfig): string {
  return config.ACCOUNT_KEYS_DIR ?? path.join(config.DATA_DIR, 'account-keys');
}

export function operatorPasswordFileOf(config: AccountConfig): string {
  return path.join(config.DATA_DIR, 'operator-password.txt');
}
