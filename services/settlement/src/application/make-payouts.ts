import {
  DuplicateKeyError,
  WriteConflictError,
  buildEnvelope,
  insertOperation,
  newId,
  outboxInsert,
  updateOperation,
} from '@ecticket/platform';
import { payoutMadeV1 } from '@ecticket/contracts';
import { instantOn, taiwanDateOf, type CalendarDate } from '../domain/calendar';
import { isDue, payoutOf, type Payable, type Payout } from '../domain/payout';
import { payables, payouts } from '../infrastructure/collections';
import { journalOperations } from './ledger-writes';
import { PRODUCER, commit, sortKeyOf } from './persistence';
import type { SettlementDeps } from './ports';

/**
 * R6, R7: once a day, from the configured time, each merchant's due payables (final, due today or
 * earlier) are paid as one payout: merchant_payable → merchant_paid. The unique (merchant, date)
 * makes a second run of the day, on this replica or another, pay nothing twice. Returns the
 * payouts made.
 */
export async function makePayouts(deps: SettlementDeps, now: Date): Promise<Payout[]> {
  const today = taiwanDateOf(now);
  if (now < instantOn(today, deps.schedule.payoutTime)) return [];
  const due = (await deps.store.collection(payables).find({ status: 'open', final: true, dueDate: { $lte: today } })).filter((payable) =>
    isDue(payable, today),
  );
  const made: Payout[] = [];
  for (const [merchantId, ofMerchant] of groupByMerchant(due)) {
    const payout = await payMerchant(deps, merchantId, today, ofMerchant, now);
    if (payout) made.push(payout);
  }
  return made;
}

/** null when the merchant was paid today already, or a payable changed meanwhile (paid on the next run). */
async function payMerchant(deps: SettlementDeps, merchantId: string, payoutDate: CalendarDate, due: readonly Payable[], now: Date): Promise<Payout | null> {
  const { payout, journal } = payoutOf(merchantId, payoutDate, due, { payoutId: newId(), journalId: newId() }, now);
  const event = buildEnvelope(
    {
      type: payoutMadeV1.type,
      version: payoutMadeV1.version,
      producer: PRODUCER,
      merchantId,
      data: payoutMadeV1.schema.parse({ payoutId: payout.id, merchantId, amount: payout.amount, payoutDate, entryCount: payout.payableCount, paidAt: payout.paidAt }),
    },
    deps.clock,
  );
  try {
    await commit(deps, [
      insertOperation(payouts, { ...payout, sortKey: sortKeyOf(payoutDate, payout.id) }),
      ...journalOperations(journal),
      ...due.map((payable) => updateOperation(payables, { id: payable.id, status: 'open', final: true }, { $set: { status: 'paid', payoutId: payout.id } })),
      outboxInsert(event),
    ]);
    return payout;
  } catch (error) {
    if (error instanceof DuplicateKeyError || error instanceof WriteConflictError) return null;
    throw error;
  }
}

function groupByMerchant(due: readonly Payable[]): Map<string, Payable[]> {
  const byMerchant = new Map<string, Payable[]>();
  for (const payable of due) byMerchant.set(payable.merchantId, [...(byMerchant.get(payable.merchantId) ?? []), payable]);
  return byMerchant;
}
