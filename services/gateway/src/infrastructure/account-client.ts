import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { accountV1 } from '@ecticket/contracts';

export type AccountClient = GrpcClient<accountV1.AccountServiceDefinition>;

/** Reads only: a retry on UNAVAILABLE cannot cause a second effect. */
const readMethods = [
  'GetVerificationKeys',
  'CheckPrincipal',
  'GetMerchant',
  'ListMerchants',
  'GetSubAccount',
  'ListSubAccounts',
  'GetBranch',
  'ListBranches',
  'ListRedeemableStores',
  'ListJointIssuers',
  'ListAuditLog',
  'ResolveOrderLookup',
] as const;

export function createAccountClient(directory: ServiceDirectory, logger: Logger): AccountClient {
  return createGrpcClient({
    definition: loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService'),
    address: () => directory.addressOf('account'),
    logger,
    idempotentMethods: readMethods,
  });
}
