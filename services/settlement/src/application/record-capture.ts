import { insertOperation, updateOperation, type WriteOperation } from '@ecticket/platform';
import { orders, tickets, usages, type StoredOrder } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';
import { settleTicket } from './settle-ticket';

export interface Capture {
  readonly orderId: string;
  readonly merchantId: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly capturedAt: string;
}

/**
 * payment.captured (R4): the order's money arrived, so each of its pickup vouchers known so far
 * is held in escrow; one issued later is held when its ticket.issued arrives. The order's revision
 * makes a ticket added meanwhile fail this write, which is then decided again with it.
 */
export async function recordCapture(deps: SettlementDeps, capture: Capture): Promise<WriteOperation[]> {
  const order = await deps.store.collection(orders).get(capture.orderId);
  if (order?.captured) return [];
  const ofOrder = await deps.store.collection(tickets).find({ orderId: capture.orderId });
  const usagesOfOrder = await deps.store.collection(usages).find({ ticketId: { $in: ofOrder.map((ticket) => ticket.id) } });
  const settled = await Promise.all(
    ofOrder.map((ticket) => {
      const state = { ticket, order, usages: usagesOfOrder.filter((usage) => usage.ticketId === ticket.id) };
      return settleTicket(deps, state, { ticket, captured: true, usages: [] });
    }),
  );
  return [captureWrite(order, capture), ...settled.flat()];
}

function captureWrite(order: StoredOrder | null, capture: Capture): WriteOperation {
  const captured = { captured: true, capturedAt: capture.capturedAt, capturedAmount: capture.amount, paymentId: capture.paymentId };
  if (!order) return insertOperation(orders, { id: capture.orderId, merchantId: capture.merchantId, ...captured, revision: 1 });
  return updateOperation(orders, { id: order.id, revision: order.revision }, { $set: { ...captured, revision: order.revision + 1 } });
}
