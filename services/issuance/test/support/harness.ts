import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Metadata, Server, ServerCredentials, credentials, type ServiceDefinition, type handleUnaryCall } from '@grpc/grpc-js';
import type { accountV1, issuanceV1, paymentV1 } from '@ecticket/contracts';
import {
  orderAbandonedV1,
  orderBuyerChangedV1,
  orderIssuedV1,
  orderNotificationRequestedV1,
  paymentAuthorizedV1,
  paymentFailedV1,
  paymentVoidedV1,
  ticketIssuedV1,
  ticketPrintedV1,
  ticketTransferredV1,
} from '@ecticket/contracts';
import { startAccountService } from '@ecticket/account';
import {
  ManualClock,
  buildEnvelope,
  busDeliveriesCollection,
  createInProcessBus,
  createLogger,
  createSqliteStore,
  fromServiceError,
  loadServiceDefinition,
  parseEvent,
  routingKeyOf,
  openServiceStore,
  outboxCollection,
  type DecodedResponseOf,
  type EventContract,
  type EventEnvelope,
  type HostResources,
  type InProcessBus,
  type MethodName,
  type RequestOf,
  type ServiceDefinitionShape,
  type ServiceName,
  type ServiceRuntime,
  type Store,
} from '@ecticket/platform';
import type { ZodType } from 'zod';
import { startIssuanceService } from '../../src/main';
import { issuanceServiceDefinition } from '../../src/transport/grpc/issuance-service';
import { recordingTransactions, type RecordedTransaction } from './recording-store';

type IssuanceDefinition = issuanceV1.IssuanceServiceDefinition;
type AccountDefinition = accountV1.AccountServiceDefinition;

export const OPERATOR_PASSWORD = 'operator-password-for-tests';
export const PASSWORD = 'a-long-enough-password';
export const START = '2026-03-01T01:00:00.000Z';

const silent = createLogger({ service: 'issuance-test', level: 'silent' });

/**
 * The issuance service started for real against the real account service and a small payment
 * double (a real gRPC server answering CreatePaymentIntent): each service has its own SQLite file
 * in a temp directory, events go through an in-process bus, the issuance service's clock is a
 * ManualClock (the account service keeps real time, so access tokens do not expire when a test
 * moves the issuance clock by weeks).
 */
export class IssuanceHarness {
  readonly clock = new ManualClock(START);
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'issuance-service-'));
  /** Every CreatePaymentIntent the payment double answered. */
  readonly paymentIntents: paymentV1.CreatePaymentIntentRequest__Output[] = [];
  /** Every transaction the issuance service's store began, oldest first. */
  readonly issuanceTransactions: RecordedTransaction[] = [];
  private busStore: Store | null = null;
  private bus: InProcessBus | null = null;
  private account: ServiceRuntime | null = null;
  private issuance: ServiceRuntime | null = null;
  private payment: Server | null = null;
  private readonly clients = new Map<string, Client>();
  private readonly addresses = new Map<ServiceName, string>();

  async start(environment: Record<string, string> = {}): Promise<this> {
    this.busStore = createSqliteStore({ file: path.join(this.dataDir, 'bus.sqlite') });
    this.bus = await createInProcessBus({
      store: this.busStore,
      options: { exchange: 'issuance-test', maxAttempts: 3, retryDelayMs: 50, prefetch: 10 },
      logger: silent,
      clock: this.clock,
    });
    this.account = await startAccountService(this.resources(new ManualClock(new Date()), { PASSWORD_HASH_LOG2_COST: '10', OPERATOR_PASSWORD }), '127.0.0.1:0');
    this.addresses.set('account', this.account.grpcAddress);
    this.addresses.set('payment', await this.startPaymentDouble());
    this.issuance = await startIssuanceService(this.resources(this.clock, environment), '127.0.0.1:0');
    return this;
  }

  private resources(clock: ManualClock, environment: Record<string, string>): HostResources {
    const { dataDir, bus } = this;
    if (!bus) throw new Error('no bus');
    return {
      // outbox() reads the outbox as the log of every event emitted: sent entries are kept for as
      // long as a test moves the clock (the retention job would purge them after 72 h).
      environment: { DATA_DIR: dataDir, OUTBOX_RETENTION_HOURS: '87600', ...environment },
      bus,
      clock,
      logLevel: 'silent',
      directory: {
        addressOf: (service) => {
          const address = this.addresses.get(service);
          if (!address) throw new Error(`no ${service} in this test`);
          return address;
        },
      },
      openStore: async (service) => {
        const store = await openServiceStore(service, { dataDir });
        return service === 'issuance' ? recordingTransactions(store, this.issuanceTransactions) : store;
      },
    };
  }

  /** Answers CreatePaymentIntent as the payment service does (idempotent per order); its other methods are unimplemented. */
  private async startPaymentDouble(): Promise<string> {
    const definition = loadServiceDefinition<paymentV1.PaymentServiceDefinition>(['payment.proto'], 'ecticket.payment.v1.PaymentService');
    const createPaymentIntent: handleUnaryCall<paymentV1.CreatePaymentIntentRequest__Output, paymentV1.PaymentIntent> = (call, callback) => {
      const request = call.request;
      this.paymentIntents.push(request);
      callback(null, {
        paymentId: paymentIdOf(request.orderId),
        orderId: request.orderId,
        merchantId: request.merchantId,
        amount: request.amount,
        processor: 'test',
        status: 'pending',
        checkout: { actionUrl: 'http://127.0.0.1:8080/pay/test', method: 'POST', fields: { OrderId: request.orderId, Amount: String(request.amount) } },
        createdAt: new Date().toISOString(),
      });
    };
    const server = new Server();
    server.addService(definition as unknown as ServiceDefinition, { CreatePaymentIntent: createPaymentIntent });
    this.payment = server;
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    return `127.0.0.1:${port}`;
  }

  get service(): ServiceRuntime {
    if (!this.issuance) throw new Error('not started');
    return this.issuance;
  }

  get store(): Store {
    return this.service.store;
  }

  /** What `work` answered, and the transactions the issuance service's store began while it ran (its outbox relay's included). */
  async transactionsDuring<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly transactions: readonly RecordedTransaction[] }> {
    const first = this.issuanceTransactions.length;
    const result = await work();
    return { result, transactions: this.issuanceTransactions.slice(first) };
  }

  get eventBus(): InProcessBus {
    if (!this.bus) throw new Error('not started');
    return this.bus;
  }

  /** A call to the issuance service, on behalf of the person holding `token` (none: a buyer, kiosk or service call). */
  call<M extends MethodName<IssuanceDefinition>>(method: M, request: RequestOf<IssuanceDefinition[M]>, token?: string): Promise<DecodedResponseOf<IssuanceDefinition[M]>> {
    return this.unary(this.service.grpcAddress, issuanceServiceDefinition(), method, request, token);
  }

  /** A call to the account service, to set merchants, sub-accounts and branches up. */
  accountCall<M extends MethodName<AccountDefinition>>(method: M, request: RequestOf<AccountDefinition[M]>, token?: string): Promise<DecodedResponseOf<AccountDefinition[M]>> {
    if (!this.account) throw new Error('not started');
    const definition = loadServiceDefinition<AccountDefinition>(['account.proto'], 'ecticket.account.v1.AccountService');
    return this.unary(this.account.grpcAddress, definition, method, request, token);
  }

  private unary<D extends ServiceDefinitionShape, M extends MethodName<D>>(
    address: string,
    definition: D,
    method: M,
    request: RequestOf<D[M]>,
    token: string | undefined,
  ): Promise<DecodedResponseOf<D[M]>> {
    const client = this.clients.get(address) ?? new Client(address, credentials.createInsecure());
    this.clients.set(address, client);
    const methodDefinition = definition[method];
    if (!methodDefinition) throw new Error(`no method ${String(method)}`);
    const metadata = new Metadata();
    if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        methodDefinition.path,
        methodDefinition.requestSerialize as (value: unknown) => Buffer,
        methodDefinition.responseDeserialize as (bytes: Buffer) => unknown,
        request,
        metadata,
        { deadline: Date.now() + 10_000 },
        (error, response) => (error ? reject(fromServiceError(error, methodDefinition.path)) : resolve(response as DecodedResponseOf<D[M]>)),
      );
    });
  }

  async login(merchantId: string, username: string, password = PASSWORD): Promise<string> {
    return (await this.accountCall('Login', { merchantId, username, password, clientAddress: '' })).accessToken;
  }

  /** Publishes events as their producers would, and waits until every consumer has handled them. */
  async deliver(...envelopes: EventEnvelope[]): Promise<void> {
    await this.eventBus.publish(envelopes);
    await this.settled();
  }

  /** Waits until the bus holds no delivery that is still to be handled. */
  async settled(): Promise<void> {
    const deliveries = this.busStore?.collection(busDeliveriesCollection);
    if (!deliveries) throw new Error('not started');
    await eventually(async () => ((await deliveries.count({ status: 'ready' })) === 0 ? true : undefined));
  }

  /** The issuance service's outbox: every event it emitted, oldest first. */
  async outbox(type?: string): Promise<EventEnvelope[]> {
    const entries = await this.store.collection(outboxCollection).find(type ? { 'envelope.type': type } : {}, { sort: { createdAt: 1 } });
    return entries.map((entry) => entry.envelope);
  }

  /** Parses every event of the outbox with its contract (throwing on any mismatch); answers the routing keys seen. */
  async outboxTypesMatchingContracts(): Promise<Set<string>> {
    const contracts = new Map<string, EventContract<ZodType>>(
      [orderIssuedV1, orderAbandonedV1, orderBuyerChangedV1, orderNotificationRequestedV1, ticketIssuedV1, ticketTransferredV1, ticketPrintedV1].map((contract) => [
        routingKeyOf(contract),
        contract,
      ]),
    );
    const seen = new Set<string>();
    for (const envelope of await this.outbox()) {
      const contract = contracts.get(routingKeyOf(envelope));
      if (!contract) throw new Error(`no contract for ${routingKeyOf(envelope)}`);
      parseEvent(contract, envelope);
      expect(envelope).toMatchObject({ producer: 'issuance', merchantId: expect.any(String) });
      seen.add(routingKeyOf(envelope));
    }
    return seen;
  }

  async stop(): Promise<void> {
    for (const client of this.clients.values()) client.close();
    await this.issuance?.stop(1000);
    await this.account?.stop(1000);
    this.payment?.forceShutdown();
    await this.bus?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export function paymentIdOf(orderId: string): string {
  return `pay-${orderId}`.slice(0, 64);
}

export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// ---- the world around the service ----

export interface TestMerchant {
  readonly merchantId: string;
  readonly ownerToken: string;
}

let merchantCount = 0;

export interface MerchantOptions {
  readonly giftVouchersEnabled?: boolean;
  /** The contract's SMS service and the merchant's own switch (R16). */
  readonly sms?: boolean;
  readonly guaranteeDays?: number;
}

/** A merchant created by the platform operator, with its owner logged in. */
export async function newMerchant(harness: IssuanceHarness, options: MerchantOptions = {}): Promise<TestMerchant> {
  merchantCount += 1;
  const ownerUsername = `owner${merchantCount}`;
  const operatorToken = await harness.login('', 'operator', OPERATOR_PASSWORD);
  const merchant = await harness.accountCall(
    'CreateMerchant',
    {
      name: `Merchant ${merchantCount}`,
      contract: {
        payoutDays: 7,
        guaranteeDays: options.guaranteeDays ?? 365,
        giftVouchersEnabled: options.giftVouchersEnabled ?? true,
        smsServiceEnabled: options.sms ?? false,
      },
      ownerUsername,
      ownerPassword: PASSWORD,
      storeWebsiteUrl: 'https://shop.example',
    },
    operatorToken,
  );
  const ownerToken = await harness.login(merchant.id, ownerUsername);
  if (options.sms) await harness.accountCall('UpdateMerchantSettings', { merchantId: '', smsEnabled: true }, ownerToken);
  return { merchantId: merchant.id, ownerToken };
}

let subAccountCount = 0;

export interface TestSubAccount {
  readonly id: string;
  readonly token: string;
}

export async function newSubAccount(harness: IssuanceHarness, merchant: TestMerchant, permissions: string[], branchId = ''): Promise<TestSubAccount> {
  subAccountCount += 1;
  const username = `clerk${subAccountCount}`;
  const created = await harness.accountCall(
    'CreateSubAccount',
    { merchantId: '', username, displayName: `Clerk ${subAccountCount}`, password: PASSWORD, permissions, branchId },
    merchant.ownerToken,
  );
  return { id: created.id, token: await harness.login(merchant.merchantId, username) };
}

let branchCount = 0;

export async function newBranch(harness: IssuanceHarness, merchant: TestMerchant): Promise<string> {
  branchCount += 1;
  const branch = await harness.accountCall('CreateBranch', { merchantId: '', name: `Branch ${branchCount}`, code: `B${branchCount}`, address: '' }, merchant.ownerToken);
  return branch.id;
}

// ---- products, orders and payments ----

export const pickupProduct: issuanceV1.CreateProductRequest = {
  ticketType: 'TICKET_TYPE_PICKUP_VOUCHER',
  name: 'Afternoon tea for two',
  description: 'Tea, scones and cake.',
  faceValue: 800,
  validity: { validDays: 180 },
  immediatelyUsable: true,
};

export const giftProduct: issuanceV1.CreateProductRequest = {
  ticketType: 'TICKET_TYPE_GIFT_VOUCHER',
  name: 'A free dessert',
  faceValue: 0,
  immediatelyUsable: true,
};

export const buyer: issuanceV1.Buyer = { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com', address: '' };

let orderCount = 0;

export function orderNumber(): string {
  orderCount += 1;
  return `T${Date.now().toString(36)}${orderCount}`.toUpperCase().slice(0, 20);
}

export async function createProduct(harness: IssuanceHarness, token: string, product: issuanceV1.CreateProductRequest = pickupProduct): Promise<issuanceV1.Product__Output> {
  return harness.call('CreateProduct', product, token);
}

export async function createOrder(
  harness: IssuanceHarness,
  token: string,
  productId: string,
  overrides: Partial<issuanceV1.CreateOrderRequest> = {},
): Promise<issuanceV1.CreateOrderResponse__Output> {
  return harness.call(
    'CreateOrder',
    { merchantOrderNo: orderNumber(), buyer, items: [{ productId, quantity: 2 }], ticketForm: 'TICKET_FORM_ELECTRONIC', ...overrides },
    token,
  );
}

/** payment.authorized.v1 as the payment service publishes it for an order. */
export function authorizedEvent(order: issuanceV1.Order__Output, merchantId: string, overrides: { amount?: number; authorizedAt?: string } = {}): EventEnvelope {
  return buildEnvelope({
    type: paymentAuthorizedV1.type,
    version: paymentAuthorizedV1.version,
    producer: 'payment',
    merchantId,
    data: {
      paymentId: paymentIdOf(order.id),
      orderId: order.id,
      merchantId,
      amount: overrides.amount ?? order.amount,
      processor: 'test',
      processorTradeNo: `TN${order.merchantOrderNo}`,
      authorizedAt: overrides.authorizedAt ?? new Date(START).toISOString(),
    },
  });
}

export function failedEvent(order: issuanceV1.Order__Output, merchantId: string): EventEnvelope {
  const data = { paymentId: paymentIdOf(order.id), orderId: order.id, merchantId, reason: 'card declined', failedAt: START };
  return buildEnvelope({ type: paymentFailedV1.type, version: paymentFailedV1.version, producer: 'payment', merchantId, data });
}

export function voidedEvent(order: issuanceV1.Order__Output, merchantId: string, reason: 'abandoned' | 'issuance_window_expired'): EventEnvelope {
  const data = { paymentId: paymentIdOf(order.id), orderId: order.id, merchantId, amount: order.amount, reason, voidedAt: START };
  return buildEnvelope({ type: paymentVoidedV1.type, version: paymentVoidedV1.version, producer: 'payment', merchantId, data });
}

/** An order created and paid (authorized); issued too when it asked to issue on payment. */
export async function paidOrder(
  harness: IssuanceHarness,
  merchant: TestMerchant,
  productId: string,
  overrides: Partial<issuanceV1.CreateOrderRequest> = {},
): Promise<issuanceV1.Order__Output> {
  const { order } = await createOrder(harness, merchant.ownerToken, productId, overrides);
  if (!order) throw new Error('no order');
  await harness.deliver(authorizedEvent(order, merchant.merchantId, { authorizedAt: harness.clock.now().toISOString() }));
  return (await harness.call('GetOrder', { orderId: order.id }, merchant.ownerToken)).order ?? order;
}

/** A paid order issued explicitly, with its tickets. */
export async function issuedOrder(
  harness: IssuanceHarness,
  merchant: TestMerchant,
  productId: string,
  overrides: Partial<issuanceV1.CreateOrderRequest> = {},
): Promise<issuanceV1.OrderDetail__Output> {
  const order = await paidOrder(harness, merchant, productId, overrides);
  return harness.call('IssueOrder', { orderId: order.id }, merchant.ownerToken);
}

/** The refusal a call ends with: its category and stable code. */
export async function refusalOf(call: Promise<unknown>): Promise<{ category: string; code: string; details: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const { category, code, details } = error as { category: string; code: string; details: Record<string, unknown> };
    return { category, code, details };
  }
  throw new Error('expected the call to be refused');
}
