/**
 * T9 over HTTP: every route that takes an id refuses another merchant's object, a branch-bound
 * sub-account is refused another branch's data, and a missing permission node is refused — each
 * refusal the documented status with a problem+json code. The routes come from the OpenAPI
 * document, so a new route joins the matrix by itself (and fails it until it has a sample body).
 */
import { ApiClient, onboardMerchant, startPlatform, type MerchantFixture, type RunningPlatform } from '../support/api';
import { waitFor } from '../support/wait';

interface DocumentedOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly hasBody: boolean;
  /** Wallet, test-checkout and kiosk routes are authorised by a link, a signature or nothing, not by a merchant's token. */
  readonly bearer: boolean;
}

interface Ids {
  readonly [parameter: string]: string;
}

/** A valid body per operation, so validation passes and the isolation rule is what answers. */
function sampleBody(operationId: string, ids: Ids): unknown {
  const bodies: Record<string, unknown> = {
    updateMerchantContract: { contract: { payoutDays: 1, guaranteeDays: 30, giftVouchersEnabled: false, smsServiceEnabled: false } },
    changeSubAccountPassword: { newPassword: 'a-new-long-password' },
    updateSubAccountPermissions: { permissions: ['redeem'] },
    bindSubAccountToBranch: { branchId: ids.ownBranchId },
    updateBranch: { name: 'Renamed' },
    updateProduct: { name: 'Renamed' },
    issueOrder: {},
    changeBuyer: { name: 'New Buyer', email: 'new.buyer@example.com' },
    addOrderNote: { text: 'A note' },
    markTicketsPrinted: {},
    cancelRedemption: { reason: 'T9' },
    cancelReturn: { reason: 'T9' },
  };
  if (!(operationId in bodies)) throw new Error(`T9 matrix: add a valid sample body for ${operationId}`);
  return bodies[operationId];
}

async function documentedOperations(api: ApiClient): Promise<DocumentedOperation[]> {
  const document = await api.ok<{ paths: Record<string, Record<string, { operationId: string; requestBody?: unknown; security: Record<string, unknown>[] }>> }>('GET', '/openapi.json');
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operationId: operation.operationId,
      hasBody: !!operation.requestBody,
      bearer: operation.security.some((scheme) => 'bearerAuth' in scheme),
    })),
  );
}

function withIds(path: string, ids: Ids): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = ids[name];
    if (!value) throw new Error(`T9 matrix: no id for path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

async function call(api: ApiClient, operation: DocumentedOperation, ids: Ids) {
  const body = operation.hasBody ? sampleBody(operation.operationId, ids) : undefined;
  return api.request(operation.method, withIds(operation.path, ids), body);
}

function expectRefusal(response: { status: number; contentType: string; body: Record<string, unknown> }, statuses: number[], label: string) {
  const summary = `${label} answered ${response.status} ${JSON.stringify(response.body)}`;
  expect({ summary, refused: statuses.includes(response.status) }).toEqual({ summary, refused: true });
  expect(response.contentType).toContain('application/problem+json');
  expect(response.body.code).toEqual(expect.any(String));
}

describe('T9: tenant, branch and permission isolation on every route that takes an id', () => {
  let running: RunningPlatform;
  let a: MerchantFixture;
  let b: MerchantFixture;
  let idRoutes: DocumentedOperation[];
  const ofA: Record<string, string> = {};
  const ofB: Record<string, string> = {};
  let branchBound: ApiClient;
  let powerless: ApiClient;

  beforeAll(async () => {
    running = await startPlatform();
    const operator = await running.operator();
    [a, b] = [await onboardMerchant(operator), await onboardMerchant(operator)];
    const c = await onboardMerchant(operator);

    for (const [merchant, ids] of [
      [a, ofA],
      [b, ofB],
    ] as const) {
      const branch = await merchant.owner.ok<{ id: string }>('POST', '/v1/branches', { name: 'Main street', code: 'MAIN' });
      const otherBranch = await merchant.owner.ok<{ id: string }>('POST', '/v1/branches', { name: 'Harbour', code: 'HARBOUR' });
      const clerk = await merchant.owner.ok<{ id: string }>('POST', '/v1/sub-accounts', {
        username: 'harbour-clerk',
        displayName: 'Harbour clerk',
        password: 'clerk-long-password',
        permissions: ['accounts', 'settings', 'reports'],
        branchId: otherBranch.id,
      });
      const relation = await merchant.owner.ok<{ id: string }>('POST', '/v1/redeemable-stores', { storeMerchantId: c.merchantId, productIds: ['P-1'] });
      const product = await merchant.owner.ok<{ id: string }>('POST', '/v1/products', { ticketType: 'gift_voucher', name: 'Free coffee', faceValue: 0, immediatelyUsable: true });
      const placed = await merchant.owner.ok<{ order: { id: string } }>('POST', '/v1/orders', {
        merchantOrderNo: 'T9PAPER1',
        buyer: { name: 'Buyer', email: 'buyer@example.com' },
        items: [{ productId: product.id, quantity: 2 }],
        ticketForm: 'paper',
        paperPrinter: 'merchant',
        giftVoucherExpiresOn: '2099-12-31',
      });
      const issued = await merchant.owner.ok<{ tickets: { id: string; redemptionCode: string; ticketNumber: string }[] }>('POST', `/v1/orders/${placed.order.id}/issue`, {});
      const [redeemed, returned] = issued.tickets as [(typeof issued.tickets)[0], (typeof issued.tickets)[0]];
      // The redemption service learns of tickets from the issuance events.
      const redemption = await waitFor(async () => {
        const answer = await merchant.owner.request<{ id: string }>('POST', '/v1/redemptions', { redemptionCode: redeemed.redemptionCode });
        return answer.status === 201 ? answer.body : undefined;
      }, 10_000, 'the redemption service to know the ticket');
      const ticketReturn = await merchant.owner.ok<{ id: string }>('POST', '/v1/returns', { ticketNumber: returned.ticketNumber, reason: 'T9' });
      Object.assign(ids, {
        merchantId: merchant.merchantId,
        branchId: otherBranch.id,
        subAccountId: clerk.id,
        relationId: relation.id,
        ownBranchId: branch.id,
        productId: product.id,
        orderId: placed.order.id,
        ticketId: redeemed.id,
        redemptionId: redemption.id,
        returnId: ticketReturn.id,
      });
    }

    await a.owner.ok('POST', '/v1/sub-accounts', {
      username: 'main-manager',
      displayName: 'Main street manager',
      password: 'manager-long-password',
      permissions: ['accounts', 'settings', 'reports'],
      branchId: ofA.ownBranchId,
    });
    branchBound = await running.anonymous.login('main-manager', 'manager-long-password', a.merchantId);
    await a.owner.ok('POST', '/v1/sub-accounts', { username: 'no-permissions', displayName: 'Trainee', password: 'trainee-long-password', permissions: [] });
    powerless = await running.anonymous.login('no-permissions', 'trainee-long-password', a.merchantId);

    idRoutes = (await documentedOperations(running.anonymous)).filter((operation) => operation.bearer && operation.path.includes('{'));
  });
  afterAll(() => running?.stop());

  it('has routes to check', () => {
    expect(idRoutes.length).toBeGreaterThan(10);
  });

  it("refuses merchant A's owner every object of merchant B (404, as if it did not exist; operator routes 403)", async () => {
    for (const operation of idRoutes) {
      const response = await call(a.owner, operation, { ...ofB, ownBranchId: ofA.ownBranchId! });
      expectRefusal(response, operation.path.startsWith('/v1/operator/') ? [403] : [404], `${operation.operationId} with B's ids`);
    }
  });

  it("refuses a branch-bound sub-account of A the data of A's other branch", async () => {
    // Products are the merchant's, not a branch's: every staff member reads them.
    const branchData = (route: DocumentedOperation) => !route.path.startsWith('/v1/operator/') && !route.path.includes('{relationId}') && !route.path.includes('{productId}');
    for (const operation of idRoutes.filter(branchData)) {
      const response = await call(branchBound, operation, ofA);
      expectRefusal(response, [403, 404], `${operation.operationId} by a branch-bound sub-account on another branch`);
    }
  });

  it('refuses a sub-account without permission nodes every change', async () => {
    for (const operation of idRoutes.filter((route) => route.method !== 'GET' && !route.path.startsWith('/v1/operator/'))) {
      const response = await call(powerless, operation, ofA);
      expectRefusal(response, [403], `${operation.operationId} without permissions`);
    }
  });

  it("lets merchant A's owner read its own objects on the same routes (the matrix has teeth)", async () => {
    for (const operation of idRoutes.filter((route) => route.method === 'GET' && !route.path.startsWith('/v1/operator/'))) {
      const response = await call(a.owner, operation, ofA);
      expect(`${operation.operationId} ${response.status}`).toBe(`${operation.operationId} 200`);
    }
  });
});
