import mongoose, { mongo } from 'mongoose';
import { unavailable } from '../errors';
import {
  DuplicateKeyError,
  WriteConflictError,
  type Collection,
  type CollectionSpec,
  type FieldCondition,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Scalar,
  type Store,
  type StoredDocument,
  type Update,
  type WriteOperation,
  type WriteResult,
} from './port';

/**
 * The production adapter: a dedicated mongoose connection, used through the driver's native
 * collections (documents are plain JSON, no mongoose models). A document's `id` is stored as `_id`
 * and mapped back on every read, so `_id` never leaves the adapter. Documents and update values go
 * through JSON on the way in, so both adapters store exactly the same values (a Date becomes its
 * ISO string, as the port prescribes). Multi-document writes need a replica set (transactions).
 */
export interface MongoStoreOptions {
  readonly url: string;
  /** Defaults to the database named in the URL. */
  readonly database?: string;
  readonly serverSelectionTimeoutMs?: number;
}

export async function createMongoStore(options: MongoStoreOptions): Promise<Store> {
  const connection = mongoose.createConnection(options.url, {
    ...(options.database ? { dbName: options.database } : {}),
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 10_000,
  });
  try {
    await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw unavailable('STORE_UNAVAILABLE', 'Cannot connect to MongoDB.', {}, error);
  }
  return new MongoStore(connection);
}

/** How a document lies in MongoDB: our `id` as `_id`. */
interface MongoDocument {
  _id: string;
  [field: string]: unknown;
}

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/;
const NAMESPACE_EXISTS = 48;
const DUPLICATE_KEY = 11000;

const transactionOptions: mongo.TransactionOptions = {
  readConcern: { level: 'snapshot' },
  writeConcern: { w: 'majority' },
};

class MongoStore implements Store {
  readonly kind = 'mongodb' as const;
  private readonly ensured = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly connection: mongoose.Connection) {}

  async ensureCollections(specs: readonly CollectionSpec<StoredDocument>[]): Promise<void> {
    for (const spec of specs) await this.ready(spec);
  }

  collection<T extends StoredDocument>(spec: CollectionSpec<T>): Collection<T> {
    return new MongoStoreCollection(this, spec);
  }

  async write(operations: readonly WriteOperation[]): Promise<WriteResult[]> {
    // Collections and indexes are created before the transaction, which must not create them.
    for (const operation of operations) await this.ready(operation.collection);
    return guard(() =>
      this.connection
        .getClient()
        .withSession((session) => session.withTransaction(() => this.applyAll(operations, session), transactionOptions)),
    );
  }

  async ping(): Promise<void> {
    await guard(() => this.db().command({ ping: 1 }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close();
  }

  /** The native collection, created with its indexes on first use. */
  async ready(spec: CollectionSpec<StoredDocument>): Promise<mongo.Collection<MongoDocument>> {
    let ensured = this.ensured.get(spec.name);
    if (!ensured) {
      ensured = guard(() => this.createCollection(spec));
      this.ensured.set(spec.name, ensured);
      ensured.catch(() => this.ensured.delete(spec.name));
    }
    await ensured;
    return this.db().collection<MongoDocument>(spec.name);
  }

  private db(): mongo.Db {
    const db = this.connection.db;
    if (this.closed || !db) throw unavailable('STORE_CLOSED', 'The store is closed.');
    return db;
  }

  private async createCollection(spec: CollectionSpec<StoredDocument>): Promise<void> {
    assertCollectionSpec(spec);
    try {
      await this.db().createCollection(spec.name);
    } catch (error) {
      if (!(error instanceof mongo.MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
    }
    const native = this.db().collection<MongoDocument>(spec.name);
    for (const index of spec.indexes) {
      // `id` is `_id`, which MongoDB always indexes uniquely; it cannot take index options.
      if (index.fields.length === 1 && index.fields[0] === 'id') continue;
      await native.createIndex(indexKeys(index), { unique: index.unique === true });
    }
  }

  private async applyAll(operations: readonly WriteOperation[], session: mongo.ClientSession): Promise<WriteResult[]> {
    // Sequential on purpose: operations of one transaction must not run concurrently on its session.
    const results: WriteResult[] = [];
    for (const operation of operations) results.push(await this.apply(operation, session));
    return results;
  }

  private async apply(operation: WriteOperation, session: mongo.ClientSession): Promise<WriteResult> {
    const native = await this.ready(operation.collection);
    const name = operation.collection.name;
    if (operation.kind === 'insert') return insertDocument(native, name, operation.document, session);
    const updated = await updateDocument(native, name, operation.filter, operation.update, session);
    if (updated === null && operation.required) throw new WriteConflictError(name);
    return updated;
  }
}

class MongoStoreCollection<T extends StoredDocument> implements Collection<T> {
  constructor(
    private readonly store: MongoStore,
    readonly spec: CollectionSpec<T>,
  ) {}

  async insert(document: T): Promise<T> {
    const native = await this.native();
    return guard(() => insertDocument(native, this.spec.name, document));
  }

  async get(id: string): Promise<T | null> {
    return this.findOne({ id });
  }

  async findOne(filter: Filter, options: FindOptions = {}): Promise<T | null> {
    return (await this.find(filter, { ...options, limit: 1 }))[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const native = await this.native();
    const query = toMongoFilter(filter);
    const paging = toPaging(options);
    // MongoDB reads limit 0 as "no limit"; the port (like SQL) means no documents.
    if (paging.limit === 0) return [];
    const sort = toMongoSort(options.sort);
    const documents = await guard(() => native.find(query, { ...(sort ? { sort } : {}), ...paging }).toArray());
    return documents.map((document) => fromMongo<T>(document));
  }

  async count(filter: Filter): Promise<number> {
    const native = await this.native();
    const query = toMongoFilter(filter);
    return guard(() => native.countDocuments(query));
  }

  async updateOne(filter: Filter, update: Update): Promise<T | null> {
    const native = await this.native();
    return guard(() => updateDocument(native, this.spec.name, filter, update)) as Promise<T | null>;
  }

  async updateMany(filter: Filter, update: Update): Promise<number> {
    const native = await this.native();
    const query = toMongoFilter(filter);
    const changes = toMongoUpdate(update);
    if (!changes) return this.count(filter);
    const result = await guard(() => withDuplicateKeys(this.spec.name, () => native.updateMany(query, changes)));
    return result.matchedCount;
  }

  async deleteMany(filter: Filter): Promise<number> {
    const native = await this.native();
    const query = toMongoFilter(filter);
    return (await guard(() => native.deleteMany(query))).deletedCount;
  }

  private native(): Promise<mongo.Collection<MongoDocument>> {
    return this.store.ready(this.spec);
  }
}

// ---------------------------------------------------------------------------------------------
// Operations shared by collections and transactions

async function insertDocument<T extends StoredDocument>(
  native: mongo.Collection<MongoDocument>,
  collectionName: string,
  document: T,
  session?: mongo.ClientSession,
): Promise<T> {
  const stored = toMongo(document);
  await withDuplicateKeys(collectionName, () => native.insertOne(stored, { session }));
  return fromMongo<T>(stored);
}

/** The compare-and-set: one atomic findOneAndUpdate that returns the document after the update. */
async function updateDocument(
  native: mongo.Collection<MongoDocument>,
  collectionName: string,
  filter: Filter,
  update: Update,
  session?: mongo.ClientSession,
): Promise<StoredDocument | null> {
  const query = toMongoFilter(filter);
  const changes = toMongoUpdate(update);
  const updated = changes
    ? await withDuplicateKeys(collectionName, () => native.findOneAndUpdate(query, changes, { returnDocument: 'after', session }))
    : await native.findOne(query, { session });
  return updated ? fromMongo(updated) : null;
}

async function withDuplicateKeys<R>(collectionName: string, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    throw toDuplicateKeyError(error, collectionName) ?? error;
  }
}

function toDuplicateKeyError(error: unknown, collectionName: string): DuplicateKeyError | undefined {
  if (!(error instanceof mongo.MongoServerError) || error.code !== DUPLICATE_KEY) return undefined;
  const keyPattern: unknown = error['keyPattern'];
  const fields = isObject(keyPattern) ? Object.keys(keyPattern).map(fromMongoPath) : [];
  return new DuplicateKeyError(collectionName, fields);
}

/** Connection-level failures become `unavailable` so callers (and circuit breakers) can tell them from refusals. */
async function guard<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof mongo.MongoNetworkError ||
      error instanceof mongo.MongoServerSelectionError ||
      error instanceof mongo.MongoTopologyClosedError ||
      error instanceof mongo.MongoNotConnectedError
    ) {
      throw unavailable('STORE_UNAVAILABLE', 'MongoDB is unavailable.', {}, error);
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Mapping between the port and MongoDB

function toMongo(document: StoredDocument): MongoDocument {
  assertInsertable(document);
  const { id, ...fields } = toJson(document) as StoredDocument & Record<string, unknown>;
  return { _id: id, ...fields };
}

function fromMongo<T extends StoredDocument>(stored: MongoDocument): T {
  const { _id, __v: _version, ...fields } = stored;
  return { id: _id, ...fields } as unknown as T;
}

function toMongoPath(path: string): string {
  assertFieldPath(path);
  return path === 'id' ? '_id' : path;
}

function fromMongoPath(path: string): string {
  return path === '_id' ? 'id' : path;
}

function indexKeys(index: IndexSpec): Record<string, 1> {
  return Object.fromEntries(index.fields.map((field) => [toMongoPath(field), 1 as const]));
}

function toMongoFilter(filter: Filter): mongo.Filter<MongoDocument> {
  const query: Record<string, unknown> = {};
  for (const [path, condition] of Object.entries(filter)) query[toMongoPath(path)] = toMongoCondition(path, condition);
  return query as mongo.Filter<MongoDocument>;
}

/**
 * Rebuilt operator by operator (rather than passed through) so that only the port's operators and
 * scalar operands reach MongoDB: an object smuggled in as a value cannot become a query operator.
 * MongoDB already matches the port's semantics: null matches missing, $ne matches missing, ranges
 * only compare values of the operand's type, booleans never equal numbers.
 */
function toMongoCondition(path: string, condition: FieldCondition): unknown {
  if (typeof condition !== 'object' || condition === null) return assertScalar(condition, path);
  if (Array.isArray(condition)) throw new Error(`array equality is not supported (${path})`);
  const operators = Object.entries(condition);
  if (operators.length === 0) throw new Error(`empty condition on ${path}`);
  return Object.fromEntries(operators.map(([operator, operand]) => [operator, toMongoOperand(path, operator, operand)]));
}

function toMongoOperand(path: string, operator: string, operand: unknown): unknown {
  switch (operator) {
    case '$in':
      if (!Array.isArray(operand)) throw new Error(`$in on ${path} needs an array`);
      return operand.map((value) => assertScalar(value, path));
    case '$ne':
      return assertScalar(operand, path);
    case '$exists':
      if (typeof operand !== 'boolean') throw new Error(`$exists on ${path} needs a boolean`);
      return operand;
    case '$lt':
    case '$lte':
    case '$gt':
    case '$gte':
      if (typeof operand === 'string' || (typeof operand === 'number' && Number.isFinite(operand))) return operand;
      throw new Error(`range operand on ${path} must be a string or a finite number`);
    default:
      throw new Error(`unsupported filter operator ${operator} on ${path}`);
  }
}

function toMongoSort(sort: FindOptions['sort']): mongo.Sort | undefined {
  if (!sort) return undefined;
  const keys: [string, 1 | -1][] = Object.entries(sort).map(([path, direction]) => {
    if (direction !== 1 && direction !== -1) throw new Error(`sort direction on ${path} must be 1 or -1`);
    return [toMongoPath(path), direction];
  });
  return keys.length === 0 ? undefined : Object.fromEntries(keys);
}

function toPaging(options: FindOptions): { limit?: number; skip?: number } {
  for (const [name, value] of [
    ['limit', options.limit],
    ['skip', options.skip],
  ] as const) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) throw new Error(`${name} must be a non-negative integer`);
  }
  return {
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.skip !== undefined ? { skip: options.skip } : {}),
  };
}

const updateOperators = new Set(['$set', '$inc', '$unset', '$push']);

/** The MongoDB update document, or undefined when the update changes nothing. */
function toMongoUpdate(update: Update): mongo.UpdateFilter<MongoDocument> | undefined {
  for (const operator of Object.keys(update)) {
    if (!updateOperators.has(operator)) throw new Error(`unsupported update operator ${operator}`);
  }
  const changes: Record<string, Record<string, unknown>> = {};
  const set = mapPaths(update.$set, toJson);
  const inc = mapPaths(update.$inc, (amount, path) => {
    if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new Error(`$inc on ${path} needs a finite number`);
    return amount;
  });
  const unset = mapPaths(Object.fromEntries((update.$unset ?? []).map((path) => [path, ''])), (value) => value);
  const push = mapPaths(update.$push, toJson);
  if (set) changes['$set'] = set;
  if (inc) changes['$inc'] = inc;
  if (unset) changes['$unset'] = unset;
  if (push) changes['$push'] = push;
  return Object.keys(changes).length === 0 ? undefined : (changes as mongo.UpdateFilter<MongoDocument>);
}

function mapPaths(
  values: Readonly<Record<string, unknown>> | undefined,
  map: (value: unknown, path: string) => unknown,
): Record<string, unknown> | undefined {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([path, value]) => [assertUpdatablePath(path), map(value, path)]));
}

// ---------------------------------------------------------------------------------------------
// Validation (the same rules as the SQLite adapter, so both refuse the same input)

function assertCollectionSpec(spec: CollectionSpec<StoredDocument>): void {
  if (!COLLECTION_NAME.test(spec.name)) throw new Error(`collection name must be snake_case: ${spec.name}`);
  for (const index of spec.indexes) {
    if (index.fields.length === 0) throw new Error(`empty index in ${spec.name}`);
    index.fields.forEach(assertFieldPath);
  }
}

function assertFieldPath(path: string): void {
  if (!FIELD_PATH.test(path) || path.split('.').includes('__proto__')) throw new Error(`bad field path: ${path}`);
}

function assertUpdatablePath(path: string): string {
  assertFieldPath(path);
  const root = path.split('.')[0];
  if (root === 'id' || root === '_id') throw new Error(`the document id cannot be updated (${path})`);
  return path;
}

function assertScalar(value: unknown, path: string): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`filter value on ${path} must be a string, finite number, boolean or null`);
}

function assertInsertable(document: StoredDocument): void {
  if (!isObject(document)) throw new Error('a document must be an object');
  if (typeof document.id !== 'string' || document.id.length === 0) throw new Error('a document needs a non-empty string id');
  if (Object.hasOwn(document, '_id')) throw new Error('documents must not carry _id; the store maps id');
}

function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
