import { AppError, DuplicateKeyError, insertOperation, updateOperation, type WriteOperation } from '@ecticket/platform';
import {
  failAction,
  findingOf,
  retriedAction,
  sentAction,
  succeedAction,
  type ActionFinding,
  type ActionRequest,
  type MoneyAction,
  type RefundAction,
} from '../domain/money-action';
import type { Payment } from '../domain/payment';
import { legacyRefunds, moneyActions, type LegacyRefund, type Leased, type Stored } from '../infrastructure/collections';
import { isProcessorError, processorRefused } from '../infrastructure/processor-errors';
import { commit, retryOnConflict } from './commit';
import { requirePayment } from './lookups';
import type { PaymentDeps } from './ports';

/*
 * Exactly-once money movement. An action's intent is committed with its payment before the
 * processor is asked; the action is marked sent before each call; its outcome is committed with
 * the payment's transition and event. Whoever drives an action holds its lease. An action found
 * requested and sent (its driver died, the store failed, the answer was lost) is first looked up
 * at the processor: recorded if it happened, sent once more only if it did not.
 */

/** When nobody holds an action: any attempt may take it. */
const UNLEASED = new Date(0).toISOString();

/** A new action's intent, as its payment's change commits it: held by nobody, so any attempt may drive it. */
export function intentInsert(action: MoneyAction): WriteOperation {
  return insertOperation(moneyActions, { ...action, leaseUntil: UNLEASED });
}

/** Stale actions the recovery job looks at per run. */
const RECOVERY_BATCH = 200;

/** The planning of one business request against the payment as it is now; null: nothing to do. */
export type ActionPlanner<P extends ActionRequest<MoneyAction> | null> = (payment: Stored<Payment>, now: Date) => P;

/** The action a planner plans, and null when it may plan nothing. */
export type PlannedAction<P> = (P extends ActionRequest<infer A> ? A : never) | (null extends P ? null : never);

/**
 * Records the action planned (or finds the same request's, which `sameRequest` may refuse), then
 * settles the payment's open actions in turn. Returns the action as it then stands: succeeded,
 * failed (the processor refused), or still requested (other actions go first, another attempt
 * holds it, or the processor's answer is awaited; the recovery job ends it). Null: nothing to do.
 */
export async function moveMoney<P extends ActionRequest<MoneyAction> | null>(
  deps: PaymentDeps,
  paymentId: string,
  actionId: string,
  plan: ActionPlanner<P>,
  sameRequest: (existing: MoneyAction) => void = () => undefined,
): Promise<PlannedAction<P>> {
  const recorded = await retryOnConflict(() => recordIntent(deps, paymentId, actionId, plan, sameRequest));
  if (recorded?.state !== 'requested') return asPlanned<P>(recorded);
  await settleOpenActions(deps, paymentId);
  return asPlanned<P>(await deps.store.collection(moneyActions).get(actionId));
}

/** An action id is derived from its kind's business request, so the action stored under it is the one planned. */
function asPlanned<P>(action: MoneyAction | null): PlannedAction<P> {
  return action as PlannedAction<P>;
}

/** The processor's refusal of an action, thrown to whoever asked for it. */
export function assertNotRefused(action: MoneyAction | null): void {
  if (action?.state === 'failed') throw processorRefused(action.failure ?? 'The processor refused.');
}

/** Settles the open actions of the payments whose actions were left requested; the count of actions settled. */
export async function recoverMoneyActions(deps: PaymentDeps, now: Date): Promise<number> {
  const stale = await deps.store
    .collection(moneyActions)
    .find({ state: 'requested', leaseUntil: { $lte: now.toISOString() } }, { sort: { leaseUntil: 1 }, limit: RECOVERY_BATCH });
  let settled = 0;
  for (const paymentId of new Set(stale.map((action) => action.paymentId))) {
    try {
      settled += await settleOpenActions(deps, paymentId);
    } catch (error) {
      deps.logger.error({ err: error, paymentId }, 'money actions of a payment could not be recovered; trying again next run');
    }
  }
  return settled;
}

async function recordIntent(
  deps: PaymentDeps,
  paymentId: string,
  actionId: string,
  plan: ActionPlanner<ActionRequest<MoneyAction> | null>,
  sameRequest: (existing: MoneyAction) => void,
): Promise<MoneyAction | null> {
  const payment = await requirePayment(deps, paymentId);
  const existing = await deps.store.collection(moneyActions).get(actionId);
  if (existing) sameRequest(existing);
  if (existing && existing.state !== 'failed') return existing;
  const request = plan(payment, deps.clock.now());
  if (!request) return null;
  const action = existing ? retriedAction(existing, request.action) : request.action;
  const { id, ...fields } = action;
  const write: WriteOperation = existing
    ? updateOperation(moneyActions, { id, state: 'failed' }, { $set: { ...fields, leaseUntil: UNLEASED } })
    : intentInsert(action);
  await commit(deps, payment, { payment: request.payment, event: null }, [write]);
  deps.logger.info(actionContext(action), 'money action requested');
  return action;
}

/**
 * Settles the payment's open actions in the order asked, only ever the first one at the processor,
 * as far as it can: until none is left, another attempt holds the first, or its outcome is unknown.
 */
async function settleOpenActions(deps: PaymentDeps, paymentId: string): Promise<number> {
  for (let settled = 0; ; settled += 1) {
    const payment = await requirePayment(deps, paymentId);
    const first = payment.openActions[0];
    const action = first && (await takeLease(deps, first.id));
    if (!action || !(await settle(deps, payment, action))) return settled;
  }
}

/** The action with its lease taken by this attempt, or null when another holds it or it is settled. */
function takeLease(deps: PaymentDeps, actionId: string): Promise<Leased<MoneyAction> | null> {
  const now = deps.clock.now();
  return deps.store
    .collection(moneyActions)
    .updateOne(
      { id: actionId, state: 'requested', leaseUntil: { $lte: now.toISOString() } },
      { $set: { leaseUntil: new Date(now.getTime() + deps.actionLeaseMs).toISOString() } },
    );
}

/** True once the action is settled; false while its outcome is unknown (it keeps the lease, so it is asked about only after). */
async function settle(deps: PaymentDeps, payment: Payment, action: Leased<MoneyAction>): Promise<boolean> {
  if (action.sentAt !== null) {
    const finding = await findOut(deps, payment, action);
    if (finding === 'happened') {
      await recordSucceeded(deps, action);
      return true;
    }
    if (finding !== 'not_happened') return false;
  }
  return send(deps, payment, action);
}

async function findOut(deps: PaymentDeps, payment: Payment, action: MoneyAction): Promise<ActionFinding | 'unknown'> {
  const context = actionContext(action);
  try {
    const trade = await deps.processor.lookUpTrade(payment);
    const finding = findingOf(payment, action, trade);
    if (finding === 'unexplained') {
      deps.logger.error({ ...context, trade }, "the processor's record of the trade does not explain this money action; it stays requested and is never sent again until a person settles it");
    } else {
      deps.logger.info({ ...context, finding }, 'money action looked up at the processor');
    }
    return finding;
  } catch (error) {
    if (!isProcessorError(error, 'PROCESSOR_UNAVAILABLE')) throw error;
    deps.logger.warn({ ...context, err: error }, 'the processor could not be asked about a money action; asking again once its lease ends');
    return 'unknown';
  }
}

async function send(deps: PaymentDeps, payment: Payment, action: Leased<MoneyAction>): Promise<boolean> {
  const sent = sentAction(action, deps.clock.now());
  // Held by this attempt's lease: an attempt whose lease ran out does not send.
  const marked = await deps.store
    .collection(moneyActions)
    .updateOne({ id: action.id, state: 'requested', leaseUntil: action.leaseUntil }, { $set: { sentAt: sent.sentAt, sends: sent.sends } });
  if (!marked) return false;
  try {
    await deps.processor.perform(payment, sent);
  } catch (error) {
    if (isProcessorError(error, 'PROCESSOR_REFUSED')) {
      await recordFailed(deps, sent, error.message);
      return true;
    }
    if (!isProcessorError(error, 'PROCESSOR_UNAVAILABLE')) throw error;
    deps.logger.warn({ ...actionContext(sent), err: error }, 'no answer from the processor to a money action; it is looked up there once its lease ends');
    return false;
  }
  await recordSucceeded(deps, sent);
  return true;
}

/** The action's success, the payment's transition and its event, in one write; once however often it is recorded. */
function recordSucceeded(deps: PaymentDeps, action: MoneyAction): Promise<void> {
  return retryOnConflict(async () => {
    const payment = await requirePayment(deps, action.paymentId);
    if (!(await isStillRequested(deps, action.id))) return;
    const succeeded = succeedAction(payment, action, deps.clock.now());
    await commit(deps, payment, succeeded.transition, [settleOperation(succeeded.action)]);
    deps.logger.info({ ...actionContext(action), status: succeeded.transition.payment.status }, 'money action succeeded');
  });
}

function recordFailed(deps: PaymentDeps, action: MoneyAction, failure: string): Promise<void> {
  return retryOnConflict(async () => {
    const payment = await requirePayment(deps, action.paymentId);
    if (!(await isStillRequested(deps, action.id))) return;
    const failed = failAction(payment, action, failure, deps.clock.now());
    await commit(deps, payment, { payment: failed.payment, event: null }, [settleOperation(failed.action)]);
    deps.logger.warn({ ...actionContext(action), failure: failed.action.failure }, 'money action refused by the processor');
  });
}

async function isStillRequested(deps: PaymentDeps, actionId: string): Promise<boolean> {
  return (await deps.store.collection(moneyActions).get(actionId))?.state === 'requested';
}

function settleOperation(action: MoneyAction): WriteOperation {
  const { state, settledAt, failure } = action;
  return updateOperation(moneyActions, { id: action.id, state: 'requested' }, { $set: { state, settledAt, failure } });
}

function actionContext(action: MoneyAction) {
  return { paymentId: action.paymentId, orderId: action.orderId, actionId: action.id, kind: action.kind, amount: action.amount, sends: action.sends };
}

/**
 * Refunds recorded before money actions existed become money actions, once, at start (replicas
 * racing are fine: the action's id is the refund's). One already paid back is a succeeded action,
 * so a redelivered return finds it instead of paying twice. One left requested may have reached
 * the processor: it becomes an open action marked sent, so the processor's record decides before
 * anything is sent again (the recovery job). Answers how many it migrated. It assumes no replica
 * of the earlier version still runs (an upgrade that stops them all first): one could still be
 * asking the processor for a refund this migration takes over.
 */
export async function migrateLegacyRefunds(deps: PaymentDeps): Promise<number> {
  let migrated = 0;
  for (const refund of await deps.store.collection(legacyRefunds).find({})) {
    try {
      if (!(await deps.store.collection(moneyActions).get(refund.id))) {
        await retryOnConflict(() => migrateLegacyRefund(deps, refund));
        migrated += 1;
      }
    } catch (error) {
      if (isNotFound(error)) {
        deps.logger.error({ refundId: refund.id, paymentId: refund.paymentId }, 'a refund recorded before money actions names no payment; left as it was');
        continue;
      }
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    // Migrated (here or by a replica): later starts need not read it again.
    await deps.store.collection(legacyRefunds).deleteMany({ id: refund.id });
  }
  if (migrated > 0) deps.logger.info({ migrated }, 'refunds recorded before money actions migrated');
  return migrated;
}

function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.category === 'not_found';
}

async function migrateLegacyRefund(deps: PaymentDeps, refund: LegacyRefund): Promise<void> {
  const paidBack = refund.status === 'refunded';
  const action: RefundAction = {
    id: refund.id,
    paymentId: refund.paymentId,
    orderId: refund.orderId,
    merchantId: refund.merchantId,
    kind: 'refund',
    ticketId: refund.ticketId,
    reason: refund.reason,
    amount: refund.amount,
    state: paidBack ? 'succeeded' : 'requested',
    requestedAt: refund.requestedAt,
    sentAt: paidBack ? refund.refundedAt : refund.requestedAt,
    sends: 1,
    settledAt: paidBack ? refund.refundedAt : null,
    failure: null,
  };
  const insert = intentInsert(action);
  if (paidBack) {
    await deps.store.write([insert]);
    return;
  }
  const payment = await requirePayment(deps, refund.paymentId);
  const opened = { ...payment, openActions: [...payment.openActions, { id: action.id, kind: action.kind, amount: action.amount }] };
  await commit(deps, payment, { payment: opened, event: null }, [insert]);
}
