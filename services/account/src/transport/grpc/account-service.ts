import type { accountV1 } from '@ecticket/contracts';
import { loadServiceDefinition, type UnaryCallInfo, type UnaryHandlers } from '@ecticket/platform';
import type { Actor } from '../../domain/actor';
import { authenticate } from '../../application/authenticate';
import { bindSubAccountToBranch } from '../../application/bind-sub-account-to-branch';
import { changeSubAccountPassword } from '../../application/change-sub-account-password';
import { checkPrincipal } from '../../application/check-principal';
import { createBranch } from '../../application/create-branch';
import { createMerchant } from '../../application/create-merchant';
import { createRedeemableStore } from '../../application/create-redeemable-store';
import { createSubAccount } from '../../application/create-sub-account';
import { deleteSubAccount } from '../../application/delete-sub-account';
import { getBranch } from '../../application/get-branch';
import { getMerchant } from '../../application/get-merchant';
import { getMerchantTerms, resolveOrderLookup } from '../../application/get-merchant-terms';
import { getSubAccount } from '../../application/get-sub-account';
import { getVerificationKeys } from '../../application/get-verification-keys';
import { isRedeemableStore } from '../../application/is-redeemable-store';
import { listAuditLog } from '../../application/list-audit-log';
import { listBranches } from '../../application/list-branches';
import { listJointIssuers } from '../../application/list-joint-issuers';
import { listMerchants } from '../../application/list-merchants';
import { listRedeemableStores } from '../../application/list-redeemable-stores';
import { listSubAccounts } from '../../application/list-sub-accounts';
import { login } from '../../application/login';
import type { AccountDeps } from '../../application/ports';
import { resolveBranch } from '../../application/resolve-branch';
import { disableBranch, enableBranch } from '../../application/set-branch-status';
import { unlinkRedeemableStore } from '../../application/unlink-redeemable-store';
import { updateBranch } from '../../application/update-branch';
import { updateMerchantContract } from '../../application/update-merchant-contract';
import { updateMerchantSettings } from '../../application/update-merchant-settings';
import { updateSubAccountPermissions } from '../../application/update-sub-account-permissions';
import { bearerToken, pageRequest } from './call';
import {
  auditEntryMessage,
  branchDetailMessage,
  branchMessage,
  jointIssuerMessage,
  merchantMessage,
  principalMessage,
  redeemableStoreMessage,
  subAccountMessage,
} from './encode';

export function accountServiceDefinition(): accountV1.AccountServiceDefinition {
  return loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService');
}

/**
 * The gRPC face of the service: decode, run the use case, encode. Calls made for a person are
 * authenticated from their `authorization` metadata on every call; the service-to-service checks
 * (CheckPrincipal, ResolveBranch, IsRedeemableStore, GetMerchantTerms, GetVerificationKeys) and
 * Login carry no person's token.
 */
export function accountServiceHandlers(deps: AccountDeps): UnaryHandlers<accountV1.AccountServiceDefinition> {
  const actor = (call: UnaryCallInfo): Promise<Actor> => authenticate(deps, bearerToken(call));

  return {
    async Login(request) {
      const { token, actor: principal } = await login(deps, request);
      return { accessToken: token.token, tokenType: 'Bearer', expiresIn: token.expiresInSeconds, principal: principalMessage(principal) };
    },
    async GetVerificationKeys() {
      const { keys, issuer, audience } = getVerificationKeys(deps);
      return { keys: [...keys], issuer, audience };
    },

    async CheckPrincipal(request) {
      return principalMessage(await checkPrincipal(deps, request));
    },
    async ResolveBranch(request) {
      return branchMessage(await resolveBranch(deps, request));
    },
    async IsRedeemableStore(request) {
      return { allowed: await isRedeemableStore(deps, request) };
    },
    async GetMerchantTerms(request) {
      return getMerchantTerms(deps, request.merchantId);
    },
    async ResolveOrderLookup(request) {
      return resolveOrderLookup(deps, request.lookupToken);
    },

    async CreateMerchant(request, call) {
      return merchantMessage({ merchant: await createMerchant(deps, await actor(call), request), contractVisible: true });
    },
    async GetMerchant(request, call) {
      return merchantMessage(await getMerchant(deps, await actor(call), request));
    },
    async ListMerchants(request, call) {
      const page = await listMerchants(deps, await actor(call), pageRequest(request.page));
      return { merchants: page.items.map(merchantMessage), nextCursor: page.nextCursor };
    },
    async UpdateMerchantContract(request, call) {
      return merchantMessage(await updateMerchantContract(deps, await actor(call), request));
    },
    async UpdateMerchantSettings(request, call) {
      const { merchantId, smsEnabled, customerService } = request;
      return merchantMessage(await updateMerchantSettings(deps, await actor(call), { merchantId, smsEnabled, ...customerService }));
    },

    async CreateSubAccount(request, call) {
      return subAccountMessage(await createSubAccount(deps, await actor(call), request));
    },
    async GetSubAccount(request, call) {
      return subAccountMessage(await getSubAccount(deps, await actor(call), request));
    },
    async ListSubAccounts(request, call) {
      const page = await listSubAccounts(deps, await actor(call), { ...request, page: pageRequest(request.page) });
      return { subAccounts: page.items.map(subAccountMessage), nextCursor: page.nextCursor };
    },
    async ChangeSubAccountPassword(request, call) {
      return subAccountMessage(await changeSubAccountPassword(deps, await actor(call), request));
    },
    async UpdateSubAccountPermissions(request, call) {
      return subAccountMessage(await updateSubAccountPermissions(deps, await actor(call), request));
    },
    async DeleteSubAccount(request, call) {
      return subAccountMessage(await deleteSubAccount(deps, await actor(call), request));
    },
    async BindSubAccountToBranch(request, call) {
      return subAccountMessage(await bindSubAccountToBranch(deps, await actor(call), request));
    },

    async CreateBranch(request, call) {
      return branchMessage(await createBranch(deps, await actor(call), request));
    },
    async GetBranch(request, call) {
      return branchDetailMessage(await getBranch(deps, await actor(call), request));
    },
    async ListBranches(request, call) {
      const page = await listBranches(deps, await actor(call), { merchantId: request.merchantId, page: pageRequest(request.page) });
      return { branches: page.items.map((branch) => branchMessage(branch)), nextCursor: page.nextCursor };
    },
    async UpdateBranch(request, call) {
      return branchMessage(await updateBranch(deps, await actor(call), request));
    },
    async DisableBranch(request, call) {
      return branchMessage(await disableBranch(deps, await actor(call), request));
    },
    async EnableBranch(request, call) {
      return branchMessage(await enableBranch(deps, await actor(call), request));
    },

    async CreateRedeemableStore(request, call) {
      return redeemableStoreMessage(await createRedeemableStore(deps, await actor(call), request));
    },
    async ListRedeemableStores(request, call) {
      const page = await listRedeemableStores(deps, await actor(call), { merchantId: request.merchantId, page: pageRequest(request.page) });
      return { stores: page.items.map(redeemableStoreMessage), nextCursor: page.nextCursor };
    },
    async UnlinkRedeemableStore(request, call) {
      return redeemableStoreMessage(await unlinkRedeemableStore(deps, await actor(call), request));
    },
    async ListJointIssuers(request, call) {
      const page = await listJointIssuers(deps, await actor(call), { merchantId: request.merchantId, page: pageRequest(request.page) });
      return { issuers: page.items.map(jointIssuerMessage), nextCursor: page.nextCursor };
    },

    async ListAuditLog(request, call) {
      const page = await listAuditLog(deps, await actor(call), { merchantId: request.merchantId, page: pageRequest(request.page) });
      return { entries: page.items.map(auditEntryMessage), nextCursor: page.nextCursor };
    },
  };
}
