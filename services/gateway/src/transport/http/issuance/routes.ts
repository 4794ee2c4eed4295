import { z } from 'zod';
import { AppError, type CallOptions } from '@ecticket/platform';
import type { issuanceV1 } from '@ecticket/contracts';
import type { IssuanceClient } from '../../../infrastructure/issuance-client';
import type { PaymentClient } from '../../../infrastructure/payment-client';
import { callerRouteOf } from '../caller-route';
import { paymentView, toPayment } from '../payment/views';
import { qrCodeSvg } from '../qr-code';
import { pageOf } from '../request-schemas';
import type { RouteSpec } from '../routes';
import { pageView, toPage } from '../view-schemas';
import { orderState, paperPrinter, ticketForm, ticketType } from './enums';
import {
  addOrderNoteBody,
  changeBuyerBody,
  createOrderBody,
  createProductBody,
  issueOrderBody,
  listOrdersQuery,
  listProductsQuery,
  markPrintedBody,
  orderIdParams,
  productIdParams,
  ticketIdParams,
  updateProductBody,
} from './requests';
import {
  noteView,
  notificationRequestView,
  orderDetailView,
  orderView,
  placedOrderView,
  printDataView,
  printingView,
  productView,
  ticketView,
  toNote,
  toNotificationRequest,
  toOrder,
  toOrderDetail,
  toPlacedOrder,
  toPrintData,
  toPrinting,
  toProduct,
  toTicket,
} from './views';

export interface IssuanceApiClients {
  readonly issuance: IssuanceClient;
  readonly payment: PaymentClient;
}

const needs = (node: string) => `Needs the \`${node}\` permission node (R13).`;

const validityOf = (validity: z.infer<typeof createProductBody>['validity']): issuanceV1.Validity => ({
  usableFrom: validity?.usableFrom ?? '',
  expiresOn: validity?.expiresOn ?? '',
  validDays: validity?.validDays ?? 0,
});

const buyerOf = (buyer: z.infer<typeof changeBuyerBody>): issuanceV1.Buyer => ({ ...buyer, phone: buyer.phone ?? '', address: buyer.address ?? '' });

const ticketWithQrCode = ticketView.extend({
  qrSvg: z.string().describe('The QR code as an SVG image: the payload in byte mode, error correction M.'),
});

const orderWithPayment = orderDetailView.extend({
  payment: paymentView.nullable().describe('Null for gift vouchers only.'),
});

/**
 * An order is stored before its payment intent is created; until a retried createOrder creates
 * it, the payment service has none.
 */
async function paymentOf(payment: PaymentClient, orderId: string) {
  try {
    return await payment.GetPayment({ orderId });
  } catch (error) {
    if (error instanceof AppError && error.code === 'PAYMENT_NOT_FOUND') return null;
    throw error;
  }
}

async function orderWithPaymentOf({ issuance, payment }: IssuanceApiClients, orderId: string, options: CallOptions) {
  const detail = await issuance.GetOrder({ orderId }, options);
  return { detail, payment: detail.order?.payment ? await paymentOf(payment, orderId) : null };
}

/** The public REST API of the issuance service for merchant staff (R1, R8–R10, R25–R27, R31, R32). */
export function issuanceRoutes(clients: IssuanceApiClients): RouteSpec[] {
  const staffRoute = callerRouteOf(clients);
  return [
    staffRoute({
      method: 'post',
      path: '/v1/products',
      operationId: 'createProduct',
      summary: 'Create a product: a pickup voucher with a face value, or a gift voucher (R1, R31).',
      description: needs('products'),
      tags: ['products'],
      audience: 'merchant staff',
      body: createProductBody,
      success: { status: 201, description: 'The product, listed.', schema: productView },
      call: ({ issuance }, { body }, options) =>
        issuance.CreateProduct(
          { ...body, ticketType: ticketType.toProto(body.ticketType), description: body.description ?? '', validity: validityOf(body.validity) },
          options,
        ),
      view: toProduct,
    }),
    staffRoute({
      method: 'get',
      path: '/v1/products',
      operationId: 'listProducts',
      summary: 'The products, a page at a time.',
      tags: ['products'],
      audience: 'merchant staff',
      query: listProductsQuery,
      success: { status: 200, description: 'A page of products.', schema: pageView(productView) },
      call: ({ issuance }, { query }, options) =>
        issuance.ListProducts(
          {
            ...(query.listed ? { listed: query.listed === 'true' } : {}),
            ticketType: query.ticketType ? ticketType.toProto(query.ticketType) : 'TICKET_TYPE_UNSPECIFIED',
            page: pageOf(query),
          },
          options,
        ),
      view: (answer) => toPage(answer.products, answer.nextCursor, toProduct),
    }),
    staffRoute({
      method: 'get',
      path: '/v1/products/{productId}',
      operationId: 'getProduct',
      summary: 'One product.',
      tags: ['products'],
      audience: 'merchant staff',
      params: productIdParams,
      success: { status: 200, description: 'The product.', schema: productView },
      call: ({ issuance }, { params }, options) => issuance.GetProduct({ productId: params.productId }, options),
      view: toProduct,
    }),
    staffRoute({
      method: 'patch',
      path: '/v1/products/{productId}',
      operationId: 'updateProduct',
      summary: 'Change a product, list or delist it; tickets already issued and existing orders keep what they copied.',
      description: needs('products'),
      tags: ['products'],
      audience: 'merchant staff',
      params: productIdParams,
      body: updateProductBody,
      success: { status: 200, description: 'The product.', schema: productView },
      call: ({ issuance }, { params, body }, options) =>
        issuance.UpdateProduct(
          {
            productId: params.productId,
            name: body.name,
            description: body.description,
            faceValue: body.faceValue,
            immediatelyUsable: body.immediatelyUsable,
            listed: body.listed,
            ...(body.validity ? { validity: validityOf(body.validity) } : {}),
            ...(body.redemptionBranchIds ? { redemptionBranches: { branchIds: body.redemptionBranchIds } } : {}),
            ...(body.returnBranchIds ? { returnBranches: { branchIds: body.returnBranchIds } } : {}),
          },
          options,
        ),
      view: toProduct,
    }),

    staffRoute({
      method: 'post',
      path: '/v1/orders',
      operationId: 'createOrder',
      summary: "Create an order for a buyer; the answer carries the form the buyer's browser posts to pay (R8).",
      description: `${needs('orders')} Orders of gift vouchers only need no payment. The merchant order number makes a retry safe even without an Idempotency-Key.`,
      tags: ['orders'],
      audience: 'merchant staff',
      body: createOrderBody,
      success: { status: 201, description: 'The order and, when it is to be paid, its checkout form.', schema: placedOrderView },
      call: ({ issuance }, { body }, options) =>
        issuance.CreateOrder(
          {
            merchantOrderNo: body.merchantOrderNo,
            buyer: buyerOf(body.buyer),
            items: body.items,
            ticketForm: ticketForm.toProto(body.ticketForm),
            paperPrinter: body.paperPrinter ? paperPrinter.toProto(body.paperPrinter) : 'PAPER_PRINTER_UNSPECIFIED',
            issueOnPayment: body.issueOnPayment ?? false,
            giftVoucherExpiresOn: body.giftVoucherExpiresOn ?? '',
            usableFrom: body.usableFrom ?? '',
          },
          options,
        ),
      view: toPlacedOrder,
    }),
    staffRoute({
      method: 'get',
      path: '/v1/orders',
      operationId: 'listOrders',
      summary: 'The orders, newest first, a page at a time.',
      description: 'A sub-account bound to a branch sees the orders its branch created (R22.2).',
      tags: ['orders'],
      audience: 'merchant staff',
      query: listOrdersQuery,
      success: { status: 200, description: 'A page of orders.', schema: pageView(orderView) },
      call: ({ issuance }, { query }, options) =>
        issuance.ListOrders(
          {
            state: query.state ? orderState.toProto(query.state) : 'ORDER_STATE_UNSPECIFIED',
            ticketForm: query.ticketForm ? ticketForm.toProto(query.ticketForm) : 'TICKET_FORM_UNSPECIFIED',
            createdFrom: query.createdFrom ?? '',
            createdTo: query.createdTo ?? '',
            page: pageOf(query),
          },
          options,
        ),
      view: (answer) => toPage(answer.orders, answer.nextCursor, toOrder),
    }),
    staffRoute({
      method: 'get',
      path: '/v1/orders/{orderId}',
      operationId: 'getOrder',
      summary: 'One order with its tickets and its payment: authorization, capture, void and refunds.',
      tags: ['orders'],
      audience: 'merchant staff',
      params: orderIdParams,
      success: { status: 200, description: 'The order.', schema: orderWithPayment },
      call: (all, { params }, options) => orderWithPaymentOf(all, params.orderId, options),
      view: ({ detail, payment }) => ({ ...toOrderDetail(detail), payment: payment && toPayment(payment) }),
    }),
    staffRoute({
      method: 'post',
      path: '/v1/orders/{orderId}/abandon',
      operationId: 'abandonOrder',
      summary: 'Abandon an order not yet issued: a paid one has its authorization voided and the buyer is never charged (R9); one never paid has its checkout closed.',
      description: needs('orders'),
      tags: ['orders'],
      audience: 'merchant staff',
      params: orderIdParams,
      success: { status: 200, description: 'The voided order.', schema: orderView },
      call: ({ issuance }, { params }, options) => issuance.AbandonOrder({ orderId: params.orderId }, options),
      view: toOrder,
    }),
    staffRoute({
      method: 'post',
      path: '/v1/orders/{orderId}/issue',
      operationId: 'issueOrder',
      summary: 'Issue the tickets of a paid (or gift-only) order (R26); issuing it again answers it unchanged.',
      description: `${needs('issue')} Refused, the order unchanged, past the issuance window, without a gift voucher's expiry day, without a non-immediate electronic ticket's usable-from day, or with more than 8 convenience-store tickets. The answer carries the redemption codes, so it is never stored for Idempotency-Key replays; issuing is idempotent itself.`,
      tags: ['orders', 'tickets'],
      audience: 'merchant staff',
      idempotency: 'accept',
      params: orderIdParams,
      body: issueOrderBody,
      success: { status: 200, description: 'The issued order and its tickets.', schema: orderDetailView },
      call: ({ issuance }, { params, body }, options) =>
        issuance.IssueOrder({ orderId: params.orderId, giftVoucherExpiresOn: body?.giftVoucherExpiresOn ?? '', usableFrom: body?.usableFrom ?? '' }, options),
      view: toOrderDetail,
    }),
    staffRoute({
      method: 'put',
      path: '/v1/orders/{orderId}/buyer',
      operationId: 'changeBuyer',
      summary: "Change the buyer's data on their behalf, until a ticket was transferred or printed (R27).",
      description: `${needs('orders')} The buyer's previous wallet link stops opening, and a convenience-store order gets a new pickup code (the previous one no longer prints its tickets); an issued order's new buyer is notified.`,
      tags: ['orders'],
      audience: 'merchant staff',
      params: orderIdParams,
      body: changeBuyerBody,
      success: { status: 200, description: 'The order.', schema: orderView },
      call: ({ issuance }, { params, body }, options) => issuance.ChangeBuyer({ orderId: params.orderId, buyer: buyerOf(body) }, options),
      view: toOrder,
    }),
    staffRoute({
      method: 'post',
      path: '/v1/orders/{orderId}/resend-notifications',
      operationId: 'resendNotifications',
      summary: 'Send the notifications of an issued order again; each request is recorded (R25).',
      description: needs('orders'),
      tags: ['orders'],
      audience: 'merchant staff',
      params: orderIdParams,
      success: { status: 202, description: 'The recorded request; the notification service sends it.', schema: notificationRequestView },
      call: ({ issuance }, { params }, options) => issuance.ResendNotifications({ orderId: params.orderId }, options),
      view: toNotificationRequest,
    }),
    staffRoute({
      method: 'post',
      path: '/v1/orders/{orderId}/notes',
      operationId: 'addOrderNote',
      summary: 'Add a note to an order or one of its tickets (R32).',
      description: needs('notes'),
      tags: ['orders'],
      audience: 'merchant staff',
      params: orderIdParams,
      body: addOrderNoteBody,
      success: { status: 201, description: 'The note.', schema: noteView },
      call: ({ issuance }, { params, body }, options) => issuance.AddOrderNote({ orderId: params.orderId, text: body.text, ticketId: body.ticketId ?? '' }, options),
      view: toNote,
    }),

    staffRoute({
      method: 'get',
      path: '/v1/tickets/{ticketId}',
      operationId: 'getTicket',
      summary: 'One ticket with its codes, its signed QR payload and its QR code image.',
      description: needs('orders'),
      tags: ['tickets'],
      audience: 'merchant staff',
      params: ticketIdParams,
      success: { status: 200, description: 'The ticket.', schema: ticketWithQrCode },
      call: ({ issuance }, { params }, options) => issuance.GetTicket({ ticketId: params.ticketId }, options),
      view: async (ticket) => ({ ...toTicket(ticket), qrSvg: await qrCodeSvg(ticket.qrPayload) }),
    }),
    staffRoute({
      method: 'get',
      path: '/v1/orders/{orderId}/print-data',
      operationId: 'getPrintData',
      summary: "A paper order's unused tickets, for the merchant's printer.",
      description: needs('issue'),
      tags: ['tickets'],
      audience: 'merchant staff',
      params: orderIdParams,
      success: { status: 200, description: 'What to print.', schema: printDataView },
      call: ({ issuance }, { params }, options) => issuance.GetPrintData({ orderId: params.orderId }, options),
      view: toPrintData,
    }),
    staffRoute({
      method: 'post',
      path: '/v1/orders/{orderId}/mark-printed',
      operationId: 'markTicketsPrinted',
      summary: "Record that paper tickets were printed; the buyer's data is locked from then on (R27).",
      description: needs('issue'),
      tags: ['tickets'],
      audience: 'merchant staff',
      params: orderIdParams,
      body: markPrintedBody,
      success: { status: 200, description: 'The tickets this call marked printed.', schema: printingView },
      call: ({ issuance }, { params, body }, options) => issuance.MarkPrinted({ orderId: params.orderId, ticketIds: body?.ticketIds ?? [] }, options),
      view: toPrinting,
    }),
  ];
}
