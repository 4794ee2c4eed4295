import { effectiveSmsEnabled, type CustomerService } from '../domain/merchant';
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
  const merchant = await merchantById(deps, merchantId);
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
