import type { z } from 'zod';
import type { RedemptionClient } from '../../../infrastructure/redemption-client';
import { callerRouteOf } from '../caller-route';
import { pageOf } from '../request-schemas';
import type { HandlerResult, RouteSpec } from '../routes';
import { pageView, toPage } from '../view-schemas';
import { cancelBody, listUsesQuery, redeemTicketBody, redemptionIdParams, returnIdParams, returnTicketBody, ticketUsageLookupBody } from './requests';
import { redemptionView, returnView, ticketUsageView, toRedemption, toReturn, toTicketUsage } from './views';

const needs = (node: string) => `Needs the \`${node}\` permission node (R13); a sub-account of a disabled branch is refused every change (403 BRANCH_DISABLED, R23).`;

const ticketNotFound = "404 TICKET_NOT_FOUND: no such ticket, or another merchant's (R18).";

const cancellation = (kind: 'redemption' | 'return', node: string) =>
  [
    needs(node),
    `Pickup vouchers only (422 CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER), and only before the ${kind} was synced to the bank (422 ALREADY_SYNCED_TO_BANK); the ticket is unused again.`,
    `A sub-account bound to a branch cancels only what its branch did (403 OUTSIDE_BRANCH, R22.2). 404 ${kind.toUpperCase()}_NOT_FOUND, 409 ${kind.toUpperCase()}_ALREADY_CANCELLED.`,
    'The cancellation is recorded before the settlement service is asked. 200: it is cancelled (`cancellation` is set). 202 Accepted: the settlement service could not be reached or its answer was lost, so the cancellation is recorded but not yet confirmed (`pendingCancellation` says when, why and by whom, `cancellation` is still null); it is completed by itself within about two minutes, or withdrawn should the settlement service then answer that the bank sync came first. Do not ask again: meanwhile the ticket answers 409 CANCELLATION_IN_PROGRESS (with `requestedAt`) to any change. The final state shows in getTicketUsage and the reports.',
    `A refusal by the settlement service is answered as such (422 ALREADY_SYNCED_TO_BANK; 503 only when the ${kind} service itself cannot be reached).`,
  ].join(' ');

/**
 * R30: a cancel route answers 200 with the cancelled record, or 202 with the record whose
 * cancellation is recorded and pending (the settlement service did not answer; a repair job
 * finishes it).
 */
function acceptingPendingCancellation(route: RouteSpec, kind: 'redemption' | 'return'): RouteSpec {
  return {
    ...route,
    responses: {
      ...route.responses,
      202: {
        description: `The cancellation is recorded (\`pendingCancellation\`) but not yet confirmed by the settlement service; it is completed (or withdrawn) within about two minutes, as getTicketUsage and the ${kind}s report then show.`,
        schema: route.responses[200]?.schema,
      },
    },
    async handle(input): Promise<HandlerResult> {
      const answer = await route.handle(input);
      return isPendingCancellation(answer.body) ? { ...answer, status: 202 } : answer;
    },
  };
}

function isPendingCancellation(view: unknown): boolean {
  return typeof view === 'object' && view !== null && 'pendingCancellation' in view && view.pendingCancellation !== null;
}

/** The redemptions and returns reports take the same filters. */
const usesReportRequest = (query: z.infer<typeof listUsesQuery>) => ({
  from: query.from ?? '',
  to: query.to ?? '',
  branchId: query.branchId ?? '',
  page: pageOf(query),
});

const reportsOf = (what: string) =>
  `Needs the \`reports\` permission node. ${what} made by the caller's merchant, newest first, each naming its operator (R21, R22.1); a sub-account bound to a branch sees its own branch's only, and naming another branch is refused (403 OUTSIDE_BRANCH, R22.2). 400 INVALID_TIME_RANGE when \`from\` is not before \`to\`.`;

/** The public REST API of the redemption service (R11, R18, R21–R23, R28–R31): each route is one gRPC call. */
export function redemptionRoutes(client: RedemptionClient): RouteSpec[] {
  const staffRoute = callerRouteOf(client);
  return [
    staffRoute({
      method: 'post',
      path: '/v1/redemptions',
      operationId: 'redeemTicket',
      summary: 'Redeem a ticket by its typed redemption code or its scanned QR payload (R28).',
      description: [
        needs('redeem'),
        'A QR payload whose signature does not verify is refused before any lookup (400 INVALID_QR_PAYLOAD; 503 TICKET_KEYS_UNAVAILABLE while the keys cannot be fetched: type the code instead).',
        ticketNotFound,
        '409 TICKET_ALREADY_REDEEMED says when and where, with `redeemedAt`, `branchName` and `branchCode` in the problem; 409 TICKET_RETURNED with `returnedAt`; 409 CANCELLATION_IN_PROGRESS while a cancellation of its use awaits the settlement service.',
        '422 TICKET_NOT_YET_USABLE (with `usableFrom`), 422 TICKET_EXPIRED (with `expiresAt`).',
        "403 BRANCH_NOT_ALLOWED: the caller's branch is not on the product's redemption-branch list (R22.3, R31; head office ignores the list); 403 NOT_A_REDEEMABLE_STORE: the caller's merchant may not redeem this product (R18).",
      ].join(' '),
      tags: ['redemptions'],
      audience: 'merchant staff',
      body: redeemTicketBody,
      success: { status: 201, description: 'The redemption; the ticket is redeemed.', schema: redemptionView },
      call: (redemption, { body }, options) =>
        redemption.RedeemTicket({ redemptionCode: body.redemptionCode ?? '', qrPayload: body.qrPayload ?? '' }, options),
      view: toRedemption,
    }),
    acceptingPendingCancellation(
      staffRoute({
        method: 'post',
        path: '/v1/redemptions/{redemptionId}/cancel',
        operationId: 'cancelRedemption',
        summary: 'Cancel a mistaken redemption, saying why (R30).',
        description: cancellation('redemption', 'cancel_redemption'),
        tags: ['redemptions'],
        audience: 'merchant staff',
        params: redemptionIdParams,
        body: cancelBody,
        success: { status: 200, description: 'The cancelled redemption; the ticket is unused again.', schema: redemptionView },
        call: (redemption, { params, body }, options) => redemption.CancelRedemption({ redemptionId: params.redemptionId, reason: body.reason }, options),
        view: toRedemption,
      }),
      'redemption',
    ),
    staffRoute({
      method: 'get',
      path: '/v1/redemptions',
      operationId: 'listRedemptions',
      summary: 'The redemptions report, a page at a time.',
      description: reportsOf('Redemptions'),
      tags: ['redemptions', 'reports'],
      audience: 'merchant staff',
      query: listUsesQuery,
      success: { status: 200, description: 'A page of redemptions.', schema: pageView(redemptionView) },
      call: (redemption, { query }, options) =>
        redemption.ListRedemptions(usesReportRequest(query), options),
      view: (answer) => toPage(answer.redemptions, answer.nextCursor, toRedemption),
    }),

    staffRoute({
      method: 'post',
      path: '/v1/returns',
      operationId: 'returnTicket',
      summary: 'Return an unused ticket by its ticket number or redemption code, saying why (R29).',
      description: [
        needs('return'),
        "By the issuer only. Inside the guarantee period a pickup voucher's face value goes back to the buyer's card once the bank sync made the return final; past it the merchant settles with the buyer itself (R11).",
        ticketNotFound,
        '409 TICKET_ALREADY_REDEEMED (with `redeemedAt`, `branchName`, `branchCode`), 409 TICKET_RETURNED, 409 CANCELLATION_IN_PROGRESS, 422 TICKET_EXPIRED.',
        "403 BRANCH_NOT_ALLOWED: the caller's branch is not on the product's return-branch list (R22.4, R31).",
      ].join(' '),
      tags: ['returns'],
      audience: 'merchant staff',
      body: returnTicketBody,
      success: { status: 201, description: 'The return; the ticket is returned.', schema: returnView },
      call: (redemption, { body }, options) =>
        redemption.ReturnTicket({ ticketNumber: body.ticketNumber ?? '', redemptionCode: body.redemptionCode ?? '', reason: body.reason }, options),
      view: toReturn,
    }),
    acceptingPendingCancellation(
      staffRoute({
        method: 'post',
        path: '/v1/returns/{returnId}/cancel',
        operationId: 'cancelReturn',
        summary: 'Cancel a mistaken return, saying why (R30).',
        description: cancellation('return', 'cancel_return'),
        tags: ['returns'],
        audience: 'merchant staff',
        params: returnIdParams,
        body: cancelBody,
        success: { status: 200, description: 'The cancelled return; the ticket is unused again.', schema: returnView },
        call: (redemption, { params, body }, options) => redemption.CancelReturn({ returnId: params.returnId, reason: body.reason }, options),
        view: toReturn,
      }),
      'return',
    ),
    staffRoute({
      method: 'get',
      path: '/v1/returns',
      operationId: 'listReturns',
      summary: 'The returns report, a page at a time.',
      description: reportsOf('Returns'),
      tags: ['returns', 'reports'],
      audience: 'merchant staff',
      query: listUsesQuery,
      success: { status: 200, description: 'A page of returns.', schema: pageView(returnView) },
      call: (redemption, { query }, options) =>
        redemption.ListReturns(usesReportRequest(query), options),
      view: (answer) => toPage(answer.returns, answer.nextCursor, toReturn),
    }),

    staffRoute({
      method: 'post',
      path: '/v1/ticket-usage-lookups',
      operationId: 'getTicketUsage',
      summary: "A ticket's usage: its state and the redemptions and returns the caller may see.",
      description: [
        "For the issuer's staff and a redeemable store's (R18); a sub-account bound to a branch sees its own branch's records only (R22.2).",
        '`pendingCancellation` shows a cancellation of its current redemption or return that is recorded and awaiting the settlement service (R30): when, why and by whom (R21).',
        'A POST, so that a redemption code, a bearer secret, never appears in a URL; it changes nothing, and its answer is never stored for Idempotency-Key replays.',
        ticketNotFound,
      ].join(' '),
      tags: ['tickets'],
      audience: 'merchant staff',
      idempotency: 'accept',
      body: ticketUsageLookupBody,
      success: { status: 200, description: 'The ticket and its usage.', schema: ticketUsageView },
      call: (redemption, { body }, options) =>
        redemption.GetTicketUsage({ ticketId: body.ticketId ?? '', ticketNumber: body.ticketNumber ?? '', redemptionCode: body.redemptionCode ?? '' }, options),
      view: toTicketUsage,
    }),
  ];
}
