import type { ScheduledJob } from '@ecticket/platform';
import { pruneLoginAttempts } from '../application/login';
import type { AccountDeps } from '../application/ports';

/** Login attempts matter only within the rate-limit window; older ones are dropped. */
export function pruneLoginAttemptsJob(deps: AccountDeps): ScheduledJob {
  const intervalMs = Math.min(deps.loginLimits.perAccount.windowMs, deps.loginLimits.perAddress.windowMs);
  return {
    name: 'account.prune-login-attempts',
    intervalMs,
    leaseMs: 60_000,
    async run(now) {
      const removed = await pruneLoginAttempts(deps, now);
      if (removed > 0) deps.logger.debug({ removed }, 'pruned login attempts');
    },
  };
}
