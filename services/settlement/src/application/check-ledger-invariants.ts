import type { Filter } from '@ecticket/platform';
import { checkInvariants, type InvariantReport } from '../domain/invariants';
import type { Usage } from '../domain/usage';
import { accountBalances, ledgerEntries, orders, payables, payouts, tickets, usages } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';

/** T13 over the whole ledger, or one merchant's part of it (empty id). */
export async function checkLedgerInvariants(deps: SettlementDeps, merchantId: string): Promise<InvariantReport> {
  const ofMerchant: Filter = merchantId === '' ? {} : { merchantId };
  const { store } = deps;
  const [entries, balances, ticketRows, orderRows, usageRows, payableRows, payoutRows] = await Promise.all([
    store.collection(ledgerEntries).find(ofMerchant),
    store.collection(accountBalances).find(ofMerchant),
    store.collection(tickets).find(ofMerchant),
    store.collection(orders).find(ofMerchant),
    store.collection(usages).find(merchantId === '' ? {} : { 'record.merchantId': merchantId }),
    store.collection(payables).find(ofMerchant),
    store.collection(payouts).find(ofMerchant),
  ]);
  const captured = new Set(orderRows.filter((order) => order.captured).map((order) => order.id));
  const usagesByTicket = new Map<string, Usage[]>();
  for (const usage of usageRows) usagesByTicket.set(usage.ticketId, [...(usagesByTicket.get(usage.ticketId) ?? []), usage]);
  return checkInvariants({
    entries,
    balances,
    tickets: ticketRows.map((ticket) => ({ ticket, captured: captured.has(ticket.orderId), usages: usagesByTicket.get(ticket.id) ?? [] })),
    payables: payableRows,
    payouts: payoutRows,
  });
}
