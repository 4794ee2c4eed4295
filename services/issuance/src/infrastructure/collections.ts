import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { Order } from '../domain/order';
import type { Product } from '../domain/product';
import type { Ticket } from '../domain/ticket';

/**
 * An entity as stored: `revision` is the compare-and-set guard of every update; `sortKey`
 * (`createdAt|id`) orders lists and is what page cursors point at.
 */
export type Stored<T> = T & { readonly revision: number; readonly sortKey: string };

/** Reserves a pickup code (its id) for one order: codes are unique however many orders hold none. */
export interface PickupCodeReservation extends StoredDocument {
  readonly orderId: string;
  readonly merchantId: string;
}

export const products = defineCollection<Stored<Product>>('products', [
  { fields: ['merchantId', 'sortKey'] },
  { fields: ['merchantId', 'listed', 'sortKey'] },
]);

export const orders = defineCollection<Stored<Order>>('orders', [
  { fields: ['merchantId', 'merchantOrderNo'], unique: true },
  { fields: ['merchantId', 'sortKey'] },
  { fields: ['merchantId', 'branchId', 'sortKey'] },
  { fields: ['merchantId', 'state', 'sortKey'] },
  { fields: ['state', 'payment.authorizedAt'] },
  // R15: a buyer's orders, found by their e-mail on the merchant's order lookup page.
  { fields: ['merchantId', 'buyer.email'] },
]);

export const tickets = defineCollection<Stored<Ticket>>('tickets', [
  { fields: ['ticketNumber'], unique: true },
  { fields: ['redemptionCode'], unique: true },
  { fields: ['orderId', 'sortKey'] },
]);

export const pickupCodes = defineCollection<PickupCodeReservation>('pickup_codes');

/** Every collection the issuance service owns, declared once with its indexes. */
export const issuanceCollections: readonly CollectionSpec<StoredDocument>[] = [products, orders, tickets, pickupCodes] as CollectionSpec<StoredDocument>[];
