import { randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const secretBytes = 32;

/**
 * A random secret of a service's own, in a file of its keys directory (directory mode 0700, file
 * 0600), never in the store, logs or events: created on the first start, read on every later one.
 * Replicas that share the store must share the directory too.
 */
export async function loadOrCreateSecret(directory: string, fileName: string): Promise<Buffer> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, fileName);
  // Written whole under a name of its own, then linked: of two replicas starting at once on a shared
  // directory, one link wins, and neither can read a file the other has not finished writing.
  const written = path.join(directory, `.${fileName}.${randomUUID()}.tmp`);
  await writeFile(written, randomBytes(secretBytes).toString('base64'), { mode: 0o600, flag: 'wx' });
  try {
    await link(written, file);
  } catch (error) {
    if (!isAlreadyExisting(error)) throw error;
  } finally {
    await rm(written, { force: true });
  }
  const secret = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (secret.length < secretBytes) throw new Error(`${file} must hold at least ${secretBytes} bytes, base64-encoded`);
  return secret;
}

/** By its code: system errors may come from another realm than this module's Error (jest, workers). */
function isAlreadyExisting(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
}
