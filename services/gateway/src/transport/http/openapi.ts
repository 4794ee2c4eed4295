import { z } from 'zod';
import type { RouteSpec } from './routes';
import { problemSchema } from './problem';
import { idempotencyKeyHeader, idempotencyKeySchema, replayedHeader } from './idempotency';
import { noncePattern, partnerIdPattern, timestampPattern } from '../../application/partner-signatures';
import { partnerHeaders, partnerSigningDescription } from './partner-authentication';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}

/** X-Signature is the security scheme; the other headers it covers are parameters. */
const partnerHeaderParameters = [
  { name: partnerHeaders.partnerId, in: 'header', required: true, description: 'The partner id.', schema: { type: 'string', pattern: partnerIdPattern.source } },
  { name: partnerHeaders.timestamp, in: 'header', required: true, description: 'When the request was signed, in unix seconds.', schema: { type: 'string', pattern: timestampPattern.source } },
  {
    name: partnerHeaders.nonce,
    in: 'header',
    required: true,
    description: 'New for every request (e.g. a UUID), covered by the signature; a nonce seen before within the timestamp window is refused (401 SIGNATURE_REPLAYED).',
    schema: { type: 'string', pattern: noncePattern.source },
  },
];

function parametersOf(route: RouteSpec): unknown[] {
  const parameters: unknown[] = [];
  for (const [location, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      parameters.push({
        name,
        in: location,
        required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(field as z.ZodType, 'input'),
      });
    }
  }
  if (route.partnerSigned) parameters.push(...partnerHeaderParameters);
  if (route.idempotency) parameters.push(idempotencyKeyParameter(route.idempotency));
  return parameters;
}

const idempotencyDescriptions = {
  replay: `Makes a retry safe: the first answer (success or refusal) is stored for at least 24 hours per caller and key and replayed with \`${replayedHeader}: true\` without running the operation again. The same key with a different request is refused with 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_IN_PROGRESS. Failures that may differ on a retry (5xx, 401, 403, 429) release the key.`,
  accept: 'Accepted and validated, but never stored, so never replayed: the answer carries credentials, or the operation itself never applies a retry twice.',
  ignore: 'Ignored: the operation applies a repeated request once by itself.',
} as const;

function idempotencyKeyParameter(mode: keyof typeof idempotencyDescriptions): Record<string, unknown> {
  return {
    name: idempotencyKeyHeader,
    in: 'header',
    required: false,
    description: idempotencyDescriptions[mode],
    schema: jsonSchema(idempotencyKeySchema, 'input'),
  };
}

function responsesOf(route: RouteSpec): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.schema ? { content: { [response.contentType ?? 'application/json']: { schema: jsonSchema(response.schema, 'output') } } } : {}),
    };
  }
  responses.default = {
    description: 'Any refusal or failure, as an RFC 9457 problem document with a stable `code`.',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  return responses;
}

function securityOf(route: RouteSpec): Record<string, string[]>[] {
  if (route.authenticated) return [{ bearerAuth: [] }];
  return route.partnerSigned ? [{ partnerSignature: [] }] : [];
}

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

/** The OpenAPI 3.1 document of every registered route. */
export function buildOpenApiDocument(routes: readonly RouteSpec[], info: OpenApiInfo): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: route.tags,
      parameters: parametersOf(route),
      responses: responsesOf(route),
      security: securityOf(route),
    };
    if (route.body) {
      operation.requestBody = {
        required: !route.body.safeParse(undefined).success,
        content: { [route.bodyContentType ?? 'application/json']: { schema: jsonSchema(route.body, 'input') } },
      };
    }
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        partnerSignature: { type: 'apiKey', in: 'header', name: partnerHeaders.signature, description: partnerSigningDescription },
      },
    },
  };
}
