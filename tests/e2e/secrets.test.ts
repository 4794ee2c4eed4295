/**
 * T12: after a workload through the real all-in-one process (logging at its most verbose), no
 * password, password hash, token or key appears in any log line or event, and no password, token
 * or key in any store (the account store keeps password hashes, by necessity, and nothing else).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiClient } from '../support/api';
import { freePort, spawnEntryPoint, type SpawnedProcess } from '../support/processes';
import { waitFor } from '../support/wait';

const operatorPassword = 'operator-secret-password-1';
const ownerPassword = 'owner-secret-password-2';
const clerkPassword = 'clerk-secret-password-3';
const clerkNewPassword = 'clerk-secret-password-4';
const wrongPassword = 'wrong-secret-password-5';

function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every document of the outbox and bus tables: the events as they were written and delivered. */
function eventDocuments(dataDir: string): string {
  return filesUnder(dataDir)
    .filter((file) => file.endsWith('.sqlite'))
    .flatMap((file) => {
      const database = new Database(file, { readonly: true });
      try {
        const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('outbox', 'bus_deliveries', 'inbox')").all() as { name: string }[];
        return tables.flatMap(({ name }) => (database.prepare(`SELECT doc FROM "${name}"`).all() as { doc: string }[]).map((row) => row.doc));
      } finally {
        database.close();
      }
    })
    .join('\n');
}

function passwordHashes(dataDir: string): string[] {
  const database = new Database(path.join(dataDir, 'account.sqlite'), { readonly: true });
  try {
    const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return tables.flatMap(({ name }) =>
      (database.prepare(`SELECT doc FROM "${name}"`).all() as { doc: string }[]).flatMap((row) => row.doc.match(/\$scrypt\$[^"]+/g) ?? []),
    );
  } finally {
    database.close();
  }
}

/** The private keys' PEM bodies and the secrets (token signing, QR signing, wallet links, idempotency fingerprints). */
function keyMaterial(dataDir: string): string[] {
  const files = ['account-keys', 'issuance-keys', 'gateway-keys'].flatMap((directory) => filesUnder(path.join(dataDir, directory)));
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 20 && !line.startsWith('-----')),
  );
}

function expectAbsent(haystack: string, secrets: readonly string[], where: string): void {
  const found = secrets.filter((secret) => haystack.includes(secret));
  expect({ where, found }).toEqual({ where, found: [] });
}

describe('T12: no secret in logs, events or stores', () => {
  let dataDir: string;
  let platform: SpawnedProcess;
  const tokens: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-secrets-'));
    const port = await freePort();
    platform = spawnEntryPoint('packages/all-in-one/dist/main.js', {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
      OPERATOR_PASSWORD: operatorPassword,
      PASSWORD_HASH_LOG2_COST: '10',
    });
    const api = new ApiClient(`http://127.0.0.1:${port}`);
    await waitFor(async () => ((await fetch(`${api.baseUrl}/health`)).status === 200 ? true : undefined), 10_000, 'the platform to be healthy');

    const operator = await api.login('operator', operatorPassword);
    const merchant = await operator.ok<{ id: string }>('POST', '/v1/operator/merchants', {
      name: 'Secret Teas',
      ownerUsername: 'owner',
      ownerPassword,
      contract: { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: false, smsServiceEnabled: false },
    });
    const owner = await api.login('owner', ownerPassword, merchant.id);
    const clerk = await owner.ok<{ id: string }>('POST', '/v1/sub-accounts', {
      username: 'clerk',
      displayName: 'Clerk',
      password: clerkPassword,
      permissions: ['redeem'],
    });
    await owner.ok('PUT', `/v1/sub-accounts/${clerk.id}/password`, { newPassword: clerkNewPassword });
    expect((await api.request('POST', '/v1/sessions', { username: 'clerk', password: wrongPassword, merchantId: merchant.id })).status).toBe(401);
    expect((await api.request('POST', '/v1/sessions', { username: 'clerk', password: clerkPassword, merchantId: merchant.id })).status).toBe(401);
    const clerkSession = await api.login('clerk', clerkNewPassword, merchant.id);
    expect((await api.as(`${owner.token}x`).request('GET', '/v1/me')).status).toBe(401);
    tokens.push(operator.token!, owner.token!, clerkSession.token!);

    platform.child.kill('SIGTERM');
    expect(await platform.exited()).toBe(0);
  });

  const passwords = [operatorPassword, ownerPassword, clerkPassword, clerkNewPassword, wrongPassword];
  /** A token's signature alone identifies it; checking it catches a token logged in parts too. */
  const tokenParts = () => tokens.flatMap((token) => [token, token.split('.')[2]!]);

  it('writes the workload to its log at all (the scan has something to read)', () => {
    expect(platform.output()).toContain('"service":"account"');
    expect(platform.output().split('\n').length).toBeGreaterThan(10);
  });

  it('has the keys and secrets it scans for', () => {
    const files = filesUnder(dataDir).map((file) => path.relative(dataDir, file));
    expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/^account-keys\/.+\.pem$/), expect.stringMatching(/^issuance-keys\/.+\.pem$/), 'issuance-keys/wallet.secret', 'gateway-keys/idempotency-fingerprint.secret']));
  });

  it('logs no password, password hash, token or key', () => {
    const hashes = passwordHashes(dataDir);
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    expectAbsent(platform.output(), [...passwords, ...hashes, ...tokenParts(), ...keyMaterial(dataDir)], 'log');
  });

  it('puts no password, password hash, token or key in any event', () => {
    const events = eventDocuments(dataDir);
    expect(events.length).toBeGreaterThan(0);
    expectAbsent(events, [...passwords, ...passwordHashes(dataDir), ...tokenParts(), ...keyMaterial(dataDir)], 'events');
  });

  it('stores no password, token or key in any store file', () => {
    for (const file of filesUnder(dataDir).filter((name) => /\.sqlite(-wal)?$/.test(name))) {
      expectAbsent(fs.readFileSync(file).toString('latin1'), [...passwords, ...tokenParts(), ...keyMaterial(dataDir)], file);
    }
  });
});
