import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import type { SettlementDeps } from './application/ports';
import { loadSettlementConfigOrExit, type SettlementConfig } from './config';
import { createAccounts } from './infrastructure/account-client';
import { bankSyncDirectory } from './infrastructure/bank-sync-files';
import { settlementCollections } from './infrastructure/collections';
import { subscribeToEvents } from './transport/events';
import { settlementServiceDefinition, settlementServiceHandlers } from './transport/grpc/settlement-service';
import { bankSyncJob, guaranteeExpiryJob, payoutJob } from './transport/jobs';

/** Composition root of the settlement service: its store, its account client, transports and jobs. */
export async function startSettlementService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const config = loadSettlementConfigOrExit(resources.environment);
  const runtime = await ServiceRuntime.create('settlement', settlementCollections, resources, listenAddress);
  const { deps, close } = settlementDependencies(runtime, config);
  runtime.grpc.addService(settlementServiceDefinition(), settlementServiceHandlers(deps));
  subscribeToEvents(runtime, deps);
  // In this order: a guarantee expiry is reported by the bank sync of the same run, and paid once final.
  runtime.schedule(guaranteeExpiryJob(deps, config.guaranteeExpiryIntervalMs));
  runtime.schedule(bankSyncJob(deps));
  runtime.schedule(payoutJob(deps));
  runtime.onStop(close);
  await runtime.start();
  return runtime;
}

function settlementDependencies(runtime: ServiceRuntime, config: SettlementConfig): { deps: SettlementDeps; close: () => void } {
  const accounts = createAccounts(runtime.resources.directory, runtime.logger);
  return {
    deps: {
      store: runtime.store,
      outbox: runtime.relay,
      clock: runtime.clock,
      logger: runtime.logger,
      terms: accounts.terms,
      principals: accounts.principals,
      bankSyncFiles: bankSyncDirectory(config.bankSyncDir),
      schedule: { bankSyncTime: config.bankSyncTime, payoutTime: config.payoutTime },
    },
    close: accounts.close,
  };
}


if (require.main === module) void runStandaloneService('settlement', startSettlementService);
