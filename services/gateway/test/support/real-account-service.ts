import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessBus, createLogger, createSqliteStore, openServiceStore, systemClock } from '@ecticket/platform';
import { startAccountService } from '@ecticket/account';

export const operatorPassword = 'operator-password-for-gateway-tests';
export const maxLoginFailures = 3;

export interface RunningAccountService {
  readonly address: string;
  stop(): Promise<void>;
}

/** The account service itself (fast password hashing), with its own store and an in-process bus in a temp directory. */
export async function startRealAccountService(): Promise<RunningAccountService> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-account-'));
  const bus = await createInProcessBus({
    store: createSqliteStore({ file: path.join(dataDir, 'bus.sqlite') }),
    options: { exchange: 'gateway-test', maxAttempts: 3, retryDelayMs: 50, prefetch: 10 },
    logger: createLogger({ service: 'gateway-test-bus', level: 'silent' }),
    clock: systemClock,
  });
  const runtime = await startAccountService(
    {
      environment: {
        DATA_DIR: dataDir,
        OPERATOR_PASSWORD: operatorPassword,
        PASSWORD_HASH_LOG2_COST: '10',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: String(maxLoginFailures),
      },
      bus,
      clock: systemClock,
      logLevel: 'silent',
      directory: {
        addressOf: (service) => {
          throw new Error(`the account service needs no ${service} here`);
        },
      },
      openStore: (service) => openServiceStore(service, { dataDir }),
    },
    '127.0.0.1:0',
  );
  return {
    address: runtime.grpcAddress,
    async stop() {
      await bus.stopConsuming();
      await runtime.stop();
      await bus.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
