import { env } from '../config';
import { z } from 'zod';
import type { MessageRetention } from '../messaging/retention';

/** The services every process mode knows, with their default gRPC ports in the distributed mode. */
export const serviceNames = ['account', 'issuance', 'redemption', 'payment', 'settlement', 'notification'] as const;
export type ServiceName = (typeof serviceNames)[number];

export const defaultGrpcPorts: Readonly<Record<ServiceName, number>> = {
  account: 50051,
  issuance: 50052,
  redemption: 50053,
  payment: 50054,
  settlement: 50055,
  notification: 50056,
};

export function grpcAddressVariable(service: ServiceName): string {
  return `${service.toUpperCase()}_GRPC_ADDRESS`;
}

const grpcAddress = () => z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'expected host:port');

/**
 * An inbox row is what makes a redelivered event a no-op, so it must outlive every redelivery: bus
 * retries take seconds, but an operator may replay a dead-letter queue days later (a copy of an event
 * that another copy already applied).
 */
export const MIN_INBOX_RETENTION_DAYS = 7;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long every service keeps sent outbox entries and inbox rows; also part of processConfigShape. */
export const messageRetentionConfigShape = {
  OUTBOX_RETENTION_HOURS: env.positiveInt().max(10 * 365 * 24).default(72),
  INBOX_RETENTION_DAYS: env
    .positiveInt()
    .min(MIN_INBOX_RETENTION_DAYS, `must be at least ${MIN_INBOX_RETENTION_DAYS}: an event redelivered or replayed after its inbox row is gone would be applied twice`)
    .max(10 * 365)
    .default(30),
};

export function messageRetentionOf(config: { readonly OUTBOX_RETENTION_HOURS: number; readonly INBOX_RETENTION_DAYS: number }): MessageRetention {
  return { sentOutboxMs: config.OUTBOX_RETENTION_HOURS * HOUR_MS, inboxMs: config.INBOX_RETENTION_DAYS * DAY_MS };
}

/** Variables every process reads, whatever it hosts. */
export const processConfigShape = {
  DATA_DIR: env.string().default('data'),
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'expected an amqp:// URL').optional(),
  AMQP_EXCHANGE: env.string().default('ecticket.events'),
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'expected a mongodb:// URL').optional(),
  BUS_MAX_ATTEMPTS: env.positiveInt().default(5),
  BUS_RETRY_DELAY_MS: env.positiveInt().default(1000),
  BUS_PREFETCH: env.positiveInt().default(50),
  ...messageRetentionConfigShape,
  LOG_LEVEL: env.logLevel().default('info'),
  /** Distributed mode: where this process's service binds, when it differs from how peers reach it (containers). */
  GRPC_LISTEN_ADDRESS: grpcAddress().optional(),
  ...(Object.fromEntries(
    serviceNames.map((service) => [grpcAddressVariable(service), grpcAddress().default(`127.0.0.1:${defaultGrpcPorts[service]}`)]),
  ) as Record<`${Uppercase<ServiceName>}_GRPC_ADDRESS`, z.ZodDefault<z.ZodString>>),
};
