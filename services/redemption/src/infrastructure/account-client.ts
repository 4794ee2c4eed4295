import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { accountV1 } from '@ecticket/contracts';
import type { Accounts } from '../application/ports';
import type { Principal } from '../domain/staff';

type AccountClient = GrpcClient<accountV1.AccountServiceDefinition>;

/** The account service's checks, as the use cases ask them. Both only read, so a retry on UNAVAILABLE is safe. */
export function createAccounts(directory: ServiceDirectory, logger: Logger): Accounts & { close(): void } {
  const client: AccountClient = createGrpcClient({
    definition: loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService'),
    address: () => directory.addressOf('account'),
    logger,
    idempotentMethods: ['CheckPrincipal', 'IsRedeemableStore'],
  });
  return {
    async checkPrincipal(accessToken, check) {
      return principalOf(await client.CheckPrincipal({ accessToken, requiredPermission: check.permission ?? '', mutating: check.mutating }));
    },
    async isRedeemableStore(question) {
      return (await client.IsRedeemableStore(question)).allowed;
    },
    close: () => client.close(),
  };
}

function principalOf(principal: accountV1.Principal__Output): Principal {
  const { branch } = principal;
  return {
    accountId: principal.accountId,
    merchantId: principal.merchantId === '' ? null : principal.merchantId,
    name: principal.name,
    branch: branch && { id: branch.id, name: branch.name, code: branch.code },
  };
}
