import { failedPrecondition } from '@ecticket/platform';
import { buyerActor, historyEntry, type ActorRef, type HistoryEntry } from './actor';
import type { TicketForm } from './order';
import type { TicketType } from './product';
import { requireEmail, requirePhone, requireText } from './validation';

/** Someone tickets are delivered to: the buyer, or the person a ticket was transferred to. */
export interface Contact {
  readonly name: string;
  readonly email: string;
  /** '' when not given. */
  readonly phone: string;
}

/** Whether a ticket was used, as the redemption service reported it (it owns that state). */
export type UsageState = 'unused' | 'redeemed' | 'returned';

export interface TicketUsage {
  readonly state: UsageState;
  /** When the reported change happened; null: never reported. */
  readonly at: string | null;
}

/**
 * An issued ticket. It copies what it needs from its order's product snapshot at issue, so no
 * later product change alters it.
 */
export interface Ticket {
  readonly id: string;
  readonly merchantId: string;
  readonly orderId: string;
  readonly ticketNumber: string;
  /** A bearer secret of the holder: shown to them and the merchant, never put in an event. */
  readonly redemptionCode: string;
  readonly productId: string;
  readonly productName: string;
  readonly productDescription: string;
  readonly ticketType: TicketType;
  readonly form: TicketForm;
  readonly faceValue: number;
  /** null: usable from issue. */
  readonly usableFrom: string | null;
  /** The first instant it is no longer usable; null: no expiry. */
  readonly expiresAt: string | null;
  readonly redemptionBranchIds: readonly string[];
  readonly returnBranchIds: readonly string[];
  /** Pickup vouchers: the end of the guarantee (escrow) period, from the contract at issue; null for gift vouchers. */
  readonly guaranteeEndsAt: string | null;
  readonly issuedAt: string;
  readonly issuedBy: ActorRef;
  /** The person it was transferred to; null while the order's buyer holds it. */
  readonly holder: Contact | null;
  /** Counts transfers: part of the holder's wallet link, so a further transfer closes the previous holder's link. */
  readonly holderVersion: number;
  readonly printedAt: string | null;
  readonly usage: TicketUsage;
  readonly history: readonly HistoryEntry[];
}

export function contactOf(input: Contact): Contact {
  return {
    name: requireText(input.name, 'recipient.name', 1, 100),
    email: requireEmail(input.email, 'recipient.email'),
    phone: requirePhone(input.phone, 'recipient.phone', false),
  };
}

export function isTransferred(ticket: Ticket): boolean {
  return ticket.holder !== null;
}

export function isPrinted(ticket: Ticket): boolean {
  return ticket.printedAt !== null;
}

function isExpired(ticket: Ticket, now: Date): boolean {
  return ticket.expiresAt !== null && ticket.expiresAt <= now.toISOString();
}

/** What a holder sees of a ticket's use: its reported usage, or `expired` when it went unused past its expiry. */
export type HolderUsage = UsageState | 'expired';

export function holderUsage(ticket: Ticket, now: Date): HolderUsage {
  if (ticket.usage.state !== 'unused') return ticket.usage.state;
  return isExpired(ticket, now) ? 'expired' : 'unused';
}

/** Neither redeemed, returned nor expired. */
export function isUnused(ticket: Ticket, now: Date): boolean {
  return ticket.usage.state === 'unused' && !isExpired(ticket, now);
}

/**
 * Records a usage change the redemption service reported. Reports may arrive out of order (a
 * redemption and its cancellation), so an older report than the one applied changes nothing.
 */
export function withUsage(ticket: Ticket, state: UsageState, at: string): Ticket {
  if (ticket.usage.at !== null && at < ticket.usage.at) return ticket;
  return { ...ticket, usage: { state, at } };
}

/** The buyer (or a holder) gives an electronic ticket to someone else from their wallet. */
/** The recipient gets a new redemption code: the one the giver saw no longer redeems the ticket. */
export function transferTicket(ticket: Ticket, recipient: Contact, now: Date, redemptionCode: string): Ticket {
  if (ticket.form !== 'electronic') throw failedPrecondition('TICKET_NOT_TRANSFERABLE', 'Only electronic tickets are transferred.');
  if (!isUnused(ticket, now)) throw failedPrecondition('TICKET_NOT_UNUSED', 'Only an unused ticket (not redeemed, returned or expired) is transferred.');
  return {
    ...ticket,
    holder: contactOf(recipient),
    holderVersion: ticket.holderVersion + 1,
    redemptionCode,
    history: [...ticket.history, historyEntry('ticket.transferred', buyerActor, now)],
  };
}

/** A convenience-store or paper ticket came out of a printer; printing again changes nothing. */
export function markPrinted(ticket: Ticket, actor: ActorRef, now: Date): Ticket {
  if (ticket.form === 'electronic') throw failedPrecondition('TICKET_NOT_PRINTABLE', 'Electronic tickets are not printed.');
  if (isPrinted(ticket)) return ticket;
  return { ...ticket, printedAt: now.toISOString(), history: [...ticket.history, historyEntry('ticket.printed', actor, now)] };
}

