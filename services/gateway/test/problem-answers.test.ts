/**
 * What any client sees of a refusal, on the real platform: a problem document whose own members
 * (status, code) no detail of the refusal can replace, never an HTML error page; and answers no
 * cache keeps.
 */
import { onboardMerchant, startPlatform, type ApiClient, type RunningPlatform } from '../../../tests/support/api';
import { waitFor } from '../../../tests/support/wait';

const taiwaneseCard = { cardNumber: '4311950000000002', expiryMonth: 12, expiryYear: 2030, cvv: '123', installments: 0 };

describe('refusals and caching, through the gateway', () => {
  let running: RunningPlatform;
  let owner: ApiClient;

  beforeAll(async () => {
    running = await startPlatform();
    ({ owner } = await onboardMerchant(await running.operator()));
  });
  afterAll(() => running.stop());

  it('a card sent for a payment already captured is refused as a problem document with its own code and status', async () => {
    const product = await owner.ok<{ id: string }>('POST', '/v1/products', { ticketType: 'pickup_voucher', name: 'Tea', faceValue: 500, immediatelyUsable: true, validity: { validDays: 30 } });
    const placed = await owner.ok<{ order: { id: string }; checkout: { fields: { payment_id: string } } }>('POST', '/v1/orders', {
      merchantOrderNo: 'P0001',
      buyer: { name: 'Lin Mei', phone: '0912345678', email: 'mei@example.com' },
      items: [{ productId: product.id, quantity: 1 }],
      ticketForm: 'electronic',
      issueOnPayment: true,
    });
    const card = `/v1/test-processor/payments/${placed.checkout.fields.payment_id}/card`;
    expect((await running.anonymous.request('POST', card, taiwaneseCard)).status).toBe(202);
    await waitFor(async () => ((await owner.ok<{ payment: { status: string } | null }>('GET', `/v1/orders/${placed.order.id}`)).payment?.status === 'captured' ? true : undefined));

    const again = await fetch(new URL(card, running.anonymous.baseUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(taiwaneseCard) });
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await again.json()) as { status: unknown; code: unknown };
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
    expect(problem.status).toBe(again.status);
    expect(problem.code).toBe('PAYMENT_NOT_PENDING');
  });

  it('a branch code taken is refused with the code BRANCH_CODE_TAKEN', async () => {
    await owner.ok('POST', '/v1/branches', { name: 'Taipei', code: 'TPE01' });
    expect(await owner.request('POST', '/v1/branches', { name: 'Taipei again', code: 'TPE01' })).toMatchObject({ status: 409, body: { status: 409, code: 'BRANCH_CODE_TAKEN' } });
  });

  it('answers carrying tokens or buyers’ data are not to be cached', async () => {
    const login = await fetch(new URL('/v1/sessions', running.anonymous.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator', password: 'wrong-password-1' }),
    });
    expect(login.headers.get('cache-control')).toBe('no-store');
    const orders = await fetch(new URL('/v1/orders', running.anonymous.baseUrl), { headers: { authorization: `Bearer ${owner.token}` } });
    expect(orders.status).toBe(200);
    expect(orders.headers.get('cache-control')).toBe('no-store');
  });
});
