import type { z } from 'zod';
import { systemClock, type Clock } from '../clock';
import { invalidArgument } from '../errors';
import { defineCollection, insertOperation, type Store, type WriteOperation } from '../store/port';
import { routingKeyOf, type EventEnvelope, type InboxEntry } from './envelope';

/**
 * Inbox rows: one per (consumer, event) applied. The id is derived from both, so it is unique too.
 * The processedAt index serves the retention purge.
 */
export const inboxCollection = defineCollection<InboxEntry>('inbox', [{ fields: ['consumer', 'eventId'], unique: true }, { fields: ['processedAt'] }]);

export type ConsumeOutcome = 'applied' | 'duplicate';

function inboxId(consumer: string, eventId: string): string {
  return `${consumer}/${eventId}`;
}

/**
 * Applies an event's effect exactly once per consumer: the effect's operations commit in one write
 * with the inbox row. An event already in the inbox is skipped; when the write fails and the inbox
 * row exists by then, another delivery of the same event won the race and this one is done too.
 * Either way the delivery can be acknowledged. Any other failure is thrown (the bus retries).
 */
export async function consumeOnce(
  store: Store,
  consumer: string,
  envelope: EventEnvelope,
  effect: () => Promise<readonly WriteOperation[]> | readonly WriteOperation[],
  clock: Clock = systemClock,
): Promise<ConsumeOutcome> {
  const inbox = store.collection(inboxCollection);
  const id = inboxId(consumer, envelope.id);
  if (await inbox.get(id)) return 'duplicate';
  const operations = await effect();
  const row: InboxEntry = { id, consumer, eventId: envelope.id, eventType: envelope.type, processedAt: clock.now().toISOString() };
  try {
    // The inbox row first, so a concurrent duplicate fails on it rather than on the effect's own keys.
    await store.write([insertOperation(inboxCollection, row), ...operations]);
    return 'applied';
  } catch (error) {
    if (await inbox.get(id)) return 'duplicate';
    throw error;
  }
}

/** The payload schema of one event type and version: the versioned contract consumers validate against. */
export interface EventContract<TSchema extends z.ZodType> {
  readonly type: string;
  readonly version: number;
  readonly schema: TSchema;
}

export function defineEventContract<TSchema extends z.ZodType>(type: string, version: number, schema: TSchema): EventContract<TSchema> {
  return { type, version, schema };
}

/**
 * The envelope with its data validated against the contract. A mismatch throws EVENT_PAYLOAD_INVALID,
 * which the bus treats as a failed attempt: retried, then dead-lettered.
 */
export function parseEvent<TSchema extends z.ZodType>(contract: EventContract<TSchema>, envelope: EventEnvelope): EventEnvelope<z.output<TSchema>> {
  const name = routingKeyOf(contract);
  if (envelope.type !== contract.type || envelope.version !== contract.version) {
    throw invalidArgument('EVENT_TYPE_MISMATCH', `Event ${envelope.id} is ${routingKeyOf(envelope)}, not ${name}.`, { eventId: envelope.id });
  }
  const parsed = contract.schema.safeParse(envelope.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`);
    throw invalidArgument('EVENT_PAYLOAD_INVALID', `Event ${envelope.id} (${name}) has an invalid payload: ${issues.join('; ')}.`, {
      eventId: envelope.id,
      issues,
    });
  }
  return { ...envelope, data: parsed.data };
}
