import { z } from 'zod';
import { id, isoTimestamp, ntd, type EventSchema } from './common';

export const ticketTypes = ['pickup_voucher', 'gift_voucher'] as const;
export const ticketForms = ['electronic', 'convenience_store', 'paper'] as const;
export const notificationChannels = ['email', 'sms'] as const;
/** What a notification points the recipient to; the secrets themselves come from the issuance service's GetDeliveryLinks. */
export const deliveryLinkKinds = ['wallet_link', 'pickup_code', 'ticket_wallet_link'] as const;
export const notificationReasons = ['issued', 'buyer_changed', 'resend', 'ticket_transferred'] as const;

/**
 * An order's tickets were issued. Payment captures `captureAmount` (the pickup vouchers' face
 * value; gift-only orders have none to capture).
 */
export const orderIssuedV1 = {
  type: 'order.issued',
  version: 1,
  schema: z.object({
    orderId: id(),
    merchantId: id(),
    captureAmount: ntd(),
    ticketIds: z.array(id()).min(1),
    issuedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/** A paid order will never be issued: payment voids its authorization (R9, R10). */
export const orderAbandonedV1 = {
  type: 'order.abandoned',
  version: 1,
  schema: z.object({
    orderId: id(),
    merchantId: id(),
    reason: z.enum(['abandoned', 'issuance_window_expired']),
    abandonedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/**
 * One ticket exists. Carries what redemption, settlement and notification need; never a wallet
 * link, redemption code or any other bearer secret (those are derived on request from the
 * issuance service).
 */
export const ticketIssuedV1 = {
  type: 'ticket.issued',
  version: 1,
  schema: z.object({
    ticketId: id(),
    ticketNumber: z.string().length(16),
    orderId: id(),
    merchantId: id(),
    productId: id(),
    productName: z.string().max(200),
    ticketType: z.enum(ticketTypes),
    form: z.enum(ticketForms),
    faceValue: ntd(),
    usableFrom: isoTimestamp().nullable(),
    expiresAt: isoTimestamp().nullable(),
    redemptionBranchIds: z.array(id()),
    returnBranchIds: z.array(id()),
    issuedByAccountId: id().nullable(),
    issuedByBranchId: id().nullable(),
    issuedAt: isoTimestamp(),
    /** End of the pickup voucher's guarantee (escrow) period: issuedAt + the merchant's guarantee days; null for gift vouchers. */
    guaranteeEndsAt: isoTimestamp().nullable(),
    /**
     * SHA-256 (lowercase hex) of the ticket's redemption code, so the redemption service finds a
     * ticket by a typed code without the code itself (a bearer secret) ever travelling in an event.
     */
    redemptionCodeHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
} as const satisfies EventSchema;

/** The buyer's data of an order changed (R27); the old wallet link no longer opens. */
export const orderBuyerChangedV1 = {
  type: 'order.buyer_changed',
  version: 1,
  schema: z.object({
    orderId: id(),
    merchantId: id(),
    changedByAccountId: id(),
    changedByBranchId: id().nullable(),
    changedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/**
 * An electronic ticket was given to another person from its wallet; the buyer's data of its order
 * is now locked (R27). The ticket got a new redemption code, so the code (and QR code) the giver
 * saw no longer redeem it: its SHA-256 as in ticket.issued (absent in events older than it).
 */
export const ticketTransferredV1 = {
  type: 'ticket.transferred',
  version: 1,
  schema: z.object({
    ticketId: id(),
    orderId: id(),
    merchantId: id(),
    transferredAt: isoTimestamp(),
    redemptionCodeHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
} as const satisfies EventSchema;

/** A convenience-store or paper ticket was printed; the buyer's data of its order is now locked (R27). */
export const ticketPrintedV1 = {
  type: 'ticket.printed',
  version: 1,
  schema: z.object({
    ticketId: id(),
    orderId: id(),
    merchantId: id(),
    printedBy: z.enum(['kiosk', 'merchant']),
    /** The kiosk partner, when printed at a convenience store. */
    partnerId: z.string().max(64).nullable(),
    printedByAccountId: id().nullable(),
    printedByBranchId: id().nullable(),
    printedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/**
 * Someone is to be told about tickets (R16: on issuance, on a change of buyer and on a resend,
 * R25; and the recipient of a transferred ticket). Carries whom to contact, over which channels
 * (SMS only when the merchant's effective SMS service is on) and which links to include, but
 * never the links themselves: the notification service asks GetDeliveryLinks(orderId) for them.
 */
export const orderNotificationRequestedV1 = {
  type: 'order.notification_requested',
  version: 1,
  schema: z.object({
    requestId: id(),
    orderId: id(),
    merchantId: id(),
    reason: z.enum(notificationReasons),
    form: z.enum(ticketForms),
    recipient: z.object({ name: z.string().max(100), email: z.string().max(254), phone: z.string().max(32) }),
    channels: z.array(z.enum(notificationChannels)).min(1),
    links: z.array(z.enum(deliveryLinkKinds)),
    ticketIds: z.array(id()).min(1),
    requestedByAccountId: id().nullable(),
    requestedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

export type OrderIssuedV1 = z.infer<typeof orderIssuedV1.schema>;
export type OrderAbandonedV1 = z.infer<typeof orderAbandonedV1.schema>;
export type TicketIssuedV1 = z.infer<typeof ticketIssuedV1.schema>;
export type OrderBuyerChangedV1 = z.infer<typeof orderBuyerChangedV1.schema>;
export type TicketTransferredV1 = z.infer<typeof ticketTransferredV1.schema>;
export type TicketPrintedV1 = z.infer<typeof ticketPrintedV1.schema>;
export type OrderNotificationRequestedV1 = z.infer<typeof orderNotificationRequestedV1.schema>;
