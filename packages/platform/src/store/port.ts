import { AppError } from '../errors';

/**
 * The document-store port every service talks to. Documents are plain JSON objects with a string
 * `id`; dates are stored as ISO-8601 strings (they sort correctly as text). Two adapters implement
 * it (SQLite, MongoDB); one contract suite holds them to the same behaviour.
 */
export interface StoredDocument {
  readonly id: string;
}

export interface IndexSpec {
  /** Dotted paths into the document; the index is over them in this order. */
  readonly fields: readonly string[];
  readonly unique?: boolean;
}

export interface CollectionSpec<T extends StoredDocument> {
  readonly name: string;
  readonly indexes: readonly IndexSpec[];
  /** Phantom field that carries the document type; never set at run time. */
  readonly __document?: T;
}

/** Declares a collection once; both adapters create its table/collection and indexes from this. */
export function defineCollection<T extends StoredDocument>(name: string, indexes: readonly IndexSpec[] = []): CollectionSpec<T> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`collection name must be snake_case: ${name}`);
  for (const index of indexes) {
    for (const field of index.fields) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(field)) throw new Error(`bad index field ${field} in ${name}`);
    }
  }
  return { name, indexes };
}

export type Scalar = string | number | boolean | null;

export type FieldCondition =
  | Scalar
  | { readonly $in: readonly Scalar[] }
  | { readonly $ne: Scalar }
  | RangeCondition
  | { readonly $exists: boolean };

/** Any combination of bounds, e.g. `{ $gte: from, $lt: to }`; at least one must be given. */
export interface RangeCondition {
  readonly $lt?: string | number;
  readonly $lte?: string | number;
  readonly $gt?: string | number;
  readonly $gte?: string | number;
}

/** Conditions on dotted paths, all of which must hold (AND). `null` matches a missing field too. */
export type Filter = Readonly<Record<string, FieldCondition>>;

export interface Update {
  readonly $set?: Readonly<Record<string, unknown>>;
  readonly $inc?: Readonly<Record<string, number>>;
  readonly $unset?: readonly string[];
  readonly $push?: Readonly<Record<string, unknown>>;
}

export interface FindOptions {
  readonly sort?: Readonly<Record<string, 1 | -1>>;
  readonly limit?: number;
  readonly skip?: number;
}

export interface Collection<T extends StoredDocument> {
  readonly spec: CollectionSpec<T>;
  /** Throws DuplicateKeyError when the id or a unique index is taken. */
  insert(document: T): Promise<T>;
  get(id: string): Promise<T | null>;
  findOne(filter: Filter, options?: FindOptions): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /**
   * The compare-and-set every state machine uses: applies `update` to one document matching
   * `filter` and returns it as it is after the update, or null when nothing matched.
   */
  updateOne(filter: Filter, update: Update): Promise<T | null>;
  updateMany(filter: Filter, update: Update): Promise<number>;
  deleteMany(filter: Filter): Promise<number>;
}

export type WriteOperation =
  | { readonly kind: 'insert'; readonly collection: CollectionSpec<StoredDocument>; readonly document: StoredDocument }
  | {
      readonly kind: 'update';
      readonly collection: CollectionSpec<StoredDocument>;
      readonly filter: Filter;
      readonly update: Update;
      /** When true (the default) the whole write is abandoned with a WriteConflictError if nothing matched. */
      readonly required: boolean;
    };

export function insertOperation<T extends StoredDocument>(collection: CollectionSpec<T>, document: T): WriteOperation {
  return { kind: 'insert', collection: collection as CollectionSpec<StoredDocument>, document };
}

export function updateOperation<T extends StoredDocument>(
  collection: CollectionSpec<T>,
  filter: Filter,
  update: Update,
  required = true,
): WriteOperation {
  return { kind: 'update', collection: collection as CollectionSpec<StoredDocument>, filter, update, required };
}

/** What each operation of an atomic write produced, in order: the inserted or updated document (null: no match). */
export type WriteResult = StoredDocument | null;

export interface Store {
  readonly kind: 'sqlite' | 'mongodb';
  /** Creates tables/collections and indexes; idempotent. Call once at start with every collection the service owns. */
  ensureCollections(specs: readonly CollectionSpec<StoredDocument>[]): Promise<void>;
  collection<T extends StoredDocument>(spec: CollectionSpec<T>): Collection<T>;
  /** All operations commit together or none does (a state change plus its outbox entries, an effect plus its inbox row). */
  write(operations: readonly WriteOperation[]): Promise<WriteResult[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DuplicateKeyError extends AppError {
  constructor(
    readonly collectionName: string,
    readonly fields: readonly string[],
  ) {
    super('conflict', 'DUPLICATE_KEY', `A ${collectionName} document with the same ${fields.join(', ')} already exists.`, {});
    this.name = 'DuplicateKeyError';
  }
}

/** Raised by `write` when a required conditional update matched nothing; nothing was written. */
export class WriteConflictError extends AppError {
  constructor(readonly collectionName: string) {
    super('conflict', 'WRITE_CONFLICT', `The ${collectionName} document changed concurrently or no longer matches.`, {});
    this.name = 'WriteConflictError';
  }
}
