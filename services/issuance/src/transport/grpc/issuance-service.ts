import type { issuanceV1 } from '@ecticket/contracts';
import { loadServiceDefinition, type UnaryHandlers } from '@ecticket/platform';
import { abandonOrder } from '../../application/abandon-order';
import { addOrderNote } from '../../application/add-order-note';
import { changeBuyer } from '../../application/change-buyer';
import { createOrder } from '../../application/create-order';
import { createProduct } from '../../application/create-product';
import { deliveryLinks } from '../../application/delivery-links';
import { sendBuyerOrderLinks } from '../../application/send-buyer-order-links';
import { issueOrder } from '../../application/issue-order';
import { confirmPrinting, lookupPickupCode } from '../../application/kiosk';
import { getPrintData, markPrinted } from '../../application/paper-printing';
import type { IssuanceDeps } from '../../application/ports';
import { getOrder, listOrders } from '../../application/read-orders';
import { getProduct, listProducts } from '../../application/read-products';
import { resendNotifications } from '../../application/resend-notifications';
import { getTicket, ticketVerificationKeys } from '../../application/tickets';
import { updateProduct } from '../../application/update-product';
import { getWallet, transferTicket } from '../../application/wallet';
import { bearerToken } from './call';
import { buyerOf, contactOf, issuanceDates, optionalId, orderDraft, orderQuery, productEdit, productQuery, productTerms } from './decode';
import {
  checkoutMessage,
  deliveryLinksMessage,
  kioskOrderMessage,
  noteMessage,
  notificationRequestMessage,
  orderDetailMessage,
  orderMessage,
  printDataMessage,
  productMessage,
  ticketMessage,
  verificationKeyMessage,
  walletMessage,
} from './encode';

export function issuanceServiceDefinition(): issuanceV1.IssuanceServiceDefinition {
  return loadServiceDefinition<issuanceV1.IssuanceServiceDefinition>(['issuance.proto'], 'ecticket.issuance.v1.IssuanceService');
}

/**
 * The gRPC face of the service: decode, run the use case, encode. Staff calls pass the caller's
 * access token on to the use case, which has the account service check it for the operation.
 */
export function issuanceServiceHandlers(deps: IssuanceDeps): UnaryHandlers<issuanceV1.IssuanceServiceDefinition> {
  const windowDays = deps.settings.issuanceWindowDays;

  return {
    async CreateProduct(request, call) {
      return productMessage(await createProduct(deps, bearerToken(call), productTerms(request)));
    },
    async UpdateProduct(request, call) {
      return productMessage(await updateProduct(deps, bearerToken(call), request.productId, productEdit(request)));
    },
    async GetProduct(request, call) {
      return productMessage(await getProduct(deps, bearerToken(call), request.productId));
    },
    async ListProducts(request, call) {
      const page = await listProducts(deps, bearerToken(call), productQuery(request));
      return { products: page.items.map(productMessage), nextCursor: page.nextCursor };
    },

    async CreateOrder(request, call) {
      const { order, checkout } = await createOrder(deps, bearerToken(call), orderDraft(request));
      return { order: orderMessage(order, windowDays), checkout: checkoutMessage(checkout) };
    },
    async GetOrder(request, call) {
      return orderDetailMessage(await getOrder(deps, bearerToken(call), request.orderId), windowDays);
    },
    async ListOrders(request, call) {
      const page = await listOrders(deps, bearerToken(call), orderQuery(request));
      return { orders: page.items.map((order) => orderMessage(order, windowDays)), nextCursor: page.nextCursor };
    },
    async AbandonOrder(request, call) {
      return orderMessage(await abandonOrder(deps, bearerToken(call), request.orderId), windowDays);
    },
    async ChangeBuyer(request, call) {
      return orderMessage(await changeBuyer(deps, bearerToken(call), request.orderId, buyerOf(request.buyer)), windowDays);
    },
    async ResendNotifications(request, call) {
      return notificationRequestMessage(await resendNotifications(deps, bearerToken(call), request.orderId));
    },
    async AddOrderNote(request, call) {
      const input = { orderId: request.orderId, text: request.text, ticketId: optionalId(request.ticketId) };
      return noteMessage(await addOrderNote(deps, bearerToken(call), input));
    },

    async IssueOrder(request, call) {
      const detail = await issueOrder(deps, bearerToken(call), { orderId: request.orderId, dates: issuanceDates(request) });
      return orderDetailMessage(detail, windowDays);
    },
    async GetTicket(request, call) {
      return ticketMessage(await getTicket(deps, bearerToken(call), request.ticketId));
    },
    async GetPrintData(request, call) {
      return printDataMessage(await getPrintData(deps, bearerToken(call), request.orderId));
    },
    async MarkPrinted(request, call) {
      const { ticketIds, printedAt } = await markPrinted(deps, bearerToken(call), request.orderId, request.ticketIds);
      return { ticketIds: [...ticketIds], printedAt };
    },

    async GetWallet(request) {
      return walletMessage(await getWallet(deps, request.walletToken));
    },
    async TransferTicket(request) {
      return transferTicket(deps, request.walletToken, request.ticketId, contactOf(request.recipient));
    },

    async LookupPickupCode(request) {
      return kioskOrderMessage(await lookupPickupCode(deps, request.partnerId, request.pickupCode));
    },
    async ConfirmPrinting(request) {
      const { orderId, ticketIds, printedAt } = await confirmPrinting(deps, request.partnerId, request.pickupCode);
      return { orderId, ticketIds: [...ticketIds], printedAt };
    },

    async GetDeliveryLinks(request) {
      return deliveryLinksMessage(await deliveryLinks(deps, request.merchantId, request.orderId));
    },
    async SendBuyerOrderLinks(request) {
      return { ordersSent: await sendBuyerOrderLinks(deps, request.merchantId, request.email) };
    },
    async GetTicketVerificationKeys() {
      return { keys: ticketVerificationKeys(deps).map(verificationKeyMessage) };
    },
  };
}
