import { createGrpcClient, loadServiceDefinition, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { settlementV1 } from '@ecticket/contracts';
import type { Settlement } from '../application/ports';

/** The settlement service's cancellation claim (R30, T14); claiming again is harmless, so a retry on UNAVAILABLE is safe. */
export function createSettlement(directory: ServiceDirectory, logger: Logger): Settlement & { close(): void } {
  const client = createGrpcClient({
    definition: loadServiceDefinition<settlementV1.SettlementServiceDefinition>(['settlement.proto'], 'ecticket.settlement.v1.SettlementService'),
    address: () => directory.addressOf('settlement'),
    logger,
    idempotentMethods: ['ClaimCancellation'],
  });
  return {
    async claimCancellation(claim) {
      await client.ClaimCancellation(claim);
    },
    close: () => client.close(),
  };
}
