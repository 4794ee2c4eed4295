import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { Delivery } from '../domain/delivery';

/** The delivery log; listed per order by request time, and taken up again by when a retry is due. */
export const deliveries = defineCollection<Delivery>('deliveries', [{ fields: ['merchantId', 'orderId', 'sortKey'] }, { fields: ['retryAt'] }]);

/** Every collection the notification service owns, declared once with its indexes. */
export const notificationCollections: readonly CollectionSpec<StoredDocument>[] = [deliveries as CollectionSpec<StoredDocument>];
