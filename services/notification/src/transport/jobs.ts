import type { ScheduledJob } from '@ecticket/platform';
import { resumeDeliveries } from '../application/deliver-notification';
import type { NotificationDeps } from '../application/ports';

const RESUME_INTERVAL_MS = 15_000;
const RESUME_BATCH_SIZE = 50;

/**
 * Messages whose sender crashed (its lease ran out) or whose failure is due for another try are sent
 * again by the service itself: an event the bus gave up on, or that was acknowledged while another
 * delivery held the record, is not lost with it.
 */
export function resumeDeliveriesJob(deps: NotificationDeps, providerTimeoutMs: number): ScheduledJob {
  return {
    name: 'notification.resume-deliveries',
    intervalMs: RESUME_INTERVAL_MS,
    // Every message of a batch may take up to the links call and a provider exchange.
    leaseMs: RESUME_BATCH_SIZE * 2 * providerTimeoutMs,
    async run() {
      const resumed = await resumeDeliveries(deps, RESUME_BATCH_SIZE);
      if (resumed > 0) deps.logger.info({ resumed }, 'deliveries resumed');
    },
  };
}
