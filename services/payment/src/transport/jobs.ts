import type { ScheduledJob } from '@ecticket/platform';
import { recoverMoneyActions } from '../application/money-actions';
import type { PaymentDeps } from '../application/ports';
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

/** Captures, voids and refunds left unsettled by a crash or a lost answer are looked up at the processor and ended. */
export function recoverMoneyActionsJob(deps: PaymentDeps, intervalMs: number): ScheduledJob {
  return {
    name: 'payment.recover-money-actions',
    intervalMs,
    leaseMs: 5 * 60_000,
    async run(now) {
      const settled = await recoverMoneyActions(deps, now);
      if (settled > 0) deps.logger.info({ settled }, 'unsettled money actions recovered');
    },
  };
}
