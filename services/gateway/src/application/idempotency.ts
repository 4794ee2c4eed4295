import { createHmac, randomUUID } from 'node:crypto';
import {
  AppError,
  conflict,
  defineCollection,
  DuplicateKeyError,
  failedPrecondition,
  toAppError,
  type Clock,
  type Collection,
  type ErrorCategory,
  type ErrorDetails,
  type Logger,
  type StoredDocument,
} from '@ecticket/platform';

/** A response as it is replayed: what the route answered the first time. */
export interface ReplayableResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

interface StoredRefusal {
  readonly category: ErrorCategory;
  readonly code: string;
  readonly message: string;
  readonly details: ErrorDetails;
}

type StoredOutcome = { readonly kind: 'response'; readonly response: ReplayableResponse } | { readonly kind: 'refusal'; readonly refusal: StoredRefusal };

export interface IdempotencyRecord extends StoredDocument {
  /** The principal the key belongs to: keys of different callers never meet. */
  readonly scope: string;
  readonly key: string;
  /**
   * Keyed hash (HMAC-SHA-256) of method, path and canonical body: the same key with another request
   * is refused. Keyed, so a stored fingerprint cannot be used to test guesses of a body (a password).
   */
  readonly fingerprint: string;
  readonly state: 'in_progress' | 'completed';
  /** Who runs the request now; only they may complete or release it. */
  readonly holder: string;
  /** An in-progress record past this instant belongs to a gateway that died mid-request and may be taken over. */
  readonly lockedUntil: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly outcome?: StoredOutcome;
}

export const idempotencyRecords = defineCollection<IdempotencyRecord>('idempotency_records', [
  { fields: ['scope', 'key'], unique: true },
  { fields: ['expiresAt'] },
]);

export interface IdempotencyPolicy {
  /** How long a key is remembered (Stripe: at least 24 h). */
  readonly ttlMs: number;
  /** How long a request may hold its key before another attempt may take it over. */
  readonly lockTimeoutMs: number;
}

export interface IdempotentRequest {
  readonly scope: string;
  readonly key: string;
  /** Method, path and body are what the key is bound to: the same key with another request is refused. */
  readonly method: string;
  readonly path: string;
  /** The validated body; key order and spacing do not matter. */
  readonly body: unknown;
}

/** A refusal comes back as an AppError to throw; `replayed` says the work did not run this time. */
export type IdempotentOutcome =
  | { readonly kind: 'response'; readonly response: ReplayableResponse; readonly replayed: boolean }
  | { readonly kind: 'refusal'; readonly error: AppError; readonly replayed: boolean };

/**
 * The request's own answers are kept. Everything else may be different on a retry (a new token,
 * a granted permission, a rate limit over, a service back), so those release the key.
 */
const replayedCategories: ReadonlySet<ErrorCategory> = new Set(['invalid_argument', 'not_found', 'conflict', 'failed_precondition']);

const maxClaimAttempts = 3;

type Claim = { readonly kind: 'claimed'; readonly id: string; readonly holder: string } | { readonly kind: 'replay'; readonly outcome: StoredOutcome };

interface KeyClaim {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string;
}

/**
 * Idempotency-Key semantics (Stripe's): the first request inserts an in-progress record, and the
 * unique index on (scope, key), not a prior read, decides which of two racing requests runs.
 */
export class IdempotentRequests {
  constructor(
    private readonly records: Collection<IdempotencyRecord>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly policy: IdempotencyPolicy,
    /** Keys the fingerprints; a new secret makes every stored key refuse its retries until it expires. */
    private readonly fingerprintSecret: Buffer,
  ) {}

  async execute(request: IdempotentRequest, work: () => Promise<ReplayableResponse>): Promise<IdempotentOutcome> {
    const claim = await this.claim({ scope: request.scope, key: request.key, fingerprint: this.fingerprintOf(request) });
    if (claim.kind === 'replay') return replayOf(claim.outcome);
    let response: ReplayableResponse;
    try {
      response = await work();
    } catch (thrown) {
      const error = toAppError(thrown);
      if (!replayedCategories.has(error.category)) {
        await this.release(claim);
        throw thrown;
      }
      await this.complete(claim, { kind: 'refusal', refusal: refusalOf(error) });
      return { kind: 'refusal', error, replayed: false };
    }
    await this.complete(claim, { kind: 'response', response });
    return { kind: 'response', response, replayed: false };
  }

  /** Forgets expired keys; run periodically. */
  async purgeExpired(now: Date): Promise<number> {
    return this.records.deleteMany({ expiresAt: { $lte: now.toISOString() } });
  }

  /** Method, path and the body with object keys sorted, so key order and spacing do not matter. */
  private fingerprintOf(request: IdempotentRequest): string {
    return createHmac('sha256', this.fingerprintSecret)
      .update(`${request.method.toUpperCase()} ${request.path}\n`)
      .update(request.body === undefined ? '' : canonicalJson(request.body))
      .digest('hex');
  }

  private async claim(request: KeyClaim): Promise<Claim> {
    for (let attempt = 0; attempt < maxClaimAttempts; attempt += 1) {
      const inserted = await this.tryInsert(request);
      if (inserted) return inserted;
      const existing = await this.records.findOne({ scope: request.scope, key: request.key });
      if (!existing) continue;
      const now = this.clock.now().toISOString();
      if (existing.expiresAt <= now) {
        await this.records.deleteMany({ id: existing.id, expiresAt: existing.expiresAt });
        continue;
      }
      if (existing.fingerprint !== request.fingerprint) {
        throw failedPrecondition('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request.');
      }
      if (existing.state === 'completed' && existing.outcome) return { kind: 'replay', outcome: existing.outcome };
      if (existing.lockedUntil > now) break;
      const takenOver = await this.takeOver(existing);
      if (takenOver) return takenOver;
    }
    throw conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed; retry later.');
  }

  private async tryInsert(request: KeyClaim): Promise<Claim | null> {
    const now = this.clock.now();
    const record: IdempotencyRecord = {
      id: randomUUID(),
      scope: request.scope,
      key: request.key,
      fingerprint: request.fingerprint,
      state: 'in_progress',
      holder: randomUUID(),
      lockedUntil: this.lockedUntil(now),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.policy.ttlMs).toISOString(),
    };
    try {
      await this.records.insert(record);
      return { kind: 'claimed', id: record.id, holder: record.holder };
    } catch (error) {
      if (error instanceof DuplicateKeyError) return null;
      throw error;
    }
  }

  private async takeOver(stale: IdempotencyRecord): Promise<Claim | null> {
    const holder = randomUUID();
    const taken = await this.records.updateOne(
      { id: stale.id, state: 'in_progress', holder: stale.holder },
      { $set: { holder, lockedUntil: this.lockedUntil(this.clock.now()) } },
    );
    return taken ? { kind: 'claimed', id: stale.id, holder } : null;
  }

  private lockedUntil(now: Date): string {
    return new Date(now.getTime() + this.policy.lockTimeoutMs).toISOString();
  }

  private async complete(claim: { id: string; holder: string }, outcome: StoredOutcome): Promise<void> {
    const completed = await this.records.updateOne({ id: claim.id, holder: claim.holder }, { $set: { state: 'completed', outcome } });
    if (!completed) this.logger.warn({ recordId: claim.id }, 'an idempotency record was taken over before its request completed');
  }

  private async release(claim: { id: string; holder: string }): Promise<void> {
    await this.records.deleteMany({ id: claim.id, holder: claim.holder });
  }
}

function replayOf(outcome: StoredOutcome): IdempotentOutcome {
  if (outcome.kind === 'response') return { kind: 'response', response: outcome.response, replayed: true };
  const { category, code, message, details } = outcome.refusal;
  return { kind: 'refusal', error: new AppError(category, code, message, details), replayed: true };
}

function refusalOf(error: AppError): StoredRefusal {
  return { category: error.category, code: error.code, message: error.message, details: error.details };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, field]) => `${JSON.stringify(name)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
