import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import type { IssuanceDeps } from './application/ports';
import { keysDirectoryOf, loadIssuanceConfigOrExit, publicBaseUrlOf, type IssuanceConfig } from './config';
import { accountDirectory, createAccountClient } from './infrastructure/account-directory';
import { issuanceCollections } from './infrastructure/collections';
import { createPaymentClient, paymentIntents } from './infrastructure/payment-intents';
import { randomCodes } from './infrastructure/random-codes';
import { ed25519TicketSigner, hmacWalletSigner } from './infrastructure/signers';
import { loadOrCreateTicketKeys } from './infrastructure/ticket-keys';
import { subscribeToEvents } from './transport/events';
import { issuanceServiceDefinition, issuanceServiceHandlers } from './transport/grpc/issuance-service';
import { issuanceWindowJob } from './transport/jobs';

/** Composition root of the issuance service: its store, keys, peers, transports and jobs. */
export async function startIssuanceService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const config = loadIssuanceConfigOrExit(resources.environment);
  const runtime = await ServiceRuntime.create('issuance', issuanceCollections, resources, listenAddress);
  const deps = await issuanceDependencies(runtime, config);
  runtime.grpc.addService(issuanceServiceDefinition(), issuanceServiceHandlers(deps));
  subscribeToEvents(runtime, deps);
  runtime.schedule(issuanceWindowJob(deps, config.ISSUANCE_WINDOW_SWEEP_SECONDS * 1000));
  await runtime.start();
  return runtime;
}

async function issuanceDependencies(runtime: ServiceRuntime, config: IssuanceConfig): Promise<IssuanceDeps> {
  const keys = await loadOrCreateTicketKeys(keysDirectoryOf(config), runtime.clock.now());
  runtime.logger.info({ signingKid: keys.signing.kid, verifyingKids: [...keys.byKid.keys()] }, 'ticket keys loaded');
  const { directory } = runtime.resources;
  const accountClient = createAccountClient(directory, runtime.logger);
  const paymentClient = createPaymentClient(directory, runtime.logger);
  runtime.onStop(() => {
    accountClient.close();
    paymentClient.close();
  });
  return {
    store: runtime.store,
    outbox: runtime.relay,
    clock: runtime.clock,
    logger: runtime.logger,
    accounts: accountDirectory(accountClient),
    payments: paymentIntents(paymentClient),
    signer: ed25519TicketSigner(keys),
    wallets: hmacWalletSigner(keys.walletSecret),
    codes: randomCodes,
    settings: { issuanceWindowDays: config.ISSUANCE_WINDOW_DAYS, publicBaseUrl: publicBaseUrlOf(config) },
  };
}

if (require.main === module) void runStandaloneService('issuance', startIssuanceService);
