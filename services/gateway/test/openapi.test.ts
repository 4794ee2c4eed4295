import { GatewayHarness } from './support/gateway-harness';
import { concretePath, isOperatorRoute, operationsOf, type OpenApiDocument } from './support/openapi-walk';

const requiredOperations = [
  'login',
  'createMerchant',
  'getMerchant',
  'updateMerchantSettings',
  'createSubAccount',
  'listSubAccounts',
  'listDeletedSubAccounts',
  'changeSubAccountPassword',
  'updateSubAccountPermissions',
  'deleteSubAccount',
  'createBranch',
  'listBranches',
  'disableBranch',
  'enableBranch',
  'bindSubAccountToBranch',
  'createRedeemableStore',
  'unlinkRedeemableStore',
  'listJointIssuers',
  'listAuditLog',
  'listMerchants',
  'updateMerchantContract',
  'getSubAccount',
  'getBranch',
  'updateBranch',
  'unbindSubAccountFromBranch',
  'listRedeemableStores',
  'getMe',
  'createProduct',
  'listProducts',
  'getProduct',
  'updateProduct',
  'createOrder',
  'getOrder',
  'listOrders',
  'abandonOrder',
  'issueOrder',
  'changeBuyer',
  'resendNotifications',
  'addOrderNote',
  'getTicket',
  'getPrintData',
  'markTicketsPrinted',
  'handlePaymentCallback',
  'showTestCheckout',
  'openTestCheckout',
  'getTestCheckout',
  'submitTestCard',
  'getWallet',
  'showWallet',
  'transferTicket',
  'lookupPickupCode',
  'confirmPrinting',
  'redeemTicket',
  'cancelRedemption',
  'returnTicket',
  'cancelReturn',
  'getTicketUsage',
  'listRedemptions',
  'listReturns',
  'getBalances',
  'listLedgerEntries',
  'listPayouts',
  'exportReconciliation',
  'listBranchReport',
];

/** Authorised by something else than a bearer token: the wallet link, the processor's CheckMacValue, nothing (the test checkout). */
const publicOperations = new Set(['login', 'handlePaymentCallback', 'showTestCheckout', 'openTestCheckout', 'getTestCheckout', 'submitTestCard', 'getWallet', 'showWallet', 'transferTicket']);
const partnerSignedOperations = new Set(['lookupPickupCode', 'confirmPrinting']);

function expectedSecurity(operationId: string): Record<string, string[]>[] {
  if (publicOperations.has(operationId)) return [];
  return partnerSignedOperations.has(operationId) ? [{ partnerSignature: [] }] : [{ bearerAuth: [] }];
}

describe('the OpenAPI document the gateway serves', () => {
  let harness: GatewayHarness;
  let document: OpenApiDocument;

  beforeAll(async () => {
    harness = await GatewayHarness.start();
    document = (await harness.request('get', '/openapi.json')).body as unknown as OpenApiDocument;
  });
  afterAll(() => harness.stop());

  it('is OpenAPI 3.1 with the bearer scheme and the problem schema it refers to', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.schemas.Problem).toBeDefined();
    const references = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const reference of references) {
      expect(reference).toBe('"$ref":"#/components/schemas/Problem"');
    }
  });

  it('names every operation the issues ask for', () => {
    const operationIds = operationsOf(document).map(({ operation }) => operation.operationId);
    expect(operationIds).toEqual(expect.arrayContaining(requiredOperations));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it.each(requiredOperations)('%s has a summary, tags, a success response and its security', (operationId) => {
    const found = operationsOf(document).find(({ operation }) => operation.operationId === operationId);
    expect(found).toBeDefined();
    const { operation } = found!;
    expect(operation.summary?.length).toBeGreaterThan(0);
    expect(operation.tags?.length).toBeGreaterThan(0);
    expect(Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status))).toBe(true);
    expect(operation.security).toEqual(expectedSecurity(operationId));
  });

  it('declares exactly the path parameters of each path template', () => {
    for (const { path, operation } of operationsOf(document)) {
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const declared = operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
      expect({ path, declared }).toEqual({ path, declared: templated });
    }
  });

  it('documents the callback as the processor sends it (a form) and answers it (text/plain)', () => {
    const callback = document.paths['/v1/payments/callback']?.post;
    expect(Object.keys(callback?.requestBody?.content ?? {})).toEqual(['application/x-www-form-urlencoded']);
    expect(Object.keys((callback?.responses['200'] as { content: Record<string, unknown> }).content)).toEqual(['text/plain']);
  });

  it('documents how kiosk partners sign their requests', () => {
    const scheme = document.components.securitySchemes.partnerSignature as { type: string; in: string; name: string; description: string };
    expect(scheme).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Signature' });
    expect(scheme.description).toContain('HMAC-SHA256');
    expect(scheme.description).toContain('<X-Timestamp>\\n<X-Nonce>\\n');
    const lookup = document.paths['/v1/kiosk/pickup-lookups']?.post;
    expect(lookup?.parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name)).toEqual(['X-Partner-Id', 'X-Timestamp', 'X-Nonce', 'Idempotency-Key']);
    expect(lookup?.parameters.find((parameter) => parameter.name === 'X-Nonce')).toMatchObject({ required: true, schema: { pattern: '^[A-Za-z0-9_-]{16,64}$' } });
  });

  it('never routes the delivery links, which answer bearer secrets to services only', () => {
    expect(JSON.stringify(document)).not.toMatch(/delivery-?links/i);
  });

  it('offers the Idempotency-Key header on every POST', () => {
    const posts = operationsOf(document).filter(({ method }) => method === 'post');
    const withoutKey = posts.filter(
      ({ operation }) => !operation.parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key' && !parameter.required),
    );
    expect(posts.length).toBeGreaterThan(0);
    expect(withoutKey.map(({ path }) => path)).toEqual([]);
  });

  it('documents only routes that exist', async () => {
    const owner = harness.account.token();
    const operator = harness.account.token({ sub: 'acc-operator', role: 'operator', mid: undefined });
    for (const { method, path } of operationsOf(document)) {
      const answer = await harness.request(method, concretePath(path), { token: isOperatorRoute(path) ? operator : owner });
      expect({ method, path, code: answer.body.code }).not.toEqual({ method, path, code: 'ROUTE_NOT_FOUND' });
    }
  });
});
