/**
 * CSV injection (OWASP): product names are typed by merchants' staff and reach the reconciliation
 * export, which people open in a spreadsheet. Through the real service: text that starts like a
 * formula is shown as text, amounts stay numbers.
 */
import type { EventEnvelope } from '@ecticket/platform';
import { csvObjects } from '../support/csv';
import { captured, newOrder, orderIssued } from '../support/events';
import { settlementSuite } from '../support/harness';

const suite = settlementSuite();
const { harness } = suite;

const productNames = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1+2', 'Tea;=1+2', 'Afternoon tea'];

function namedProduct(issued: EventEnvelope, productName: string): EventEnvelope {
  return { ...issued, data: { ...(issued.data as Record<string, unknown>), productName } };
}

it('exportReconciliation shows product names that start like a formula as text, and balances as numbers', async () => {
  const order = newOrder(suite.merchant.merchantId, [100, 200, 300, 400, 500, 600, 700], harness.clock.now());
  const issued = orderIssued(order).map((envelope, index) => namedProduct(envelope, productNames[index]!));
  await harness.deliver(...issued, captured(order, harness.clock.now()));

  const file = await harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-03-02', toDate: '2026-03-02' }, harness.as(suite.merchant.ownerToken));
  const rows = csvObjects(file.csv);
  const holds = rows.filter((row) => row.journal_kind === 'escrow_hold' && row.account === 'escrow');
  const byFaceValue = holds.map((row) => [row.face_value, row.product_name]).sort(([a], [b]) => Number(a) - Number(b));
  expect(byFaceValue).toEqual([
    ['100', `'=HYPERLINK("http://x","y")`],
    ['200', "'+1+2"],
    ['300', "'-2+3"],
    ['400', "'@SUM(A1)"],
    ['500', "'\t=1+2"],
    ['600', 'Tea;=1+2'],
    ['700', 'Afternoon tea'],
  ]);
  expect(file.csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  expect(file.csv).toContain('"Tea;=1+2"');

  const clearing = rows.find((row) => row.record_type === 'closing_balance' && row.account === 'processor_clearing');
  expect(clearing?.balance).toBe('-2800');
  expect(file.csv).toContain('"processor_clearing",,,-2800,');
});
