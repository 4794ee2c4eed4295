import type { AddressInfo } from 'node:net';
import http from 'node:http';
import pino from 'pino';
import { z } from 'zod';
import { AppError } from '@ecticket/platform';
import { createHttpApp } from '../src/transport/http/app';
import { buildOpenApiDocument } from '../src/transport/http/openapi';
import { defineRoute, type RouteSpec } from '../src/transport/http/routes';

const echoRoute = defineRoute({
  method: 'post',
  path: '/v1/things/{thingId}',
  operationId: 'createThing',
  summary: 'Echo',
  tags: ['test'],
  authenticated: false,
  params: z.object({ thingId: z.string().regex(/^[a-z]+$/) }),
  query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
  body: z.object({ name: z.string().min(1).max(20), quantity: z.number().int().positive() }).strict(),
  responses: { 201: { description: 'Created', schema: z.object({ thingId: z.string(), name: z.string() }) } },
  handle: async ({ params, body }) => ({ status: 201, body: { thingId: params.thingId, name: body.name } }),
});

const failingRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/refused',
    operationId: 'refused',
    summary: 'Business refusal',
    tags: ['test'],
    authenticated: false,
    responses: {},
    handle: async () => {
      throw new AppError('failed_precondition', 'TICKET_ALREADY_REDEEMED', 'The ticket was redeemed already.', { redeemedAt: '2026-01-01' });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/crash',
    operationId: 'crash',
    summary: 'Unexpected failure',
    tags: ['test'],
    authenticated: false,
    responses: {},
    handle: async () => {
      throw new Error('database password is hunter2');
    },
  }),
];

describe('gateway HTTP app', () => {
  let server: http.Server;
  let base: string;
  const logged: string[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
    server = http.createServer(createHttpApp({ routes: [echoRoute, ...failingRoutes], logger, bodyLimit: '1kb' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('validates and answers a well-formed request', async () => {
    const response = await post('/v1/things/abc', JSON.stringify({ name: 'n', quantity: 2 }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ thingId: 'abc', name: 'n' });
  });

  it.each([
    ['a wrong type', JSON.stringify({ name: 'n', quantity: 'two' })],
    ['a missing field', JSON.stringify({ name: 'n' })],
    ['an unknown field (mass assignment)', JSON.stringify({ name: 'n', quantity: 1, merchantId: 'other' })],
    ['an array body', '[]'],
  ])('refuses %s with a problem document', async (_case, body) => {
    const response = await post('/v1/things/abc', body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: unknown[] };
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(problem.errors.length).toBeGreaterThan(0);
  });

  it('refuses a bad path parameter', async () => {
    const response = await post('/v1/things/ABC', JSON.stringify({ name: 'n', quantity: 1 }));
    expect(await response.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('refuses malformed JSON, oversized bodies and wrong media types', async () => {
    expect(await (await post('/v1/things/abc', '{"name":')).json()).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
    const huge = JSON.stringify({ name: 'x'.repeat(5000), quantity: 1 });
    expect(await (await post('/v1/things/abc', huge)).json()).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(await (await post('/v1/things/abc', 'name=n', 'text/plain')).json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers an unknown route with a problem document', async () => {
    const response = await fetch(`${base}/v1/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });

  it('maps a business refusal by category, with its stable code and details', async () => {
    const response = await fetch(`${base}/v1/refused`);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'TICKET_ALREADY_REDEEMED', redeemedAt: '2026-01-01' });
  });

  it('never leaks an unexpected error, but logs it with its stack', async () => {
    const response = await fetch(`${base}/v1/crash`, { headers: { 'x-correlation-id': 'trace-123' } });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL', correlationId: 'trace-123' });
    expect(response.headers.get('x-correlation-id')).toBe('trace-123');
    expect(logged.some((line) => line.includes('"stack"'))).toBe(true);
  });

  it('describes every route in the OpenAPI document from the same schemas', () => {
    const document = buildOpenApiDocument([echoRoute, ...failingRoutes], { title: 't', version: '1', description: 'd' });
    const operation = (document.paths as Record<string, Record<string, Record<string, unknown>>>)['/v1/things/{thingId}']!.post!;
    expect(operation.operationId).toBe('createThing');
    expect(operation.parameters).toEqual([
      { name: 'thingId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } },
      { name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } },
    ]);
    expect(operation.requestBody).toMatchObject({
      content: { 'application/json': { schema: { additionalProperties: false, required: ['name', 'quantity'] } } },
    });
  });
});
