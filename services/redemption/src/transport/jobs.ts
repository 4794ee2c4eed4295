import type { ScheduledJob } from '@ecticket/platform';
import { expireTickets } from '../application/expire-tickets';
import type { RedemptionDeps } from '../application/ports';

/** unused → expired once a ticket's expiry date has passed (redemption refuses it from that instant on anyway). */
export function expireTicketsJob(deps: RedemptionDeps, intervalMs: number): ScheduledJob {
  return {
    name: 'redemption.expire-tickets',
    intervalMs,
    leaseMs: 5 * 60_000,
    async run(now) {
      const expired = await expireTickets(deps, now);
      if (expired > 0) deps.logger.info({ expired }, 'tickets expired');
    },
  };
}
