import { WriteConflictError, type WriteOperation } from '@ecticket/platform';
import type { DomainEvent } from '../domain/events';
import { commit } from './commit';
import type { RedemptionDeps } from './ports';

export interface Decision<R> {
  /** Conditional on what was read, so that a concurrent change fails the whole write. */
  readonly writes: readonly WriteOperation[];
  readonly events: readonly DomainEvent[];
  readonly result: R;
}

export interface Transaction<S, R> {
  /** Reads the state again after a concurrent change. */
  load(): Promise<S>;
  /** The domain's decision on the state as read; throws the refusal that applies. */
  decide(state: S, now: Date): Decision<R>;
}

const MAX_ATTEMPTS = 3;

/**
 * Runs one transition as a compare-and-set. When another transition got there first, the state is
 * read again and decided anew, so the loser gets the refusal that now applies (100 concurrent
 * redemptions: one succeeds, 99 are TICKET_ALREADY_REDEEMED, T1).
 */
export async function transact<S, R>(deps: RedemptionDeps, initial: S, transaction: Transaction<S, R>): Promise<R> {
  let state = initial;
  for (let attempt = 1; ; attempt += 1) {
    const decision = transaction.decide(state, deps.clock.now());
    try {
      await commit(deps, decision.writes, decision.events);
      return decision.result;
    } catch (error) {
      if (!(error instanceof WriteConflictError) || attempt === MAX_ATTEMPTS) throw error;
      state = await transaction.load();
    }
  }
}
