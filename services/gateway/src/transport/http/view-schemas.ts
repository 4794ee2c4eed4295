import { z } from 'zod';
import { AppError } from '@ecticket/platform';

/**
 * Building blocks of what the public API answers: an allow-list of fields per object (OWASP
 * API3), each schema the OpenAPI response and the return type of its mapper, so the two cannot
 * drift. Empty proto strings become null.
 */

export const timestamp = z.string().describe('ISO-8601');
export const nullableTimestamp = timestamp.nullable();

export function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** An answer the API has no view for is a broken contract with the service, not the caller's fault. */
export function unexpectedAnswer(what: string): AppError {
  return new AppError('internal', 'UNEXPECTED_UPSTREAM_ANSWER', `A service answered ${what}.`);
}

/** A value of an answer that must be one the schema allows (a proto string carrying a few names). */
export function knownValue<T extends z.ZodType>(schema: T, value: unknown, field: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw unexpectedAnswer(`an unknown ${field}`);
  return result.data;
}

export const customerServiceView = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hours: z.string().nullable(),
  address: z.string().nullable(),
  storeWebsiteUrl: z.string().nullable().describe('Only platform operators change it (R17).'),
});
export type CustomerServiceView = z.infer<typeof customerServiceView>;

/** The customer-service information of the account and issuance contracts alike. */
interface CustomerServiceMessage {
  readonly phone: string;
  readonly email: string;
  readonly hours: string;
  readonly address: string;
  readonly storeWebsiteUrl: string;
}

export function toCustomerService(info: CustomerServiceMessage): CustomerServiceView {
  return {
    phone: orNull(info.phone),
    email: orNull(info.email),
    hours: orNull(info.hours),
    address: orNull(info.address),
    storeWebsiteUrl: orNull(info.storeWebsiteUrl),
  };
}

/** One page of a list, with the cursor of the next one (null on the last page). */
export function pageView<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export function toPage<From, To>(items: readonly From[], nextCursor: string, view: (item: From) => To): { items: To[]; nextCursor: string | null } {
  return { items: items.map(view), nextCursor: orNull(nextCursor) };
}
