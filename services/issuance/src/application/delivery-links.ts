import { failedPrecondition } from '@ecticket/platform';
import { isTransferred } from '../domain/ticket';
import { orderOfMerchant, ticketsOfOrder } from './lookups';
import type { IssuanceDeps } from './ports';
import { walletUrl } from './wallet';

/** Whom a link or code belongs to now: the notification service sends it only to these addresses. */
export interface LinkOwner {
  readonly email: string;
  /** '' when not given. */
  readonly phone: string;
}

export interface DeliveryLinks {
  readonly orderId: string;
  /** The order and the seller as the buyer knows them. */
  readonly merchantOrderNo: string;
  readonly merchantName: string;
  /** Electronic orders: the buyer's wallet; '' otherwise. */
  readonly walletUrl: string;
  /** Convenience-store orders; '' otherwise. */
  readonly pickupCode: string;
  /** The current buyer, whose wallet link and pickup code these are. */
  readonly buyer: LinkOwner;
  /** Paper orders: who prints and posts the tickets. */
  readonly paperPrinter: 'merchant' | 'platform' | null;
  readonly transferredTickets: readonly { readonly ticketId: string; readonly walletUrl: string; readonly holder: LinkOwner }[];
}

/**
 * For the notification service: the secrets an order.notification_requested.v1 names, derived
 * now (wallet links are never stored) for the current buyer and holders.
 */
export async function deliveryLinks(deps: IssuanceDeps, merchantId: string, orderId: string): Promise<DeliveryLinks> {
  const order = await orderOfMerchant(deps, merchantId, orderId);
  if (order.state !== 'issued') throw failedPrecondition('ORDER_NOT_ISSUED', 'The order has no tickets yet.');
  const transferred = (await ticketsOfOrder(deps, order.id)).filter(isTransferred);
  const { merchantName } = await deps.accounts.merchantTerms(merchantId);
  return {
    orderId: order.id,
    merchantOrderNo: order.merchantOrderNo,
    merchantName,
    walletUrl: order.form === 'electronic' ? walletUrl(deps, { kind: 'order', orderId: order.id }, order.buyerVersion) : '',
    pickupCode: order.pickupCode ?? '',
    buyer: { email: order.buyer.email, phone: order.buyer.phone },
    paperPrinter: order.paperPrinter,
    transferredTickets: transferred.map((ticket) => ({
      ticketId: ticket.id,
      walletUrl: walletUrl(deps, { kind: 'ticket', ticketId: ticket.id }, ticket.holderVersion),
      holder: { email: ticket.holder?.email ?? '', phone: ticket.holder?.phone ?? '' },
    })),
  };
}
