import type { Request, Response } from 'express';
import { z } from 'zod';
import { invalidArgument } from '@ecticket/platform';
import type { Caller } from '../../application/authenticate';
import type { IdempotentRequests } from '../../application/idempotency';
import type { HandlerResult, RouteSpec } from './routes';

export const idempotencyKeyHeader = 'Idempotency-Key';
export const replayedHeader = 'Idempotent-Replayed';

export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x20-\x7e]{1,255}$/)
  .describe('1 to 255 printable ASCII characters; a UUID v4 is a good choice.');

export interface IdempotencyInput {
  readonly request: Request;
  readonly response: Response;
  readonly caller: Caller | null;
  /** The validated body, part of the request's fingerprint. */
  readonly body: unknown;
}

export type IdempotencyStep = (input: IdempotencyInput, run: () => Promise<HandlerResult>) => Promise<HandlerResult>;

/** Built once per route, so a route that asks for replays without a store fails at start, not per request. */
export function idempotencyStep(route: RouteSpec, requests: IdempotentRequests | undefined): IdempotencyStep {
  switch (route.idempotency) {
    case undefined:
    case 'ignore':
      return (_input, run) => run();
    case 'accept':
      return (input, run) => {
        idempotencyKeyOf(input.request);
        return run();
      };
    case 'replay':
      if (!requests || !route.authenticated) {
        throw new Error(`${route.operationId}: replaying answers needs an authenticated route and the idempotency store`);
      }
      return (input, run) => replayable(requests, input, run);
  }
}

async function replayable(requests: IdempotentRequests, input: IdempotencyInput, run: () => Promise<HandlerResult>): Promise<HandlerResult> {
  const key = idempotencyKeyOf(input.request);
  if (key === undefined || input.caller === null) return run();
  const { method, path } = input.request;
  const outcome = await requests.execute({ scope: input.caller.accountId, key, method, path, body: input.body }, run);
  if (outcome.replayed) input.response.setHeader(replayedHeader, 'true');
  if (outcome.kind === 'refusal') throw outcome.error;
  return outcome.response;
}

function idempotencyKeyOf(request: Request): string | undefined {
  const offered = request.header(idempotencyKeyHeader);
  if (offered === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(offered);
  if (!parsed.success) {
    throw invalidArgument('INVALID_IDEMPOTENCY_KEY', `The ${idempotencyKeyHeader} header must be 1 to 255 printable ASCII characters.`);
  }
  return parsed.data;
}
