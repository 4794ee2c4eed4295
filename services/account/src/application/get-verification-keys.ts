import type { AccountDeps, VerificationKeySet } from './ports';

/** For the gateway: the public keys that verify access tokens, with the issuer and audience to pin. */
export function getVerificationKeys(deps: AccountDeps): VerificationKeySet {
  return deps.tokens.verificationKeys();
}
