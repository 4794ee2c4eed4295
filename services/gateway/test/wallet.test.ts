import { GatewayHarness } from './support/gateway-harness';

const wellFormedToken = `o.order-1.${'A'.repeat(43)}`;

/** A wallet token is a secret that authorises by itself: its shape is checked before the issuance service is asked. */
describe('wallet links', () => {
  let harness: GatewayHarness;

  beforeAll(async () => {
    harness = await GatewayHarness.start();
  });
  afterAll(() => harness.stop());

  it.each(['not-a-token', 'o.order-1.short', `x.order-1.${'A'.repeat(43)}`, `${wellFormedToken}A`])('answers 404 for the malformed token %s without asking the service', async (token) => {
    const callsBefore = harness.services.calls.length;
    expect(await harness.request('get', `/v1/wallets/${encodeURIComponent(token)}`)).toMatchObject({ status: 404, body: { code: 'WALLET_NOT_FOUND' } });
    const page = await harness.request('get', `/wallet/${encodeURIComponent(token)}`);
    expect(page.status).toBe(404);
    expect(page.contentType).toContain('text/html');
    expect(page.text).toContain('This wallet link does not open any tickets.');
    expect(harness.services.calls.length).toBe(callsBefore);
  });

  it('asks the issuance service about a well-formed token, and answers its refusal as a page', async () => {
    expect((await harness.request('get', `/v1/wallets/${wellFormedToken}`)).status).toBe(404);
    const page = await harness.request('get', `/wallet/${wellFormedToken}`);
    expect(page.status).toBe(404);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(harness.services.calls.filter((method) => method === 'GetWallet')).toHaveLength(2);
  });

  it('refuses a transfer from a malformed token without asking the service', async () => {
    const body = { recipient: { name: 'Friend', email: 'friend@example.com' } };
    expect(await harness.request('post', '/v1/wallets/nope/tickets/ticket-1/transfer', { body })).toMatchObject({ status: 404, body: { code: 'WALLET_NOT_FOUND' } });
    expect(harness.services.calls).not.toContain('TransferTicket');
  });
});
