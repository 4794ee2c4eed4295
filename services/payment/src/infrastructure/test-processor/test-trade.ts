import type { StoredDocument } from '@ecticket/platform';
import type { CardSummary } from '../../domain/card';
import { processorRefused } from '../processor-errors';

/**
 * A card authorization as the built-in test processor keeps it on its side: what a real processor
 * would know of the trade, with the card reduced to brand and last four digits.
 */
export interface TestTrade extends StoredDocument {
  /** The processor's trade number (ECPay TradeNo). */
  readonly id: string;
  readonly merchantTradeNo: string;
  readonly amount: number;
  readonly card: CardSummary;
  readonly status: 'authorized' | 'captured' | 'voided';
  readonly capturedAmount: number;
  readonly refundedAmount: number;
  /** Refunds already made, so a repeated one is recognised and not paid again. */
  readonly refundIds: readonly string[];
  readonly tradeDate: string;
  readonly revision: number;
  readonly callbackAttempts: number;
  /** When the result notice is sent next; null once it was answered `1|OK` or the retries ran out. */
  readonly nextCallbackAt: string | null;
  readonly callbackDeliveredAt: string | null;
}

/*
 * The processor side of capture, void and refund. Each returns the trade after the change, or null
 * when the same change was made before (a repeated call), and refuses what a processor would.
 */

export function capturedTrade(trade: TestTrade, amount: number): TestTrade | null {
  if (trade.status === 'captured' && trade.capturedAmount === amount) return null;
  if (trade.status !== 'authorized') throw processorRefused(`Trade ${trade.id} is ${trade.status}; it cannot be captured.`);
  if (amount > trade.amount) throw processorRefused(`Trade ${trade.id} authorized ${trade.amount}, less than ${amount}.`);
  return { ...trade, status: 'captured', capturedAmount: amount };
}

export function voidedTrade(trade: TestTrade): TestTrade | null {
  if (trade.status === 'voided') return null;
  if (trade.status !== 'authorized') throw processorRefused(`Trade ${trade.id} is ${trade.status}; it cannot be voided.`);
  return { ...trade, status: 'voided' };
}

export function refundedTrade(trade: TestTrade, refund: { readonly id: string; readonly amount: number }): TestTrade | null {
  if (trade.refundIds.includes(refund.id)) return null;
  if (trade.status !== 'captured') throw processorRefused(`Trade ${trade.id} is ${trade.status}; only a captured trade is refunded.`);
  if (trade.refundedAmount + refund.amount > trade.capturedAmount) throw processorRefused(`Trade ${trade.id} has less than ${refund.amount} left to refund.`);
  return { ...trade, refundedAmount: trade.refundedAmount + refund.amount, refundIds: [...trade.refundIds, refund.id] };
}
