import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { Account } from '../domain/account';
import type { Branch } from '../domain/branch';
import type { AuditEntry } from '../domain/change';
import type { JointRelation } from '../domain/joint-ticket';
import type { Merchant } from '../domain/merchant';

/**
 * An entity as stored: `revision` is the compare-and-set guard of every update; `sortKey`
 * (`createdAt|id`) orders lists and is what page cursors point at.
 */
export type Stored<T> = T & { readonly revision: number; readonly sortKey: string };

export type AuditRecord = AuditEntry & { readonly sortKey: string };

/** One login attempt, kept for the length of the rate-limit window. */
export interface LoginAttempt extends StoredDocument {
  /** `address`: every attempt from a client address; `account`: failed attempts on a login key. */
  readonly scope: 'address' | 'account';
  readonly key: string;
  readonly at: string;
}

export const merchants = defineCollection<Stored<Merchant>>('merchants', [
  { fields: ['sortKey'] },
  { fields: ['settings.orderLookupToken'], unique: true },
]);

export const accounts = defineCollection<Stored<Account>>('accounts', [
  { fields: ['loginKey'], unique: true },
  { fields: ['merchantId', 'role', 'status', 'sortKey'] },
  { fields: ['merchantId', 'branchId', 'status', 'sortKey'] },
]);

export const branches = defineCollection<Stored<Branch>>('branches', [
  { fields: ['merchantId', 'code'], unique: true },
  { fields: ['merchantId', 'sortKey'] },
]);

export const jointRelations = defineCollection<Stored<JointRelation>>('joint_relations', [
  { fields: ['activeKey'], unique: true },
  { fields: ['issuerMerchantId', 'sortKey'] },
  { fields: ['storeMerchantId', 'status', 'sortKey'] },
]);

export const auditLog = defineCollection<AuditRecord>('audit_log', [
  { fields: ['merchantId', 'sortKey'] },
  { fields: ['merchantId', 'actor.branch.id', 'sortKey'] },
]);

export const loginAttempts = defineCollection<LoginAttempt>('login_attempts', [{ fields: ['scope', 'key', 'at'] }, { fields: ['at'] }]);

/** Every collection the account service owns, declared once with its indexes. */
export const accountCollections: readonly CollectionSpec<StoredDocument>[] = [
  merchants,
  accounts,
  branches,
  jointRelations,
  auditLog,
  loginAttempts,
] as CollectionSpec<StoredDocument>[];
