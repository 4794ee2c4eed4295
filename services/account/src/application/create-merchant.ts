import { randomBytes } from 'node:crypto';
import { newId } from '@ecticket/platform';
import { authorizeActor } from '../domain/access';
import { newOwner, validUsername } from '../domain/account';
import type { Actor } from '../domain/actor';
import { auditActorOf, merchantChange } from '../domain/change';
import { newMerchant, type Contract, type Merchant } from '../domain/merchant';
import { assertPasswordPolicy } from '../domain/password-policy';
import { accounts, merchants } from '../infrastructure/collections';
import { commit } from './commit';
import { insertNew } from './persistence';
import type { AccountDeps } from './ports';

export interface CreateMerchantInput {
  readonly name: string;
  readonly contract: Contract | null;
  readonly ownerUsername: string;
  readonly ownerPassword: string;
  readonly storeWebsiteUrl: string;
}

/** Operators onboard a merchant with its contract and its main account; its order lookup link is made here (R15). */
export async function createMerchant(deps: AccountDeps, actor: Actor, input: CreateMerchantInput): Promise<Merchant> {
  authorizeActor(actor, { operatorOnly: true, mutating: true });
  assertPasswordPolicy(input.ownerPassword);
  const now = deps.clock.now();
  const merchant = newMerchant({
    id: newId(),
    name: input.name,
    contract: input.contract,
    ownerAccountId: newId(),
    ownerUsername: validUsername(input.ownerUsername),
    storeWebsiteUrl: input.storeWebsiteUrl,
    orderLookupToken: randomBytes(24).toString('base64url'),
    now,
  });
  const owner = newOwner(merchant.id, {
    id: merchant.ownerAccountId,
    username: merchant.ownerUsername,
    displayName: merchant.ownerUsername,
    passwordHash: await deps.passwords.hash(input.ownerPassword),
    now,
  });
  await commit(deps, auditActorOf(actor), [insertNew(merchants, merchant), insertNew(accounts, owner)], [merchantChange('merchant.created', null, merchant)]);
  return merchant;
}
