import type { Clock, Logger, Store } from '@ecticket/platform';
import type { Viewer } from '../domain/access';
import type { CalendarDate, TimeOfDay } from '../domain/calendar';
import type { EffectiveUsage } from '../domain/usage';

/** The merchant's contract, as the account service tells it. */
export interface MerchantTerms {
  payoutDays(merchantId: string): Promise<number>;
  /** As buyers and partners see it. */
  merchantName(merchantId: string): Promise<string>;
}

/** Who is behind a report call; refused unless they hold `reports` (the account service decides). */
export interface Principals {
  viewerOf(accessToken: string | null): Promise<Viewer>;
}

export interface BankSyncFile {
  readonly syncDate: CalendarDate;
  readonly batchId: string;
  /** Every usage the batch made final, oldest first. */
  readonly usages: readonly EffectiveUsage[];
}

/** Where the daily bank-sync batch goes to the escrow bank; returns the file's name. */
export interface BankSyncFiles {
  write(file: BankSyncFile): Promise<string>;
}

export interface SettlementSchedule {
  readonly bankSyncTime: TimeOfDay;
  readonly payoutTime: TimeOfDay;
}

/** Everything the use cases need, built once by the composition root. */
export interface SettlementDeps {
  readonly store: Store;
  /** Told after every commit, so the events just written are published now rather than at the next poll. */
  readonly outbox: { notify(): void };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly terms: MerchantTerms;
  readonly principals: Principals;
  readonly bankSyncFiles: BankSyncFiles;
  readonly schedule: SettlementSchedule;
}
