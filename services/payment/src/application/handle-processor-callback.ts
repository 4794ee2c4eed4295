import { requestVoid } from '../domain/money-action';
import { applyNotice, type ProcessorNotice } from '../domain/notice';
import type { Payment, VoidReason } from '../domain/payment';
import type { Stored } from '../infrastructure/collections';
import { intentInsert } from './money-actions';
import { commit, retryOnConflict } from './commit';
import { paymentByTradeNo } from './lookups';
import type { FormFields, NoticeVerification, PaymentDeps } from './ports';

/** The answer the processor waits for; it stops resending a notice once it gets it. */
export const NOTICE_ACCEPTED = '1|OK';

export interface ProcessorCallback {
  /** The processor the notice claims to come from; '' for the configured one. */
  readonly processor: string;
  /** The notice's fields; null when its body could not be read as a form. */
  readonly fields: FormFields | null;
}

/**
 * A processor's server-to-server result notice. Verified (signature, merchant, known trade, amount)
 * before anything else; a notice that fails changes nothing, is logged, and is answered `0|<reason>`.
 * A genuine one is applied at most once however often it arrives (T2) and answered `1|OK`.
 */
export async function handleProcessorCallback(deps: PaymentDeps, callback: ProcessorCallback): Promise<string> {
  const verification = verify(deps, callback);
  if (!verification.ok) return refuse(deps, verification.reason, null);
  const { notice } = verification;
  return retryOnConflict(async () => {
    const payment = await paymentByTradeNo(deps, notice.merchantTradeNo);
    if (!payment || payment.processor !== deps.processor.name) return refuse(deps, 'unknown MerchantTradeNo', notice);
    const result = applyNotice(payment, notice, deps.clock.now());
    switch (result.kind) {
      case 'rejected':
        return refuse(deps, result.reason, notice);
      case 'applied':
        await commit(deps, payment, result.transition);
        logApplied(deps, result.transition.payment, notice);
        return NOTICE_ACCEPTED;
      case 'release':
        await releaseAuthorization(deps, payment, result.payment, result.reason);
        return NOTICE_ACCEPTED;
      case 'acknowledged':
        logAcknowledged(deps, result.note, payment, notice);
        return NOTICE_ACCEPTED;
    }
  });
}

/**
 * The buyer paid just as the order was abandoned unpaid: the authorization is recorded together
 * with the intent to void it, in one write; the recovery job voids it at the processor, as any
 * money action, so the buyer is never charged and the money is not held.
 */
async function releaseAuthorization(deps: PaymentDeps, before: Stored<Payment>, authorized: Payment, reason: VoidReason): Promise<void> {
  const request = requestVoid(authorized, reason, deps.clock.now());
  if (!request) return;
  await commit(deps, before, { payment: request.payment, event: null }, [intentInsert(request.action)]);
  deps.logger.warn({ paymentId: before.id, orderId: before.orderId, reason }, 'paid after its order was abandoned unpaid: the authorization is voided');
}

function verify(deps: PaymentDeps, callback: ProcessorCallback): NoticeVerification {
  if (callback.processor !== '' && callback.processor !== deps.processor.name) return { ok: false, reason: 'unknown processor' };
  if (callback.fields === null) return { ok: false, reason: 'unreadable notice' };
  return deps.processor.verifyNotice(callback.fields);
}

/** Logged with what identifies the notice, never its CheckMacValue or any key. */
function refuse(deps: PaymentDeps, reason: string, notice: ProcessorNotice | null): string {
  deps.logger.warn({ processor: deps.processor.name, reason, ...noticeReferences(notice) }, 'processor notice refused; nothing changed');
  return `0|${reason}`;
}

function logApplied(deps: PaymentDeps, payment: Payment, notice: ProcessorNotice): void {
  const context = { paymentId: payment.id, orderId: payment.orderId, status: payment.status, ...noticeReferences(notice) };
  if (notice.outcome === 'simulated') deps.logger.info(context, 'simulated payment recorded; no money moved, nothing is authorized');
  else deps.logger.info(context, `payment ${payment.status} by the processor's notice`);
}

function logAcknowledged(deps: PaymentDeps, note: 'duplicate' | 'superseded', payment: Payment, notice: ProcessorNotice): void {
  const context = { paymentId: payment.id, status: payment.status, outcome: notice.outcome, ...noticeReferences(notice) };
  if (note === 'duplicate') deps.logger.debug(context, 'processor notice already applied');
  else if (notice.outcome === 'paid') deps.logger.warn(context, 'paid notice for a payment no longer pending: the processor holds money to release by hand');
  else deps.logger.info(context, 'processor notice for a payment no longer pending; ignored');
}

function noticeReferences(notice: ProcessorNotice | null): { merchantTradeNo?: string; processorTradeNo?: string } {
  return notice ? { merchantTradeNo: notice.merchantTradeNo, processorTradeNo: notice.processorTradeNo } : {};
}
