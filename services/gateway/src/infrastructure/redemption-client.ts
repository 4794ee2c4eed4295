import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { redemptionV1 } from '@ecticket/contracts';

export type RedemptionClient = GrpcClient<redemptionV1.RedemptionServiceDefinition>;

/**
 * Reads only. A redemption, return or cancellation retried after a lost answer would be refused
 * as already done, telling the caller it failed when it succeeded.
 */
const readMethods = ['GetTicketUsage', 'ListRedemptions', 'ListReturns'] as const;

export function createRedemptionClient(directory: ServiceDirectory, logger: Logger): RedemptionClient {
  return createGrpcClient({
    definition: loadServiceDefinition<redemptionV1.RedemptionServiceDefinition>(['redemption.proto'], 'ecticket.redemption.v1.RedemptionService'),
    address: () => directory.addressOf('redemption'),
    logger,
    idempotentMethods: readMethods,
  });
}
