import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedPasswordSink } from '../application/ports';

/** Hands a generated operator password over in a file only its owner can read (mode 0600). */
export function operatorPasswordFile(file: string): GeneratedPasswordSink {
  return {
    async deliver(password) {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await rm(file, { force: true });
      await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
      return file;
    },
    async retract() {
      await rm(file, { force: true });
    },
  };
}
