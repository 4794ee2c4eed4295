import type { EventEnvelope } from './envelope';

export interface DeliveryInfo {
  /** 1 for the first delivery; counts every attempt including broker redeliveries after a crash. */
  readonly attempt: number;
  readonly redelivered: boolean;
}

/** Throwing makes the bus retry after a delay; after `maxAttempts` the event goes to the dead-letter queue. */
export type EventHandler = (envelope: EventEnvelope, delivery: DeliveryInfo) => Promise<void>;

export interface BusOptions {
  /** Name of the durable topic exchange (RabbitMQ) or of the in-process broker namespace. */
  readonly exchange: string;
  /** Deliveries a handler may fail before the event is dead-lettered (T7). */
  readonly maxAttempts: number;
  /** Delay before a failed event is delivered again. */
  readonly retryDelayMs: number;
  /** Unacknowledged deliveries in flight per consumer. */
  readonly prefetch: number;
}

export interface EventBus {
  readonly kind: 'rabbitmq' | 'in-process';
  /** Resolves only when every envelope is confirmed by the broker (durably queued or routed nowhere). */
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  /**
   * Declares the consumer's durable queue bound to the routing-key patterns (`ticket.*.v1`, `#`)
   * and starts consuming. Re-subscribes by itself after a lost connection.
   */
  subscribe(consumer: string, patterns: readonly string[], handler: EventHandler): Promise<void>;
  /** Stops consuming; in-flight handlers finish and are acknowledged before it resolves. */
  stopConsuming(): Promise<void>;
  isConnected(): boolean;
  close(): Promise<void>;
}
