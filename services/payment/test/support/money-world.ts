import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ManualClock,
  Scheduler,
  createLogger,
  createSqliteStore,
  jobLeases,
  outboxCollection,
  type Collection,
  type CollectionSpec,
  type EventEnvelope,
  type Store,
  type StoredDocument,
  type Update,
  type WriteOperation,
} from '@ecticket/platform';
import { createPaymentIntent } from '../../src/application/create-payment-intent';
import { handleProcessorCallback } from '../../src/application/handle-processor-callback';
import type { CardProcessor, PaymentDeps } from '../../src/application/ports';
import { DEFAULT_TEST_CARD_ISSUERS } from '../../src/config';
import { parseIssuerTable } from '../../src/domain/card';
import type { MoneyAction, ProcessorTrade } from '../../src/domain/money-action';
import type { Payment } from '../../src/domain/payment';
import { moneyActions, paymentCollections, payments, type Leased } from '../../src/infrastructure/collections';
import { processorRefused, processorUnavailable } from '../../src/infrastructure/processor-errors';
import { NoticeSender } from '../../src/infrastructure/test-processor/notice-sender';
import { TestProcessor } from '../../src/infrastructure/test-processor/test-processor';
import { recoverMoneyActionsJob } from '../../src/transport/jobs';
import { paidNotice, testProcessorAccount } from './notices';

export const ACTION_LEASE_MS = 120_000;
export const RECOVERY_INTERVAL_MS = 30_000;

/** A call to the store, as a crash may be planned on it. */
export type StoreCall =
  | { readonly kind: 'write'; readonly operations: readonly WriteOperation[] }
  | { readonly kind: 'updateOne'; readonly collection: string; readonly update: Update };

/** The service's real store; a call matching a planned crash fails once instead, having written nothing. */
class CrashingStore implements Store {
  readonly kind;
  private crashes: ((call: StoreCall) => boolean)[] = [];

  constructor(private readonly inner: Store) {
    this.kind = inner.kind;
  }

  crashOnce(matches: (call: StoreCall) => boolean): void {
    this.crashes.push(matches);
  }

  ensureCollections(specs: readonly CollectionSpec<StoredDocument>[]): Promise<void> {
    return this.inner.ensureCollections(specs);
  }

  collection<T extends StoredDocument>(spec: CollectionSpec<T>): Collection<T> {
    const inner = this.inner.collection(spec);
    return {
      spec: inner.spec,
      insert: (document) => inner.insert(document),
      get: (id) => inner.get(id),
      findOne: (filter, options) => inner.findOne(filter, options),
      find: (filter, options) => inner.find(filter, options),
      count: (filter) => inner.count(filter),
      updateOne: async (filter, update) => {
        this.crashIfPlanned({ kind: 'updateOne', collection: spec.name, update });
        return inner.updateOne(filter, update);
      },
      updateMany: (filter, update) => inner.updateMany(filter, update),
      deleteMany: (filter) => inner.deleteMany(filter),
    };
  }

  async write(operations: readonly WriteOperation[]) {
    this.crashIfPlanned({ kind: 'write', operations });
    return this.inner.write(operations);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private crashIfPlanned(call: StoreCall): void {
    const index = this.crashes.findIndex((matches) => matches(call));
    if (index < 0) return;
    this.crashes.splice(index, 1);
    throw new Error('the process died here');
  }
}

/** What happens to the next money action the processor is handed. */
export type ProcessorFate = 'answered' | 'answer-lost' | 'unreachable' | 'refused';

/** The built-in test processor (its trades in the store), counting what it is handed and asked, and able to lose answers. */
class CountingProcessor implements CardProcessor {
  readonly name = 'test';
  /** Every perform call: the money actions handed to the processor, in order. */
  readonly handed: MoneyAction[] = [];
  lookUps = 0;
  private fates: ProcessorFate[] = [];

  constructor(private readonly inner: TestProcessor) {}

  nextActions(...fates: ProcessorFate[]): void {
    this.fates = fates;
  }

  handedOf(kind: MoneyAction['kind']): MoneyAction[] {
    return this.handed.filter((action) => action.kind === kind);
  }

  checkoutForm(payment: Payment) {
    return this.inner.checkoutForm(payment);
  }

  verifyNotice(fields: Readonly<Record<string, string>>) {
    return this.inner.verifyNotice(fields);
  }

  async perform(payment: Payment, action: MoneyAction): Promise<void> {
    this.handed.push(action);
    const fate = this.fates.shift() ?? 'answered';
    if (fate === 'unreachable') throw processorUnavailable('the test processor could not be reached');
    if (fate === 'refused') throw processorRefused('the test processor said no');
    await this.inner.perform(payment, action);
    if (fate === 'answer-lost') throw processorUnavailable('the answer of the test processor was lost');
  }

  lookUpTrade(payment: Payment): Promise<ProcessorTrade> {
    this.lookUps += 1;
    return this.inner.lookUpTrade(payment);
  }
}

let orderCount = 0;

/**
 * The payment service's use cases over its real SQLite store, with faults planted: the store can
 * crash on a chosen write, the test processor can lose its answer. The recovery job runs under a
 * scheduler with store leases; the clock only moves when told.
 */
export class MoneyWorld {
  readonly clock = new ManualClock('2026-03-01T09:00:00.000Z');
  readonly errors: string[] = [];
  readonly store: CrashingStore;
  readonly processor: CountingProcessor;
  readonly deps: PaymentDeps;
  readonly scheduler: Scheduler;
  private readonly testProcessor: TestProcessor;
  private readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'payment-money-'));

  constructor() {
    const logger = createLogger({ service: 'payment-money-test', level: 'silent' });
    jest.spyOn(logger, 'error').mockImplementation((...args: unknown[]) => {
      this.errors.push(JSON.stringify(args));
    });
    this.store = new CrashingStore(createSqliteStore({ file: path.join(this.dataDir, 'payment.sqlite') }));
    const notices = new NoticeSender(this.store, this.clock, logger, { postForm: async () => ({ status: 200, body: '1|OK' }) }, {
      account: testProcessorAccount,
      callbackUrl: 'http://127.0.0.1:1/v1/payments/callback',
      retryDelayMs: 30_000,
      maxAttempts: 1,
    });
    this.testProcessor = new TestProcessor(this.store, this.clock, notices, { account: testProcessorAccount, checkoutUrl: 'http://127.0.0.1:1/checkout' });
    this.processor = new CountingProcessor(this.testProcessor);
    this.deps = {
      store: this.store,
      outbox: { notify: () => undefined },
      clock: this.clock,
      logger,
      processor: this.processor,
      testDesk: this.testProcessor,
      issuers: parseIssuerTable(DEFAULT_TEST_CARD_ISSUERS) ?? new Map(),
      actionLeaseMs: ACTION_LEASE_MS,
    };
    this.scheduler = new Scheduler({ store: this.store, clock: this.clock, logger });
    this.scheduler.register(recoverMoneyActionsJob(this.deps, RECOVERY_INTERVAL_MS));
  }

  async start(): Promise<this> {
    await this.store.ensureCollections([...paymentCollections, outboxCollection, jobLeases] as CollectionSpec<StoredDocument>[]);
    return this;
  }

  async stop(): Promise<void> {
    await this.store.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** An order of `amount` NTD paid with a card the test processor authorized, its notice applied. */
  async authorizedPayment(amount = 1200): Promise<Payment> {
    const { payment, notify } = await this.paidAtTheProcessor(amount);
    const reply = await notify();
    if (reply !== '1|OK') throw new Error(`the paid notice was refused: ${reply}`);
    return this.payment(payment.id);
  }

  /** A payment the buyer paid at the processor, whose paid notice has not reached us yet: `notify` delivers it. */
  async paidAtTheProcessor(amount = 1200): Promise<{ readonly payment: Payment; notify(): Promise<string> }> {
    orderCount += 1;
    const { payment } = await createPaymentIntent(this.deps, { orderId: `order-${orderCount}`, merchantId: 'merchant-1', merchantName: 'Tea House', amount, description: 'Tea for two' });
    const authorization = await this.testProcessor.authorize(payment, { brand: 'visa', last4: '0002' });
    const fields = paidNotice(payment, testProcessorAccount, { TradeNo: authorization.processorTradeNo });
    return { payment, notify: () => handleProcessorCallback(this.deps, { processor: '', fields }) };
  }

  async payment(paymentId: string): Promise<Payment> {
    const payment = await this.store.collection(payments).get(paymentId);
    if (!payment) throw new Error(`no payment ${paymentId}`);
    return payment;
  }

  action(actionId: string): Promise<Leased<MoneyAction> | null> {
    return this.store.collection(moneyActions).get(actionId);
  }

  trade(payment: Payment): Promise<ProcessorTrade> {
    return this.testProcessor.lookUpTrade(payment);
  }

  async events(type: string, paymentId: string): Promise<EventEnvelope[]> {
    const entries = await this.store.collection(outboxCollection).find({ 'envelope.type': type });
    return entries.map((entry) => entry.envelope).filter((envelope) => (envelope.data as { paymentId: string }).paymentId === paymentId);
  }

  /** Every lease past, then the recovery job as the scheduler runs it; the jobs that ran. */
  async recover(): Promise<string[]> {
    this.clock.advance(ACTION_LEASE_MS + RECOVERY_INTERVAL_MS);
    return this.scheduler.runDueJobs();
  }
}

/** The write that records that the processor did an action, with the payment's transition and event. */
export function successWrite(call: StoreCall): boolean {
  return (
    call.kind === 'write' &&
    call.operations.some((operation) => operation.kind === 'update' && operation.collection.name === moneyActions.name && operation.update.$set?.state === 'succeeded')
  );
}

/** The mark an action gets just before it is handed to the processor. */
export function sentMark(call: StoreCall): boolean {
  return call.kind === 'updateOne' && call.collection === moneyActions.name && call.update.$set?.sentAt !== undefined;
}
