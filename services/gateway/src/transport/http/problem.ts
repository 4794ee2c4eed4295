import type { ErrorRequestHandler, Response } from 'express';
import { z } from 'zod';
import { AppError, toAppError, toProblem, currentContext, type Logger } from '@ecticket/platform';

export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED or TICKET_ALREADY_REDEEMED.'),
    detail: z.string(),
    correlationId: z.string().optional(),
  })
  .describe('RFC 9457. Some refusals add members of their own, named in the operation\'s description (e.g. `redeemedAt`, `branchName`, `errors`, `retryAfterSeconds`).');

export function sendProblem(response: Response, error: AppError): void {
  const problem = toProblem(error, currentContext()?.correlationId);
  // RFC 6750 §3: a 401 names the scheme it wants.
  if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="ecticket"');
  if (typeof problem.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(Math.ceil(problem.retryAfterSeconds)));
  response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** Body-parser failures arrive as http-errors with a `type`; everything else is mapped by category. */
function fromBodyParser(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null || !('type' in error)) return null;
  switch ((error as { type: unknown }).type) {
    case 'entity.parse.failed':
      return new AppError('invalid_argument', 'MALFORMED_JSON', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'parameters.too.many':
    case 'querystring.parse.rangeError':
      return new AppError('payload_too_large', 'TOO_MANY_FORM_FIELDS', 'The form has too many fields.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('invalid_argument', 'UNSUPPORTED_ENCODING', 'The request body encoding is not supported.');
    default:
      return null;
  }
}

export function problemErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _request, response, _next) => {
    const appError = fromBodyParser(error) ?? toAppError(error);
    if (appError.category === 'internal') logger.error({ err: error }, 'unexpected error while handling a request');
    if (response.headersSent) return;
    try {
      sendProblem(response, appError);
    } catch (sendError) {
      // Never Express's own error page (it shows stack traces): the plainest problem there is.
      logger.error({ err: sendError }, 'could not send a problem document');
      if (!response.headersSent) response.status(500).type('application/problem+json').send('{"type":"about:blank","title":"internal","status":500,"code":"INTERNAL","detail":"An unexpected error occurred."}');
    }
  };
}
