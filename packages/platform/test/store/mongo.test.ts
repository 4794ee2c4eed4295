import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import type { StartedMongoDBContainer } from '@testcontainers/mongodb';
import { createMongoStore } from '../../src/store';
import { runStoreContract } from './contract';

type Target = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'container' } | { readonly kind: 'none'; readonly reason: string };

const target = findMongo();

if (target.kind === 'none') {
  process.stderr.write(`MongoDB store contract skipped: ${target.reason}\n`);
  describe.skip(`MongoDB store contract — skipped: ${target.reason}`, () => {
    runStoreContract('MongoDB store contract', () => Promise.reject(new Error('skipped')));
  });
} else {
  let url = '';
  let container: StartedMongoDBContainer | undefined;
  let database = '';
  const databases: string[] = [];

  beforeAll(async () => {
    if (target.kind === 'url') {
      url = target.url;
      return;
    }
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    container = await new MongoDBContainer('mongo:7').start();
    url = withDirectConnection(container.getConnectionString());
  }, 180_000);

  beforeEach(() => {
    database = `store_contract_${randomUUID().replace(/-/g, '')}`;
    databases.push(database);
  });

  afterAll(async () => {
    if (url) {
      const connection = await mongoose.createConnection(url).asPromise();
      for (const name of databases) await connection.useDb(name).dropDatabase();
      await connection.close();
    }
    await container?.stop();
  }, 60_000);

  const source = target.kind === 'url' ? 'MONGO_URL' : 'testcontainers';
  runStoreContract(`MongoDB store contract (${source})`, () => createMongoStore({ url, database }));
}

function findMongo(): Target {
  const url = process.env['MONGO_URL'];
  if (url) return { kind: 'url', url };
  const problem = containerRuntimeProblem();
  return problem ? { kind: 'none', reason: `MONGO_URL not set and ${problem}` } : { kind: 'container' };
}

/**
 * jest collects tests synchronously, so the runtime is probed synchronously: first for any socket
 * or setting testcontainers would use (instant), and only if one exists by asking testcontainers
 * itself in a child process with a deadline, so a dead daemon cannot hang the suite.
 */
function containerRuntimeProblem(): string | undefined {
  if (!mayHaveContainerRuntime()) return 'no container runtime found';
  const runtimeProbe = `require(process.env.TESTCONTAINERS_MODULE).getContainerRuntimeClient().then(() => process.exit(0), () => process.exit(1));`;
  const probe = spawnSync(process.execPath, ['-e', runtimeProbe], {
    env: { ...process.env, TESTCONTAINERS_MODULE: require.resolve('testcontainers') },
    timeout: 15_000,
    stdio: 'ignore',
  });
  if (probe.status === 0) return undefined;
  return probe.error ? 'the container runtime did not answer in time' : 'no working container runtime found';
}

/** The places testcontainers' strategies look (configuration, Unix sockets, rootless sockets, Windows pipe). */
function mayHaveContainerRuntime(): boolean {
  if (process.env['DOCKER_HOST'] || process.platform === 'win32') return true;
  const home = os.homedir();
  const xdgRuntime = process.env['XDG_RUNTIME_DIR'];
  const candidates = [
    path.join(home, '.testcontainers.properties'),
    '/var/run/docker.sock',
    path.join(home, '.docker', 'run', 'docker.sock'),
    path.join(home, '.docker', 'desktop', 'docker.sock'),
    path.join('/run', 'user', String(os.userInfo().uid), 'docker.sock'),
    ...(xdgRuntime ? [path.join(xdgRuntime, 'docker.sock')] : []),
  ];
  return candidates.some((candidate) => existsSync(candidate));
}

function withDirectConnection(connectionString: string): string {
  return `${connectionString}${connectionString.includes('?') ? '&' : '/?'}directConnection=true`;
}
