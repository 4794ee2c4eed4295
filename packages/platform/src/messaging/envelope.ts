import type { StoredDocument } from '../store/port';

/** Every event on the bus has this envelope; `data` is the versioned payload of `type`. */
export interface EventEnvelope<TData = unknown> {
  readonly id: string;
  /** e.g. `ticket.redeemed`; the routing key is `${type}.v${version}`. */
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly producer: string;
  readonly merchantId: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: TData;
}

export function routingKeyOf(envelope: Pick<EventEnvelope, 'type' | 'version'>): string {
  return `${envelope.type}.v${envelope.version}`;
}

/** An outbox row: the event plus its publication state. Written in the same atomic write as the change. */
export interface OutboxEntry extends StoredDocument {
  readonly envelope: EventEnvelope;
  readonly status: 'pending' | 'sent';
  readonly createdAt: string;
  readonly attempts: number;
  /** A relay that claims the entry holds it until this time; another relay may take it over after. */
  readonly leaseUntil: string | null;
  readonly leaseOwner: string | null;
  readonly sentAt: string | null;
}

/** An inbox row: this consumer has applied the event with this id. Unique on (consumer, eventId). */
export interface InboxEntry extends StoredDocument {
  readonly consumer: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly processedAt: string;
}
