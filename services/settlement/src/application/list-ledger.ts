import { findPage, type Filter, type Page, type PageRequest } from '@ecticket/platform';
import { financeMerchantOf, type Viewer } from '../domain/access';
import { ledgerEntries, payouts, type LedgerEntry, type StoredPayout } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';
import { datesWithin, instantsWithin, parseAccount } from './queries';

export interface LedgerQuery {
  readonly merchantId: string;
  readonly fromDate: string;
  readonly toDate: string;
  readonly account: string;
  readonly page: PageRequest;
}

/** The merchant's ledger entries posted in the range, oldest first (head office only). */
export async function listLedgerEntries(deps: SettlementDeps, viewer: Viewer, query: LedgerQuery): Promise<Page<LedgerEntry>> {
  const merchantId = financeMerchantOf(viewer, query.merchantId);
  const account = parseAccount(query.account);
  const filter: Filter = account === null ? { merchantId } : { merchantId, account };
  return findPage(deps.store.collection(ledgerEntries), filter, query.page, 'oldest_first', instantsWithin(query.fromDate, query.toDate));
}

export interface PayoutQuery {
  readonly merchantId: string;
  readonly fromDate: string;
  readonly toDate: string;
  readonly page: PageRequest;
}

/** The merchant's payouts by payout date, oldest first (head office only). */
export async function listPayouts(deps: SettlementDeps, viewer: Viewer, query: PayoutQuery): Promise<Page<StoredPayout>> {
  const merchantId = financeMerchantOf(viewer, query.merchantId);
  return findPage(deps.store.collection(payouts), { merchantId }, query.page, 'oldest_first', datesWithin(query.fromDate, query.toDate));
}
