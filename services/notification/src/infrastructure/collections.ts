import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { Delivery } from '../domain/delivery';

/** The delivery log; listed per order by request time. */
export const deliveries = defineCollection<Delivery>('deliveries', [{ fields: ['merchantId', 'orderId', 'sortKey'] }]);

/** Every collection the notification service owns, declared once with its indexes. */
export const notificationCollections: readonly CollectionSpec<StoredDocument>[] = [deliveries as CollectionSpec<StoredDocument>];
