import { DuplicateKeyError, failedPrecondition, unavailable } from '@ecticket/platform';
import { deliveryId, errorSummary, maskRecipient, sendDecision, type Channel, type Delivery, type Reason } from '../domain/delivery';
import { renderEmail, renderSms, type MessageContent, type TicketAccess, type TicketForm } from '../domain/message';
import { deliveries } from '../infrastructure/collections';
import type { DeliveryLinks, NotificationDeps, Sent } from './ports';

export type DeliveryLinkKind = 'wallet_link' | 'pickup_code' | 'ticket_wallet_link';

/** An `order.notification_requested` event, as this use case needs it. */
export interface NotificationRequest {
  readonly requestId: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly reason: Reason;
  readonly form: TicketForm;
  readonly recipient: { readonly name: string; readonly email: string; readonly phone: string };
  /** SMS only when the merchant's SMS service is on (R16): the issuance service decided. */
  readonly channels: readonly Channel[];
  readonly links: readonly DeliveryLinkKind[];
  readonly ticketIds: readonly string[];
  /** UTC ISO instant. */
  readonly requestedAt: string;
}

/**
 * Sends the request's message over each of its channels that has not been sent yet (R16, R25).
 * Every channel is tried; when any failed, this throws after the others were tried, so the event
 * bus delivers the request again (and dead-letters it in the end) while the sent channels stay sent.
 */
export async function deliverNotification(deps: NotificationDeps, request: NotificationRequest): Promise<void> {
  const addressed = request.channels.filter((channel) => addressOf(request, channel) !== '');
  const unsent: Channel[] = [];
  for (const channel of addressed) {
    const existing = await deps.store.collection(deliveries).get(deliveryId(request.requestId, channel));
    if (sendDecision(existing, deps.clock.now()) !== 'already_sent') unsent.push(channel);
  }
  if (unsent.length === 0) return;
  const content = messageContent(request, await deps.orders.deliveryLinks(request.merchantId, request.orderId));
  const failed: Channel[] = [];
  for (const channel of unsent) {
    try {
      await deliverOver(deps, request, channel, content);
    } catch (error) {
      deps.logger.warn({ requestId: request.requestId, orderId: request.orderId, channel, error: errorSummary(error, channel, addressOf(request, channel)) }, 'notification not delivered');
      failed.push(channel);
    }
  }
  if (failed.length > 0) throw unavailable('NOTIFICATION_NOT_DELIVERED', `Request ${request.requestId}: ${failed.join(', ')} not delivered; it will be tried again.`);
}

function addressOf(request: NotificationRequest, channel: Channel): string {
  return channel === 'email' ? request.recipient.email : request.recipient.phone;
}

async function deliverOver(deps: NotificationDeps, request: NotificationRequest, channel: Channel, content: MessageContent): Promise<void> {
  const address = addressOf(request, channel);
  const claimed = await claim(deps, request, channel);
  if (claimed === null) return;
  let sent: Sent;
  try {
    sent =
      channel === 'email'
        ? await deps.email.send({ name: request.recipient.name, address }, renderEmail(content))
        : await deps.sms.send(address, renderSms(content));
  } catch (error) {
    await settle(deps, claimed, { status: 'failed', lastError: errorSummary(error, channel, address) });
    throw error;
  }
  // A crash here, after the provider took the message and before it is recorded, leaves the record
  // `sending`: once its lease runs out a redelivery sends it again. At least once, never lost.
  await settle(deps, claimed, { status: 'sent', providerMessageId: sent.providerMessageId, sentAt: deps.clock.now().toISOString(), lastError: null });
  deps.logger.info({ requestId: request.requestId, orderId: request.orderId, channel, recipient: claimed.recipient, attempts: claimed.attempts }, 'notification sent');
}

/**
 * Takes the record for this attempt (`sending`, with a lease) before the provider is called, or
 * answers null when the channel was sent. A record another delivery is sending right now is
 * refused, so the bus tries again once that one has settled it.
 */
async function claim(deps: NotificationDeps, request: NotificationRequest, channel: Channel): Promise<Delivery | null> {
  const collection = deps.store.collection(deliveries);
  const id = deliveryId(request.requestId, channel);
  const existing = await collection.get(id);
  const now = deps.clock.now();
  const decision = sendDecision(existing, now);
  if (decision === 'already_sent') return null;
  const inProgress = () => unavailable('DELIVERY_IN_PROGRESS', `The ${channel} message of request ${request.requestId} is being sent by another delivery.`);
  if (decision === 'being_sent') throw inProgress();
  const timestamp = now.toISOString();
  const leaseExpiresAt = new Date(now.getTime() + deps.sendingLeaseMs).toISOString();
  if (existing === null) {
    try {
      return await collection.insert({
        id,
        requestId: request.requestId,
        merchantId: request.merchantId,
        orderId: request.orderId,
        channel,
        reason: request.reason,
        recipient: maskRecipient(channel, addressOf(request, channel)),
        status: 'sending',
        attempts: 1,
        leaseExpiresAt,
        providerMessageId: null,
        lastError: null,
        requestedAt: request.requestedAt,
        sentAt: null,
        updatedAt: timestamp,
        sortKey: `${request.requestedAt}|${id}`,
      });
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw inProgress();
      throw error;
    }
  }
  const claimed = await collection.updateOne(
    { id, status: existing.status, attempts: existing.attempts },
    { $set: { status: 'sending', leaseExpiresAt, updatedAt: timestamp }, $inc: { attempts: 1 } },
  );
  if (claimed === null) throw inProgress();
  return claimed;
}

type Settlement = Pick<Delivery, 'status' | 'lastError'> & Partial<Pick<Delivery, 'providerMessageId' | 'sentAt'>>;

async function settle(deps: NotificationDeps, claimed: Delivery, outcome: Settlement): Promise<void> {
  const settled = await deps.store
    .collection(deliveries)
    .updateOne({ id: claimed.id, status: 'sending', attempts: claimed.attempts }, { $set: { ...outcome, leaseExpiresAt: null, updatedAt: deps.clock.now().toISOString() } });
  // Null: this attempt outlived its lease and a later one took the record over; that one settles it.
  if (settled === null) deps.logger.warn({ deliveryId: claimed.id, attempts: claimed.attempts }, 'delivery record taken over by a later attempt');
}

function messageContent(request: NotificationRequest, links: DeliveryLinks): MessageContent {
  return {
    reason: request.reason,
    recipientName: request.recipient.name,
    merchantName: links.merchantName,
    orderReference: links.merchantOrderNo,
    ticketCount: request.ticketIds.length,
    access: ticketAccess(request, links),
  };
}

/** What the message points to, by the link kinds the request names and the form of the order. */
function ticketAccess(request: NotificationRequest, links: DeliveryLinks): TicketAccess {
  if (request.links.includes('ticket_wallet_link')) {
    const walletUrls = request.ticketIds.flatMap((ticketId) => links.ticketWalletUrls.get(ticketId) ?? []);
    if (walletUrls.length > 0) return { kind: 'wallet', walletUrls };
  }
  if (request.links.includes('wallet_link') && links.walletUrl !== '') return { kind: 'wallet', walletUrls: [links.walletUrl] };
  if (request.links.includes('pickup_code') && links.pickupCode !== '') return { kind: 'pickup_code', pickupCode: links.pickupCode };
  if (request.form === 'paper') return { kind: 'paper' };
  throw failedPrecondition('DELIVERY_LINK_MISSING', `The issuance service answered no ${request.links.join(', ')} for order ${request.orderId}.`);
}
