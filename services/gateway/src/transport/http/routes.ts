import type { Request } from 'express';
import { z } from 'zod';
import type { Caller } from '../../application/authenticate';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
  readonly contentType?: string;
}

export interface HandlerInput<Params, Query, Body> {
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly request: Request;
  /** The verified caller of an authenticated route; null on public routes. */
  readonly caller: Caller | null;
  /** The verified partner of a partner-signed route; null elsewhere. */
  readonly partnerId: string | null;
  /** The body as received ('' without one), for a handler that forwards it byte for byte. */
  readonly rawBody: string;
}

export interface HandlerResult {
  readonly status: number;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One route: the same zod schemas validate the request and produce its OpenAPI operation, so the
 * document cannot drift from what the gateway accepts.
 */
export interface RouteSpec<
  Params extends z.ZodObject = z.ZodObject,
  Query extends z.ZodObject = z.ZodObject,
  Body extends z.ZodType = z.ZodType,
> {
  readonly method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v1/branches/{branchId}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** Longer CommonMark text for the OpenAPI operation. */
  readonly description?: string;
  readonly tags: readonly string[];
  /** Whether a bearer access token is required. */
  readonly authenticated: boolean;
  /** Whether the request must be signed by a partner (convenience-store kiosks) instead. */
  readonly partnerSigned?: boolean;
  /**
   * How the route honours an `Idempotency-Key` header: `replay` stores the first answer per caller
   * and key and replays it (authenticated routes only); `accept` validates the key but stores
   * nothing, for answers that carry credentials and operations idempotent by themselves; `ignore`
   * documents it but never reads it, for callers that cannot be asked to send a valid one (a card
   * processor). Without it the header is ignored and undocumented.
   */
  readonly idempotency?: 'replay' | 'accept' | 'ignore';
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  /** The media type of the body: JSON unless told (e.g. form posts from a payment processor or a browser). */
  readonly bodyContentType?: 'application/json' | 'application/x-www-form-urlencoded';
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  handle(input: HandlerInput<z.infer<Params>, z.infer<Query>, z.infer<Body>>): Promise<HandlerResult>;
}

/** Keeps each route's generic types while collecting them in one list. */
export function defineRoute<Params extends z.ZodObject, Query extends z.ZodObject, Body extends z.ZodType>(
  spec: RouteSpec<Params, Query, Body>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** `/v1/branches/{branchId}` → `/v1/branches/:branchId` */
export function toExpressPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}
