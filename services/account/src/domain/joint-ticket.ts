import { failedPrecondition, invalidArgument } from '@ecticket/platform';

export type RelationStatus = 'linked' | 'unlinked';

/**
 * R18: the issuer lets the store redeem the listed products of its joint tickets. The products
 * themselves live in the issuance service; here only their ids are kept.
 */
export interface JointRelation {
  readonly id: string;
  readonly issuerMerchantId: string;
  readonly storeMerchantId: string;
  readonly productIds: readonly string[];
  readonly status: RelationStatus;
  /** Unique: one linked relation per (issuer, store) pair; an unlinked one frees it. */
  readonly activeKey: string;
  readonly createdAt: string;
  readonly unlinkedAt: string | null;
}

const PRODUCT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_PRODUCTS = 200;

export interface NewRelation {
  readonly id: string;
  readonly issuerMerchantId: string;
  readonly storeMerchantId: string;
  readonly productIds: readonly string[];
  readonly now: Date;
}

export function newRelation(input: NewRelation): JointRelation {
  if (input.storeMerchantId === input.issuerMerchantId) {
    throw invalidArgument('SELF_RELATION', 'A merchant cannot be its own redeemable store.');
  }
  return {
    id: input.id,
    issuerMerchantId: input.issuerMerchantId,
    storeMerchantId: input.storeMerchantId,
    productIds: validProductIds(input.productIds),
    status: 'linked',
    activeKey: activeKeyOf(input.issuerMerchantId, input.storeMerchantId),
    createdAt: input.now.toISOString(),
    unlinkedAt: null,
  };
}

export function activeKeyOf(issuerMerchantId: string, storeMerchantId: string): string {
  return `${issuerMerchantId}>${storeMerchantId}`;
}

/** R18: "unlinked" ends the cooperation; the relation stays for the record. */
export function unlinkRelation(relation: JointRelation, now: Date): JointRelation {
  if (relation.status === 'unlinked') throw failedPrecondition('RELATION_ALREADY_UNLINKED', 'The relation is already unlinked.');
  return { ...relation, status: 'unlinked', activeKey: `unlinked:${relation.id}`, unlinkedAt: now.toISOString() };
}

/** May the store redeem this product of the issuer? The issuer itself always may. */
export function allowsRedemption(issuerMerchantId: string, storeMerchantId: string, productId: string, relation: JointRelation | null): boolean {
  if (issuerMerchantId === storeMerchantId) return true;
  return relation !== null && relation.status === 'linked' && relation.productIds.includes(productId);
}

function validProductIds(productIds: readonly string[]): string[] {
  const unique = [...new Set(productIds)];
  if (unique.length === 0 || unique.length > MAX_PRODUCTS) {
    throw invalidArgument('INVALID_PRODUCT_IDS', `Name 1–${MAX_PRODUCTS} products to open to the store.`, { max: MAX_PRODUCTS });
  }
  const malformed = unique.filter((id) => !PRODUCT_ID.test(id));
  if (malformed.length > 0) {
    throw invalidArgument('INVALID_PRODUCT_IDS', 'Product ids are 1–64 letters, digits, "-" or "_".', { malformed: malformed.slice(0, 10).map((id) => id.slice(0, 64)) });
  }
  return unique;
}
