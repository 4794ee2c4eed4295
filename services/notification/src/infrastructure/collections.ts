import type { CollectionSpec, StoredDocument } from '@ecticket/platform';

/** Every collection the notification service owns, declared once with its indexes. */
export const notificationCollections: readonly CollectionSpec<StoredDocument>[] = [];
