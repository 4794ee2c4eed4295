/**
 * A ticket's whole life over HTTP, in every process mode (issues 4 and 5): an order is paid with the
 * built-in test processor, its tickets issued on payment, one redeemed at an allowed branch and
 * refused at another, one returned inside the guarantee period; then (where the clock can be moved)
 * the bank sync makes them final, the card refund is recorded, the payout day comes, and the
 * reconciliation export ties out. T13 holds after every step.
 */
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@ecticket/platform';
import { ApiClient, onboardMerchant, startPlatform, type MerchantFixture } from '../support/api';
import { startDistributed } from '../support/distributed';
import { ledgerInvariants } from '../support/ledger';
import { waitFor } from '../support/wait';

interface Mode {
  readonly name: string;
  /** The distributed processes run on the real clock: days cannot pass in a test there. */
  readonly movableClock: boolean;
  start(): Promise<{ anonymous: ApiClient; operator(): Promise<ApiClient>; settlementAddress: string; clock: ManualClock | null; stop(): Promise<unknown> }>;
}

const startsAt = '2026-03-02T02:00:00.000Z'; // 10:00 in Taiwan

const modes: Mode[] = [
  {
    name: 'all-in-one, in-process bus',
    movableClock: true,
    async start() {
      const clock = new ManualClock(startsAt);
      const running = await startPlatform({ clock });
      return { ...running, settlementAddress: running.platform.services.get('settlement')!.grpcAddress, clock };
    },
  },
  {
    name: 'all-in-one, RabbitMQ',
    movableClock: true,
    async start() {
      const clock = new ManualClock(startsAt);
      const running = await startPlatform({ bus: 'rabbitmq', clock });
      return { ...running, settlementAddress: running.platform.services.get('settlement')!.grpcAddress, clock };
    },
  },
  {
    name: 'distributed, one process per service',
    movableClock: false,
    async start() {
      const running = await startDistributed();
      return { ...running, settlementAddress: running.grpcAddresses.settlement!, clock: null };
    },
  },
];

interface OrderDetail {
  readonly order: { id: string; state: string };
  readonly tickets: { id: string; ticketNumber: string; redemptionCode: string }[];
  readonly payment: { status: string; capturedAmount: number; refundedAmount?: number } | null;
}

const faceValue = 800;

describe.each(modes)('R5: a ticket’s life over HTTP, issue to redemption, return and reconciliation ($name)', (mode) => {
  let platform: Awaited<ReturnType<Mode['start']>>;
  let merchant: MerchantFixture;
  let allowedClerk: ApiClient;
  let otherClerk: ApiClient;
  let detail: OrderDetail;

  const expectLedgerBalanced = async () => {
    const invariants = await ledgerInvariants(platform.settlementAddress, merchant.merchantId);
    expect({ ok: invariants.ok, violations: invariants.violations }).toEqual({ ok: true, violations: [] });
    expect(Number(invariants.ledgerSum)).toBe(0);
    return invariants;
  };

  beforeAll(async () => {
    platform = await mode.start();
    merchant = await onboardMerchant(await platform.operator(), { payoutDays: 1, guaranteeDays: 30 });
    const branches = [];
    for (const code of ['ALLOWED', 'OTHER']) branches.push(await merchant.owner.ok<{ id: string }>('POST', '/v1/branches', { name: `Branch ${code}`, code }));
    const clerks = [];
    for (const [index, branch] of branches.entries()) {
      const username = `clerk-${index}`;
      await merchant.owner.ok('POST', '/v1/sub-accounts', { username, displayName: username, password: 'clerk-long-password', permissions: ['redeem', 'return'], branchId: branch.id });
      clerks.push(await platform.anonymous.login(username, 'clerk-long-password', merchant.merchantId));
    }
    [allowedClerk, otherClerk] = clerks as [ApiClient, ApiClient];
    const product = await merchant.owner.ok<{ id: string }>('POST', '/v1/products', {
      ticketType: 'pickup_voucher',
      name: 'Dinner for two',
      faceValue,
      immediatelyUsable: true,
      redemptionBranchIds: [branches[0]!.id],
    });

    const placed = await merchant.owner.ok<{ order: { id: string }; checkout: { actionUrl: string; method: string; fields: Record<string, string> } }>('POST', '/v1/orders', {
      merchantOrderNo: `L${randomUUID().replace(/-/g, '').slice(0, 12)}`,
      buyer: { name: 'Chen Wei', phone: '0912345678', email: 'wei@example.com' },
      items: [{ productId: product.id, quantity: 2 }],
      ticketForm: 'electronic',
      issueOnPayment: true,
    });
    // What the buyer's browser does: post the checkout form, then pay with a Taiwanese card.
    const checkoutPage = await fetch(`${platform.anonymous.baseUrl}${new URL(placed.checkout.actionUrl).pathname}`, {
      method: placed.checkout.method,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(placed.checkout.fields).toString(),
    });
    expect(checkoutPage.status).toBe(200);
    const paid = await platform.anonymous.request('POST', `/v1/test-processor/payments/${placed.checkout.fields.payment_id}/card`, {
      cardNumber: '4311950000000002',
      expiryMonth: 12,
      expiryYear: 2099,
      cvv: '123',
      installments: 1,
    });
    expect(paid.status).toBe(202);
    detail = await waitFor(async () => {
      const now = await merchant.owner.ok<OrderDetail>('GET', `/v1/orders/${placed.order.id}`);
      return now.order.state === 'issued' && now.payment?.status === 'captured' ? now : undefined;
    }, 15_000, 'the order to be issued on payment and captured');
  }, 90_000);
  afterAll(() => platform?.stop());

  it('issued both tickets on payment and captured their value (R4: held in escrow)', async () => {
    expect(detail.tickets).toHaveLength(2);
    expect(detail.payment).toMatchObject({ capturedAmount: 2 * faceValue });
    const invariants = await waitFor(async () => {
      const now = await ledgerInvariants(platform.settlementAddress, merchant.merchantId);
      return Number(now.escrowBalance) === 2 * faceValue ? now : undefined;
    }, 10_000, 'settlement to hold both tickets in escrow');
    expect(Number(invariants.escrowedFaceValue)).toBe(2 * faceValue);
    await expectLedgerBalanced();
  });

  it('redeems a ticket at an allowed branch and refuses the other branch (R22.3, R28, R31)', async () => {
    const [first] = detail.tickets;
    const refused = await otherClerk.request('POST', '/v1/redemptions', { redemptionCode: first!.redemptionCode });
    expect(refused).toMatchObject({ status: 403, body: { code: 'BRANCH_NOT_ALLOWED' } });
    const redeemed = await waitFor(async () => {
      const answer = await allowedClerk.request('POST', '/v1/redemptions', { redemptionCode: first!.redemptionCode });
      return answer.status === 201 ? answer : undefined;
    }, 10_000, 'the redemption to succeed');
    expect(redeemed.body).toMatchObject({ ticket: { ticketId: first!.id }, operator: { label: 'Branch ALLOWED (ALLOWED)' } });
    const again = await allowedClerk.request('POST', '/v1/redemptions', { redemptionCode: first!.redemptionCode });
    expect(again).toMatchObject({ status: 409, body: { code: 'TICKET_ALREADY_REDEEMED' } });
  });

  it('returns the other ticket inside the guarantee period: the buyer’s card is to be refunded (R11, R29)', async () => {
    const [, second] = detail.tickets;
    const returned = await merchant.owner.ok<{ refund: string }>('POST', '/v1/returns', { ticketNumber: second!.ticketNumber, reason: 'Changed plans' });
    expect(returned.refund).toBe('card');
    await waitFor(async () => {
      const now = await ledgerInvariants(platform.settlementAddress, merchant.merchantId);
      return Number(now.escrowBalance) === 0 ? true : undefined;
    }, 10_000, 'escrow to release both tickets');
    await expectLedgerBalanced();
  });

  const whenDaysCanPass = mode.movableClock ? it : it.skip;
  whenDaysCanPass('after the bank sync: the card refund is recorded, the payout day pays the redeemed ticket, the export ties out (R6, R30)', async () => {
    const clock = platform.clock!;
    clock.advance(13 * 60 * 60 * 1000); // past 22:00 in Taiwan: the bank sync
    // Access tokens last minutes; a day later the owner logs in again.
    let owner = await platform.anonymous.login('owner', merchant.ownerPassword, merchant.merchantId);
    const refunded = await waitFor(async () => {
      const now = await owner.ok<OrderDetail>('GET', `/v1/orders/${detail.order.id}`);
      return now.payment?.refundedAmount === faceValue ? now : undefined;
    }, 15_000, 'the card refund after the bank sync');
    expect(refunded.payment).toMatchObject({ capturedAmount: 2 * faceValue, refundedAmount: faceValue });

    clock.advanceDays(2); // past the payout day (payout days: 1) at 10:00 in Taiwan
    owner = await platform.anonymous.login('owner', merchant.ownerPassword, merchant.merchantId);
    const payouts = await waitFor(async () => {
      const now = await owner.ok<{ items: { amount: number }[] }>('GET', '/v1/payouts');
      return now.items.length > 0 ? now.items : undefined;
    }, 15_000, 'the payout');
    expect(payouts.reduce((sum, payout) => sum + payout.amount, 0)).toBe(faceValue);

    const invariants = await expectLedgerBalanced();
    expect(Number(invariants.payoutsTotal)).toBe(faceValue);
    const csv = await fetch(`${platform.anonymous.baseUrl}/v1/reconciliation-export?from=2026-03-01&to=2026-03-10`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const body = await csv.text();
    expect(body.split('\n').length).toBeGreaterThan(3);
  });
});
