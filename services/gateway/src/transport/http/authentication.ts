import type { Request } from 'express';
import { refuseMalformedToken, refuseMissingToken, type AccessTokenVerifier, type Caller } from '../../application/authenticate';

export type RequestAuthenticator = (request: Request) => Promise<Caller>;

/** `Authorization: Bearer <access token>` (RFC 6750), verified. */
export function bearerAuthenticator(verifier: AccessTokenVerifier): RequestAuthenticator {
  return (request) => verifier.verify(bearerTokenOf(request));
}

function bearerTokenOf(request: Request): string {
  const header = request.header('authorization');
  if (!header) throw refuseMissingToken();
  const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
  if (!token) throw refuseMalformedToken();
  return token;
}
