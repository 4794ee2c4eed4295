import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { paymentV1 } from '@ecticket/contracts';

export type PaymentClient = GrpcClient<paymentV1.PaymentServiceDefinition>;

/** Reads, and the callback, which the payment service applies once however often it arrives. */
const idempotentMethods = ['GetPayment', 'GetTestCheckout', 'HandleProcessorCallback'] as const;

export function createPaymentClient(directory: ServiceDirectory, logger: Logger): PaymentClient {
  return createGrpcClient({
    definition: loadServiceDefinition<paymentV1.PaymentServiceDefinition>(['payment.proto'], 'ecticket.payment.v1.PaymentService'),
    address: () => directory.addressOf('payment'),
    logger,
    idempotentMethods,
  });
}
