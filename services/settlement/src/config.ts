import path from 'node:path';
import { env, loadConfigOrExit } from '@ecticket/platform';
import { parseTimeOfDay, type TimeOfDay } from './domain/calendar';

const timeOfDay = () => env.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (00:00–23:59)');

/** The settlement service's own variables (the process-wide ones are read by the host). */
export const settlementConfigShape = {
  /** The data directory shared with the host; bank-sync files default to a folder in it. */
  DATA_DIR: env.string().default('data'),
  /** Where the daily bank-sync files are written; default `<DATA_DIR>/bank-sync`. */
  BANK_SYNC_DIR: env.string().optional(),
  /** Taiwan wall-clock time from which each day's bank sync runs (R30). */
  BANK_SYNC_TIME: timeOfDay().default('22:00'),
  /** Taiwan wall-clock time from which each day's payouts are made (R6, R7). */
  PAYOUT_TIME: timeOfDay().default('10:00'),
  /** How often pickup vouchers whose guarantee period ended are released to their merchants (R7). */
  GUARANTEE_EXPIRY_INTERVAL_MINUTES: env.positiveInt().max(24 * 60).default(60),
};

type Environment = Readonly<Record<string, string | undefined>>;

export interface SettlementConfig {
  readonly bankSyncDir: string;
  readonly bankSyncTime: TimeOfDay;
  readonly payoutTime: TimeOfDay;
  readonly guaranteeExpiryIntervalMs: number;
}

/** For the composition root: a bad value stops the process with a message naming it. */
export function loadSettlementConfigOrExit(environment: Environment): SettlementConfig {
  const config = loadConfigOrExit(settlementConfigShape, environment);
  return {
    bankSyncDir: config.BANK_SYNC_DIR ?? path.join(config.DATA_DIR, 'bank-sync'),
    bankSyncTime: parseTimeOfDay(config.BANK_SYNC_TIME),
    payoutTime: parseTimeOfDay(config.PAYOUT_TIME),
    guaranteeExpiryIntervalMs: config.GUARANTEE_EXPIRY_INTERVAL_MINUTES * 60 * 1000,
  };
}
