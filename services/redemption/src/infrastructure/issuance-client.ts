import { createGrpcClient, loadServiceDefinition, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { issuanceV1 } from '@ecticket/contracts';

/** Only the QR verification keys are asked for; reading them again is harmless. */
export function createIssuanceClient(directory: ServiceDirectory, logger: Logger) {
  return createGrpcClient({
    definition: loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService'),
    address: () => directory.addressOf('issuance'),
    logger,
    idempotentMethods: ['GetTicketVerificationKeys'],
  });
}
