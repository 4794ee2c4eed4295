import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition } from '@grpc/grpc-js';
import type { issuanceV1 } from '@ecticket/contracts';
import { failedPrecondition, loadServiceDefinition, notFound, toGrpcStatus } from '@ecticket/platform';

export const STAND_IN_MERCHANT_NAME = 'Tea House';

/** The storefront's number the stand-in gives an order: not its id, so a message naming the id is caught. */
export function merchantOrderNoOf(orderId: string): string {
  return `T-${orderId}`;
}

export interface StandInContact {
  readonly email: string;
  readonly phone: string;
}

/** The buyer the stand-in answers unless a test declares another: the harness's default recipient. */
export const DEFAULT_BUYER: StandInContact = { email: 'mei@example.com', phone: '0912345678' };

export interface StandInOrder {
  readonly merchantId: string;
  readonly walletUrl?: string;
  readonly pickupCode?: string;
  readonly buyer?: StandInContact;
  readonly paperPrinter?: 'merchant' | 'platform';
  readonly transferredTickets?: readonly { ticketId: string; walletUrl: string; holder: StandInContact }[];
}

/**
 * The issuance service as issuance.proto states it, for the two calls the notification service
 * makes: GetDeliveryLinks of the orders the test declares, and GetOrder for the person whose token
 * is `staff-of-<merchantId>` (another merchant's order answers NOT_FOUND).
 */
export class IssuanceStandIn {
  private readonly orders = new Map<string, StandInOrder>();
  private server: Server | null = null;
  linkRequests = 0;

  declare(orderId: string, order: StandInOrder): void {
    this.orders.set(orderId, order);
  }

  async start(): Promise<string> {
    const definition = loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService');
    this.server = new Server();
    this.server.addService(definition as unknown as ServiceDefinition, {
      GetDeliveryLinks: (call: ServerUnaryCall<issuanceV1.GetDeliveryLinksRequest__Output, unknown>, callback: sendUnaryData<issuanceV1.DeliveryLinks>) => {
        this.linkRequests += 1;
        const order = this.orders.get(call.request.orderId);
        if (!order || order.merchantId !== call.request.merchantId) {
          callback(toGrpcStatus(failedPrecondition('ORDER_NOT_ISSUED', 'The order has no tickets yet.')));
          return;
        }
        const { orderId } = call.request;
        const buyer = order.buyer ?? DEFAULT_BUYER;
        callback(null, {
          orderId,
          merchantOrderNo: merchantOrderNoOf(orderId),
          merchantName: STAND_IN_MERCHANT_NAME,
          walletUrl: order.walletUrl ?? '',
          pickupCode: order.pickupCode ?? '',
          buyerEmail: buyer.email,
          buyerPhone: buyer.phone,
          paperPrinter: order.paperPrinter ?? '',
          transferredTickets: (order.transferredTickets ?? []).map(({ ticketId, walletUrl, holder }) => ({ ticketId, walletUrl, holderEmail: holder.email, holderPhone: holder.phone })),
        });
      },
      GetOrder: (call: ServerUnaryCall<issuanceV1.GetOrderRequest__Output, unknown>, callback: sendUnaryData<issuanceV1.OrderDetail>) => {
        const order = this.orders.get(call.request.orderId);
        const [authorization] = call.metadata.get('authorization');
        if (!order || authorization !== `Bearer staff-of-${order.merchantId}`) {
          callback(toGrpcStatus(notFound('ORDER_NOT_FOUND', 'No such order.')));
          return;
        }
        callback(null, { order: { id: call.request.orderId }, tickets: [] });
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      this.server?.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    return `127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  }
}
