import type { ScheduledJob } from '@ecticket/platform';
import type { NoticeSender } from '../infrastructure/test-processor/notice-sender';

/** The test processor resends unacknowledged notices, as ECPay does. */
export function resendTestNoticesJob(notices: NoticeSender): ScheduledJob {
  return {
    name: 'payment.test-processor.resend-notices',
    intervalMs: 1000,
    leaseMs: 5 * 60_000,
    run: (now) => notices.resendDue(now),
  };
}
