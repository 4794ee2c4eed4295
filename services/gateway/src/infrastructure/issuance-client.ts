import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { issuanceV1 } from '@ecticket/contracts';

export type IssuanceClient = GrpcClient<issuanceV1.IssuanceServiceDefinition>;

/** Reads, and calls the service answers unchanged when repeated: a retry on UNAVAILABLE cannot cause a second effect. */
const idempotentMethods = [
  'GetProduct',
  'ListProducts',
  'GetOrder',
  'ListOrders',
  'IssueOrder',
  'GetTicket',
  'GetPrintData',
  'GetWallet',
  'LookupPickupCode',
  'ConfirmPrinting',
] as const;

export function createIssuanceClient(directory: ServiceDirectory, logger: Logger): IssuanceClient {
  return createGrpcClient({
    definition: loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService'),
    address: () => directory.addressOf('issuance'),
    logger,
    idempotentMethods,
  });
}
