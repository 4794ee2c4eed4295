import { z } from 'zod';
import { distinct, multilineText, pageQuery, resourceId, text } from '../request-schemas';
import { orderState, paperPrinter, ticketForm, ticketType } from './enums';

/**
 * Request shapes of the products, orders, tickets, wallet and kiosk API (see request-schemas.ts
 * for the rules every one follows). Shape and bounds are checked here; what the values mean (R1,
 * R26, R27…) is the issuance service's to decide.
 */

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A day, YYYY-MM-DD, in Taiwan time (UTC+8).');
const branchIds = distinct(resourceId, 200).describe('Branch ids; empty: every branch (R31).');
const faceValue = z.number().int().min(0).max(1_000_000).describe('NTD; 0 for gift vouchers (R1).');
// The issuance service's phone rule (its domain/validation.ts), so the document states what is accepted.
const phone = z
  .string()
  .min(7)
  .max(32)
  .regex(/^\+?[0-9][0-9 -]{5,30}$/)
  .describe('A phone number: 7 to 32 characters, an optional `+`, then a digit, then digits, spaces and hyphens (`0912345678`, `+886 912-345-678`).');
const email = z.email().max(254);

const validity = z
  .object({
    usableFrom: calendarDate.optional().describe('Omitted: usable from issue.'),
    expiresOn: calendarDate.optional().describe('The last usable day; at most one of expiresOn and validDays.'),
    validDays: z.number().int().min(1).max(3650).optional().describe('Usable through the day this many days after the issue day.'),
  })
  .strict();

export const productIdParams = z.object({ productId: resourceId });
export const orderIdParams = z.object({ orderId: resourceId });
export const ticketIdParams = z.object({ ticketId: resourceId });

export const createProductBody = z
  .object({
    ticketType: ticketType.schema.describe('Gift vouchers only when the contract enables them (R1).'),
    name: text(100),
    description: multilineText(2000).optional(),
    faceValue,
    validity: validity.optional().describe('Omitted: usable from issue, no expiry of its own.'),
    immediatelyUsable: z.boolean().describe('Electronic tickets: usable at once; otherwise an order needs a usable-from day (R26.3).'),
    redemptionBranchIds: branchIds.optional(),
    returnBranchIds: branchIds.optional(),
  })
  .strict();

export const updateProductBody = z
  .object({
    name: text(100).optional(),
    description: multilineText(2000).optional(),
    faceValue: faceValue.optional(),
    validity: validity.optional().describe('Replaces the whole validity.'),
    immediatelyUsable: z.boolean().optional(),
    redemptionBranchIds: branchIds.optional(),
    returnBranchIds: branchIds.optional(),
    listed: z.boolean().optional().describe('false delists it: no new orders of it.'),
  })
  .strict()
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), 'must change at least one field')
  .describe('Omitted fields stay as they are; the ticket type never changes, and issued tickets keep what they copied.');

export const listProductsQuery = pageQuery.extend({
  listed: z.enum(['true', 'false']).optional().describe('Only listed, or only delisted, products.'),
  ticketType: ticketType.schema.optional(),
});

const buyer = z
  .object({
    name: text(100),
    phone: phone
      .optional()
      .describe(
        'Required for electronic tickets (INVALID_FIELD "buyer.phone is required for electronic tickets." otherwise): 7 to 32 characters, an optional `+`, then a digit, then digits, spaces and hyphens (`0912345678`, `+886 912-345-678`).',
      ),
    email,
    address: text(200)
      .optional()
      .describe('Required for paper tickets the platform prints and posts (`paperPrinter: platform`); INVALID_FIELD otherwise.'),
  })
  .strict();

export const createOrderBody = z
  .object({
    merchantOrderNo: z
      .string()
      .regex(/^[A-Za-z0-9]{1,20}$/)
      .describe("The storefront's order number, 1 to 20 letters and digits: the same request again answers the same order; a different one is refused (ORDER_NUMBER_TAKEN)."),
    buyer,
    items: z
      .array(z.object({ productId: resourceId, quantity: z.number().int().min(1).max(100) }).strict())
      .min(1)
      .max(20)
      .describe('Listed products of the merchant; the amount is their face value and never changes once paid (R8).'),
    ticketForm: ticketForm.schema,
    paperPrinter: paperPrinter.schema
      .optional()
      .describe(
        'Required for paper orders (refused with PAPER_PRINTER_REQUIRED without it), ignored for the other forms: `merchant` prints the tickets itself; `platform` prints them and posts them to `buyer.address`.',
      ),
    issueOnPayment: z.boolean().optional().describe('Issue the tickets as soon as the payment is authorized (default false).'),
    giftVoucherExpiresOn: calendarDate.optional().describe('Required to issue an order of gift vouchers only (R26.2).'),
    usableFrom: calendarDate.optional().describe('Required to issue electronic tickets that are not immediately usable (R26.3).'),
  })
  .strict();

export const listOrdersQuery = pageQuery.extend({
  state: orderState.schema.optional(),
  ticketForm: ticketForm.schema.optional(),
  createdFrom: z.iso.datetime({ offset: true }).optional().describe('Created at or after this instant.'),
  createdTo: z.iso.datetime({ offset: true }).optional().describe('Created before this instant.'),
});

export const issueOrderBody = z
  .object({
    giftVoucherExpiresOn: calendarDate.optional().describe("Replaces the order's (R26.2)."),
    usableFrom: calendarDate.optional().describe("Replaces the order's (R26.3)."),
  })
  .strict()
  .optional();

export const changeBuyerBody = buyer;

export const addOrderNoteBody = z
  .object({
    text: text(500),
    ticketId: resourceId.optional().describe('A ticket of this order the note is about; omitted: the whole order.'),
  })
  .strict();

export const markPrintedBody = z
  .object({ ticketIds: distinct(resourceId, 200).min(1).optional().describe('Omitted: every ticket of the print data.') })
  .strict()
  .optional();

export const transferTicketBody = z
  .object({
    recipient: z
      .object({ name: text(100), email, phone: phone.optional() })
      .strict()
      .describe('Receives a wallet link of their own for this ticket.'),
  })
  .strict();

export const pickupCodeBody = z.object({ pickupCode: z.string().regex(/^[0-9]{12}$/).describe("The buyer's 12-digit pickup code.") }).strict();
