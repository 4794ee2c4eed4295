import { z } from 'zod';

/** An event type's versioned payload contract, as the kernel's parseEvent expects it. */
export interface EventSchema<TSchema extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly version: number;
  readonly schema: TSchema;
}

export const id = () => z.string().min(1).max(64);
export const isoTimestamp = () => z.iso.datetime({ offset: true });
/** Integer New Taiwan dollars; NTD has no minor unit. */
export const ntd = () => z.number().int().nonnegative();
