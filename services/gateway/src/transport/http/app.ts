import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { AppError, currentContext, runInContext, type Logger } from '@ecticket/platform';
import type { Caller } from '../../application/authenticate';
import type { IdempotentRequests } from '../../application/idempotency';
import type { RequestAuthenticator } from './authentication';
import { idempotencyStep } from './idempotency';
import { problemErrorHandler, sendProblem } from './problem';
import { toExpressPath, type HandlerResult, type RouteSpec } from './routes';

export interface HttpAppOptions {
  readonly routes: readonly RouteSpec[];
  readonly logger: Logger;
  readonly bodyLimit?: string;
  /** Required when a route is authenticated. */
  readonly authenticate?: RequestAuthenticator;
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

type CallerStep = (request: Request) => Promise<Caller | null>;

function callerStep(route: RouteSpec, authenticate: RequestAuthenticator | undefined): CallerStep {
  if (!route.authenticated) return async () => null;
  if (!authenticate) throw new Error(`${route.operationId}: an authenticated route needs an authenticator`);
  return authenticate;
}

/** Authentication comes first: an anonymous caller learns nothing about a route's validation. */
function routeHandler(route: RouteSpec, options: HttpAppOptions): RequestHandler {
  const identify = callerStep(route, options.authenticate);
  const idempotently = idempotencyStep(route, options.idempotency);
  return async (request: Request, response: Response) => {
    const caller = await identify(request);
    const params = parse(route.params, request.params, 'path');
    const query = parse(route.query, request.query, 'query');
    if (route.body && request.body === undefined) {
      throw new AppError('invalid_argument', 'UNSUPPORTED_MEDIA_TYPE', `The request body must be ${route.bodyContentType ?? 'application/json'}.`);
    }
    const body = parse(route.body, request.body, 'body');
    const input = { params, query, body, request, caller } as Parameters<RouteSpec['handle']>[0];
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

/** The gateway's Express app: correlation ids, body parsing with limits, validated routes, problem+json errors. */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.set('query parser', 'simple');
  app.use(withCorrelation());
  app.use(express.json({ limit: options.bodyLimit ?? '64kb', type: ['application/json', 'application/*+json'] }));
  app.use(express.urlencoded({ limit: options.bodyLimit ?? '64kb', extended: false }));
  for (const route of options.routes) {
    app[route.method](toExpressPath(route.path), routeHandler(route, options));
  }
  app.use((_request, response) => sendProblem(response, new AppError('not_found', 'ROUTE_NOT_FOUND', 'No such route.')));
  app.use(problemErrorHandler(options.logger));
  return app;
}
