import jwt from 'jsonwebtoken';
import { unauthenticated } from '@ecticket/platform';
import type { Role } from '../domain/account';
import type { AccessTokenClaims, AccessTokens } from '../application/ports';
import type { KeyRing } from './signing-keys';

export interface TokenSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly ttlSeconds: number;
}

const ALGORITHM = 'ES256';
/** Explicit typing (RFC 8725 §3.11): no other kind of JWT of ours passes for an access token. */
const TOKEN_TYPE = 'at+jwt';
const CLOCK_TOLERANCE_SECONDS = 5;
const roles: ReadonlySet<string> = new Set<Role>(['operator', 'owner', 'sub_account']);

/**
 * ES256 access tokens: header `kid` and `typ`; claims sub (account), mid (merchant, absent for
 * operators), role, bid (branch, absent for head office), cv (credentials version), iss, aud, iat,
 * exp. Verification pins the algorithm, issuer, audience and type, and takes keys only from the
 * key ring by kid.
 */
export function createJwtAccessTokens(keys: KeyRing, settings: TokenSettings): AccessTokens {
  return {
    issue(claims, now) {
      const payload = {
        iat: Math.floor(now.getTime() / 1000),
        role: claims.role,
        cv: claims.credentialsVersion,
        ...(claims.merchantId === null ? {} : { mid: claims.merchantId }),
        ...(claims.branchId === null ? {} : { bid: claims.branchId }),
      };
      const token = jwt.sign(payload, keys.signing.privateKey, {
        algorithm: ALGORITHM,
        keyid: keys.signing.kid,
        header: { alg: ALGORITHM, typ: TOKEN_TYPE },
        issuer: settings.issuer,
        audience: settings.audience,
        subject: claims.accountId,
        expiresIn: settings.ttlSeconds,
      });
      return { token, expiresInSeconds: settings.ttlSeconds };
    },

    verify(token, now) {
      const key = keyFor(keys, token);
      try {
        const payload = jwt.verify(token, key, {
          algorithms: [ALGORITHM],
          issuer: settings.issuer,
          audience: settings.audience,
          clockTimestamp: Math.floor(now.getTime() / 1000),
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        return claimsFrom(payload);
      } catch (error) {
        if (error instanceof jwt.TokenExpiredError) throw unauthenticated('TOKEN_EXPIRED', 'The access token has expired; log in again.');
        throw invalidToken();
      }
    },

    verificationKeys() {
      return {
        keys: [...keys.byKid.values()].map((key) => ({ kid: key.kid, algorithm: ALGORITHM, publicKeyPem: key.publicKeyPem })),
        issuer: settings.issuer,
        audience: settings.audience,
      };
    },
  };
}

function keyFor(keys: KeyRing, token: string) {
  const decoded = jwt.decode(token, { complete: true });
  const kid = decoded?.header.kid;
  if (!decoded || decoded.header.typ !== TOKEN_TYPE || typeof kid !== 'string') throw invalidToken();
  const key = keys.byKid.get(kid);
  if (!key) throw invalidToken();
  return key.publicKey;
}

function claimsFrom(payload: string | jwt.JwtPayload): AccessTokenClaims {
  if (typeof payload === 'string') throw invalidToken();
  const { sub, role, mid, bid, cv, exp } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || !isRole(role) || typeof cv !== 'number' || !Number.isInteger(cv) || typeof exp !== 'number') throw invalidToken();
  return { accountId: sub, role, merchantId: optionalString(mid), branchId: optionalString(bid), credentialsVersion: cv };
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && roles.has(value);
}

function optionalString(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw invalidToken();
  return value;
}

function invalidToken() {
  return unauthenticated('INVALID_TOKEN', 'The access token is not valid.');
}
