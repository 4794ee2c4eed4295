import { randomUUID } from 'node:crypto';
import { connect } from 'amqplib';
import { consumerQueueNames, serviceNames } from '@ecticket/platform';

export const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

/** Longest a teardown waits for the broker to delete a test's exchange and queues. */
const removalTimeoutMs = 20_000;

export interface TestExchange {
  readonly name: string;
  /** What the platform under test needs in its environment to use this exchange. */
  readonly environment: { readonly AMQP_URL: string; readonly AMQP_EXCHANGE: string };
  /**
   * Deletes the exchange and every service's work, retry and dead-letter queues under it; those
   * never declared or already deleted are fine. Call it once the platform's buses are closed: a bus
   * whose queue disappears under it reconnects and declares the queue again.
   */
  remove(): Promise<void>;
}

/**
 * An exchange of a test's own on the shared broker. The platform declares durable queues under it,
 * which outlive the test unless `remove()` runs on teardown.
 */
export function testExchange(label: string): TestExchange {
  const name = `e2e.${label}.${randomUUID()}`;
  return {
    name,
    environment: { AMQP_URL: amqpUrl, AMQP_EXCHANGE: name },
    remove: async () => {
      try {
        // Each service consumes under its own name (ServiceRuntime), so its queues are named after it.
        await withTimeout(deleteTopology(amqpUrl, name, serviceNames), removalTimeoutMs);
      } catch (error) {
        throw new Error(`could not delete RabbitMQ exchange ${name} and its queues: ${String(error)}`, { cause: error });
      }
    },
  };
}

/** Starts a platform on `exchange`; if the start fails, removes the exchange and rethrows the start's error (with the removal's, should that fail too). */
export async function removeIfStartFails<T>(exchange: TestExchange, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (startError) {
    try {
      await exchange.remove();
    } catch (removalError) {
      throw new AggregateError([startError, removalError], `${String(startError)}\n${String(removalError)}`, { cause: removalError });
    }
    throw startError;
  }
}

/** Stops a platform, then removes its exchange: also when stopping failed. */
export async function stopThenRemove<T>(exchange: TestExchange, stop: () => Promise<T>): Promise<T> {
  try {
    return await stop();
  } finally {
    await exchange.remove();
  }
}

/** Deletes `exchange` and the work, retry and dead-letter queues of each consumer under it; missing ones are fine. */
export async function deleteTopology(url: string, exchange: string, consumers: readonly string[]): Promise<void> {
  const connection = await connect(url, { timeout: removalTimeoutMs });
  // A failed deletion rejects its own call; unlistened, the same error emitted as an event would
  // crash the test process.
  connection.on('error', () => undefined);
  try {
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    for (const consumer of consumers) {
      for (const queue of Object.values(consumerQueueNames(exchange, consumer))) await channel.deleteQueue(queue);
    }
    await channel.deleteExchange(exchange);
  } finally {
    await connection.close().catch(() => undefined); // a connection the broker already closed
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
