import { createGrpcServer, createLogger, loadServiceDefinition, notFound, type GrpcServer, type UnaryHandlers } from '@ecticket/platform';
import type { issuanceV1, paymentV1 } from '@ecticket/contracts';

/**
 * The issuance and payment services as a real gRPC server that holds nothing: every call is
 * recorded and refused NOT_FOUND, as the services refuse an id they do not know. Enough for the
 * tests that only exercise the gateway's own checks.
 */
export class RefusingServices {
  readonly calls: string[] = [];
  private server: GrpcServer | null = null;

  async start(): Promise<string> {
    this.server = createGrpcServer({ name: 'refusing-services', logger: createLogger({ service: 'refusing-services', level: 'silent' }), address: '127.0.0.1:0' });
    const issuance = loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService');
    const payment = loadServiceDefinition<paymentV1.PaymentServiceDefinition>(['payment.proto'], 'ecticket.payment.v1.PaymentService');
    this.server.addService(issuance, this.refusing(issuance));
    this.server.addService(payment, this.refusing(payment));
    return this.server.start();
  }

  async stop(): Promise<void> {
    await this.server?.shutdown(100);
  }

  private refusing<D extends object>(definition: D): UnaryHandlers<D> {
    const handlers = Object.fromEntries(
      Object.keys(definition).map((method) => [
        method,
        async () => {
          this.calls.push(method);
          throw notFound('NOT_IN_DOUBLE', `This double holds nothing for ${method}.`);
        },
      ]),
    );
    // One refusing handler per method, whatever its request and response types.
    return handlers as unknown as UnaryHandlers<D>;
  }
}
