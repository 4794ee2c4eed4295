import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

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

export function newId(): string {
  return randomUUID();
}
