import { AppError, DuplicateKeyError, failedPrecondition, unavailable, type ErrorCategory } from '@ecticket/platform';
import {
  deliveryId,
  errorSummary,
  maskRecipient,
  retryAtAfterFailure,
  sameAddress,
  sendDecision,
  type Channel,
  type Delivery,
  type PendingMessage,
  type Reason,
} from '../domain/delivery';
import { renderEmail, renderSms, type DeliveryLinkKind, type MessageContent, type TicketAccess, type TicketForm } from '../domain/message';
import { deliveries } from '../infrastructure/collections';
import type { DeliveryLinks, LinkOwner, NotificationDeps, Sent } from './ports';

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

/** One channel of one request: everything its delivery record is made from. */
interface ChannelMessage {
  readonly requestId: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly reason: Reason;
  readonly requestedAt: string;
  readonly channel: Channel;
  readonly pending: PendingMessage;
}

/** A record this attempt holds the lease of. */
type ClaimedDelivery = Delivery & { readonly pending: PendingMessage };

/** Refusals of the issuance service that no retry changes (the order is unknown or has no tickets). */
const permanentCategories: readonly ErrorCategory[] = ['invalid_argument', 'not_found', 'failed_precondition', 'permission_denied'];

/**
 * Sends the request's message over each of its channels that has not been sent yet (R16, R25).
 * Each channel's record is claimed first, with what sending it takes, so from then on the message
 * is not lost: a channel another delivery is sending is left to it (or, should that one have
 * crashed, to resumeDeliveries once its lease ran out). When a channel failed for a passing reason
 * this throws after the others were tried, so the event bus delivers the request again soon; once
 * the bus gives up, resumeDeliveries keeps trying.
 */
export async function deliverNotification(deps: NotificationDeps, request: NotificationRequest): Promise<void> {
  const claimed: ClaimedDelivery[] = [];
  for (const message of channelMessages(request)) {
    const existing = await deps.store.collection(deliveries).get(deliveryId(message.requestId, message.channel));
    const delivery = await claim(deps, message, existing);
    if (delivery !== null) claimed.push(delivery);
  }
  await sendClaimed(deps, claimed);
}

/**
 * The records whose retry is due (a lease that ran out: its sender crashed; a failure's next try),
 * each claimed and sent again. Answers how many were taken up.
 */
export async function resumeDeliveries(deps: NotificationDeps, batchSize: number): Promise<number> {
  const due = await deps.store.collection(deliveries).find({ retryAt: { $lte: deps.clock.now().toISOString() } }, { sort: { retryAt: 1 }, limit: batchSize });
  let resumed = 0;
  for (const record of due) {
    if (record.pending === null) continue;
    const delivery = await claim(deps, { ...record, pending: record.pending }, record);
    if (delivery === null) continue;
    resumed += 1;
    try {
      await sendClaimed(deps, [delivery]);
    } catch (error) {
      // Recorded on the delivery, with its next try; the other due records go on.
      deps.logger.debug({ deliveryId: delivery.id, code: error instanceof AppError ? error.code : 'unknown' }, 'resumed delivery failed again');
    }
  }
  return resumed;
}

function channelMessages(request: NotificationRequest): ChannelMessage[] {
  return request.channels.flatMap((channel) => {
    const address = channel === 'email' ? request.recipient.email : request.recipient.phone;
    if (address === '') return [];
    const { requestId, orderId, merchantId, reason, requestedAt, form, links, ticketIds } = request;
    return [{ requestId, orderId, merchantId, reason, requestedAt, channel, pending: { recipientName: request.recipient.name, address, form, links, ticketIds } }];
  });
}

/**
 * Takes the record for this attempt (`sending`, leased) before anything else is asked, or answers
 * null when there is nothing for this attempt to do: the channel was settled, or another delivery
 * holds it (that one settles it, or resumeDeliveries takes it up once its lease ran out).
 */
async function claim(deps: NotificationDeps, message: ChannelMessage, existing: Delivery | null): Promise<ClaimedDelivery | null> {
  const collection = deps.store.collection(deliveries);
  const now = deps.clock.now();
  if (sendDecision(existing, now) !== 'send') return null;
  const timestamp = now.toISOString();
  const retryAt = new Date(now.getTime() + deps.sendingLeaseMs).toISOString();
  const { pending } = message;
  if (existing === null) {
    const id = deliveryId(message.requestId, message.channel);
    try {
      const inserted = await collection.insert({
        id,
        requestId: message.requestId,
        merchantId: message.merchantId,
        orderId: message.orderId,
        channel: message.channel,
        reason: message.reason,
        recipient: maskRecipient(message.channel, pending.address),
        status: 'sending',
        attempts: 1,
        retryAt,
        pending,
        providerMessageId: null,
        lastError: null,
        requestedAt: message.requestedAt,
        sentAt: null,
        updatedAt: timestamp,
        sortKey: `${message.requestedAt}|${id}`,
      });
      return { ...inserted, pending };
    } catch (error) {
      if (error instanceof DuplicateKeyError) return null;
      throw error;
    }
  }
  const claimed = await collection.updateOne(
    { id: existing.id, status: existing.status, attempts: existing.attempts },
    { $set: { status: 'sending', retryAt, pending, updatedAt: timestamp }, $inc: { attempts: 1 } },
  );
  return claimed === null ? null : { ...claimed, pending };
}

/** Sends the claimed channels of one request with the links the issuance service answers now. */
async function sendClaimed(deps: NotificationDeps, claimed: readonly ClaimedDelivery[]): Promise<void> {
  const [first] = claimed;
  if (first === undefined) return;
  let links: DeliveryLinks;
  try {
    links = await deps.orders.deliveryLinks(first.merchantId, first.orderId);
  } catch (error) {
    for (const delivery of claimed) await settleFailure(deps, delivery, error);
    if (isPermanent(error)) return;
    throw error;
  }
  const failed: Channel[] = [];
  for (const delivery of claimed) {
    try {
      await sendOne(deps, delivery, links);
    } catch (error) {
      await settleFailure(deps, delivery, error);
      if (!isPermanent(error)) failed.push(delivery.channel);
    }
  }
  if (failed.length > 0) throw unavailable('NOTIFICATION_NOT_DELIVERED', `Request ${first.requestId}: ${failed.join(', ')} not delivered; it will be tried again.`);
}

async function sendOne(deps: NotificationDeps, delivery: ClaimedDelivery, links: DeliveryLinks): Promise<void> {
  const { access, owners } = ticketAccess(delivery, links);
  const { channel, pending } = delivery;
  const logContext = { requestId: delivery.requestId, orderId: delivery.orderId, channel, attempts: delivery.attempts };
  if (!owners.every((owner) => sameAddress(channel, channel === 'email' ? owner.email : owner.phone, pending.address))) {
    await settle(deps, delivery, { status: 'superseded', lastError: null, retryAt: null });
    deps.logger.info(logContext, 'notification superseded: its link now belongs to another recipient');
    return;
  }
  const content: MessageContent = {
    reason: delivery.reason,
    recipientName: pending.recipientName,
    merchantName: links.merchantName,
    orderReference: links.merchantOrderNo,
    ticketCount: pending.ticketIds.length,
    access,
  };
  const sent: Sent =
    channel === 'email'
      ? await deps.email.send({ name: pending.recipientName, address: pending.address }, renderEmail(content))
      : await deps.sms.send(pending.address, renderSms(content));
  // A crash here, after the provider took the message and before it is recorded, leaves the record
  // `sending`: once its lease runs out it is sent again. At least once, never lost.
  await settle(deps, delivery, { status: 'sent', providerMessageId: sent.providerMessageId, sentAt: deps.clock.now().toISOString(), lastError: null, retryAt: null });
  deps.logger.info({ ...logContext, recipient: delivery.recipient }, 'notification sent');
}

/** A passing failure is tried again later; a permanent one, or the last attempt, stays failed. */
async function settleFailure(deps: NotificationDeps, delivery: ClaimedDelivery, error: unknown): Promise<void> {
  const described = error instanceof AppError ? `${error.code}: ${error.message}` : error;
  const lastError = errorSummary(described, delivery.channel, delivery.pending.address);
  const retryAt = isPermanent(error) ? null : retryAtAfterFailure(delivery.attempts, deps.clock.now(), deps.sendingLeaseMs);
  deps.logger.warn({ requestId: delivery.requestId, orderId: delivery.orderId, channel: delivery.channel, attempts: delivery.attempts, retryAt, error: lastError }, 'notification not delivered');
  await settle(deps, delivery, { status: 'failed', lastError, retryAt });
}

function isPermanent(error: unknown): boolean {
  return error instanceof AppError && permanentCategories.includes(error.category);
}

type Settlement = Pick<Delivery, 'status' | 'lastError' | 'retryAt'> & Partial<Pick<Delivery, 'providerMessageId' | 'sentAt'>>;

/** Records the outcome of this attempt; the full address is dropped with the last chance to send. */
async function settle(deps: NotificationDeps, claimed: ClaimedDelivery, outcome: Settlement): Promise<void> {
  const pending = outcome.retryAt === null ? null : claimed.pending;
  const settled = await deps.store
    .collection(deliveries)
    .updateOne({ id: claimed.id, status: 'sending', attempts: claimed.attempts }, { $set: { ...outcome, pending, updatedAt: deps.clock.now().toISOString() } });
  // Null: this attempt outlived its lease and a later one took the record over; that one settles it.
  if (settled === null) deps.logger.warn({ deliveryId: claimed.id, attempts: claimed.attempts }, 'delivery record taken over by a later attempt');
}

/**
 * What the message points to, by the link kinds the request names and the form of the order, and
 * whose that is now: the message goes out only while its recipient still is that person.
 */
function ticketAccess(delivery: ClaimedDelivery, links: DeliveryLinks): { readonly access: TicketAccess; readonly owners: readonly LinkOwner[] } {
  const { pending } = delivery;
  if (pending.links.includes('ticket_wallet_link')) {
    const wallets = pending.ticketIds.flatMap((ticketId) => links.ticketWallets.get(ticketId) ?? []);
    if (wallets.length > 0) return { access: { kind: 'wallet', walletUrls: wallets.map((wallet) => wallet.walletUrl) }, owners: wallets.map((wallet) => wallet.holder) };
  }
  if (pending.links.includes('wallet_link') && links.walletUrl !== '') return { access: { kind: 'wallet', walletUrls: [links.walletUrl] }, owners: [links.buyer] };
  if (pending.links.includes('pickup_code') && links.pickupCode !== '') return { access: { kind: 'pickup_code', pickupCode: links.pickupCode }, owners: [links.buyer] };
  if (pending.form === 'paper') return { access: { kind: 'paper', printedBy: links.paperPrinter }, owners: [links.buyer] };
  throw failedPrecondition('DELIVERY_LINK_MISSING', `The issuance service answered no ${pending.links.join(', ')} for order ${delivery.orderId}.`);
}
