import { z } from 'zod';
import type { accountV1 } from '@ecticket/contracts';
import { protoEnum } from '../proto-enums';
import { customerServiceView, nullableTimestamp, orNull, timestamp, toCustomerService, unexpectedAnswer } from '../view-schemas';

/** What the account API answers (see view-schemas.ts for the rules every view follows). */

const branchStatus = protoEnum(
  { enabled: 'BRANCH_STATUS_ENABLED', disabled: 'BRANCH_STATUS_DISABLED' } satisfies Record<string, accountV1.BranchStatus__Output>,
  'branch status',
);
const role = protoEnum(
  { operator: 'ROLE_OPERATOR', owner: 'ROLE_OWNER', sub_account: 'ROLE_SUB_ACCOUNT' } satisfies Record<string, accountV1.Role__Output>,
  'role',
);

export const branchRefView = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  status: branchStatus.schema,
});
type BranchRefView = z.infer<typeof branchRefView>;

function toBranchRef(branch: accountV1.BranchRef__Output | null): BranchRefView | null {
  return branch && { id: branch.id, name: branch.name, code: branch.code, status: branchStatus.fromProto(branch.status) };
}

export const principalView = z.object({
  accountId: z.string(),
  merchantId: z.string().nullable().describe('Null for platform operators.'),
  role: role.schema,
  name: z.string(),
  permissions: z.array(z.string()),
  branch: branchRefView.nullable().describe('Null: head office (R22).'),
  headOffice: z.boolean(),
});

export function toPrincipal(principal: accountV1.Principal__Output): z.infer<typeof principalView> {
  return {
    accountId: principal.accountId,
    merchantId: orNull(principal.merchantId),
    role: role.fromProto(principal.role),
    name: principal.name,
    permissions: principal.permissions,
    branch: toBranchRef(principal.branch),
    headOffice: principal.headOffice,
  };
}

export const sessionView = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds until the access token expires.'),
  principal: principalView,
});

export function toSession(session: accountV1.LoginResponse__Output): z.infer<typeof sessionView> {
  if (!session.principal) throw unexpectedAnswer('a session without a principal');
  return { accessToken: session.accessToken, tokenType: 'Bearer', expiresIn: session.expiresIn, principal: toPrincipal(session.principal) };
}

const contractView = z.object({
  payoutDays: z.number().int(),
  guaranteeDays: z.number().int(),
  giftVouchersEnabled: z.boolean(),
  smsServiceEnabled: z.boolean(),
});

export const merchantView = z.object({
  id: z.string(),
  name: z.string(),
  contract: contractView.nullable().describe('Null when the caller may not see it (a branch-bound sub-account, R22.5).'),
  contractVisible: z.boolean(),
  settings: z
    .object({
      smsEnabled: z.boolean().describe("The merchant's switch; effective only when the contract includes the SMS service (R16)."),
      customerService: customerServiceView.nullable(),
      orderLookupUrl: z.string().nullable().describe("The buyers' order lookup link (R15)."),
    })
    .nullable(),
  ownerUsername: z.string(),
  createdAt: timestamp,
});

export function toMerchant(merchant: accountV1.Merchant__Output): z.infer<typeof merchantView> {
  const { settings } = merchant;
  return {
    id: merchant.id,
    name: merchant.name,
    contract: merchant.contract && {
      payoutDays: merchant.contract.payoutDays,
      guaranteeDays: merchant.contract.guaranteeDays,
      giftVouchersEnabled: merchant.contract.giftVouchersEnabled,
      smsServiceEnabled: merchant.contract.smsServiceEnabled,
    },
    contractVisible: merchant.contractVisible,
    settings: settings && {
      smsEnabled: settings.smsEnabled,
      customerService: settings.customerService && toCustomerService(settings.customerService),
      orderLookupUrl: orNull(settings.orderLookupUrl),
    },
    ownerUsername: merchant.ownerUsername,
    createdAt: merchant.createdAt,
  };
}

export const subAccountView = z.object({
  id: z.string(),
  merchantId: z.string(),
  username: z.string(),
  displayName: z.string(),
  permissions: z.array(z.string()),
  branch: branchRefView.nullable().describe('Null: head office (R20, R24).'),
  deleted: z.boolean(),
  createdAt: timestamp,
  deletedAt: nullableTimestamp,
});

export function toSubAccount(account: accountV1.SubAccount__Output): z.infer<typeof subAccountView> {
  return {
    id: account.id,
    merchantId: account.merchantId,
    username: account.username,
    displayName: account.displayName,
    permissions: account.permissions,
    branch: toBranchRef(account.branch),
    deleted: account.deleted,
    createdAt: account.createdAt,
    deletedAt: orNull(account.deletedAt),
  };
}

export const branchView = z.object({
  id: z.string(),
  merchantId: z.string(),
  name: z.string(),
  code: z.string(),
  status: branchStatus.schema,
  address: z.string().nullable(),
  createdAt: timestamp,
});

export function toBranch(branch: accountV1.Branch__Output): z.infer<typeof branchView> {
  return {
    id: branch.id,
    merchantId: branch.merchantId,
    name: branch.name,
    code: branch.code,
    status: branchStatus.fromProto(branch.status),
    address: orNull(branch.address),
    createdAt: branch.createdAt,
  };
}

export const branchDetailView = branchView.extend({
  subAccounts: z.array(subAccountView).describe('The sub-accounts bound to this branch (R24).'),
});

export function toBranchDetail(branch: accountV1.Branch__Output): z.infer<typeof branchDetailView> {
  return { ...toBranch(branch), subAccounts: branch.subAccounts.map(toSubAccount) };
}

export const redeemableStoreView = z.object({
  id: z.string(),
  issuerMerchantId: z.string(),
  storeMerchantId: z.string(),
  storeName: z.string(),
  productIds: z.array(z.string()),
  status: z.string().describe('`linked` or `unlinked` (R18).'),
  createdAt: timestamp,
  unlinkedAt: nullableTimestamp,
});

export function toRedeemableStore(store: accountV1.RedeemableStore__Output): z.infer<typeof redeemableStoreView> {
  return {
    id: store.id,
    issuerMerchantId: store.issuerMerchantId,
    storeMerchantId: store.storeMerchantId,
    storeName: store.storeName,
    productIds: store.productIds,
    status: store.status,
    createdAt: store.createdAt,
    unlinkedAt: orNull(store.unlinkedAt),
  };
}

export const jointIssuerView = z.object({
  relationId: z.string(),
  issuerMerchantId: z.string(),
  issuerName: z.string(),
  issuerCustomerService: customerServiceView.nullable(),
  productIds: z.array(z.string()).describe('The products opened to the caller (R19).'),
  linkedAt: timestamp,
});

export function toJointIssuer(issuer: accountV1.JointIssuer__Output): z.infer<typeof jointIssuerView> {
  return {
    relationId: issuer.relationId,
    issuerMerchantId: issuer.issuerMerchantId,
    issuerName: issuer.issuerName,
    issuerCustomerService: issuer.issuerCustomerService && toCustomerService(issuer.issuerCustomerService),
    productIds: issuer.productIds,
    linkedAt: issuer.linkedAt,
  };
}

export const auditEntryView = z.object({
  id: z.string(),
  merchantId: z.string(),
  actor: z.object({ accountId: z.string(), name: z.string(), branch: branchRefView.nullable() }),
  action: z.string().describe('e.g. `sub_account.permissions_changed`'),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown().describe('The object before the change; null when it was created.'),
  after: z.unknown().describe('The object after the change.'),
  at: timestamp,
});

export function toAuditEntry(entry: accountV1.AuditEntry__Output): z.infer<typeof auditEntryView> {
  return {
    id: entry.id,
    merchantId: entry.merchantId,
    actor: { accountId: entry.actorAccountId, name: entry.actorName, branch: toBranchRef(entry.actorBranch) },
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: parsedJson(entry.beforeJson),
    after: parsedJson(entry.afterJson),
    at: entry.at,
  };
}

function parsedJson(json: string): unknown {
  if (json === '') return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
