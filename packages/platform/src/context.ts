import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync, randomUUID } from 'node:crypto';

/**
 * What travels with one unit of work (an HTTP request, a gRPC call, an event): the correlation id
 * that ties logs across services, the id of the message that caused it, and the deadline left.
 */
export interface RequestContext {
  readonly correlationId: string;
  readonly causationId?: string;
  readonly deadline?: Date;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function runInContext<T>(context: Partial<RequestContext>, work: () => T): T {
  const full: RequestContext = { ...context, correlationId: context.correlationId ?? randomUUID() };
  return storage.run(full, work);
}

const idEntropy = Buffer.alloc(16 * 256);
let idEntropyUsed = idEntropy.length;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids made one after
 * another sort together, so a store's primary-key index takes new documents (events, inbox rows) at
 * its right edge instead of at random pages: a commit writes fewer pages. The time is the machine's
 * own (not the injectable clock): it orders ids and means nothing to the business.
 */
export function newId(): string {
  if (idEntropyUsed === idEntropy.length) {
    randomFillSync(idEntropy);
    idEntropyUsed = 0;
  }
  const bytes = Buffer.from(idEntropy.subarray(idEntropyUsed, idEntropyUsed + 16));
  idEntropyUsed += 16;
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
