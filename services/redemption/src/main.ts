import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import type { RedemptionDeps } from './application/ports';
import { CANCELLATION_STALLED_AFTER_MS } from './application/settle-stalled-cancellations';
import { loadRedemptionConfigOrExit, type RedemptionConfig } from './config';
import { createAccounts } from './infrastructure/account-client';
import { redemptionCollections } from './infrastructure/collections';
import { createIssuanceClient } from './infrastructure/issuance-client';
import { IssuanceQrSignatures } from './infrastructure/issuance-qr-signatures';
import { createSettlement } from './infrastructure/settlement-client';
import { subscribeToTicketEvents } from './transport/events';
import { redemptionServiceDefinition, redemptionServiceHandlers } from './transport/grpc/redemption-service';
import { expireTicketsJob, settleStalledCancellationsJob } from './transport/jobs';

/** Half the time after which a pending cancellation counts as stalled: none waits much longer than that. */
const STALLED_CANCELLATIONS_INTERVAL_MS = CANCELLATION_STALLED_AFTER_MS / 2;

/** Composition root of the redemption service: its store, clients of its peers, transports and jobs. */
export async function startRedemptionService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const config = loadRedemptionConfigOrExit(resources.environment);
  const runtime = await ServiceRuntime.create('redemption', redemptionCollections, resources, listenAddress);
  const { deps, close } = redemptionDependencies(runtime, config);
  runtime.grpc.addService(redemptionServiceDefinition(), redemptionServiceHandlers(deps));
  subscribeToTicketEvents(runtime, deps);
  runtime.schedule(expireTicketsJob(deps, config.REDEMPTION_EXPIRY_INTERVAL_SECONDS * 1000));
  runtime.schedule(settleStalledCancellationsJob(deps, STALLED_CANCELLATIONS_INTERVAL_MS));
  runtime.onStop(close);
  await runtime.start();
  return runtime;
}

function redemptionDependencies(runtime: ServiceRuntime, config: RedemptionConfig): { deps: RedemptionDeps; close: () => void } {
  const { directory } = runtime.resources;
  const accounts = createAccounts(directory, runtime.logger);
  const settlement = createSettlement(directory, runtime.logger);
  const issuance = createIssuanceClient(directory, runtime.logger);
  const qrSignatures = new IssuanceQrSignatures(() => issuance.GetTicketVerificationKeys({}), runtime.clock, runtime.logger, {
    maxAgeMs: config.REDEMPTION_QR_KEYS_MAX_AGE_SECONDS * 1000,
    minRefreshIntervalMs: config.REDEMPTION_QR_KEYS_MIN_REFRESH_SECONDS * 1000,
  });
  return {
    deps: { store: runtime.store, outbox: runtime.relay, clock: runtime.clock, logger: runtime.logger, accounts, settlement, qrSignatures },
    close() {
      accounts.close();
      settlement.close();
      issuance.close();
    },
  };
}


if (require.main === module) void runStandaloneService('redemption', startRedemptionService);
