import { randomBytes } from 'node:crypto';
import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { ensureOperator } from './application/ensure-operator';
import type { AccountDeps } from './application/ports';
import { keysDirectoryOf, loadAccountConfigOrExit, operatorPasswordFileOf, type AccountConfig } from './config';
import { accountCollections } from './infrastructure/collections';
import { createJwtAccessTokens } from './infrastructure/jwt-access-tokens';
import { operatorPasswordFile } from './infrastructure/operator-password-file';
import { createScryptPasswordHasher, owaspScryptParameters } from './infrastructure/scrypt-password-hasher';
import { loadOrCreateKeyRing } from './infrastructure/signing-keys';
import { accountServiceDefinition, accountServiceHandlers } from './transport/grpc/account-service';
import { pruneLoginAttemptsJob } from './transport/jobs';

/** Composition root of the account service: its store, keys, operator account, transports and jobs. */
export async function startAccountService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const config = loadAccountConfigOrExit(resources.environment);
  const runtime = await ServiceRuntime.create('account', accountCollections, resources, listenAddress);
  const deps = await accountDependencies(runtime, config);
  await ensureOperator(deps, { username: config.OPERATOR_USERNAME, password: config.OPERATOR_PASSWORD }, operatorPasswordFile(operatorPasswordFileOf(config)));
  runtime.grpc.addService(accountServiceDefinition(), accountServiceHandlers(deps));
  runtime.schedule(pruneLoginAttemptsJob(deps));
  await runtime.start();
  return runtime;
}

async function accountDependencies(runtime: ServiceRuntime, config: AccountConfig): Promise<AccountDeps> {
  const passwords = createScryptPasswordHasher({ ...owaspScryptParameters, log2N: config.PASSWORD_HASH_LOG2_COST });
  const keys = await loadOrCreateKeyRing(keysDirectoryOf(config), runtime.clock.now());
  runtime.logger.info({ signingKid: keys.signing.kid, verifyingKids: [...keys.byKid.keys()] }, 'access-token keys loaded');
  const windowMs = config.LOGIN_WINDOW_SECONDS * 1000;
  return {
    store: runtime.store,
    outbox: runtime.relay,
    clock: runtime.clock,
    logger: runtime.logger,
    passwords,
    tokens: createJwtAccessTokens(keys, { issuer: config.TOKEN_ISSUER, audience: config.TOKEN_AUDIENCE, ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS }),
    loginLimits: {
      perAccount: { max: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMs },
      perAddress: { max: config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS, windowMs },
    },
    dummyPasswordHash: await passwords.hash(randomBytes(16).toString('hex')),
  };
}

if (require.main === module) void runStandaloneService('account', startAccountService);
