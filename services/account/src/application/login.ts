import { insertOperation, invalidArgument, newId, unauthenticated, type WriteOperation } from '@ecticket/platform';
import { loginKeyOf, type Account } from '../domain/account';
import { actorOf, type Actor } from '../domain/actor';
import { blockedUntil, loginRateLimited, type ThrottleLimit } from '../domain/login-throttle';
import { PASSWORD_MAX_LENGTH } from '../domain/password-policy';
import { accounts, loginAttempts, type LoginAttempt, type Stored } from '../infrastructure/collections';
import { claimsOf } from './authenticate';
import { branchOfAccount } from './lookups';
import type { AccountDeps, IssuedToken } from './ports';

export interface LoginInput {
  /** Empty for platform operators. */
  readonly merchantId: string;
  readonly username: string;
  readonly password: string;
  /** The caller's client address, for the per-address limit; empty when unknown. */
  readonly clientAddress: string;
}

export interface LoginResult {
  readonly token: IssuedToken;
  readonly actor: Actor;
}

/**
 * Every failure is the same INVALID_CREDENTIALS, and an unknown username is checked against a
 * dummy hash, so neither the answer nor its timing tells whether the account exists. Attempts are
 * limited per login key (failures) and per client address (all attempts), durably in the store.
 */
export async function login(deps: AccountDeps, input: LoginInput): Promise<LoginResult> {
  assertPlausible(input);
  const now = deps.clock.now();
  const loginKey = loginKeyOf(input.merchantId || null, input.username);
  await assertNotThrottled(deps, loginKey, input.clientAddress, now);

  const account = await deps.store.collection(accounts).findOne({ loginKey });
  const passwordMatches = await deps.passwords.verify(input.password, account?.passwordHash ?? deps.dummyPasswordHash);
  const accepted = account !== null && passwordMatches && account.status === 'active';
  await recordAttempt(deps, loginKey, input.clientAddress, accepted, now);
  if (!account || !accepted) {
    deps.logger.info({ merchantId: input.merchantId || null, clientAddress: input.clientAddress }, 'login refused');
    throw unauthenticated('INVALID_CREDENTIALS', 'The merchant, username or password is wrong.');
  }

  await upgradeHash(deps, account, input.password);
  return { token: deps.tokens.issue(claimsOf(account), now), actor: actorOf(account, await branchOfAccount(deps, account)) };
}

function assertPlausible(input: LoginInput): void {
  if (input.username.length > 64 || input.password.length > PASSWORD_MAX_LENGTH * 4 || input.merchantId.length > 64 || input.clientAddress.length > 100) {
    throw invalidArgument('INVALID_FIELD', 'A login field is longer than any valid value.');
  }
}

async function assertNotThrottled(deps: AccountDeps, loginKey: string, clientAddress: string, now: Date): Promise<void> {
  await assertUnderLimit(deps, 'account', loginKey, deps.loginLimits.perAccount, now);
  if (clientAddress !== '') await assertUnderLimit(deps, 'address', clientAddress, deps.loginLimits.perAddress, now);
}

async function assertUnderLimit(deps: AccountDeps, scope: LoginAttempt['scope'], key: string, limit: ThrottleLimit, now: Date): Promise<void> {
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  const recent = await deps.store.collection(loginAttempts).find({ scope, key, at: { $gt: since } }, { sort: { at: -1 }, limit: limit.max });
  const until = blockedUntil(recent.map((attempt) => attempt.at), limit, now);
  if (until) throw loginRateLimited(until, now);
}

/** Counts the attempt for its address and, when it failed, for its login key; a success clears the key's failures. */
async function recordAttempt(deps: AccountDeps, loginKey: string, clientAddress: string, accepted: boolean, now: Date): Promise<void> {
  const at = now.toISOString();
  const writes: WriteOperation[] = [];
  if (clientAddress !== '') writes.push(insertOperation(loginAttempts, { id: newId(), scope: 'address', key: clientAddress, at }));
  if (!accepted) writes.push(insertOperation(loginAttempts, { id: newId(), scope: 'account', key: loginKey, at }));
  if (writes.length > 0) await deps.store.write(writes);
  if (accepted) await deps.store.collection(loginAttempts).deleteMany({ scope: 'account', key: loginKey });
}

/**
 * Re-hashes a password made with weaker parameters than the current ones, while it is at hand.
 * The password itself did not change, so sessions stay and no change is audited.
 */
async function upgradeHash(deps: AccountDeps, account: Stored<Account>, password: string): Promise<void> {
  if (!deps.passwords.needsRehash(account.passwordHash)) return;
  const passwordHash = await deps.passwords.hash(password);
  await deps.store.collection(accounts).updateOne({ id: account.id, revision: account.revision }, { $set: { passwordHash }, $inc: { revision: 1 } });
}

/** Drops attempts older than the longest window; run by a scheduled job. */
export async function pruneLoginAttempts(deps: AccountDeps, now: Date): Promise<number> {
  const longest = Math.max(deps.loginLimits.perAccount.windowMs, deps.loginLimits.perAddress.windowMs);
  return deps.store.collection(loginAttempts).deleteMany({ at: { $lt: new Date(now.getTime() - longest).toISOString() } });
}
