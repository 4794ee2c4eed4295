import type { accountV1 } from '@ecticket/contracts';
import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { AccountDirectory } from '../application/ports';

export type AccountClient = GrpcClient<accountV1.AccountServiceDefinition>;

export function createAccountClient(directory: ServiceDirectory, logger: Logger): AccountClient {
  return createGrpcClient({
    definition: loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService'),
    address: () => directory.addressOf('account'),
    logger,
    // Checks and reads only: a retry on UNAVAILABLE cannot cause a second effect.
    idempotentMethods: ['CheckPrincipal', 'GetMerchantTerms', 'ResolveBranch'],
  });
}

/** The account service's answers, as the use cases need them; its refusals pass through unchanged. */
export function accountDirectory(client: AccountClient): AccountDirectory {
  return {
    async checkPrincipal(accessToken, permission, mutating) {
      const principal = await client.CheckPrincipal({ accessToken, requiredPermission: permission ?? '', mutating });
      const { branch } = principal;
      return {
        accountId: principal.accountId,
        name: principal.name,
        merchantId: principal.merchantId === '' ? null : principal.merchantId,
        branch: branch && { id: branch.id, name: branch.name, code: branch.code },
      };
    },
    async merchantTerms(merchantId) {
      const terms = await client.GetMerchantTerms({ merchantId });
      const service = terms.customerService;
      return {
        merchantName: terms.merchantName,
        guaranteeDays: terms.guaranteeDays,
        giftVouchersEnabled: terms.giftVouchersEnabled,
        smsEnabled: terms.smsEnabled,
        customerService: {
          phone: service?.phone ?? '',
          email: service?.email ?? '',
          hours: service?.hours ?? '',
          address: service?.address ?? '',
          storeWebsiteUrl: service?.storeWebsiteUrl ?? '',
        },
      };
    },
    async assertBranchOf(merchantId, branchId) {
      await client.ResolveBranch({ merchantId, branchId });
    },
  };
}
