import { Metadata, status as Status, type ServiceError } from '@grpc/grpc-js';
import { AppError, errorCategories, failedPrecondition, notFound, type ErrorCategory } from '../../src/errors';
import { fromServiceError, grpcStatusByCategory, toGrpcStatus } from '../../src/grpc';
import { Harness, capturingLogger } from './fixtures/echo';

const harness = new Harness();
afterEach(() => harness.stopAll());

function serviceError(code: Status, details: string, metadata = new Metadata()): ServiceError {
  return Object.assign(new Error(details), { code, details, metadata });
}

describe('AppError ⇄ gRPC status', () => {
  it.each(errorCategories.filter((category) => category !== 'internal'))('round-trips a %s error through a real call', async (category: ErrorCategory) => {
    const thrown = new AppError(category, `TEST_${category.toUpperCase()}`, `票券 refused: ${category}`, { ticketId: 't-1', shop: '台北店', nested: { n: 2 } });
    const { address } = await harness.startEcho({
      Put: async () => {
        throw thrown;
      },
    });

    const received = await harness.client(address).Put({ text: 'x' }).catch((error: unknown) => error);

    expect(received).toBeInstanceOf(AppError);
    expect(received).toMatchObject({ category, code: thrown.code, message: thrown.message, details: thrown.details });
  });

  it('turns an unexpected error into internal with a generic message, and logs its stack on the server', async () => {
    const { logger, lines } = capturingLogger();
    const { address } = await harness.startEcho(
      {
        Put: async () => {
          throw new Error('connection string mongodb://admin:hunter2@db leaked');
        },
      },
      { logger },
    );

    const received = await harness.client(address).Put({ text: 'x' }).catch((error: unknown) => error);

    expect(received).toMatchObject({ category: 'internal', code: 'INTERNAL', message: 'An unexpected error occurred.', details: {} });
    expect(JSON.stringify(received)).not.toContain('hunter2');
    const logged = lines().find((line) => line.msg === 'gRPC handler failed');
    expect(logged).toMatchObject({ level: 'error', method: '/ecticket.test.v1.Echo/Put', code: 'INTERNAL' });
    expect(JSON.stringify(logged)).toContain('hunter2');
    expect(JSON.stringify(logged)).toContain('at ');
  });

  it('keeps the code of a deliberate internal error but hides its message and details', () => {
    const status = toGrpcStatus(new AppError('internal', 'LEDGER_CORRUPT', 'row 42 of ledger is broken', { row: 42 }));

    expect(status.code).toBe(Status.INTERNAL);
    expect(status.details).toBe('An unexpected error occurred.');
    expect(status.metadata.get('x-error-code')).toEqual(['LEDGER_CORRUPT']);
    expect(status.metadata.get('x-error-details')).toEqual(['{}']);
  });

  it('maps categories to the documented status codes; payload_too_large and rate_limited differ by their code', () => {
    expect(grpcStatusByCategory).toEqual({
      invalid_argument: Status.INVALID_ARGUMENT,
      unauthenticated: Status.UNAUTHENTICATED,
      permission_denied: Status.PERMISSION_DENIED,
      not_found: Status.NOT_FOUND,
      conflict: Status.ALREADY_EXISTS,
      failed_precondition: Status.FAILED_PRECONDITION,
      rate_limited: Status.RESOURCE_EXHAUSTED,
      payload_too_large: Status.RESOURCE_EXHAUSTED,
      unsupported_media_type: Status.INVALID_ARGUMENT,
      unavailable: Status.UNAVAILABLE,
      deadline_exceeded: Status.DEADLINE_EXCEEDED,
      internal: Status.INTERNAL,
    });
    const tooLarge = toGrpcStatus(new AppError('payload_too_large', 'PAYLOAD_TOO_LARGE', 'too big'));
    expect(fromServiceError(serviceError(tooLarge.code, tooLarge.details, tooLarge.metadata), '/x')).toMatchObject({
      category: 'payload_too_large',
      code: 'PAYLOAD_TOO_LARGE',
    });
    const mediaType = toGrpcStatus(new AppError('unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', 'not JSON'));
    expect(fromServiceError(serviceError(mediaType.code, mediaType.details, mediaType.metadata), '/x')).toMatchObject({ category: 'unsupported_media_type' });
  });

  it.each([
    [Status.UNAVAILABLE, 'unavailable', 'SERVICE_UNAVAILABLE'],
    [Status.DEADLINE_EXCEEDED, 'deadline_exceeded', 'DEADLINE_EXCEEDED'],
    [Status.RESOURCE_EXHAUSTED, 'unavailable', 'RESOURCE_EXHAUSTED'],
    [Status.CANCELLED, 'unavailable', 'CANCELLED'],
    [Status.UNKNOWN, 'internal', 'UNKNOWN'],
    [Status.UNIMPLEMENTED, 'internal', 'UNIMPLEMENTED'],
    [Status.ABORTED, 'conflict', 'ABORTED'],
    [Status.NOT_FOUND, 'not_found', 'NOT_FOUND'],
  ])('maps status %i without our metadata to %s / %s', (code, category, stableCode) => {
    const mapped = fromServiceError(serviceError(code, 'from the transport'), '/ecticket.test.v1.Echo/Get');

    expect(mapped).toMatchObject({ category, code: stableCode, message: '/ecticket.test.v1.Echo/Get: from the transport' });
  });

  it('ignores malformed metadata rather than trusting it', () => {
    const metadata = new Metadata();
    metadata.set('x-error-code', 'SOMETHING');
    metadata.set('x-error-category', 'not-a-category');
    expect(fromServiceError(serviceError(Status.NOT_FOUND, 'gone', metadata), '/x')).toMatchObject({ category: 'not_found', code: 'NOT_FOUND' });

    metadata.set('x-error-category', 'not_found');
    metadata.set('x-error-details', '{not json');
    expect(fromServiceError(serviceError(Status.NOT_FOUND, 'gone', metadata), '/x')).toMatchObject({ code: 'SOMETHING', details: {} });
  });

  it('keeps business refusals apart by category and code', async () => {
    const { address } = await harness.startEcho({
      Get: async (request) => {
        throw request.text === 'missing' ? notFound('TICKET_NOT_FOUND', 'no such ticket') : failedPrecondition('TICKET_USED', 'already redeemed');
      },
    });
    const client = harness.client(address);

    await expect(client.Get({ text: 'missing' })).rejects.toMatchObject({ category: 'not_found', code: 'TICKET_NOT_FOUND' });
    await expect(client.Get({ text: 'used' })).rejects.toMatchObject({ category: 'failed_precondition', code: 'TICKET_USED' });
  });
});
