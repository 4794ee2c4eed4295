import { notFound } from '@ecticket/platform';
import { effectiveSmsEnabled, type CustomerService, type Merchant } from '../domain/merchant';
import { merchants } from '../infrastructure/collections';
import { merchantById } from './lookups';
import type { AccountDeps } from './ports';

export interface MerchantTerms {
  readonly merchantId: string;
  /** As buyers see it: checkout pages, notifications. */
  readonly merchantName: string;
  readonly payoutDays: number;
  readonly guaranteeDays: number;
  readonly giftVouchersEnabled: boolean;
  /** Effective: contracted and switched on (R16). */
  readonly smsEnabled: boolean;
  readonly customerService: CustomerService;
}

/** For other services: what the contract and settings mean for issuing, notifying and settling. */
export async function getMerchantTerms(deps: AccountDeps, merchantId: string): Promise<MerchantTerms> {
  return termsOf(await merchantById(deps, merchantId));
}

/** R15: the merchant of a buyers' order lookup link, found by the link's unguessable token. */
export async function resolveOrderLookup(deps: AccountDeps, lookupToken: string): Promise<MerchantTerms> {
  const merchant = lookupToken === '' ? null : await deps.store.collection(merchants).findOne({ 'settings.orderLookupToken': lookupToken });
  if (!merchant) throw notFound('ORDER_LOOKUP_NOT_FOUND', 'No merchant has this order lookup link.');
  return termsOf(merchant);
}

function termsOf(merchant: Merchant): MerchantTerms {
  return {
    merchantId: merchant.id,
    merchantName: merchant.name,
    payoutDays: merchant.contract.payoutDays,
    guaranteeDays: merchant.contract.guaranteeDays,
    giftVouchersEnabled: merchant.contract.giftVouchersEnabled,
    smsEnabled: effectiveSmsEnabled(merchant),
    customerService: merchant.settings.customerService,
  };
}
