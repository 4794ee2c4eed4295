import { failedPrecondition } from '@ecticket/platform';
import { buyerActor, type ActorRef } from './actor';
import type { Order, TicketForm } from './order';
import { isTransferred, type Contact, type Ticket } from './ticket';

export type NotificationReason = 'issued' | 'buyer_changed' | 'resend' | 'ticket_transferred';
export type NotificationChannel = 'email' | 'sms';
export type DeliveryLinkKind = 'wallet_link' | 'pickup_code' | 'ticket_wallet_link';

/** Someone is to be told about tickets; which links to include, never the links themselves. */
export interface NotificationRequest {
  readonly id: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly reason: NotificationReason;
  readonly form: TicketForm;
  readonly recipient: Contact;
  readonly channels: readonly NotificationChannel[];
  readonly links: readonly DeliveryLinkKind[];
  readonly ticketIds: readonly string[];
  readonly requestedBy: ActorRef;
  readonly at: string;
}

export interface NotificationContext {
  readonly id: string;
  /** The merchant's effective SMS service: contracted and switched on (R16). */
  readonly smsEnabled: boolean;
  readonly actor: ActorRef;
  readonly now: Date;
}

const buyerLinks: Readonly<Record<TicketForm, readonly DeliveryLinkKind[]>> = {
  electronic: ['wallet_link'],
  convenience_store: ['pickup_code'],
  paper: [],
};

/** R16, R25: the buyer hears about the tickets they still hold, by e-mail and, where the merchant has it, SMS. */
export function buyerNotification(order: Order, tickets: readonly Ticket[], reason: NotificationReason, context: NotificationContext): NotificationRequest {
  const held = tickets.filter((ticket) => !isTransferred(ticket)).map((ticket) => ticket.id);
  if (held.length === 0) throw failedPrecondition('NO_TICKETS_HELD_BY_BUYER', 'Every ticket of this order was transferred to someone else.');
  return request(order, reason, order.buyer, buyerLinks[order.form], held, context);
}

/** The person a ticket was transferred to gets a wallet link of their own. */
export function recipientNotification(order: Order, ticket: Ticket, context: Omit<NotificationContext, 'actor'>): NotificationRequest {
  if (ticket.holder === null) throw new Error(`ticket ${ticket.id} has not been transferred`);
  return request(order, 'ticket_transferred', ticket.holder, ['ticket_wallet_link'], [ticket.id], { ...context, actor: buyerActor });
}

function request(
  order: Order,
  reason: NotificationReason,
  recipient: Contact,
  links: readonly DeliveryLinkKind[],
  ticketIds: readonly string[],
  context: NotificationContext,
): NotificationRequest {
  return {
    id: context.id,
    orderId: order.id,
    merchantId: order.merchantId,
    reason,
    form: order.form,
    recipient: { name: recipient.name, email: recipient.email, phone: recipient.phone },
    channels: context.smsEnabled && recipient.phone !== '' ? ['email', 'sms'] : ['email'],
    links,
    ticketIds,
    requestedBy: context.actor,
    at: context.now.toISOString(),
  };
}
