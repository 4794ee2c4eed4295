import type { CollectionSpec, StoredDocument } from '@ecticket/platform';

/** Every collection the account service owns, declared once with its indexes. */
export const accountCollections: readonly CollectionSpec<StoredDocument>[] = [];
