import { z } from 'zod';
import { checkPlatformHealth, type ServiceHealthProbe } from '../../application/check-health';
import { defineRoute, type RouteSpec } from './routes';

const serviceStatus = z.enum(['SERVING', 'NOT_SERVING', 'UNREACHABLE']);
const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  services: z.record(z.string(), serviceStatus),
});

export function systemRoutes(probes: readonly ServiceHealthProbe[], openApiDocument: () => Record<string, unknown>): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: 'Health of the gateway and every service behind it; 200 only when all are serving.',
      tags: ['system'],
      authenticated: false,
      responses: {
        200: { description: 'Every service is serving.', schema: healthSchema },
        503: { description: 'At least one service is not serving.', schema: healthSchema },
      },
      handle: async () => {
        const health = await checkPlatformHealth(probes);
        return { status: health.status === 'ok' ? 200 : 503, body: health };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'This OpenAPI 3.1 document.',
      tags: ['system'],
      authenticated: false,
      responses: { 200: { description: 'The OpenAPI document.' } },
      handle: async () => ({ status: 200, body: openApiDocument() }),
    }),
  ];
}
