import type { accountV1 } from '@ecticket/contracts';
import type { Role } from '../../domain/account';
import type { Actor } from '../../domain/actor';
import type { Branch, BranchStatus } from '../../domain/branch';
import type { AuditEntry } from '../../domain/change';
import { orderLookupPath } from '../../domain/merchant';
import type { BranchDetail } from '../../application/get-branch';
import type { MerchantView } from '../../application/get-merchant';
import type { JointIssuerView, RedeemableStoreView } from '../../application/redeemable-store-views';
import type { SubAccountView } from '../../application/sub-account-views';

/** Domain views → protobuf messages: every field is listed, so nothing leaves that was not meant to. */

const roleEnum: Readonly<Record<Role, accountV1.Role__Output>> = {
  operator: 'ROLE_OPERATOR',
  owner: 'ROLE_OWNER',
  sub_account: 'ROLE_SUB_ACCOUNT',
};

const branchStatusEnum: Readonly<Record<BranchStatus, accountV1.BranchStatus__Output>> = {
  enabled: 'BRANCH_STATUS_ENABLED',
  disabled: 'BRANCH_STATUS_DISABLED',
};

export function principalMessage(actor: Actor): accountV1.Principal {
  return {
    accountId: actor.accountId,
    merchantId: actor.merchantId ?? '',
    role: roleEnum[actor.role],
    name: actor.name,
    permissions: [...actor.permissions],
    branch: actor.branch && branchRefMessage(actor.branch),
    headOffice: actor.branch === null,
  };
}

export function branchRefMessage(branch: Branch): accountV1.BranchRef {
  return { id: branch.id, name: branch.name, code: branch.code, status: branchStatusEnum[branch.status] };
}

export function merchantMessage({ merchant, contractVisible }: MerchantView): accountV1.Merchant {
  return {
    id: merchant.id,
    name: merchant.name,
    contract: contractVisible ? { ...merchant.contract } : null,
    contractVisible,
    settings: {
      smsEnabled: merchant.settings.smsEnabled,
      customerService: { ...merchant.settings.customerService },
      orderLookupUrl: orderLookupPath(merchant),
    },
    ownerUsername: merchant.ownerUsername,
    createdAt: merchant.createdAt,
  };
}

export function subAccountMessage({ account, branch }: SubAccountView): accountV1.SubAccount {
  return {
    id: account.id,
    merchantId: account.merchantId ?? '',
    username: account.username,
    displayName: account.displayName,
    permissions: [...account.permissions],
    branch: branch && branchRefMessage(branch),
    deleted: account.status === 'deleted',
    createdAt: account.createdAt,
    deletedAt: account.deletedAt ?? '',
  };
}

export function branchMessage(branch: Branch, subAccounts: readonly SubAccountView[] = []): accountV1.Branch {
  return {
    id: branch.id,
    merchantId: branch.merchantId,
    name: branch.name,
    code: branch.code,
    status: branchStatusEnum[branch.status],
    address: branch.address,
    subAccounts: subAccounts.map(subAccountMessage),
    createdAt: branch.createdAt,
  };
}

export function branchDetailMessage(detail: BranchDetail): accountV1.Branch {
  return branchMessage(detail.branch, detail.subAccounts);
}

export function redeemableStoreMessage({ relation, storeName }: RedeemableStoreView): accountV1.RedeemableStore {
  return {
    id: relation.id,
    issuerMerchantId: relation.issuerMerchantId,
    storeMerchantId: relation.storeMerchantId,
    storeName,
    productIds: [...relation.productIds],
    status: relation.status,
    createdAt: relation.createdAt,
    unlinkedAt: relation.unlinkedAt ?? '',
  };
}

export function jointIssuerMessage({ relation, issuer }: JointIssuerView): accountV1.JointIssuer {
  return {
    relationId: relation.id,
    issuerMerchantId: issuer.id,
    issuerName: issuer.name,
    issuerCustomerService: { ...issuer.settings.customerService },
    productIds: [...relation.productIds],
    linkedAt: relation.createdAt,
  };
}

export function auditEntryMessage(entry: AuditEntry): accountV1.AuditEntry {
  return {
    id: entry.id,
    merchantId: entry.merchantId ?? '',
    actorAccountId: entry.actor.accountId,
    actorName: entry.actor.name,
    actorBranch: entry.actor.branch && { ...entry.actor.branch },
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    beforeJson: entry.before === null ? '' : JSON.stringify(entry.before),
    afterJson: JSON.stringify(entry.after),
    at: entry.at,
  };
}

