import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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
 * The embedded adapter: one SQLite file per service, one table `(id, doc)` per collection holding
 * JSON documents, declared indexes as expression indexes over `json_extract`. Every write that reads
 * before it writes runs in a `BEGIN IMMEDIATE` transaction, so it holds the file's write lock from
 * the read on: two Store instances (or processes) on one file cannot both win a compare-and-set.
 */
export interface SqliteStoreOptions {
  /** The database file; created when missing. */
  readonly file: string;
  /** How long a writer waits for another connection's lock before failing with STORE_BUSY (ms). */
  readonly busyTimeoutMs?: number;
}

export function createSqliteStore(options: SqliteStoreOptions): Store {
  return new SqliteStore(new SqliteEngine(options));
}

const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const DEFAULT_BUSY_TIMEOUT_MS = 5000;
const STATEMENT_CACHE_SIZE = 500;

type Json = Record<string, unknown>;
interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;

  constructor(private readonly engine: SqliteEngine) {}

  async ensureCollections(specs: readonly CollectionSpec<StoredDocument>[]): Promise<void> {
    this.engine.guard(() => specs.forEach((spec) => this.engine.ensure(spec)));
  }

  collection<T extends StoredDocument>(spec: CollectionSpec<T>): Collection<T> {
    return new SqliteCollection(this.engine, spec);
  }

  async write(operations: readonly WriteOperation[]): Promise<WriteResult[]> {
    this.engine.guard(() => operations.forEach((operation) => this.engine.ensure(operation.collection)));
    return this.engine.queueWrite(() => operations.map((operation) => this.apply(operation)));
  }

  async ping(): Promise<void> {
    this.engine.guard(() => this.engine.statement('SELECT 1').get());
  }

  async close(): Promise<void> {
    this.engine.close();
  }

  private apply(operation: WriteOperation): WriteResult {
    if (operation.kind === 'insert') return this.engine.insert(operation.collection, operation.document);
    const updated = this.engine.updateFirst(operation.collection, operation.filter, operation.update);
    if (updated === null && operation.required) throw new WriteConflictError(operation.collection.name);
    return updated;
  }
}

class SqliteCollection<T extends StoredDocument> implements Collection<T> {
  constructor(
    private readonly engine: SqliteEngine,
    readonly spec: CollectionSpec<T>,
  ) {}

  async insert(document: T): Promise<T> {
    return this.write(() => this.engine.insert(this.spec, document));
  }

  async get(id: string): Promise<T | null> {
    return this.findOne({ id });
  }

  async findOne(filter: Filter, options: FindOptions = {}): Promise<T | null> {
    return (await this.find(filter, { ...options, limit: 1 }))[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.read(() => this.engine.select(this.spec, filter, options));
  }

  async count(filter: Filter): Promise<number> {
    return this.read(() => this.engine.count(this.spec, filter));
  }

  async updateOne(filter: Filter, update: Update): Promise<T | null> {
    return this.write(() => this.engine.updateFirst(this.spec, filter, update));
  }

  async updateMany(filter: Filter, update: Update): Promise<number> {
    return this.write(() => this.engine.updateAll(this.spec, filter, update));
  }

  async deleteMany(filter: Filter): Promise<number> {
    return this.write(() => this.engine.delete(this.spec, filter));
  }

  private read<R>(work: () => R): R {
    return this.engine.guard(() => {
      this.engine.ensure(this.spec);
      return work();
    });
  }

  private write<R>(work: () => R): Promise<R> {
    this.engine.guard(() => this.engine.ensure(this.spec));
    return this.engine.queueWrite(work);
  }
}

interface QueuedWrite {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** The synchronous core: one connection, its statement cache, and the row-level operations. */
class SqliteEngine {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly ensured = new Set<string>();
  private queuedWrites: QueuedWrite[] = [];

  constructor(options: SqliteStoreOptions) {
    // better-sqlite3's `timeout` is SQLite's busy_timeout; it is set before switching to WAL,
    // which itself needs the lock when another process has the file open.
    if (options.file !== ':memory:') mkdirSync(path.dirname(options.file), { recursive: true });
    this.db = new Database(options.file, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    const mode = this.db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      this.db.close();
      throw new Error(`SQLite store ${options.file} cannot use WAL (journal_mode is ${String(mode)})`);
    }
    this.db.pragma('synchronous = NORMAL');
  }

  /** Runs synchronous store work, turning lock timeouts and a closed connection into AppErrors. */
  guard<R>(work: () => R): R {
    if (!this.db.open) throw unavailable('STORE_CLOSED', 'The store is closed.');
    try {
      return work();
    } catch (error) {
      if (/^SQLITE_(BUSY|LOCKED)/.test(sqliteErrorCode(error) ?? '')) {
        throw unavailable('STORE_BUSY', 'The store is busy; try again.', {}, error);
      }
      throw error;
    }
  }

  immediate<R>(work: () => R): R {
    return this.db.transaction(work).immediate();
  }

  /**
   * Group commit. Writes queued in one turn of the event loop commit together in ONE IMMEDIATE
   * transaction, each in its own savepoint: a write that throws rolls back alone and rejects only
   * its caller; every write still reads and writes as one compare-and-set. The commit is most of
   * what a small write costs, so under load this pays it once per turn instead of once per write.
   */
  queueWrite<R>(work: () => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queuedWrites.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.queuedWrites.length === 1) setImmediate(() => this.commitQueuedWrites());
    });
  }

  commitQueuedWrites(): void {
    const group = this.queuedWrites;
    if (group.length === 0) return;
    this.queuedWrites = [];
    let values: unknown[];
    try {
      // Most groups fail nowhere: they run without savepoints. A group where one write throws rolls
      // back whole and runs again with a savepoint each (writes only read what they write on).
      values = this.guard(() => this.immediate(() => group.map(({ work }) => work())));
    } catch (error) {
      if (group.length === 1) group[0]?.reject(error);
      else this.commitIsolated(group);
      return;
    }
    group.forEach(({ resolve }, n) => resolve(values[n]));
  }

  private commitIsolated(group: readonly QueuedWrite[]): void {
    const outcomes: { readonly value?: unknown; readonly error?: unknown; readonly failed: boolean }[] = [];
    try {
      this.guard(() =>
        this.immediate(() => {
          for (const { work } of group) {
            try {
              // A transaction function called inside a transaction runs as a savepoint.
              outcomes.push({ value: this.db.transaction(work)(), failed: false });
            } catch (error) {
              // Some errors (disk full, I/O) make SQLite roll back the whole transaction: what the
              // group wrote is gone, and the writes after would each commit on their own.
              if (!this.db.inTransaction) throw error;
              outcomes.push({ error, failed: true });
            }
          }
        }),
      );
    } catch (error) {
      for (const { reject } of group) reject(error);
      return;
    }
    group.forEach(({ resolve, reject }, n) => {
      const outcome = outcomes[n];
      if (outcome?.failed) reject(outcome.error);
      else resolve(outcome?.value);
    });
  }

  statement(sql: string): Database.Statement {
    const cached = this.statements.get(sql);
    if (cached) {
      // Re-inserting keeps the map in least-recently-used order for eviction.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const prepared = this.db.prepare(sql);
    this.statements.set(sql, prepared);
    if (this.statements.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    return prepared;
  }

  /** Creates the table and its indexes (IF NOT EXISTS), once per connection and collection. */
  ensure(spec: CollectionSpec<StoredDocument>): void {
    if (this.ensured.has(spec.name)) return;
    assertCollectionSpec(spec);
    this.immediate(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdentifier(spec.name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
      for (const index of spec.indexes) this.db.exec(createIndexSql(spec.name, index));
    });
    this.ensured.add(spec.name);
  }

  insert<T extends StoredDocument>(spec: CollectionSpec<T>, document: T): T {
    assertInsertable(document);
    const json = JSON.stringify(document);
    this.runWrite(spec, `INSERT INTO ${quoteIdentifier(spec.name)} (id, doc) VALUES (?, ?)`, [document.id, json]);
    return JSON.parse(json) as T;
  }

  select<T extends StoredDocument>(spec: CollectionSpec<T>, filter: Filter, options: FindOptions): T[] {
    const where = compileFilter(filter);
    const paging = compilePaging(options);
    const sql = `SELECT doc FROM ${quoteIdentifier(spec.name)} WHERE ${where.text}${compileOrder(options.sort)} ${paging.text}`;
    const rows = this.statement(sql).all(...where.params, ...paging.params) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as T);
  }

  count(spec: CollectionSpec<StoredDocument>, filter: Filter): number {
    const where = compileFilter(filter);
    const row = this.statement(`SELECT count(*) AS n FROM ${quoteIdentifier(spec.name)} WHERE ${where.text}`).get(...where.params);
    return (row as { n: number }).n;
  }

  /** Must run inside a write transaction (queueWrite): the read and the write are one compare-and-set. */
  updateFirst<T extends StoredDocument>(spec: CollectionSpec<T>, filter: Filter, update: Update): T | null {
    const inPlace = compileUpdateInPlace(update);
    const updated = inPlace && this.updateFirstInPlace(spec, filter, inPlace);
    if (updated) return updated;
    // Nothing matched, or the match needs applyUpdate's checks (a non-integer field to increment).
    const [current] = this.select(spec, filter, { limit: 1 });
    return current === undefined ? null : this.rewrite(spec, current, update);
  }

  /** One UPDATE … RETURNING: no read, parse and rewrite of the document in JS. */
  private updateFirstInPlace<T extends StoredDocument>(spec: CollectionSpec<T>, filter: Filter, inPlace: InPlaceUpdate): T | null {
    const table = quoteIdentifier(spec.name);
    const where = compileFilter(filter);
    // An id equality names one document; otherwise the first match, as select() finds it.
    const target = typeof filter.id === 'string' ? where : { text: `id = (SELECT id FROM ${table} WHERE ${where.text} LIMIT 1)`, params: where.params };
    const condition = inPlace.applicable ? joinSql([target, inPlace.applicable], ' AND ') : target;
    const sql = `UPDATE ${table} SET doc = ${inPlace.value.text} WHERE ${condition.text} RETURNING doc`;
    const row = this.runReturning(spec, sql, [...inPlace.value.params, ...condition.params]);
    return row === undefined ? null : (JSON.parse(row.doc) as T);
  }

  /** Must run inside a write transaction (queueWrite). */
  updateAll(spec: CollectionSpec<StoredDocument>, filter: Filter, update: Update): number {
    const inPlace = compileUpdateInPlace(update);
    if (!inPlace) return this.rewriteAll(spec, compileFilter(filter), update);
    const where = compileFilter(filter);
    const applicable = inPlace.applicable ? joinSql([where, inPlace.applicable], ' AND ') : where;
    const sql = `UPDATE ${quoteIdentifier(spec.name)} SET doc = ${inPlace.value.text} WHERE ${applicable.text}`;
    const changed = this.runWrite(spec, sql, [...inPlace.value.params, ...applicable.params]).changes;
    if (!inPlace.applicable) return changed;
    // The documents json_set could not do exactly as applyUpdate would (a non-integer field to
    // increment) get applyUpdate, which also refuses what it must (a field that is not a number).
    const rest = { text: `(${where.text}) AND NOT (${inPlace.applicable.text})`, params: [...where.params, ...inPlace.applicable.params] };
    return changed + this.rewriteAll(spec, rest, update);
  }

  private rewriteAll(spec: CollectionSpec<StoredDocument>, where: Sql, update: Update): number {
    const rows = this.statement(`SELECT doc FROM ${quoteIdentifier(spec.name)} WHERE ${where.text}`).all(...where.params) as { doc: string }[];
    for (const row of rows) this.rewrite(spec, JSON.parse(row.doc) as StoredDocument, update);
    return rows.length;
  }

  delete(spec: CollectionSpec<StoredDocument>, filter: Filter): number {
    const where = compileFilter(filter);
    return this.statement(`DELETE FROM ${quoteIdentifier(spec.name)} WHERE ${where.text}`).run(...where.params).changes;
  }

  close(): void {
    if (this.db.open) this.commitQueuedWrites();
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  private rewrite<T extends StoredDocument>(spec: CollectionSpec<T>, document: T, update: Update): T {
    const id = document.id;
    applyUpdate(document as unknown as Json, update);
    const json = JSON.stringify(document);
    this.runWrite(spec, `UPDATE ${quoteIdentifier(spec.name)} SET doc = ? WHERE id = ?`, [json, id]);
    return JSON.parse(json) as T;
  }

  private runWrite(spec: CollectionSpec<StoredDocument>, sql: string, params: readonly unknown[]): Database.RunResult {
    try {
      return this.statement(sql).run(...params);
    } catch (error) {
      throw toDuplicateKeyError(error, spec.name) ?? error;
    }
  }

  private runReturning(spec: CollectionSpec<StoredDocument>, sql: string, params: readonly unknown[]): { doc: string } | undefined {
    try {
      return this.statement(sql).get(...params) as { doc: string } | undefined;
    } catch (error) {
      throw toDuplicateKeyError(error, spec.name) ?? error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Schema

function assertCollectionSpec(spec: CollectionSpec<StoredDocument>): void {
  if (!COLLECTION_NAME.test(spec.name)) throw new Error(`collection name must be snake_case: ${spec.name}`);
  for (const index of spec.indexes) {
    if (index.fields.length === 0) throw new Error(`empty index in ${spec.name}`);
    index.fields.forEach(assertFieldPath);
  }
}

/** The index name encodes its fields so a UNIQUE violation (which names the index) maps back to them. */
function indexName(collection: string, index: IndexSpec): string {
  return `${index.unique ? 'ux' : 'ix'}:${collection}:${index.fields.join(',')}`;
}

function fieldsFromIndexName(name: string): string[] | undefined {
  const fields = name.split(':')[2];
  return fields ? fields.split(',') : undefined;
}

function createIndexSql(collection: string, index: IndexSpec): string {
  const columns = index.fields.map(fieldExpression).join(', ');
  const unique = index.unique ? 'UNIQUE ' : '';
  return `CREATE ${unique}INDEX IF NOT EXISTS ${quoteIdentifier(indexName(collection, index))} ON ${quoteIdentifier(collection)} (${columns})`;
}

/**
 * better-sqlite3 binds its error class (and so its realm's `Error`) once per process, so
 * `instanceof` fails for module instances loaded later, as jest does per test file; the error's
 * name and code are stable.
 */
function sqliteErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'SqliteError' && typeof code === 'string' ? code : undefined;
}

function toDuplicateKeyError(error: unknown, collection: string): DuplicateKeyError | undefined {
  const code = sqliteErrorCode(error);
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new DuplicateKeyError(collection, ['id']);
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
  const index = /index '([^']+)'/.exec(String((error as { message?: unknown }).message))?.[1];
  return new DuplicateKeyError(collection, (index && fieldsFromIndexName(index)) || ['id']);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function assertFieldPath(path: string): void {
  if (!FIELD_PATH.test(path) || path.split('.').includes('__proto__')) throw new Error(`bad field path: ${path}`);
}

/**
 * The SQL for a document field. Paths are validated (letters, digits, `_`, dots) and inlined as
 * literals rather than bound: SQLite only uses an expression index when the query's expression is
 * textually the same, and a bound path never is.
 */
function fieldExpression(path: string): string {
  assertFieldPath(path);
  return path === 'id' ? 'id' : `json_extract(doc, '$.${path}')`;
}

/** JSON type of a field ('true', 'false', 'integer', 'text', 'null', …), NULL when missing. */
function typeExpression(path: string): string {
  assertFieldPath(path);
  return `json_type(doc, '$.${path}')`;
}

function isNumber(path: string): string {
  return `${typeExpression(path)} IN ('integer', 'real')`;
}

// ---------------------------------------------------------------------------------------------
// Filters

function compileFilter(filter: Filter): Sql {
  // A filter that names its documents by id is served by the primary key; a field condition next to
  // it could tempt the planner into an index that matches far more rows (every `pending` outbox entry).
  const byId = isIdLookup(filter.id);
  const parts = Object.entries(filter).map(([path, condition]) => {
    const field = fieldExpression(path);
    return compileCondition(path, condition, byId && path !== 'id' ? unindexed(field) : field);
  });
  return parts.length === 0 ? { text: '1', params: [] } : joinSql(parts, ' AND ');
}

function isIdLookup(condition: FieldCondition | undefined): boolean {
  if (typeof condition === 'string') return true;
  return typeof condition === 'object' && condition !== null && !Array.isArray(condition) && Object.keys(condition).every((operator) => operator === '$in');
}

/** SQLite's unary `+` keeps the value but stops the term from using an index. */
function unindexed(field: string): string {
  return `+${field}`;
}

function compileCondition(path: string, condition: FieldCondition, field: string): Sql {
  if (typeof condition !== 'object' || condition === null) return compileEquals(path, assertScalar(condition, path), field);
  if (Array.isArray(condition)) throw new Error(`array equality is not supported (${path})`);
  const operators = Object.entries(condition);
  if (operators.length === 0) throw new Error(`empty condition on ${path}`);
  return joinSql(
    operators.map(([operator, operand]) => compileOperator(path, operator, operand, field)),
    ' AND ',
  );
}

const rangeOperators: Readonly<Record<string, string>> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

function compileOperator(path: string, operator: string, operand: unknown, field: string): Sql {
  switch (operator) {
    case '$in':
      if (!Array.isArray(operand)) throw new Error(`$in on ${path} needs an array`);
      return compileIn(path, operand.map((value) => assertScalar(value, path)), field);
    case '$ne':
      return compileNotEquals(path, assertScalar(operand, path), field);
    case '$exists':
      if (typeof operand !== 'boolean') throw new Error(`$exists on ${path} needs a boolean`);
      return { text: `${typeExpression(path)} IS ${operand ? 'NOT ' : ''}NULL`, params: [] };
    default: {
      const comparison = rangeOperators[operator];
      if (comparison === undefined) throw new Error(`unsupported filter operator ${operator} on ${path}`);
      return compileRange(path, comparison, operand, field);
    }
  }
}

function compileEquals(path: string, value: Scalar, field: string): Sql {
  if (value === null) return { text: `${field} IS NULL`, params: [] };
  // json_extract yields 1/0 for JSON true/false: the json_type check keeps booleans and numbers apart.
  if (typeof value === 'boolean') {
    return { text: `(${field} = ? AND ${typeExpression(path)} = ?)`, params: [value ? 1 : 0, String(value)] };
  }
  if (typeof value === 'number') return { text: `(${field} = ? AND ${isNumber(path)})`, params: [value] };
  return { text: `${field} = ?`, params: [value] };
}

function compileNotEquals(path: string, value: Scalar, field: string): Sql {
  if (value === null) return { text: `${field} IS NOT NULL`, params: [] };
  // A missing field makes the equality NULL; as in MongoDB it then counts as different.
  const equals = compileEquals(path, value, field);
  return { text: `NOT coalesce(${equals.text}, 0)`, params: equals.params };
}

function compileIn(path: string, values: readonly Scalar[], field: string): Sql {
  const plain = values.filter((value) => value !== null && typeof value !== 'boolean');
  const special = values.filter((value) => value === null || typeof value === 'boolean');
  const parts: Sql[] = [...new Set(special)].map((value) => compileEquals(path, value, field));
  // One JSON-array parameter instead of a placeholder per value keeps the SQL (and the cached
  // statement) the same whatever the list length.
  if (plain.length > 0) {
    parts.unshift({
      text: `(${field} IN (SELECT value FROM json_each(?)) AND ${typeExpression(path)} NOT IN ('true', 'false'))`,
      params: [JSON.stringify(plain)],
    });
  }
  return parts.length === 0 ? { text: '0', params: [] } : joinSql(parts, ' OR ');
}

/** Like MongoDB, a range only matches values of the operand's type (no booleans, no cross-type). */
function compileRange(path: string, comparison: string, operand: unknown, field: string): Sql {
  if (typeof operand === 'string') return { text: `(${field} ${comparison} ? AND typeof(${field}) = 'text')`, params: [operand] };
  if (typeof operand === 'number' && Number.isFinite(operand)) {
    return { text: `(${field} ${comparison} ? AND ${isNumber(path)})`, params: [operand] };
  }
  throw new Error(`range operand on ${path} must be a string or a finite number`);
}

function joinSql(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 1 && parts[0]) return parts[0];
  return { text: `(${parts.map((part) => part.text).join(separator)})`, params: parts.flatMap((part) => part.params) };
}

function assertScalar(value: unknown, path: string): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`filter value on ${path} must be a string, finite number, boolean or null`);
}

function compileOrder(sort: FindOptions['sort']): string {
  const keys = Object.entries(sort ?? {}).map(([path, direction]) => {
    if (direction !== 1 && direction !== -1) throw new Error(`sort direction on ${path} must be 1 or -1`);
    return `${fieldExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`;
  });
  return keys.length === 0 ? '' : ` ORDER BY ${keys.join(', ')}`;
}

function compilePaging(options: FindOptions): Sql {
  const limit = options.limit ?? -1; // SQLite: a negative LIMIT means none
  const skip = options.skip ?? 0;
  if (options.limit !== undefined) assertCount(options.limit, 'limit');
  assertCount(skip, 'skip');
  return { text: 'LIMIT ? OFFSET ?', params: [limit, skip] };
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
}

// ---------------------------------------------------------------------------------------------
// Updates, applied in JS with MongoDB's semantics for dotted paths

const updateOperators = new Set(['$set', '$inc', '$unset', '$push']);

function applyUpdate(document: Json, update: Update): void {
  for (const operator of Object.keys(update)) {
    if (!updateOperators.has(operator)) throw new Error(`unsupported update operator ${operator}`);
  }
  for (const [path, value] of Object.entries(update.$set ?? {})) {
    const { parent, key } = parentForWrite(document, path);
    parent[key] = value === undefined ? null : value; // as MongoDB stores it
  }
  for (const [path, amount] of Object.entries(update.$inc ?? {})) {
    if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new Error(`$inc on ${path} needs a finite number`);
    const { parent, key } = parentForWrite(document, path);
    const current = ownValue(parent, key) ?? 0;
    if (typeof current !== 'number') throw new Error(`$inc on ${path}: the field is not a number`);
    parent[key] = current + amount;
  }
  for (const path of update.$unset ?? []) {
    const parent = existingParent(document, path);
    if (parent) delete parent[lastSegment(path)];
  }
  for (const [path, value] of Object.entries(update.$push ?? {})) {
    const { parent, key } = parentForWrite(document, path);
    const current = ownValue(parent, key) ?? [];
    if (!Array.isArray(current)) throw new Error(`$push on ${path}: the field is not an array`);
    parent[key] = [...current, value];
  }
}

interface InPlaceUpdate {
  /** The updated document, from the stored one. */
  readonly value: Sql;
  /** What a document must satisfy for `value` to be what applyUpdate would make of it; null: any. */
  readonly applicable: Sql | null;
}

/**
 * `$set` and integer `$inc` of top-level fields as one `json_set` over the stored text, so a
 * compare-and-set or a batch marked sent neither parses nor rewrites documents in JS. An
 * incremented field must be an integer or missing (as 0); null for any other update, which
 * applyUpdate performs on the parsed document.
 */
function compileUpdateInPlace(update: Update): InPlaceUpdate | null {
  if (Object.keys(update).some((operator) => operator !== '$set' && operator !== '$inc')) return null;
  const sets = Object.entries(update.$set ?? {});
  const increments = Object.entries(update.$inc ?? {});
  const paths = [...sets, ...increments].map(([path]) => path);
  // Anything else (nested or invalid paths, a field both set and incremented) is applyUpdate's to do or refuse.
  if (paths.length === 0 || !paths.every(isTopLevelUpdatable) || new Set(paths).size < paths.length) return null;
  if (increments.some(([, amount]) => !Number.isSafeInteger(amount))) return null;
  const assignments = [
    ...sets.map(([path]) => `'$.${path}', json(?)`),
    // better-sqlite3 binds a JS number as a REAL: the cast keeps an integer an integer.
    ...increments.map(([path]) => `'$.${path}', coalesce(json_extract(doc, '$.${path}'), 0) + CAST(? AS INTEGER)`),
  ];
  return {
    value: {
      text: `json_set(doc, ${assignments.join(', ')})`,
      // As applyUpdate stores it: undefined becomes null.
      params: [...sets.map(([, value]) => JSON.stringify(value ?? null)), ...increments.map(([, amount]) => amount)],
    },
    // Integers (or missing), and a result JS holds exactly, as applyUpdate's arithmetic would.
    applicable:
      increments.length === 0
        ? null
        : {
            text: `(${increments
              .map(([path]) => `coalesce(json_type(doc, '$.${path}') = 'integer', 1) AND abs(coalesce(json_extract(doc, '$.${path}'), 0) + CAST(? AS INTEGER)) <= ${Number.MAX_SAFE_INTEGER}`)
              .join(' AND ')})`,
            params: increments.map(([, amount]) => amount),
          },
  };
}

function isTopLevelUpdatable(path: string): boolean {
  return FIELD_PATH.test(path) && !path.includes('.') && path !== 'id' && path !== '_id' && path !== '__proto__';
}

function assertUpdatablePath(path: string): string[] {
  assertFieldPath(path);
  const segments = path.split('.');
  if (segments[0] === 'id' || segments[0] === '_id') throw new Error(`the document id cannot be updated (${path})`);
  return segments;
}

/** The object holding the path's last segment, creating missing intermediate objects. */
function parentForWrite(document: Json, path: string): { parent: Json; key: string } {
  const segments = assertUpdatablePath(path);
  const key = segments.pop() ?? path;
  let node = document;
  for (const segment of segments) {
    const next = ownValue(node, segment);
    if (next === undefined) node[segment] = {};
    else if (!isObject(next)) throw new Error(`cannot update ${path}: ${segment} is not an object`);
    node = node[segment] as Json;
  }
  return { parent: node, key };
}

function existingParent(document: Json, path: string): Json | undefined {
  const segments = assertUpdatablePath(path);
  segments.pop();
  let node: Json | undefined = document;
  for (const segment of segments) {
    const next: unknown = node && ownValue(node, segment);
    node = isObject(next) ? next : undefined;
  }
  return node;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function ownValue(node: Json, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assertInsertable(document: StoredDocument): void {
  if (!isObject(document)) throw new Error('a document must be an object');
  if (typeof document.id !== 'string' || document.id.length === 0) throw new Error('a document needs a non-empty string id');
  if (Object.hasOwn(document, '_id')) throw new Error('documents must not carry _id; the store maps id');
}
