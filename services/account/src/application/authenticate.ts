import { unauthenticated } from '@ecticket/platform';
import type { Account } from '../domain/account';
import { actorOf, type Actor } from '../domain/actor';
import { accounts } from '../infrastructure/collections';
import { branchOfAccount } from './lookups';
import type { AccessTokenClaims, AccountDeps } from './ports';

/**
 * The person behind an access token, read from the store on every call (no cache): a deleted
 * sub-account, a changed password or branch binding is refused on the very next request, and a
 * disabled branch shows in the actor's branch status (R23).
 */
export async function authenticate(deps: AccountDeps, accessToken: string | null): Promise<Actor> {
  if (!accessToken) throw unauthenticated('AUTHENTICATION_REQUIRED', 'An access token is required.');
  const claims = deps.tokens.verify(accessToken, deps.clock.now());
  const account = await deps.store.collection(accounts).get(claims.accountId);
  if (!account || !isCurrentSession(account, claims)) {
    throw unauthenticated('SESSION_REVOKED', 'This session has ended (account deleted, or password or branch changed); log in again.');
  }
  return actorOf(account, await branchOfAccount(deps, account));
}

export function claimsOf(account: Account): AccessTokenClaims {
  return {
    accountId: account.id,
    role: account.role,
    merchantId: account.merchantId,
    branchId: account.branchId,
    credentialsVersion: account.credentialsVersion,
  };
}

function isCurrentSession(account: Account, claims: AccessTokenClaims): boolean {
  const current = claimsOf(account);
  return (
    account.status === 'active' &&
    current.credentialsVersion === claims.credentialsVersion &&
    current.role === claims.role &&
    current.merchantId === claims.merchantId &&
    current.branchId === claims.branchId
  );
}
