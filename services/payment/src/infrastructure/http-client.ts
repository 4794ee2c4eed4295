import type { FormFields } from '../application/ports';
import { processorUnavailable } from './processor-errors';

export interface HttpReply {
  readonly status: number;
  readonly body: string;
}

/** The one kind of HTTP call the processors make: a form POST, answered with text. */
export interface FormPoster {
  /** Throws PROCESSOR_UNAVAILABLE when no answer came (refused connection, timeout). */
  postForm(url: string, fields: FormFields): Promise<HttpReply>;
}

export function createFormPoster(timeoutMs: number): FormPoster {
  return {
    async postForm(url, fields) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { status: response.status, body: await response.text() };
      } catch (error) {
        // The message names the host only: the fields may be signed and must not reach a log.
        throw processorUnavailable(`POST to ${new URL(url).host} got no answer.`, error);
      }
    },
  };
}
