import type { Account, Role } from './account';
import type { Actor } from './actor';
import type { Branch } from './branch';
import type { JointRelation } from './joint-ticket';
import type { Merchant } from './merchant';

/** Every change this service makes; each is both an audit action and an event type (version 1). */
export type ChangeAction =
  | 'account.operator_created'
  | 'merchant.created'
  | 'merchant.contract_changed'
  | 'merchant.settings_changed'
  | 'sub_account.created'
  | 'sub_account.password_changed'
  | 'sub_account.permissions_changed'
  | 'sub_account.branch_changed'
  | 'sub_account.deleted'
  | 'branch.created'
  | 'branch.updated'
  | 'branch.disabled'
  | 'branch.enabled'
  | 'relation.linked'
  | 'relation.unlinked';

export type TargetType = 'merchant' | 'account' | 'branch' | 'relation';

/** A JSON-able view of an object, built from an allowlist of fields: never a password hash, token or key. */
export type Snapshot = Readonly<Record<string, unknown>>;

export interface Change {
  readonly action: ChangeAction;
  /** The merchant whose audit log and events the change belongs to; null for platform-level changes. */
  readonly merchantId: string | null;
  readonly targetType: TargetType;
  readonly targetId: string;
  readonly before: Snapshot | null;
  readonly after: Snapshot;
}

export function merchantChange(action: ChangeAction, before: Merchant | null, after: Merchant): Change {
  return change(action, after.id, 'merchant', after.id, before && merchantSnapshot(before), merchantSnapshot(after));
}

export function accountChange(action: ChangeAction, before: Account | null, after: Account): Change {
  return change(action, after.merchantId, 'account', after.id, before && accountSnapshot(before), accountSnapshot(after));
}

export function branchChange(action: ChangeAction, before: Branch | null, after: Branch): Change {
  return change(action, after.merchantId, 'branch', after.id, before && branchSnapshot(before), branchSnapshot(after));
}

export function relationChange(action: ChangeAction, before: JointRelation | null, after: JointRelation): Change {
  return change(action, after.issuerMerchantId, 'relation', after.id, before && relationSnapshot(before), relationSnapshot(after));
}

function change(
  action: ChangeAction,
  merchantId: string | null,
  targetType: TargetType,
  targetId: string,
  before: Snapshot | null,
  after: Snapshot,
): Change {
  return { action, merchantId, targetType, targetId, before, after };
}

function merchantSnapshot(merchant: Merchant): Snapshot {
  const { smsEnabled, customerService } = merchant.settings;
  return { id: merchant.id, name: merchant.name, contract: merchant.contract, settings: { smsEnabled, customerService }, ownerUsername: merchant.ownerUsername };
}

function accountSnapshot(account: Account): Snapshot {
  return {
    id: account.id,
    role: account.role,
    merchantId: account.merchantId,
    username: account.username,
    displayName: account.displayName,
    permissions: account.permissions,
    branchId: account.branchId,
    status: account.status,
    credentialsVersion: account.credentialsVersion,
    deletedAt: account.deletedAt,
  };
}

function branchSnapshot(branch: Branch): Snapshot {
  return { id: branch.id, merchantId: branch.merchantId, name: branch.name, code: branch.code, address: branch.address, status: branch.status };
}

function relationSnapshot(relation: JointRelation): Snapshot {
  return {
    id: relation.id,
    issuerMerchantId: relation.issuerMerchantId,
    storeMerchantId: relation.storeMerchantId,
    productIds: relation.productIds,
    status: relation.status,
    unlinkedAt: relation.unlinkedAt,
  };
}

/** Who made a change, as the audit log keeps it: the name and branch as they were then (R21). */
export interface AuditActor {
  readonly accountId: string;
  readonly name: string;
  readonly role: Role | 'system';
  readonly branch: { readonly id: string; readonly name: string; readonly code: string } | null;
}

/** Changes the service makes by itself (the operator account of the first start). */
export const systemActor: AuditActor = { accountId: 'system', name: 'system', role: 'system', branch: null };

export function auditActorOf(actor: Actor): AuditActor {
  const { branch } = actor;
  return {
    accountId: actor.accountId,
    name: actor.name,
    role: actor.role,
    branch: branch && { id: branch.id, name: branch.name, code: branch.code },
  };
}

export interface AuditEntry {
  readonly id: string;
  readonly merchantId: string | null;
  readonly actor: AuditActor;
  readonly action: ChangeAction;
  readonly targetType: TargetType;
  readonly targetId: string;
  readonly before: Snapshot | null;
  readonly after: Snapshot;
  readonly at: string;
}

export function auditEntryOf(change: Change, actor: AuditActor, id: string, at: Date): AuditEntry {
  return { id, ...change, actor, at: at.toISOString() };
}

export interface ChangeEvent {
  readonly type: ChangeAction;
  readonly version: 1;
  readonly merchantId: string | null;
  readonly data: { readonly [target in TargetType]?: Snapshot } & { readonly changedBy: string };
}

export function eventOf(change: Change, actor: AuditActor): ChangeEvent {
  return { type: change.action, version: 1, merchantId: change.merchantId, data: { [change.targetType]: change.after, changedBy: actor.accountId } };
}
