import type { CollectionSpec, StoredDocument } from '@ecticket/platform';

/** Every collection the payment service owns, declared once with its indexes. */
export const paymentCollections: readonly CollectionSpec<StoredDocument>[] = [];
