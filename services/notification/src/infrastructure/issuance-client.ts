import type { issuanceV1 } from '@ecticket/contracts';
import { createGrpcClient, loadServiceDefinition, unauthenticated, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { Orders } from '../application/ports';

/**
 * The issuance service: the delivery links of an order, and GetOrder on a person's behalf to decide
 * who may read an order's delivery log. Both are reads, so a retry on UNAVAILABLE is safe.
 */
export function createOrders(directory: ServiceDirectory, logger: Logger): Orders & { close(): void } {
  const client = createGrpcClient({
    definition: loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService'),
    address: () => directory.addressOf('issuance'),
    logger,
    idempotentMethods: ['GetDeliveryLinks', 'GetOrder'],
  });
  return {
    async deliveryLinks(merchantId, orderId) {
      const links = await client.GetDeliveryLinks({ merchantId, orderId });
      return {
        merchantOrderNo: links.merchantOrderNo,
        merchantName: links.merchantName,
        walletUrl: links.walletUrl,
        pickupCode: links.pickupCode,
        buyer: { email: links.buyerEmail, phone: links.buyerPhone },
        // Older issuance answers name no printer: the merchant, as before.
        paperPrinter: links.paperPrinter === 'platform' ? 'platform' : 'merchant',
        ticketWallets: new Map(
          links.transferredTickets.map((ticket) => [ticket.ticketId, { walletUrl: ticket.walletUrl, holder: { email: ticket.holderEmail, phone: ticket.holderPhone } }]),
        ),
      };
    },
    async assertReadable(accessToken, orderId) {
      if (!accessToken) throw unauthenticated('AUTHENTICATION_REQUIRED', 'An access token is required.');
      await client.GetOrder({ orderId }, { metadata: { authorization: `Bearer ${accessToken}` } });
    },
    close: () => client.close(),
  };
}
