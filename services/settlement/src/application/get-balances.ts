import { financeMerchantOf, type Viewer } from '../domain/access';
import { ledgerAccounts, sumOf, type LedgerAccount } from '../domain/ledger';
import { isMerchantSettledReturn } from '../domain/usage';
import { accountBalances, usages } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';

export interface BalancesView {
  readonly merchantId: string;
  readonly accounts: readonly { readonly account: LedgerAccount; readonly balance: number }[];
  /** R11 memo: returns past the guarantee period the merchant refunds itself; no ledger account. */
  readonly merchantSettledRefunds: number;
  readonly merchantSettledRefundCount: number;
  readonly asOf: string;
}

export async function getBalances(deps: SettlementDeps, viewer: Viewer, requestedMerchantId: string): Promise<BalancesView> {
  const merchantId = financeMerchantOf(viewer, requestedMerchantId);
  const [rows, returns] = await Promise.all([
    deps.store.collection(accountBalances).find({ merchantId }),
    deps.store.collection(usages).find({ 'record.merchantId': merchantId, kind: 'return' }),
  ]);
  const settledByMerchant = returns.filter(isMerchantSettledReturn);
  return {
    merchantId,
    accounts: ledgerAccounts.map((account) => ({ account, balance: rows.find((row) => row.account === account)?.balance ?? 0 })),
    merchantSettledRefunds: sumOf(settledByMerchant.map((usage) => usage.record.faceValue)),
    merchantSettledRefundCount: settledByMerchant.length,
    asOf: deps.clock.now().toISOString(),
  };
}
