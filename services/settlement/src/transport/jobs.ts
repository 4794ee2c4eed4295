import type { ScheduledJob } from '@ecticket/platform';
import { makePayouts } from '../application/make-payouts';
import type { SettlementDeps } from '../application/ports';
import { releaseExpiredGuarantees } from '../application/release-expired-guarantees';
import { syncToBank } from '../application/sync-to-bank';

/** How often the daily jobs look whether their time of day has come; each runs its day's work once. */
const DAILY_CHECK_INTERVAL_MS = 5 * 60 * 1000;
const LEASE_MS = 10 * 60 * 1000;

/** R7: vouchers whose guarantee period ended are released to their merchants. */
export function guaranteeExpiryJob(deps: SettlementDeps, intervalMs: number): ScheduledJob {
  return {
    name: 'settlement.guarantee-expiry',
    intervalMs,
    leaseMs: LEASE_MS,
    async run(now) {
      const released = await releaseExpiredGuarantees(deps, now);
      if (released > 0) deps.logger.info({ released }, 'guarantee periods ended: escrow released to merchants');
    },
  };
}

/** R30: the day's usages reported to the bank and made final. */
export function bankSyncJob(deps: SettlementDeps): ScheduledJob {
  return {
    name: 'settlement.bank-sync',
    intervalMs: DAILY_CHECK_INTERVAL_MS,
    leaseMs: LEASE_MS,
    async run(now) {
      await syncToBank(deps, now);
    },
  };
}

/** R6, R7: each merchant's due payables paid out. */
export function payoutJob(deps: SettlementDeps): ScheduledJob {
  return {
    name: 'settlement.payouts',
    intervalMs: DAILY_CHECK_INTERVAL_MS,
    leaseMs: LEASE_MS,
    async run(now) {
      const made = await makePayouts(deps, now);
      if (made.length > 0) deps.logger.info({ payouts: made.length }, 'payouts made');
    },
  };
}
