import type { ScheduledJob } from '@ecticket/platform';
import { expireTickets } from '../application/expire-tickets';
import type { RedemptionDeps } from '../application/ports';
import { settleStalledCancellations } from '../application/settle-stalled-cancellations';

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

/** R30, T14: cancellations a request left pending are settled with settlement, so both services agree on the use again. */
export function settleStalledCancellationsJob(deps: RedemptionDeps, intervalMs: number): ScheduledJob {
  return {
    name: 'redemption.settle-stalled-cancellations',
    intervalMs,
    leaseMs: 5 * 60_000,
    async run(now) {
      const outcome = await settleStalledCancellations(deps, now);
      if (outcome.completed + outcome.withdrawn + outcome.deferred > 0) deps.logger.info(outcome, 'stalled cancellations settled');
    },
  };
}
