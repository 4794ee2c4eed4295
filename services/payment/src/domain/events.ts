import type { z } from 'zod';
import type { EventSchema } from '@ecticket/contracts';

/** An event a transition causes, with the versioned contract its payload must satisfy. */
export interface DomainEvent {
  readonly contract: EventSchema;
  readonly data: unknown;
}

export function domainEvent<C extends EventSchema>(contract: C, data: z.input<C['schema']>): DomainEvent {
  return { contract, data };
}
