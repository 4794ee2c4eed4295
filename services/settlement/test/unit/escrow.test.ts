import { guaranteeExpiryOf, planSettlement, targetPath, type TicketFacts } from '../../src/domain/escrow';
import { settle } from '../../src/domain/settle';
import { now, placed, ticket, usage } from './fixtures';

const steps = (facts: TicketFacts) => targetPath(facts).map((step) => `${step.step}${step.usage ? `:${step.usage.id}` : ''}`);
let ids = 0;
const newId = () => `id-${(ids += 1)}`;

describe('where a ticket’s money should be', () => {
  it('R4: a pickup voucher is held in escrow once its order is captured, not before', () => {
    expect(steps({ ticket: ticket(), captured: false, usages: [] })).toEqual([]);
    expect(steps({ ticket: ticket(), captured: true, usages: [] })).toEqual(['escrow']);
  });

  it('R1: a gift voucher holds no money', () => {
    expect(steps({ ticket: ticket({ ticketType: 'gift_voucher', faceValue: 0 }), captured: true, usages: [usage('redemption')] })).toEqual([]);
  });

  it('R6: a redemption releases it to the merchant', () => {
    expect(steps({ ticket: ticket(), captured: true, usages: [usage('redemption')] })).toEqual(['escrow', 'merchant:redemption-1']);
  });

  it('R7: a guarantee expiry releases it to the merchant, and a later redemption does not move it again', () => {
    const expiry = usage('guarantee_expiry', { id: 'expiry' }, { occurredAt: '2026-03-31T00:00:00.000Z' });
    const late = usage('redemption', {}, { occurredAt: '2026-04-02T00:00:00.000Z' });
    expect(steps({ ticket: ticket(), captured: true, usages: [expiry, late] })).toEqual(['escrow', 'merchant:expiry']);
  });

  it('R11: a return inside the guarantee period goes to the buyer’s card; its paid refund ends the path', () => {
    const cardReturn = usage('return', {}, { refund: 'card' });
    expect(steps({ ticket: ticket(), captured: true, usages: [cardReturn] })).toEqual(['escrow', 'refund:return-1']);
    expect(steps({ ticket: ticket(), captured: true, usages: [{ ...cardReturn, refundPaidAt: now.toISOString() }] })).toEqual([
      'escrow',
      'refund:return-1',
      'refunded:return-1',
    ]);
  });

  it('R11: a return past the guarantee period moves no money: it stays where it is until the guarantee expiry releases it', () => {
    const merchantReturn = usage('return', {}, { refund: 'merchant' });
    expect(steps({ ticket: ticket(), captured: true, usages: [merchantReturn] })).toEqual(['escrow']);
    const expiry = usage('guarantee_expiry', { id: 'expiry' });
    expect(steps({ ticket: ticket(), captured: true, usages: [expiry, merchantReturn] })).toEqual(['escrow', 'merchant:expiry']);
  });

  it('R30: a cancelled usage is not in force: the money is back in escrow', () => {
    expect(steps({ ticket: ticket(), captured: true, usages: [usage('redemption', { reversed: true })] })).toEqual(['escrow']);
  });

  it('events in any order: the latest usage in force by its own time decides', () => {
    const first = usage('redemption', { id: 'first' }, { occurredAt: '2026-03-02T01:00:00.000Z' });
    const second = usage('return', { id: 'second' }, { occurredAt: '2026-03-03T01:00:00.000Z', refund: 'card' });
    expect(steps({ ticket: ticket(), captured: true, usages: [second, first] })).toEqual(['escrow', 'refund:second']);
  });

  it('a return made inside the guarantee period, arriving after the expiry released the money, takes precedence while the expiry is unsynced', () => {
    const expiry = usage('guarantee_expiry', { id: 'expiry' });
    const cardReturn = usage('return', {}, { refund: 'card' });
    const facts = { ticket: ticket({ path: [placed('escrow'), placed('merchant', 'expiry')] }), captured: true, usages: [expiry, cardReturn] };
    const plan = planSettlement(facts);
    expect(plan.unwind.map((step) => step.step)).toEqual(['merchant']);
    expect(plan.take.map((step) => step.step)).toEqual(['refund']);
    expect(plan.superseded.map((superseded) => superseded.id)).toEqual(['expiry']);
    expect(() => planSettlement({ ...facts, usages: [{ ...expiry, bank: 'synced' }, cardReturn] })).toThrow(
      expect.objectContaining({ code: 'GUARANTEE_EXPIRY_ALREADY_SYNCED' }),
    );
  });
});

describe('settling: from the path the money is on to the one it should be on', () => {
  it('takes only the missing steps, and keeps the common ones', () => {
    const facts = { ticket: ticket({ path: [placed('escrow')] }), captured: true, usages: [usage('redemption')] };
    const plan = planSettlement(facts);
    expect(plan).toMatchObject({ unwind: [], kept: [placed('escrow')], take: [{ step: 'merchant' }] });
  });

  it('undoes the steps that differ, deepest first, by reversals of their journals', () => {
    const facts = { ticket: ticket({ path: [placed('escrow'), placed('merchant', 'redemption-1')] }), captured: true, usages: [usage('redemption', { reversed: true })] };
    const result = settle(facts, planSettlement(facts), { now, newId, payoutDays: null });
    expect(result.path).toEqual([placed('escrow')]);
    expect(result.journals).toEqual([
      expect.objectContaining({ kind: 'redemption', reversesJournalId: 'journal-merchant', lines: [{ account: 'merchant_payable', amount: -1000 }, { account: 'escrow', amount: 1000 }] }),
    ]);
    expect(result.voidedPayableIds).toEqual(['journal-merchant']);
  });

  it('R4 + R6 at once (capture arriving after the redemption): hold and release, with a payable due after the payout days', () => {
    const facts = { ticket: ticket(), captured: true, usages: [usage('redemption')] };
    const result = settle(facts, planSettlement(facts), { now, newId, payoutDays: 7 });
    expect(result.journals.map((journal) => journal.kind)).toEqual(['escrow_hold', 'redemption']);
    expect(result.journals.every((journal) => journal.subject.ticketId === 'ticket-1')).toBe(true);
    expect(result.payables).toEqual([expect.objectContaining({ amount: 1000, dueDate: '2026-03-09', status: 'open', final: false, usageId: 'redemption-1' })]);
  });

  it('nothing to do when the money is where it should be', () => {
    const facts = { ticket: ticket({ path: [placed('escrow')] }), captured: true, usages: [] };
    expect(settle(facts, planSettlement(facts), { now, newId, payoutDays: null }).journals).toEqual([]);
  });

  it('a paid card refund cannot be undone', () => {
    const facts = { ticket: ticket({ path: [placed('escrow'), placed('refund', 'return-1'), placed('refunded', 'return-1')] }), captured: true, usages: [] };
    expect(() => planSettlement(facts)).toThrow(expect.objectContaining({ code: 'REFUND_ALREADY_PAID' }));
  });
});

describe('R7: guarantee expiry', () => {
  it('only for a voucher still in escrow whose guarantee period has ended', () => {
    const inEscrow = ticket({ path: [placed('escrow')] });
    expect(guaranteeExpiryOf(inEscrow, 'expiry', new Date('2026-03-30T23:59:59.999Z'))).toBeNull();
    expect(guaranteeExpiryOf(inEscrow, 'expiry', new Date('2026-03-31T00:00:00.000Z'))).toMatchObject({
      id: 'expiry',
      kind: 'guarantee_expiry',
      bank: 'pending',
      record: { occurredAt: '2026-03-31T00:00:00.000Z', operator: null, faceValue: 1000 },
    });
    expect(guaranteeExpiryOf(ticket({ path: [placed('escrow'), placed('merchant', 'r')] }), 'expiry', new Date('2026-04-30T00:00:00.000Z'))).toBeNull();
    expect(guaranteeExpiryOf(ticket({ path: [placed('escrow')], issue: null }), 'expiry', new Date('2026-04-30T00:00:00.000Z'))).toBeNull();
  });
});
