import type { CollectionSpec, StoredDocument } from '@ecticket/platform';

/** Every collection the redemption service owns, declared once with its indexes. */
export const redemptionCollections: readonly CollectionSpec<StoredDocument>[] = [];
