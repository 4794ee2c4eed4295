import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { unauthenticated, type AppError, type Clock } from '@ecticket/platform';

export type Role = 'operator' | 'owner' | 'sub_account';

/** The person behind a request, as the verified access token names them. */
export interface Caller {
  readonly accountId: string;
  /** Never changes for an account, unlike its permission nodes and status. */
  readonly role: Role;
  /** Null for platform operators. */
  readonly merchantId: string | null;
  /** Null for head office (owners, operators and sub-accounts bound to no branch). */
  readonly branchId: string | null;
  /** The verified token, forwarded to the owning services; never logged or stored. */
  readonly accessToken: string;
}

/** A key the account service signs access tokens with, and the issuer and audience it pins. */
export interface TrustedKey {
  readonly key: KeyObject;
  readonly issuer: string;
  readonly audience: string;
}

export interface VerificationKeySource {
  /** The trusted key with this id, or null when the account service does not publish it. */
  keyFor(kid: string): Promise<TrustedKey | null>;
}

export interface TokenPolicy {
  /** Longest token accepted, in characters; a larger one is refused before it is decoded. */
  readonly maxTokenLength: number;
  /** Leeway for `exp` and `nbf` between our clock and the signer's (RFC 8725 §3.10 asks for a small one). */
  readonly clockToleranceSeconds: number;
}

/** The stable codes of a 401, documented in the OpenAPI description. */
export const tokenRefusals = {
  missing: 'AUTHENTICATION_REQUIRED',
  malformed: 'MALFORMED_TOKEN',
  invalid: 'INVALID_TOKEN',
  expired: 'TOKEN_EXPIRED',
} as const;

/** The only algorithm accepted: the allow-list of RFC 8725 §3.1, so `none` and HS256-with-a-public-key never verify. */
const acceptedAlgorithms: jwt.Algorithm[] = ['ES256'];
/** `kid` is attacker-controlled (RFC 8725 §3.10): only plain identifiers are looked up. */
const kidPattern = /^[A-Za-z0-9._-]{1,128}$/;
/** Explicit typing (RFC 8725 §3.11): no other kind of JWT passes for an access token. */
const accessTokenType = 'at+jwt';
const compactJwsPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const idClaim = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/**
 * The account service's claims: sub (account), role, mid (merchant, absent for operators), bid
 * (branch, absent for head office). `exp` is required: jsonwebtoken alone accepts a token without one.
 */
const accessTokenClaims = z.object({
  sub: idClaim,
  role: z.enum(['operator', 'owner', 'sub_account']),
  mid: idClaim.optional(),
  bid: idClaim.optional(),
  exp: z.number(),
});

export const refuseMissingToken = (): AppError =>
  unauthenticated(tokenRefusals.missing, 'An access token is required: send `Authorization: Bearer <token>`.');
export const refuseMalformedToken = (): AppError => unauthenticated(tokenRefusals.malformed, 'The access token is not a well-formed JWT.');
const refuseInvalidToken = (reason: string): AppError => unauthenticated(tokenRefusals.invalid, `The access token is not valid: ${reason}.`);

/**
 * Verifies a bearer access token: ES256 only, a known `kid`, the issuer and audience the account
 * service publishes, and an unexpired `exp`. It says who the caller is; whether that account,
 * its password and its branch are still valid is for the account service to decide on every call.
 */
export class AccessTokenVerifier {
  constructor(
    private readonly keys: VerificationKeySource,
    private readonly clock: Clock,
    private readonly policy: TokenPolicy,
  ) {}

  async verify(token: string): Promise<Caller> {
    if (token.length > this.policy.maxTokenLength || !compactJwsPattern.test(token)) throw refuseMalformedToken();
    const kid = kidOf(token);
    const trusted = await this.keys.keyFor(kid);
    if (!trusted) throw refuseInvalidToken('it was signed with an unknown key');
    const claims = accessTokenClaims.safeParse(this.verifySignatureAndClaims(token, trusted));
    if (!claims.success) throw refuseInvalidToken('its claims are incomplete');
    return {
      accountId: claims.data.sub,
      role: claims.data.role,
      merchantId: claims.data.mid ?? null,
      branchId: claims.data.bid ?? null,
      accessToken: token,
    };
  }

  private verifySignatureAndClaims(token: string, trusted: TrustedKey): unknown {
    try {
      return jwt.verify(token, trusted.key, {
        algorithms: acceptedAlgorithms,
        issuer: trusted.issuer,
        audience: trusted.audience,
        clockTolerance: this.policy.clockToleranceSeconds,
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw unauthenticated(tokenRefusals.expired, 'The access token has expired; log in again.');
      // A signature of the wrong size makes jsonwebtoken throw a plain TypeError: still the token's fault.
      throw refuseInvalidToken(error instanceof jwt.JsonWebTokenError ? publicReason(error) : 'its signature does not verify');
    }
  }
}

function kidOf(token: string): string {
  const { kid, typ } = decodedHeaderOf(token);
  if (typ !== accessTokenType) throw refuseInvalidToken('it is not an access token');
  if (typeof kid !== 'string' || !kidPattern.test(kid)) throw refuseInvalidToken('its header names no valid key id');
  return kid;
}

function decodedHeaderOf(token: string): jwt.JwtHeader {
  try {
    const decoded = jwt.decode(token, { complete: true });
    if (decoded) return decoded.header;
  } catch {
    // jws parses the payload of a `typ: JWT` token eagerly and throws on one that is not JSON.
  }
  throw refuseMalformedToken();
}

/** jsonwebtoken's reason without the expected issuer or audience it appends. */
function publicReason(error: jwt.JsonWebTokenError): string {
  return error.message.split('. expected')[0] ?? 'verification failed';
}
