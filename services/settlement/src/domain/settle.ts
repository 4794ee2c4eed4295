import { journal, reversalOf, type Journal, type JournalSubject } from './ledger';
import { kindOfStep, linesOfStep, type PlacedStep, type SettlementPlan, type TicketFacts } from './escrow';
import { payableOf, type Payable } from './payout';
import type { Usage } from './usage';

export interface SettleContext {
  readonly now: Date;
  readonly newId: () => string;
  /** The merchant's payout days; needed only when the plan releases money to the merchant. */
  readonly payoutDays: number | null;
}

/** What carrying out a plan writes: the ticket's new path, its journals and payables. */
export interface Settlement {
  readonly path: readonly PlacedStep[];
  readonly journals: readonly Journal[];
  /** Of the merchant steps taken (R6, R7). */
  readonly payables: readonly Payable[];
  /** Of the merchant steps undone: the journal ids that released the money. */
  readonly voidedPayableIds: readonly string[];
  readonly superseded: readonly Usage[];
}

export function needsPayoutDays(plan: SettlementPlan): boolean {
  return plan.take.some((step) => step.step === 'merchant');
}

export function settle(facts: TicketFacts, plan: SettlementPlan, context: SettleContext): Settlement {
  const { ticket } = facts;
  const postedAt = context.now.toISOString();
  const subject = (usageId: string | null): JournalSubject => ({ merchantId: ticket.merchantId, orderId: ticket.orderId, ticketId: ticket.id, usageId, payoutId: null });
  // A step's lines follow from the step and its amount, so its reversal needs no read of the original.
  const reversals = plan.unwind.map((placed) =>
    reversalOf({ id: placed.journalId, kind: placed.kind, subject: subject(placed.usageId), lines: linesOfStep(placed.step, placed.amount) }, context.newId(), postedAt),
  );
  const taken = plan.take.map((step) => ({
    step,
    placed: { step: step.step, kind: kindOfStep(step), journalId: context.newId(), usageId: step.usage?.id ?? null, amount: ticket.faceValue } satisfies PlacedStep,
  }));
  const forward = taken.map(({ placed }) =>
    journal({ id: placed.journalId, kind: placed.kind, subject: subject(placed.usageId), lines: linesOfStep(placed.step, placed.amount), postedAt }),
  );
  const payables = taken.flatMap(({ step, placed }) => {
    if (step.step !== 'merchant' || step.usage === null) return [];
    if (context.payoutDays === null) throw new Error('payout days are needed to release money to the merchant');
    return [payableOf(ticket, step.usage, placed.journalId, context.payoutDays, context.now)];
  });
  return {
    path: [...plan.kept, ...taken.map(({ placed }) => placed)],
    journals: [...reversals, ...forward],
    payables,
    voidedPayableIds: plan.unwind.filter((placed) => placed.step === 'merchant').map((placed) => placed.journalId),
    superseded: plan.superseded,
  };
}
