import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { settlementV1 } from '@ecticket/contracts';

export type SettlementClient = GrpcClient<settlementV1.SettlementServiceDefinition>;

/** The report calls the gateway makes, all reads: a retry on UNAVAILABLE cannot cause a second effect. */
const readMethods = ['GetBalances', 'ListLedgerEntries', 'ListPayouts', 'ExportReconciliation', 'ListBranchReport'] as const;

export function createSettlementClient(directory: ServiceDirectory, logger: Logger): SettlementClient {
  return createGrpcClient({
    definition: loadServiceDefinition<settlementV1.SettlementServiceDefinition>(['settlement.proto'], 'ecticket.settlement.v1.SettlementService'),
    address: () => directory.addressOf('settlement'),
    logger,
    idempotentMethods: readMethods,
  });
}
