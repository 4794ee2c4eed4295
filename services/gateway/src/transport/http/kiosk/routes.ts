import type { RequestQuota } from '../../../application/request-quota';
import type { IssuanceClient } from '../../../infrastructure/issuance-client';
import { kioskOrderView, kioskPrintingView, toKioskOrder } from '../issuance/views';
import { pickupCodeBody } from '../issuance/requests';
import { noQuery } from '../request-schemas';
import { defineRoute, type RouteSpec } from '../routes';

const signedBy = 'Signed by the kiosk partner (see the partnerSignature security scheme).';

/**
 * Convenience-store kiosk partners: look an order up by the buyer's pickup code and confirm its
 * printing. Pickup codes are 12 digits (about 40 bits), so lookups are rate-limited per partner.
 */
export function kioskRoutes(issuance: IssuanceClient, lookups: RequestQuota): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/kiosk/pickup-lookups',
      operationId: 'lookupPickupCode',
      summary: "The order a buyer's pickup code names, with what to print (convenience-store tickets).",
      description: `${signedBy} Limited per partner (429 PICKUP_LOOKUP_RATE_LIMITED with Retry-After). An order whose tickets were printed is not shown again (TICKETS_ALREADY_PRINTED).`,
      tags: ['kiosk'],
      authenticated: false,
      partnerSigned: true,
      idempotency: 'accept',
      query: noQuery,
      body: pickupCodeBody,
      responses: { 200: { description: 'The order to print.', schema: kioskOrderView } },
      handle: async ({ body, partnerId }) => {
        const partner = partnerIdOf(partnerId);
        await lookups.take(partner);
        return { status: 200, body: toKioskOrder(await issuance.LookupPickupCode({ partnerId: partner, pickupCode: body.pickupCode })) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/kiosk/printings',
      operationId: 'confirmPrinting',
      summary: "Confirm that the kiosk printed a pickup code's tickets: they are marked printed and the buyer's data locked (R27).",
      description: `${signedBy} Confirming again changes nothing.`,
      tags: ['kiosk'],
      authenticated: false,
      partnerSigned: true,
      idempotency: 'accept',
      query: noQuery,
      body: pickupCodeBody,
      responses: { 200: { description: 'The printed tickets.', schema: kioskPrintingView } },
      handle: async ({ body, partnerId }) => {
        const printing = await issuance.ConfirmPrinting({ partnerId: partnerIdOf(partnerId), pickupCode: body.pickupCode });
        return { status: 200, body: { orderId: printing.orderId, ticketIds: printing.ticketIds, printedAt: printing.printedAt } };
      },
    }),
  ];
}

function partnerIdOf(partnerId: string | null): string {
  if (partnerId === null) throw new Error('a partner-signed route ran without its partner');
  return partnerId;
}
