import type { accountV1 } from '@ecticket/contracts';
import { createGrpcClient, loadServiceDefinition, unauthenticated, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { MerchantTerms, Principals } from '../application/ports';

/**
 * The account service, for the merchant's payout days and for who is behind a report call. Both
 * are reads, so a retry on UNAVAILABLE is safe. Terms are read each time they are needed: a
 * changed contract applies from the next release on.
 */
export function createAccounts(directory: ServiceDirectory, logger: Logger): { terms: MerchantTerms; principals: Principals; close(): void } {
  const client = createGrpcClient({
    definition: loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService'),
    address: () => directory.addressOf('account'),
    logger,
    idempotentMethods: ['GetMerchantTerms', 'CheckPrincipal'],
  });
  return {
    terms: {
      async payoutDays(merchantId) {
        return (await client.GetMerchantTerms({ merchantId })).payoutDays;
      },
      async merchantName(merchantId) {
        return (await client.GetMerchantTerms({ merchantId })).merchantName;
      },
    },
    principals: {
      async viewerOf(accessToken) {
        if (!accessToken) throw unauthenticated('AUTHENTICATION_REQUIRED', 'An access token is required.');
        const principal = await client.CheckPrincipal({ accessToken, requiredPermission: 'reports', mutating: false });
        return { merchantId: principal.merchantId === '' ? null : principal.merchantId, branchId: principal.branch?.id ?? null };
      },
    },
    close: () => client.close(),
  };
}
