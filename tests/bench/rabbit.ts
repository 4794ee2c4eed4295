import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';

export const AMQP_URL = process.env.BENCH_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

/** amqp.connect socket options: a broker that accepts no connection fails the benchmark in 10 s instead of hanging it. */
export const CONNECT_OPTIONS = { timeout: 10_000 };

export interface RabbitFigure {
  /** Persistent messages per second, publisher confirms awaited every `confirmEvery`. */
  readonly publishedPerSecond: number;
  /** Messages per second consumed with a manual ack each. */
  readonly consumedPerSecond: number;
  readonly published: number;
  readonly consumed: number;
}

export interface RabbitOptions {
  readonly messages: number;
  /** Time bound of each phase (publish, consume). */
  readonly seconds: number;
  readonly confirmEvery?: number;
  readonly prefetch?: number;
}

/** An event-envelope-sized JSON body (~330 bytes). */
function payload(): Buffer {
  return Buffer.from(
    JSON.stringify({
      id: randomUUID(),
      type: 'ticket.redeemed',
      version: 1,
      occurredAt: new Date().toISOString(),
      producer: 'redemption',
      merchantId: 'mer_01HZX2',
      correlationId: randomUUID(),
      causationId: null,
      data: { ticketId: 'tkt_01HZX5', code: 'K7QX-4M2P-9D3H', branchId: 'br_01HZX3', amount: 1500 },
    }),
  );
}

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`bench targets only loopback, not ${host}`);
}

/**
 * Baseline 4: a unique durable topic exchange and durable classic queue; persistent messages
 * published through the exchange on a confirm channel, awaiting confirms every `confirmEvery`; then
 * all consumed with manual acks at `prefetch`. Both phases bounded by count and time; the exchange
 * and queue are deleted afterwards.
 */
export async function measureRabbit(url: string, options: RabbitOptions): Promise<RabbitFigure> {
  assertLoopback(url);
  const confirmEvery = options.confirmEvery ?? 500;
  const name = `bench.baseline.${process.pid}.${Date.now()}`;
  const connection = await amqp.connect(url, CONNECT_OPTIONS);
  try {
    const channel = await connection.createConfirmChannel();
    await channel.assertExchange(name, 'topic', { durable: true });
    await channel.assertQueue(name, { durable: true, arguments: { 'x-queue-type': 'classic' } });
    await channel.bindQueue(name, name, '#');
    try {
      const body = payload();
      let deadline = performance.now() + options.seconds * 1000;
      let published = 0;
      const t0 = performance.now();
      while (published < options.messages && performance.now() < deadline) {
        const batch = Math.min(confirmEvery, options.messages - published);
        for (let i = 0; i < batch; i++) channel.publish(name, 'ticket.redeemed.v1', body, { persistent: true, contentType: 'application/json' });
        await channel.waitForConfirms();
        published += batch;
      }
      const publishSeconds = (performance.now() - t0) / 1000;

      const consumer = await connection.createChannel();
      await consumer.prefetch(options.prefetch ?? 100);
      let consumed = 0;
      deadline = performance.now() + options.seconds * 1000;
      const t1 = performance.now();
      let t2 = t1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.seconds * 1000);
        void consumer.consume(name, (message) => {
          if (!message) return;
          consumer.ack(message);
          consumed++;
          if (consumed === published) {
            t2 = performance.now();
            clearTimeout(timer);
            resolve();
          }
        });
      });
      if (consumed < published) t2 = Math.min(performance.now(), deadline);
      await consumer.close();
      return {
        publishedPerSecond: published / publishSeconds,
        consumedPerSecond: consumed / ((t2 - t1) / 1000),
        published,
        consumed,
      };
    } finally {
      await channel.deleteQueue(name);
      await channel.deleteExchange(name);
    }
  } finally {
    await connection.close();
  }
}
