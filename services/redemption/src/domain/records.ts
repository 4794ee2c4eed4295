import type { Operator } from './staff';
import type { TicketSummary, UseKind } from './ticket';

export interface Cancellation {
  readonly at: string;
  readonly reason: string;
  readonly operator: Operator;
}

/** A redemption or a return, kept for good (R21); a cancellation (R30) is added to it, never deleted. */
export interface UseRecord {
  readonly kind: UseKind;
  readonly id: string;
  readonly ticket: TicketSummary;
  /** The merchant whose staff made it: for a redemption the issuer or a redeemable store (R18), for a return the issuer. */
  readonly merchantId: string;
  readonly operator: Operator;
  readonly at: string;
  readonly cancellation: Cancellation | null;
}

export interface Redemption extends UseRecord {
  readonly kind: 'redemption';
}

/** Where a returned ticket's money goes back from (R11). */
export type Refund = 'card' | 'merchant' | 'none';

export interface TicketReturn extends UseRecord {
  readonly kind: 'return';
  readonly reason: string;
  readonly refund: Refund;
}

/**
 * A record as calls answer it: with the cancellation of it that its ticket holds pending (R30),
 * asked for and awaiting settlement; null when there is none.
 */
export interface RecordState<R extends UseRecord> {
  readonly record: R;
  readonly pendingCancellation: Cancellation | null;
}

export type RecordOf<K extends UseKind> = K extends 'redemption' ? Redemption : TicketReturn;
