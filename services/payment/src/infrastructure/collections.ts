import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { MoneyAction } from '../domain/money-action';
import type { Payment } from '../domain/payment';
import type { TestTrade } from './test-processor/test-trade';

/** An entity as stored: `revision` is the compare-and-set guard of every transition. */
export type Stored<T> = T & { readonly revision: number };

export const payments = defineCollection<Stored<Payment>>('payments', [
  { fields: ['orderId'], unique: true },
  { fields: ['merchantTradeNo'], unique: true },
]);

/** A money action as stored: `leaseUntil` is when the attempt driving it lets go (the epoch: nobody holds it). */
export type Leased<T> = T & { readonly leaseUntil: string };

/** Intents recorded before the processor is asked; the recovery job looks for those left requested. */
export const moneyActions = defineCollection<Leased<MoneyAction>>('money_actions', [{ fields: ['state', 'leaseUntil'] }]);

/** A ticket's refund as this service kept it before money actions; read once, at start, by migrateLegacyRefunds. */
export interface LegacyRefund extends StoredDocument {
  readonly paymentId: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly ticketId: string;
  readonly amount: number;
  readonly reason: string;
  readonly status: 'requested' | 'refunded';
  readonly requestedAt: string;
  readonly refundedAt: string | null;
}

export const legacyRefunds = defineCollection<LegacyRefund>('refunds', [{ fields: ['paymentId', 'ticketId'], unique: true }]);

/** The built-in test processor's own records ("processor side"): brand and last four digits, never a card number. */
export const testTrades = defineCollection<TestTrade>('test_processor_trades', [
  { fields: ['merchantTradeNo'], unique: true },
  { fields: ['nextCallbackAt'] },
]);

/** Every collection the payment service owns, declared once with its indexes. */
export const paymentCollections: readonly CollectionSpec<StoredDocument>[] = [payments, moneyActions, testTrades, legacyRefunds] as CollectionSpec<StoredDocument>[];
