import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as amqp from 'amqplib';
import { loadConfig, serviceNames } from '@ecticket/platform';
import { paymentConfigShape } from '@ecticket/payment';
import { aioTimestamp } from '@ecticket/payment/dist/infrastructure/aio/aio-protocol';
import { signFields } from '@ecticket/payment/dist/infrastructure/aio/check-mac-value';
import { startPlatformProcess, type PlatformProcess } from './all-in-one';
import { buyer, createProduct, forEachConcurrently, merchantOrderNo, onboard, type ApiClient, type PlacedOrder } from './api';
import { deleteTopology } from '../support/rabbitmq';
import { assertLoopback, CONNECT_OPTIONS } from './rabbit';
import { percentile, progress } from './report';

export interface IssuanceLatencyOptions {
  readonly orders: number;
  /** Callbacks per second, steady: latency, not a queue. */
  readonly perSecond: number;
  /** Tickets per order. */
  readonly quantity: number;
  /** Time bound of the measured phase after the last callback was sent. */
  readonly drainSeconds: number;
  /** Runs the all-in-one process on RabbitMQ (a unique exchange, deleted afterwards) and waits for the events on the broker too. */
  readonly amqpUrl?: string;
}

export interface IssuanceLatencyFigure {
  readonly orders: number;
  /** Orders complete within the time bound. */
  readonly completed: number;
  /**
   * Callback POST sent → the order complete: GET /v1/orders shows it `issued` with all its tickets
   * and, on RabbitMQ, its order.issued and every ticket.issued event reached a queue bound to the exchange.
   */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Where the time went. Callback POST sent → its `1|OK` answer (the payment authorized and committed). */
  readonly answeredP50Ms: number;
  readonly answeredP99Ms: number;
  /** Callback POST sent → the `order.issued` entry of the order's history (issuance's commit; same clock). */
  readonly committedP50Ms: number;
  readonly committedP99Ms: number;
  /** Callbacks not answered `1|OK`. */
  readonly refusedCallbacks: number;
  /** CPU the all-in-one process used while measured, in cores (1.0 = one core busy throughout). */
  readonly cpuCores: number;
}

/** The test processor's own AIO account, which signs its notices: the payment service's defaults. */
const config = loadConfig(paymentConfigShape, {});
const processorAccount = { merchantId: config.TEST_PROCESSOR_MERCHANT_ID, hashKey: config.TEST_PROCESSOR_HASH_KEY, hashIv: config.TEST_PROCESSOR_HASH_IV };

/** The ReturnURL notice the test processor sends for an authorized trade (its notice-sender.ts), signed with its account. */
function paidNotice(trade: { merchantTradeNo: string; tradeNo: string; amount: number; tradeDate: Date }): Record<string, string> {
  const tradeDate = aioTimestamp(trade.tradeDate);
  return signFields(
    {
      MerchantID: processorAccount.merchantId,
      MerchantTradeNo: trade.merchantTradeNo,
      StoreID: '',
      RtnCode: '1',
      RtnMsg: '交易成功',
      TradeNo: trade.tradeNo,
      TradeAmt: String(trade.amount),
      PaymentDate: tradeDate,
      PaymentType: 'Credit_CreditCard',
      PaymentTypeChargeFee: '0',
      TradeDate: tradeDate,
      SimulatePaid: '0',
    },
    processorAccount,
  );
}

/**
 * Where the test processor's own notices go instead (PAYMENT_CALLBACK_URL): answered `1|OK` and
 * dropped, so each order is paid by the one callback the bench times, not by the processor's.
 */
async function startNoticeSink(): Promise<Server> {
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('1|OK'));
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  return sink;
}

interface Prepared {
  readonly orderId: string;
  readonly createdAt: string;
  /** The signed notice, form-encoded. */
  readonly callback: string;
}

/**
 * An order of `quantity` pickup vouchers, issued on payment, whose card the test processor accepted
 * (so it holds the trade that the capture after issuance needs), and its paid notice, unsent.
 */
async function prepareOrder(owner: ApiClient, productId: string, quantity: number): Promise<Prepared> {
  const placed = await owner.ok<PlacedOrder>('POST', '/v1/orders', { merchantOrderNo: merchantOrderNo(), buyer, items: [{ productId, quantity }], ticketForm: 'electronic', issueOnPayment: true });
  const paymentId = placed.checkout?.fields.payment_id;
  if (!paymentId) throw new Error(`order ${placed.order.id} has no checkout form`);
  const card = { cardNumber: '4311950000000002', expiryMonth: 12, expiryYear: 2099, cvv: '123', installments: 1 };
  const accepted = await owner.ok<{ processorTradeNo: string }>('POST', `/v1/test-processor/payments/${paymentId}/card`, card);
  const { payment } = await owner.ok<{ payment: { merchantTradeNo: string } }>('GET', `/v1/orders/${placed.order.id}`);
  const notice = paidNotice({ merchantTradeNo: payment.merchantTradeNo, tradeNo: accepted.processorTradeNo, amount: placed.order.amount, tradeDate: new Date() });
  return { orderId: placed.order.id, createdAt: placed.order.createdAt, callback: new URLSearchParams(notice).toString() };
}

interface Broker {
  readonly url: string;
  /** The all-in-one process's AMQP_EXCHANGE. */
  readonly exchange: string;
}

/** Calls `seen(orderId)` for every order.issued.v1 and ticket.issued.v1 published on the exchange; resolves to a closer. */
async function watchIssuedEvents({ url, exchange }: Broker, seen: (orderId: string) => void): Promise<() => Promise<void>> {
  const connection = await amqp.connect(url, CONNECT_OPTIONS);
  const channel = await connection.createChannel();
  await channel.assertExchange(exchange, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  for (const key of ['order.issued.v1', 'ticket.issued.v1']) await channel.bindQueue(queue, exchange, key);
  await channel.consume(queue, (message) => message && seen((JSON.parse(message.content.toString('utf8')) as { data: { orderId: string } }).data.orderId), { noAck: true });
  return () => connection.close();
}

interface ListedOrder {
  readonly id: string;
  readonly ticketIds: readonly string[];
  readonly history: readonly { readonly at: string; readonly action: string }[];
}

interface Outstanding {
  readonly createdAt: string;
  readonly sentAt: number;
  readonly sentWallMs: number;
  issuedSeen: boolean;
  /** order.issued + ticket.issued events seen on the broker. */
  events: number;
}

const POLL_INTERVAL_MS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The measured phase: POSTs each prepared notice to /v1/payments/callback at a steady `perSecond`;
 * one poller lists the orders issued among those created since the oldest outstanding one (one
 * request every ~5 ms, however many are outstanding); on RabbitMQ (`broker` set) a queue of the
 * bench's own also waits for each order's order.issued and ticket.issued events.
 */
async function timeCallbacks(platform: PlatformProcess, owner: ApiClient, prepared: readonly Prepared[], options: IssuanceLatencyOptions, broker?: Broker): Promise<IssuanceLatencyFigure> {
  const outstanding = new Map<string, Outstanding>();
  const latencies: number[] = [];
  const answered: number[] = [];
  const committed: number[] = [];
  let refusedCallbacks = 0;
  let sending = true;
  const eventsPerOrder = broker ? 1 + options.quantity : 0;
  const completeIfDone = (orderId: string, order: Outstanding): void => {
    if (!order.issuedSeen || order.events < eventsPerOrder) return;
    latencies.push(performance.now() - order.sentAt);
    outstanding.delete(orderId);
  };

  const send = async (): Promise<void> => {
    const t0 = performance.now();
    for (const [n, order] of prepared.entries()) {
      const wait = t0 + (n * 1000) / options.perSecond - performance.now();
      if (wait > 0) await sleep(wait);
      const sent: Outstanding = { createdAt: order.createdAt, sentAt: performance.now(), sentWallMs: Date.now(), issuedSeen: false, events: 0 };
      outstanding.set(order.orderId, sent);
      void fetch(`${platform.url}/v1/payments/callback`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: order.callback })
        .then((response) => response.text())
        .then((text) => {
          answered.push(performance.now() - sent.sentAt);
          if (text !== '1|OK') refusedCallbacks++;
        })
        .catch(() => refusedCallbacks++);
    }
    sending = false;
  };

  const pollOnce = async (): Promise<void> => {
    const oldest = [...outstanding.values()].reduce((min, order) => (order.createdAt < min ? order.createdAt : min), '9');
    const page = await owner.ok<{ items: ListedOrder[] }>('GET', `/v1/orders?state=issued&limit=200&createdFrom=${encodeURIComponent(oldest)}`);
    for (const listed of page.items) {
      const order = outstanding.get(listed.id);
      if (!order || order.issuedSeen || listed.ticketIds.length !== options.quantity) continue;
      order.issuedSeen = true;
      committed.push(Date.parse(listed.history.find((entry) => entry.action === 'order.issued')?.at ?? '') - order.sentWallMs);
      completeIfDone(listed.id, order);
    }
  };

  const poll = async (): Promise<void> => {
    let deadline = Number.POSITIVE_INFINITY;
    while (sending || outstanding.size > 0) {
      if (!sending && deadline === Number.POSITIVE_INFINITY) deadline = performance.now() + options.drainSeconds * 1000;
      if (performance.now() > deadline) break;
      if ([...outstanding.values()].some((order) => !order.issuedSeen)) await pollOnce();
      await sleep(POLL_INTERVAL_MS);
    }
  };

  const closeWatch = broker
    ? await watchIssuedEvents(broker, (orderId) => {
        const order = outstanding.get(orderId);
        if (!order) return;
        order.events++;
        completeIfDone(orderId, order);
      })
    : async () => undefined;
  try {
    const cpu0 = platform.cpuSeconds();
    const t0 = performance.now();
    await Promise.all([send(), poll()]);
    const cpuCores = (platform.cpuSeconds() - cpu0) / ((performance.now() - t0) / 1000);
    // The callbacks were answered long before their orders completed; bounded anyway.
    for (let waited = 0; answered.length + refusedCallbacks < prepared.length && waited < 5000; waited += 20) await sleep(20);
    return {
      orders: prepared.length,
      completed: latencies.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: percentile(latencies, 100),
      answeredP50Ms: percentile(answered, 50),
      answeredP99Ms: percentile(answered, 99),
      committedP50Ms: percentile(committed, 50),
      committedP99Ms: percentile(committed, 99),
      refusedCallbacks,
      cpuCores,
    };
  } finally {
    await closeWatch();
  }
}

/**
 * P2: payment callback received → every ticket of the order issued and its events published.
 * Starts the all-in-one process (its test processor's own notices diverted to a sink; on RabbitMQ
 * with a unique exchange, deleted afterwards), onboards a merchant, prepares `orders` orders
 * (placed, card accepted, notice signed), waits for the process to go quiet, then times the
 * callbacks (timeCallbacks). Bounded by count and time.
 */
export async function measureIssuanceLatency(options: IssuanceLatencyOptions): Promise<IssuanceLatencyFigure> {
  const broker = options.amqpUrl ? { url: options.amqpUrl, exchange: `bench.p2.${process.pid}.${Date.now()}` } : undefined;
  if (broker) assertLoopback(broker.url);
  const sink = await startNoticeSink();
  try {
    const platform = await startPlatformProcess({
      env: {
        PAYMENT_CALLBACK_URL: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/notices`,
        ...(broker ? { AMQP_URL: broker.url, AMQP_EXCHANGE: broker.exchange } : {}),
      },
    });
    try {
      const { owner } = await onboard(platform.url);
      const productId = await createProduct(owner, 'pickup_voucher');
      const prepared: Prepared[] = [];
      await forEachConcurrently(Array.from({ length: options.orders }), 8, async () => {
        prepared.push(await prepareOrder(owner, productId, options.quantity));
      });
      if (!(await platform.quiet(30))) progress('P2: the all-in-one process was still busy 30s after the orders were placed; measuring anyway');
      progress(`P2: ${prepared.length} orders placed, their cards accepted; sending their callbacks at ${options.perSecond}/s`);
      return await timeCallbacks(platform, owner, prepared, options, broker);
    } finally {
      await platform.stop();
    }
  } finally {
    sink.closeAllConnections();
    await new Promise((resolve) => sink.close(resolve));
    if (broker) {
      await deleteTopology(broker.url, broker.exchange, serviceNames).catch((error: unknown) => progress(`P2 cleanup of ${broker.exchange} failed: ${String(error)}`));
    }
  }
}
