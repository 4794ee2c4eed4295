import type { ScheduledJob } from '@ecticket/platform';
import { abandonExpiredOrders } from '../application/issuance-window';
import type { IssuanceDeps } from '../application/ports';

/** R10: paid orders whose issuance window passed are abandoned, so payment voids them. */
export function issuanceWindowJob(deps: IssuanceDeps, intervalMs: number): ScheduledJob {
  return {
    name: 'issuance.expire-issuance-windows',
    intervalMs,
    leaseMs: 5 * 60_000,
    async run(now) {
      const abandoned = await abandonExpiredOrders(deps, now);
      if (abandoned > 0) deps.logger.info({ abandoned }, 'abandoned paid orders whose issuance window passed (R10)');
    },
  };
}
