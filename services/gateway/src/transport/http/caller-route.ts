import type { z } from 'zod';
import { permissionDenied, type CallOptions } from '@ecticket/platform';
import { refuseMissingToken, type Caller } from '../../application/authenticate';
import { noQuery } from './request-schemas';
import { defineRoute, type HttpMethod, type RouteSpec } from './routes';

/**
 * Who may call a route, as far as the token tells. Roles never change, so this is safe to check
 * here; permission nodes, account and branch status change at any time and are checked by the
 * owning service on every call.
 */
export type Audience = 'merchant staff' | 'operators' | 'anyone';

export interface CallerCall<Params, Query, Body> {
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly caller: Caller;
  /** The caller's own merchant, from the token: the only merchant a merchant route acts on. */
  readonly merchantId: string;
}

export interface CallerRouteSpec<Client, Params extends z.ZodObject, Query extends z.ZodObject, Body extends z.ZodType, Answer, View> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** Said after who may call it, e.g. the permission node it needs. */
  readonly description?: string;
  readonly tags: readonly string[];
  readonly audience: Audience;
  /** POSTs replay by Idempotency-Key unless told otherwise (see RouteSpec.idempotency). */
  readonly idempotency?: 'replay' | 'accept';
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  readonly success: {
    readonly status: 200 | 201 | 202;
    readonly description: string;
    readonly schema: z.ZodType<View>;
    /** The media type of a view that is text, e.g. `text/csv`; JSON without it. */
    readonly contentType?: string;
  };
  call(client: Client, input: CallerCall<z.infer<Params>, z.infer<Query>, z.infer<Body>>, options: CallOptions): Promise<Answer>;
  view(answer: Answer): View | Promise<View>;
  /** Headers of the answer besides its media type, e.g. a download's Content-Disposition. */
  headers?(answer: Answer): Readonly<Record<string, string>>;
}

const audienceDescriptions: Readonly<Record<Audience, string>> = {
  'merchant staff':
    "Acts on the caller's own merchant, taken from the access token. Permission nodes, branch binding and branch status are checked by the owning service on every call.",
  operators: 'Platform operators only.',
  anyone: 'Any authenticated caller.',
};

/**
 * A route that is a call to a service on behalf of the caller: the caller's token travels as
 * `authorization` metadata, POSTs replay by Idempotency-Key, and the answer is mapped to its view.
 */
export function callerRouteOf<Client>(client: Client) {
  return function callerRoute<Params extends z.ZodObject, Query extends z.ZodObject = typeof noQuery, Body extends z.ZodType = z.ZodType, Answer = unknown, View = unknown>(
    spec: CallerRouteSpec<Client, Params, Query, Body, Answer, View>,
  ): RouteSpec {
    return defineRoute({
      method: spec.method,
      path: spec.path,
      operationId: spec.operationId,
      summary: spec.summary,
      description: [audienceDescriptions[spec.audience], spec.description].filter(Boolean).join(' '),
      tags: spec.tags,
      authenticated: true,
      ...(spec.method === 'post' ? { idempotency: spec.idempotency ?? 'replay' } : {}),
      ...(spec.params ? { params: spec.params } : {}),
      // Without a query of its own a route still refuses query parameters, `?merchantId=` included;
      // Query is then its default, the type of noQuery.
      query: (spec.query ?? noQuery) as Query,
      ...(spec.body ? { body: spec.body } : {}),
      responses: { [spec.success.status]: { description: spec.success.description, schema: spec.success.schema, contentType: spec.success.contentType } },
      handle: async ({ params, query, body, caller }) => {
        if (!caller) throw refuseMissingToken();
        const merchantId = merchantOf(spec.audience, caller);
        const answer = await spec.call(client, { params, query, body, caller, merchantId }, onBehalfOf(caller));
        return { status: spec.success.status, body: await spec.view(answer), contentType: spec.success.contentType, headers: spec.headers?.(answer) };
      },
    });
  };
}

function merchantOf(audience: Audience, caller: Caller): string {
  if (audience === 'merchant staff' && (caller.role === 'operator' || caller.merchantId === null)) {
    throw permissionDenied('MERCHANT_ACCOUNT_REQUIRED', "This operation acts on the caller's own merchant; operators use the /v1/operator routes.");
  }
  if (audience === 'operators' && caller.role !== 'operator') {
    throw permissionDenied('OPERATOR_ONLY', 'Only platform operators may do this.');
  }
  return caller.merchantId ?? '';
}

function onBehalfOf(caller: Caller): CallOptions {
  return { metadata: { authorization: `Bearer ${caller.accessToken}` } };
}
