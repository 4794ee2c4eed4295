import type { PlacedStep } from './escrow';
import type { UsageRecord } from './usage';

/** What every ticket event tells of the ticket. */
export type TicketFields = Pick<UsageRecord, 'merchantId' | 'orderId' | 'ticketNumber' | 'productId' | 'ticketType' | 'faceValue'>;

/** A ticket as settlement knows it: enough to hold, release and refund its face value. */
export interface SettlementTicket extends TicketFields {
  readonly id: string;
  /** From ticket.issued; null while only a usage event has told of the ticket (events arrive in any order). */
  readonly issue: TicketIssue | null;
  /** Where its money sits: the steps taken from "not held", each with the journal that took it. */
  readonly path: readonly PlacedStep[];
}

export interface TicketIssue {
  readonly productName: string;
  readonly issuedAt: string;
  /** End of a pickup voucher's guarantee (escrow) period; null for gift vouchers. */
  readonly guaranteeEndsAt: string | null;
}

export interface IssuedTicket extends TicketFields {
  readonly id: string;
  readonly issue: TicketIssue;
}

/** ticket.issued: a new ticket, or the issue details added to one a usage event told of first. */
export function issuedTicket(existing: SettlementTicket | null, issued: IssuedTicket): SettlementTicket {
  return { ...issued, path: existing?.path ?? [] };
}

/** A ticket a usage event tells of before its ticket.issued arrived. */
export function ticketOfUsage(ticketId: string, fields: TicketFields): SettlementTicket {
  const { merchantId, orderId, ticketNumber, productId, ticketType, faceValue } = fields;
  return { id: ticketId, merchantId, orderId, ticketNumber, productId, ticketType, faceValue, issue: null, path: [] };
}
