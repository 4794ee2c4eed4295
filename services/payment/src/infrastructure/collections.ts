import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { Payment } from '../domain/payment';
import type { Refund } from '../domain/refund';
import type { TestTrade } from './test-processor/test-trade';

/** An entity as stored: `revision` is the compare-and-set guard of every transition. */
export type Stored<T> = T & { readonly revision: number };

export const payments = defineCollection<Stored<Payment>>('payments', [
  { fields: ['orderId'], unique: true },
  { fields: ['merchantTradeNo'], unique: true },
]);

export const refunds = defineCollection<Refund>('refunds', [{ fields: ['paymentId', 'ticketId'], unique: true }]);

/** The built-in test processor's own records ("processor side"): brand and last four digits, never a card number. */
export const testTrades = defineCollection<TestTrade>('test_processor_trades', [
  { fields: ['merchantTradeNo'], unique: true },
  { fields: ['nextCallbackAt'] },
]);

/** Every collection the payment service owns, declared once with its indexes. */
export const paymentCollections: readonly CollectionSpec<StoredDocument>[] = [payments, refunds, testTrades] as CollectionSpec<StoredDocument>[];
