import type { IncomingMessage } from 'node:http';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { AppError, currentContext, runInContext, type Logger } from '@ecticket/platform';
import type { Caller } from '../../application/authenticate';
import type { IdempotentRequests } from '../../application/idempotency';
import type { RequestAuthenticator } from './authentication';
import type { PartnerAuthenticator } from './partner-authentication';
import { idempotencyStep } from './idempotency';
import { problemErrorHandler, sendProblem } from './problem';
import { toExpressPath, type HandlerResult, type RouteSpec } from './routes';

export interface HttpAppOptions {
  readonly routes: readonly RouteSpec[];
  readonly logger: Logger;
  readonly bodyLimit?: string;
  /** Required when a route is authenticated. */
  readonly authenticate?: RequestAuthenticator;
  /** Required when a route is partner-signed. */
  readonly authenticatePartner?: PartnerAuthenticator;
  /** Required when a route replays idempotent answers. */
  readonly idempotency?: IdempotentRequests;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  readonly trustProxy?: boolean | number | string;
}

const correlationHeader = 'x-correlation-id';
const correlationIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

function withCorrelation(): RequestHandler {
  return (request, response, next) => {
    const offered = request.header(correlationHeader);
    const correlationId = offered && correlationIdPattern.test(offered) ? offered : undefined;
    runInContext(correlationId ? { correlationId } : {}, () => {
      response.setHeader(correlationHeader, currentContext()?.correlationId ?? '');
      // Answers carry tokens, redemption codes and buyers' data: no cache keeps them (a route may say otherwise).
      response.setHeader('Cache-Control', 'no-store');
      next();
    });
  };
}

function validationError(location: string, error: z.ZodError): AppError {
  const problems = error.issues.map((issue) => ({ location, path: issue.path.join('.'), message: issue.message }));
  return new AppError('invalid_argument', 'VALIDATION_FAILED', `The request ${location} is invalid.`, { errors: problems });
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, location: string): unknown {
  if (!schema) return location === 'body' ? undefined : {};
  const result = schema.safeParse(value ?? (location === 'body' ? undefined : {}));
  if (!result.success) throw validationError(location, result.error);
  return result.data;
}

interface Identity {
  readonly caller: Caller | null;
  readonly partnerId: string | null;
}

type IdentityStep = (request: Request, rawBody: string) => Promise<Identity>;

const anonymous: Identity = { caller: null, partnerId: null };

/** Built once per route, so a route without the authenticator it needs fails at start, not per request. */
function identityStep(route: RouteSpec, options: HttpAppOptions): IdentityStep {
  if (route.authenticated) {
    const { authenticate } = options;
    if (!authenticate) throw new Error(`${route.operationId}: an authenticated route needs an authenticator`);
    return async (request) => ({ caller: await authenticate(request), partnerId: null });
  }
  if (route.partnerSigned) {
    const { authenticatePartner } = options;
    if (!authenticatePartner) throw new Error(`${route.operationId}: a partner-signed route needs a partner authenticator`);
    return async (request, rawBody) => ({ caller: null, partnerId: await authenticatePartner(request, rawBody) });
  }
  return async () => anonymous;
}

/** The body as it arrived, kept by the body parser for signatures and for forwarding. */
type RawBodies = WeakMap<IncomingMessage, string>;

function bodyParser(route: RouteSpec, options: HttpAppOptions, rawBodies: RawBodies): RequestHandler[] {
  if (!route.body) return [];
  const limit = options.bodyLimit ?? '64kb';
  const verify = (request: IncomingMessage, _response: unknown, buffer: Buffer) => void rawBodies.set(request, buffer.toString('utf8'));
  if (route.bodyContentType === 'application/x-www-form-urlencoded') return [express.urlencoded({ limit, extended: false, verify })];
  return [express.json({ limit, type: ['application/json', 'application/*+json'], verify })];
}

/** Authentication comes first: an anonymous caller learns nothing about a route's validation. */
function routeHandler(route: RouteSpec, options: HttpAppOptions, rawBodies: RawBodies): RequestHandler {
  const identify = identityStep(route, options);
  const idempotently = idempotencyStep(route, options.idempotency);
  return async (request: Request, response: Response) => {
    const rawBody = rawBodies.get(request) ?? '';
    const { caller, partnerId } = await identify(request, rawBody);
    const params = parse(route.params, request.params, 'path');
    const query = parse(route.query, request.query, 'query');
    // A body the route's parser did not read is of another media type; no body at all is for the schema to judge.
    if (route.body && request.body === undefined && request.headers['content-type'] !== undefined) {
      throw new AppError('unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', `The request body must be ${route.bodyContentType ?? 'application/json'}.`);
    }
    const body = parse(route.body, request.body, 'body');
    const input = { params, query, body, request, caller, partnerId, rawBody } as Parameters<RouteSpec['handle']>[0];
    const result = await idempotently({ request, response, caller, body }, () => route.handle(input));
    send(response, result);
  };
}

function send(response: Response, result: HandlerResult): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, value);
  if (result.body === undefined) {
    response.status(result.status).end();
  } else if (result.contentType && typeof result.body === 'string') {
    response.status(result.status).type(result.contentType).send(result.body);
  } else {
    response.status(result.status).json(result.body);
  }
}

/**
 * The gateway's Express app: correlation ids, each route's own body parser with limits (a body of
 * another media type than the route's is refused), validated routes, problem+json errors.
 */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  const rawBodies: RawBodies = new WeakMap();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.set('query parser', 'simple');
  app.use(withCorrelation());
  for (const route of options.routes) {
    app[route.method](toExpressPath(route.path), ...bodyParser(route, options, rawBodies), routeHandler(route, options, rawBodies));
  }
  app.use((_request, response) => sendProblem(response, new AppError('not_found', 'ROUTE_NOT_FOUND', 'No such route.')));
  app.use(problemErrorHandler(options.logger));
  return app;
}
