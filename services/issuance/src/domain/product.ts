import { failedPrecondition, invalidArgument } from '@ecticket/platform';
import { historyEntry, type ActorRef, type HistoryEntry } from './actor';
import type { CalendarDate } from './calendar';
import { requireIdList, requireIntegerInRange, requireMultilineText, requireText } from './validation';

/** R1: sold, escrowed pickup vouchers with a face value, and free gift vouchers. */
export type TicketType = 'pickup_voucher' | 'gift_voucher';

export type Expiry =
  | { readonly kind: 'on_date'; readonly date: CalendarDate }
  | { readonly kind: 'days_after_issue'; readonly days: number };

export interface Validity {
  /** null: usable from issue. */
  readonly usableFrom: CalendarDate | null;
  /** null: no expiry of its own. */
  readonly expiry: Expiry | null;
}

/** What a product promises; orders copy it, so later product changes never reach them or their tickets. */
export interface ProductTerms {
  readonly ticketType: TicketType;
  readonly name: string;
  readonly description: string;
  readonly faceValue: number;
  readonly validity: Validity;
  /** Electronic tickets: usable at once; otherwise they need a usable-from day (R26.3). */
  readonly immediatelyUsable: boolean;
  /** R31: the branches that may redeem it; empty: every branch. */
  readonly redemptionBranchIds: readonly string[];
  /** R31: the branches that may take it back; empty: every branch. */
  readonly returnBranchIds: readonly string[];
}

export interface Product extends ProductTerms {
  readonly id: string;
  readonly merchantId: string;
  readonly listed: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly history: readonly HistoryEntry[];
}

/** A product as an order bought it. */
export interface ProductSnapshot extends ProductTerms {
  readonly productId: string;
}

const MAX_FACE_VALUE = 1_000_000;
const MAX_VALID_DAYS = 3650;
const MAX_BRANCHES = 200;

export interface NewProduct {
  readonly id: string;
  readonly merchantId: string;
  readonly terms: ProductTerms;
  /** The merchant's contract allows gift vouchers. */
  readonly giftVouchersEnabled: boolean;
  readonly actor: ActorRef;
  readonly now: Date;
}

export function newProduct(input: NewProduct): Product {
  assertTicketTypeAllowed(input.terms.ticketType, input.giftVouchersEnabled);
  const now = input.now.toISOString();
  return {
    id: input.id,
    merchantId: input.merchantId,
    ...validTerms(input.terms),
    listed: true,
    createdAt: now,
    updatedAt: now,
    history: [historyEntry('product.created', input.actor, input.now)],
  };
}

export interface ProductEdit {
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly faceValue?: number | undefined;
  readonly validity?: Validity | undefined;
  readonly immediatelyUsable?: boolean | undefined;
  readonly redemptionBranchIds?: readonly string[] | undefined;
  readonly returnBranchIds?: readonly string[] | undefined;
  readonly listed?: boolean | undefined;
}

/** The ticket type stays: orders and reports already count the product as one or the other. */
export function editProduct(product: Product, edit: ProductEdit, actor: ActorRef, now: Date): Product {
  const terms: ProductTerms = {
    ticketType: product.ticketType,
    name: edit.name ?? product.name,
    description: edit.description ?? product.description,
    faceValue: edit.faceValue ?? product.faceValue,
    validity: edit.validity ?? product.validity,
    immediatelyUsable: edit.immediatelyUsable ?? product.immediatelyUsable,
    redemptionBranchIds: edit.redemptionBranchIds ?? product.redemptionBranchIds,
    returnBranchIds: edit.returnBranchIds ?? product.returnBranchIds,
  };
  return {
    ...product,
    ...validTerms(terms),
    listed: edit.listed ?? product.listed,
    updatedAt: now.toISOString(),
    history: [...product.history, historyEntry('product.updated', actor, now)],
  };
}

export function snapshotOf(product: Product): ProductSnapshot {
  return {
    productId: product.id,
    ticketType: product.ticketType,
    name: product.name,
    description: product.description,
    faceValue: product.faceValue,
    validity: product.validity,
    immediatelyUsable: product.immediatelyUsable,
    redemptionBranchIds: product.redemptionBranchIds,
    returnBranchIds: product.returnBranchIds,
  };
}

/** Gift vouchers only for merchants whose contract enables them. */
export function assertTicketTypeAllowed(ticketType: TicketType, giftVouchersEnabled: boolean): void {
  if (ticketType === 'gift_voucher' && !giftVouchersEnabled) {
    throw failedPrecondition('GIFT_VOUCHERS_NOT_ENABLED', "Gift vouchers need the merchant's contract to enable them.");
  }
}

/** Every branch a product names, for the caller to check they are the merchant's. */
export function branchIdsOf(terms: ProductTerms): string[] {
  return [...new Set([...terms.redemptionBranchIds, ...terms.returnBranchIds])];
}

function validTerms(terms: ProductTerms): ProductTerms {
  return {
    ticketType: terms.ticketType,
    name: requireText(terms.name, 'name', 1, 100),
    description: requireMultilineText(terms.description, 'description', 0, 2000),
    faceValue: validFaceValue(terms.ticketType, terms.faceValue),
    validity: validValidity(terms.validity),
    immediatelyUsable: terms.immediatelyUsable,
    redemptionBranchIds: requireIdList(terms.redemptionBranchIds, 'redemptionBranchIds', MAX_BRANCHES),
    returnBranchIds: requireIdList(terms.returnBranchIds, 'returnBranchIds', MAX_BRANCHES),
  };
}

/** R1: a pickup voucher is sold for its face value; a gift voucher is free. */
function validFaceValue(ticketType: TicketType, faceValue: number): number {
  if (ticketType === 'gift_voucher') {
    if (faceValue !== 0) throw invalidArgument('GIFT_VOUCHER_HAS_NO_FACE_VALUE', 'A gift voucher is free: its face value is 0.');
    return 0;
  }
  return requireIntegerInRange(faceValue, 'faceValue', 1, MAX_FACE_VALUE);
}

function validValidity(validity: Validity): Validity {
  const { usableFrom, expiry } = validity;
  if (expiry?.kind === 'days_after_issue') requireIntegerInRange(expiry.days, 'validDays', 1, MAX_VALID_DAYS);
  if (expiry?.kind === 'on_date' && usableFrom !== null && expiry.date < usableFrom) {
    throw invalidArgument('EXPIRY_BEFORE_USABLE_FROM', 'The expiry day cannot come before the usable-from day.');
  }
  return validity;
}
