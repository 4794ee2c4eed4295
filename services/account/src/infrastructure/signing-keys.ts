import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One ES256 key pair; `kid` is its file name without `.pem`. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
}

export interface KeyRing {
  /** The newest key signs. */
  readonly signing: SigningKey;
  /** Every key verifies, found by kid only: a token's kid is never used to build a path. */
  readonly byKid: ReadonlyMap<string, SigningKey>;
}

const KEY_FILE = /^([A-Za-z0-9_-]{1,64})\.pem$/;

/**
 * The access-token keys: P-256 private keys as PKCS#8 PEM files (mode 0600) in their own
 * directory, never in the store, logs or events. A key is generated on the first start. Kids
 * start with their creation time, so the newest sorts last; to rotate, add a newer key file and
 * restart, and remove the old file once the longest token lifetime has passed.
 */
export async function loadOrCreateKeyRing(directory: string, now: Date): Promise<KeyRing> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  let kids = await keyIdsIn(directory);
  if (kids.length === 0) {
    await writeNewKey(directory, now);
    kids = await keyIdsIn(directory);
  }
  const keys = await Promise.all(kids.map((kid) => readKey(directory, kid)));
  const signing = keys.at(-1);
  if (!signing) throw new Error(`no signing key in ${directory}`);
  return { signing, byKid: new Map(keys.map((key) => [key.kid, key])) };
}

async function keyIdsIn(directory: string): Promise<string[]> {
  const names = await readdir(directory);
  return names.flatMap((name) => KEY_FILE.exec(name)?.[1] ?? []).sort();
}

async function writeNewKey(directory: string, now: Date): Promise<void> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const kid = `${stamp}-${randomBytes(4).toString('hex')}`;
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  await writeFile(path.join(directory, `${kid}.pem`), pem, { mode: 0o600, flag: 'wx' });
}

async function readKey(directory: string, kid: string): Promise<SigningKey> {
  const privateKey = createPrivateKey(await readFile(path.join(directory, `${kid}.pem`), 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`signing key ${kid} is not a P-256 key`);
  }
  const publicKey = createPublicKey(privateKey);
  return { kid, privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}
