import type { paymentV1 } from '@ecticket/contracts';
import { AppError, createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { PaymentIntents } from '../application/ports';

export type PaymentClient = GrpcClient<paymentV1.PaymentServiceDefinition>;

export function createPaymentClient(directory: ServiceDirectory, logger: Logger): PaymentClient {
  return createGrpcClient({
    definition: loadServiceDefinition<paymentV1.PaymentServiceDefinition>(['payment.proto'], 'ecticket.payment.v1.PaymentService'),
    address: () => directory.addressOf('payment'),
    logger,
    // Idempotent per order by the payment service's contract.
    idempotentMethods: ['CreatePaymentIntent'],
  });
}

export function paymentIntents(client: PaymentClient): PaymentIntents {
  return {
    async create(request) {
      const intent = await client.CreatePaymentIntent(request);
      if (!intent.checkout) throw new AppError('internal', 'CHECKOUT_MISSING', `The payment intent of order ${request.orderId} has no checkout form.`);
      const { actionUrl, method, fields } = intent.checkout;
      return { actionUrl, method, fields: { ...fields } };
    },
  };
}
