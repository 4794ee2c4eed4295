import type { Clock, Logger, Store } from '@ecticket/platform';
import type { Role } from '../domain/account';
import type { ThrottleLimit } from '../domain/login-throttle';

/** A memory-hard password hash, encoded with its parameters so they can change later. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, encoded: string): Promise<boolean>;
  /** The hash was made with other parameters than the current ones. */
  needsRehash(encoded: string): boolean;
}

/** What an access token asserts; `credentialsVersion` ties it to the password and binding it was issued under. */
export interface AccessTokenClaims {
  readonly accountId: string;
  readonly role: Role;
  readonly merchantId: string | null;
  readonly branchId: string | null;
  readonly credentialsVersion: number;
}

export interface IssuedToken {
  readonly token: string;
  readonly expiresInSeconds: number;
}

export interface VerificationKey {
  readonly kid: string;
  readonly algorithm: string;
  readonly publicKeyPem: string;
}

export interface VerificationKeySet {
  readonly keys: readonly VerificationKey[];
  readonly issuer: string;
  readonly audience: string;
}

export interface AccessTokens {
  issue(claims: AccessTokenClaims, now: Date): IssuedToken;
  /** Throws an `unauthenticated` INVALID_TOKEN for anything but a valid, unexpired token of ours. */
  verify(token: string, now: Date): AccessTokenClaims;
  verificationKeys(): VerificationKeySet;
}

/** Where a generated operator password is handed to a person; returns where it went (never the password). */
export interface GeneratedPasswordSink {
  deliver(password: string): Promise<string>;
  /** Takes back a delivered password that did not become the operator's (another replica won). */
  retract(): Promise<void>;
}

export interface LoginLimits {
  readonly perAccount: ThrottleLimit;
  readonly perAddress: ThrottleLimit;
}

/** Everything the use cases need, built once by the composition root. */
export interface AccountDeps {
  readonly store: Store;
  /** Told after every commit, so the events just written are published now rather than at the next poll. */
  readonly outbox: { notify(): void };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly passwords: PasswordHasher;
  readonly tokens: AccessTokens;
  readonly loginLimits: LoginLimits;
  /** A hash of a random password, verified against when a login names no account, so both take as long. */
  readonly dummyPasswordHash: string;
}
