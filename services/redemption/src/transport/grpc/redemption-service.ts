import type { redemptionV1 } from '@ecticket/contracts';
import { loadServiceDefinition, type UnaryHandlers } from '@ecticket/platform';
import { cancelRedemption, cancelReturn } from '../../application/cancel-use';
import { getTicketUsage } from '../../application/get-ticket-usage';
import { listRedemptions, listReturns } from '../../application/list-records';
import type { RedemptionDeps } from '../../application/ports';
import { redeemTicket } from '../../application/redeem-ticket';
import { returnTicket } from '../../application/return-ticket';
import { bearerToken, pageRequest } from './call';
import { redemptionMessage, redemptionStateMessage, returnMessage, returnStateMessage, ticketUsageMessage } from './encode';

export function redemptionServiceDefinition(): redemptionV1.RedemptionServiceDefinition {
  return loadServiceDefinition<redemptionV1.RedemptionServiceDefinition>(['redemption.proto'], 'ecticket.redemption.v1.RedemptionService');
}

/** The gRPC face of the service: decode, run the use case for the caller's token, encode. */
export function redemptionServiceHandlers(deps: RedemptionDeps): UnaryHandlers<redemptionV1.RedemptionServiceDefinition> {
  return {
    async RedeemTicket(request, call) {
      return redemptionMessage(await redeemTicket(deps, bearerToken(call), request));
    },
    async CancelRedemption(request, call) {
      return redemptionStateMessage(await cancelRedemption(deps, bearerToken(call), { id: request.redemptionId, reason: request.reason }));
    },
    async ReturnTicket(request, call) {
      return returnMessage(await returnTicket(deps, bearerToken(call), request));
    },
    async CancelReturn(request, call) {
      return returnStateMessage(await cancelReturn(deps, bearerToken(call), { id: request.returnId, reason: request.reason }));
    },
    async GetTicketUsage(request, call) {
      return ticketUsageMessage(await getTicketUsage(deps, bearerToken(call), request));
    },
    async ListRedemptions(request, call) {
      const page = await listRedemptions(deps, bearerToken(call), { ...request, page: pageRequest(request.page) });
      return { redemptions: page.items.map(redemptionStateMessage), nextCursor: page.nextCursor };
    },
    async ListReturns(request, call) {
      const page = await listReturns(deps, bearerToken(call), { ...request, page: pageRequest(request.page) });
      return { returns: page.items.map(returnStateMessage), nextCursor: page.nextCursor };
    },
  };
}
