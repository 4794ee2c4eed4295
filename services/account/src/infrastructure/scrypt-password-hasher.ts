import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHasher } from '../application/ports';

/** scrypt cost parameters: N = 2^log2N, block size r, parallelism p. */
export interface ScryptParameters {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/** OWASP Password Storage Cheat Sheet, for scrypt: N = 2^17, r = 8, p = 1. */
export const owaspScryptParameters: ScryptParameters = { log2N: 17, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds on parameters read back from stored hashes, so a corrupt record cannot make a login hog the machine.
const LOG2N_RANGE = [10, 20] as const;
const ENCODED = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

interface DecodedHash {
  readonly parameters: ScryptParameters;
  readonly salt: Buffer;
  readonly key: Buffer;
}

/**
 * scrypt hashes in the PHC string format `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (unpadded base64):
 * a random salt per password, the parameters kept with the hash so they can be raised later
 * (see needsRehash), comparison in constant time.
 */
export function createScryptPasswordHasher(parameters: ScryptParameters = owaspScryptParameters): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(SALT_BYTES);
      const key = await derive(password, salt, parameters);
      return `$scrypt$ln=${parameters.log2N},r=${parameters.r},p=${parameters.p}$${unpadded(salt)}$${unpadded(key)}`;
    },

    async verify(password, encoded) {
      const decoded = decode(encoded);
      if (!decoded) return false;
      const key = await derive(password, decoded.salt, decoded.parameters);
      return key.length === decoded.key.length && timingSafeEqual(key, decoded.key);
    },

    needsRehash(encoded) {
      const current = decode(encoded)?.parameters;
      return !current || current.log2N !== parameters.log2N || current.r !== parameters.r || current.p !== parameters.p;
    },
  };
}

function derive(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const N = 2 ** parameters.log2N;
  // Node's default maxmem (32 MiB) is below what N = 2^17, r = 8 needs (128·N·r = 128 MiB).
  const options: ScryptOptions = { N, r: parameters.r, p: parameters.p, maxmem: 256 * N * parameters.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function decode(encoded: string): DecodedHash | null {
  const match = ENCODED.exec(encoded);
  if (!match) return null;
  const [, log2N, r, p, salt, key] = match;
  const parameters = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  if (parameters.log2N < LOG2N_RANGE[0] || parameters.log2N > LOG2N_RANGE[1] || parameters.r < 1 || parameters.r > 32 || parameters.p < 1 || parameters.p > 16) return null;
  return { parameters, salt: Buffer.from(salt ?? '', 'base64'), key: Buffer.from(key ?? '', 'base64') };
}

function unpadded(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}
