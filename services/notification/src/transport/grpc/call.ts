import type { notificationV1 } from '@ecticket/contracts';
import type { PageRequest, UnaryCallInfo } from '@ecticket/platform';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i;

/** The access token of the call's `authorization` metadata entry (`Bearer <token>`), or null. */
export function bearerToken(call: UnaryCallInfo): string | null {
  const [value] = call.metadata.get('authorization');
  if (typeof value !== 'string') return null;
  return BEARER.exec(value.trim())?.[1] ?? null;
}

export function pageRequest(page: notificationV1.Page__Output | null): PageRequest {
  return { limit: page?.limit ?? 0, cursor: page?.cursor ?? '' };
}
