import type { paymentV1 } from '@ecticket/contracts';
import type { ProcessorCallback } from '../../application/handle-processor-callback';
import type { FormFields } from '../../application/ports';

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** The notice's fields: the raw body read as a form, or the map the gateway parsed itself. */
export function processorCallbackOf(request: paymentV1.HandleProcessorCallbackRequest__Output): ProcessorCallback {
  const fields = request.rawBody === '' ? request.fields : formFields(request.contentType, request.rawBody);
  return { processor: request.processor, fields };
}

/** Null for another media type, or when a field repeats (which of its values was signed is ambiguous). */
function formFields(contentType: string, body: string): FormFields | null {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== FORM_MEDIA_TYPE) return null;
  const fields = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(body)) {
    if (fields.has(key)) return null;
    fields.set(key, value);
  }
  return Object.fromEntries(fields);
}
