import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadOrCreateSecret } from '@ecticket/platform';

/** One Ed25519 key that signs tickets' QR payloads; `kid` is its file name without `.ed25519.pem`. */
export interface TicketKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export interface TicketKeys {
  /** The newest key signs. */
  readonly signing: TicketKey;
  /** Every key verifies, found by kid only: a payload's kid is never used to build a path. */
  readonly byKid: ReadonlyMap<string, TicketKey>;
  /** Keys the wallet links' MACs. Replacing it closes every wallet link handed out. */
  readonly walletSecret: Buffer;
}

const KEY_FILE = /^([A-Za-z0-9_-]{1,32})\.ed25519\.pem$/;
const WALLET_SECRET_FILE = 'wallet.secret';

/**
 * The issuance keys, in their own directory (mode 0700, files 0600), never in the store, logs or
 * events: Ed25519 private keys as PKCS#8 PEM files, and the wallet-link secret. Both are made on
 * the first start. To rotate the ticket key, add a newer key file (kids sort by creation time)
 * and restart; keep the old one while its tickets are in use.
 */
export async function loadOrCreateTicketKeys(directory: string, now: Date): Promise<TicketKeys> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  let kids = await keyIdsIn(directory);
  if (kids.length === 0) {
    await writeNewKey(directory, now);
    kids = await keyIdsIn(directory);
  }
  const keys = await Promise.all(kids.map((kid) => readKey(directory, kid)));
  const signing = keys.at(-1);
  if (!signing) throw new Error(`no ticket signing key in ${directory}`);
  return { signing, byKid: new Map(keys.map((key) => [key.kid, key])), walletSecret: await loadOrCreateSecret(directory, WALLET_SECRET_FILE) };
}

async function keyIdsIn(directory: string): Promise<string[]> {
  const names = await readdir(directory);
  return names.flatMap((name) => KEY_FILE.exec(name)?.[1] ?? []).sort();
}

async function writeNewKey(directory: string, now: Date): Promise<void> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const kid = `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  await writeFile(path.join(directory, `${kid}.ed25519.pem`), pem, { mode: 0o600, flag: 'wx' });
}

async function readKey(directory: string, kid: string): Promise<TicketKey> {
  const privateKey = createPrivateKey(await readFile(path.join(directory, `${kid}.ed25519.pem`), 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`ticket key ${kid} is not an Ed25519 key`);
  return { kid, privateKey, publicKey: createPublicKey(privateKey) };
}
