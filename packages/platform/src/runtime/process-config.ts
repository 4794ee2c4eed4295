import { env } from '../config';
import { z } from 'zod';

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

/** Variables every process reads, whatever it hosts. */
export const processConfigShape = {
  DATA_DIR: env.string().default('data'),
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'expected an amqp:// URL').optional(),
  AMQP_EXCHANGE: env.string().default('ecticket.events'),
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'expected a mongodb:// URL').optional(),
  BUS_MAX_ATTEMPTS: env.positiveInt().default(5),
  BUS_RETRY_DELAY_MS: env.positiveInt().default(1000),
  BUS_PREFETCH: env.positiveInt().default(50),
  LOG_LEVEL: env.logLevel().default('info'),
  /** Distributed mode: where this process's service binds, when it differs from how peers reach it (containers). */
  GRPC_LISTEN_ADDRESS: grpcAddress().optional(),
  ...(Object.fromEntries(
    serviceNames.map((service) => [grpcAddressVariable(service), grpcAddress().default(`127.0.0.1:${defaultGrpcPorts[service]}`)]),
  ) as Record<`${Uppercase<ServiceName>}_GRPC_ADDRESS`, z.ZodDefault<z.ZodString>>),
};
