import { z } from 'zod';
import { AppError } from '@ecticket/platform';
import type { accountV1 } from '@ecticket/contracts';

/**
 * What the public API answers: an allow-list of fields per object (OWASP API3), each schema the
 * OpenAPI response and the return type of its mapper, so the two cannot drift. Empty proto strings
 * become null.
 */

const timestamp = z.string().describe('ISO-8601');
const nullableTimestamp = timestamp.nullable();

function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** A proto enum value the API has no name for is a broken contract with the service, not the caller's fault. */
function named<From extends string, To extends string>(names: Readonly<Record<From, To | null>>, field: string) {
  return (value: From): To => {
    const name = names[value];
    if (name === null) throw new AppError('internal', 'UNEXPECTED_UPSTREAM_ANSWER', `The account service answered an unspecified ${field}.`);
    return name;
  };
}

const branchStatusName = named<accountV1.BranchStatus__Output, 'enabled' | 'disabled'>(
  { BRANCH_STATUS_UNSPECIFIED: null, BRANCH_STATUS_ENABLED: 'enabled', BRANCH_STATUS_DISABLED: 'disabled' },
  'branch status',
);
const roleName = named<accountV1.Role__Output, 'operator' | 'owner' | 'sub_account'>(
  { ROLE_UNSPECIFIED: null, ROLE_OPERATOR: 'operator', ROLE_OWNER: 'owner', ROLE_SUB_ACCOUNT: 'sub_account' },
  'role',
);

export const branchRefView = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  status: z.enum(['enabled', 'disabled']),
});
type BranchRefView = z.infer<typeof branchRefView>;

function toBranchRef(branch: accountV1.BranchRef__Output | null): BranchRefView | null {
  return branch && { id: branch.id, name: branch.name, code: branch.code, status: branchStatusName(branch.status) };
}

export const principalView = z.object({
  accountId: z.string(),
  merchantId: z.string().nullable().describe('Null for platform operators.'),
  role: z.enum(['operator', 'owner', 'sub_account']),
  name: z.string(),
  permissions: z.array(z.string()),
  branch: branchRefView.nullable().describe('Null: head office (R22).'),
  headOffice: z.boolean(),
});

export function toPrincipal(principal: accountV1.Principal__Output): z.infer<typeof principalView> {
  return {
    accountId: principal.accountId,
    merchantId: orNull(principal.merchantId),
    role: roleName(principal.role),
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
  if (!session.principal) throw new AppError('internal', 'UNEXPECTED_UPSTREAM_ANSWER', 'The account service answered a session without a principal.');
  return { accessToken: session.accessToken, tokenType: 'Bearer', expiresIn: session.expiresIn, principal: toPrincipal(session.principal) };
}

const contractView = z.object({
  payoutDays: z.number().int(),
  guaranteeDays: z.number().int(),
  giftVouchersEnabled: z.boolean(),
  smsServiceEnabled: z.boolean(),
});

const customerServiceView = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hours: z.string().nullable(),
  address: z.string().nullable(),
  storeWebsiteUrl: z.string().nullable().describe('Only platform operators change it (R17).'),
});

function toCustomerService(info: accountV1.CustomerService__Output | null): z.infer<typeof customerServiceView> | null {
  return (
    info && {
      phone: orNull(info.phone),
      email: orNull(info.email),
      hours: orNull(info.hours),
      address: orNull(info.address),
      storeWebsiteUrl: orNull(info.storeWebsiteUrl),
    }
  );
}

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
      customerService: toCustomerService(settings.customerService),
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
  status: z.enum(['enabled', 'disabled']),
  address: z.string().nullable(),
  createdAt: timestamp,
});

export function toBranch(branch: accountV1.Branch__Output): z.infer<typeof branchView> {
  return {
    id: branch.id,
    merchantId: branch.merchantId,
    name: branch.name,
    code: branch.code,
    status: branchStatusName(branch.status),
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
    issuerCustomerService: toCustomerService(issuer.issuerCustomerService),
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

/** One page of a list, with the cursor of the next one (null on the last page). */
export function pageView<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export function toPage<From, To>(items: readonly From[], nextCursor: string, view: (item: From) => To): { items: To[]; nextCursor: string | null } {
  return { items: items.map(view), nextCursor: orNull(nextCursor) };
}
