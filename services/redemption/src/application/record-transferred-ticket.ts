import { consumeOnce, parseEvent, unavailable, type EventEnvelope } from '@ecticket/platform';
import { ticketTransferredV1 } from '@ecticket/contracts';
import { withRenewedCode } from '../domain/ticket';
import { ticketUsages } from '../infrastructure/collections';
import { replaceUsage } from './persistence';
import type { RedemptionDeps } from './ports';
import { REDEMPTION_CONSUMER } from './record-issued-ticket';

/**
 * A ticket.transferred.v1 renews the ticket's redemption code: the usage is found by the new
 * code's hash, and the code (and QR code) the giver saw no longer redeem it. A transfer announced
 * before its ticket.issued was applied fails, so the bus delivers it again after that one.
 */
export async function recordTransferredTicket(deps: RedemptionDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(ticketTransferredV1, envelope);
  await consumeOnce(
    deps.store,
    REDEMPTION_CONSUMER,
    envelope,
    async () => {
      const usage = await deps.store.collection(ticketUsages).get(data.ticketId);
      if (!usage) throw unavailable('TICKET_NOT_KNOWN_YET', `Ticket ${data.ticketId} was transferred before its issue reached this service.`);
      const renewed = withRenewedCode(usage, data.redemptionCodeHash, data.transferredAt);
      return renewed ? [replaceUsage(usage, renewed)] : [];
    },
    deps.clock,
  );
}
