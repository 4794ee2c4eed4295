import { WriteConflictError, buildEnvelope, outboxInsert, updateOperation, type WriteOperation } from '@ecticket/platform';
import type { DomainEvent } from '../domain/events';
import type { Payment, Transition } from '../domain/payment';
import { payments, type Stored } from '../infrastructure/collections';
import type { PaymentDeps } from './ports';

const PRODUCER = 'payment';

const CONFLICT_ATTEMPTS = 5;

/**
 * The writes of a transition: one compare-and-set on the payment's revision (two racing
 * transitions cannot both succeed) and its event into the outbox, to commit together.
 */
function transitionOperations(deps: PaymentDeps, before: Stored<Payment>, transition: Transition): WriteOperation[] {
  const { id: _id, ...fields } = transition.payment;
  const update = updateOperation(payments, { id: before.id, revision: before.revision }, { $set: { ...fields, revision: before.revision + 1 } });
  return transition.event ? [update, outboxInsert(envelopeOf(deps, transition.payment, transition.event))] : [update];
}

/** Commits a transition, with `also` in the same atomic write, and wakes the outbox relay. */
export async function commit(deps: PaymentDeps, before: Stored<Payment>, transition: Transition, also: readonly WriteOperation[] = []): Promise<void> {
  await deps.store.write([...transitionOperations(deps, before, transition), ...also]);
  deps.outbox.notify();
}

/**
 * Runs `attempt` again while a concurrent writer changed the payment first; each attempt re-reads
 * the state it decides on, so a lost race usually ends as "already done".
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WriteConflictError) || attempts >= CONFLICT_ATTEMPTS) throw error;
    }
  }
}

/** The payload is checked against its contract here, so an invalid event is never written. */
function envelopeOf(deps: PaymentDeps, payment: Payment, event: DomainEvent) {
  const { type, version, schema } = event.contract;
  return buildEnvelope({ type, version, producer: PRODUCER, merchantId: payment.merchantId, data: schema.parse(event.data) }, deps.clock);
}
