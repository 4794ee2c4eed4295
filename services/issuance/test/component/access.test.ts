import { IssuanceHarness, createOrder, createProduct, issuedOrder, newBranch, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new IssuanceHarness();
let merchant: TestMerchant;
let productId: string;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
  productId = (await createProduct(harness, merchant.ownerToken)).id;
});
afterAll(() => harness.stop());

describe('R22.2: a branch-bound sub-account sees only the orders its branch operated', () => {
  it('lists and reads its branch’s orders; another branch’s are out of reach; head office sees all', async () => {
    const [north, south] = [await newBranch(harness, merchant), await newBranch(harness, merchant)];
    const northClerk = await newSubAccount(harness, merchant, ['orders', 'issue', 'notes'], north);
    const southClerk = await newSubAccount(harness, merchant, ['orders'], south);
    const headOffice = await newSubAccount(harness, merchant, ['orders']);
    const { order: northOrder } = await createOrder(harness, northClerk.token, productId);
    const { order: southOrder } = await createOrder(harness, southClerk.token, productId);
    const { order: headOrder } = await createOrder(harness, headOffice.token, productId);
    expect(northOrder?.branchId).toBe(north);
    expect(headOrder?.branchId).toBe('');

    const seenByNorth = await harness.call('ListOrders', { page: { limit: 200 } }, northClerk.token);
    expect(seenByNorth.orders.map((order) => order.id)).toEqual([northOrder?.id]);
    expect(await refusalOf(harness.call('GetOrder', { orderId: southOrder?.id }, northClerk.token))).toMatchObject({ category: 'permission_denied', code: 'OUTSIDE_BRANCH' });
    expect(await refusalOf(harness.call('GetOrder', { orderId: headOrder?.id }, northClerk.token))).toMatchObject({ code: 'OUTSIDE_BRANCH' });
    expect(await refusalOf(harness.call('AddOrderNote', { orderId: southOrder?.id, text: 'not ours' }, northClerk.token))).toMatchObject({ code: 'OUTSIDE_BRANCH' });

    const seenByHeadOffice = await harness.call('ListOrders', { page: { limit: 200 } }, headOffice.token);
    expect(seenByHeadOffice.orders.map((order) => order.id)).toEqual(expect.arrayContaining([northOrder?.id, southOrder?.id, headOrder?.id]));
  });
});

describe('R32: notes on orders', () => {
  it('are added by accounts with the notes permission, on the order or one of its tickets, with who wrote them (R21)', async () => {
    const branchId = await newBranch(harness, merchant);
    const writer = await newSubAccount(harness, merchant, ['orders', 'issue', 'notes'], branchId);
    const { order } = await createOrder(harness, writer.token, productId);
    const note = await harness.call('AddOrderNote', { orderId: order?.id, text: 'Buyer asked for a gift wrap.' }, writer.token);
    expect(note).toMatchObject({ text: 'Buyer asked for a gift wrap.', ticketId: '', author: { kind: 'staff', accountId: writer.id, branch: { id: branchId } } });

    const { order: issued, tickets } = await issuedOrder(harness, merchant, productId);
    const onTicket = await harness.call('AddOrderNote', { orderId: issued?.id, text: 'Ticket reprinted.', ticketId: tickets[0]?.id }, merchant.ownerToken);
    expect(onTicket.ticketId).toBe(tickets[0]?.id);
    const detail = await harness.call('GetOrder', { orderId: issued?.id }, merchant.ownerToken);
    expect(detail.order?.notes).toEqual([onTicket]);
    expect(await refusalOf(harness.call('AddOrderNote', { orderId: issued?.id, text: 'x', ticketId: 'not-in-order' }, merchant.ownerToken))).toMatchObject({
      code: 'TICKET_NOT_FOUND',
    });
  });

  it('need the notes permission', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId);
    const clerk = await newSubAccount(harness, merchant, ['orders']);
    expect(await refusalOf(harness.call('AddOrderNote', { orderId: order?.id, text: 'hello' }, clerk.token))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
  });

  it('are refused to an account of a disabled branch (R23), which can still read its branch’s orders', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['orders', 'notes'], branchId);
    const { order } = await createOrder(harness, clerk.token, productId);
    await harness.accountCall('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(await refusalOf(harness.call('AddOrderNote', { orderId: order?.id, text: 'too late' }, clerk.token))).toMatchObject({
      category: 'permission_denied',
      code: 'BRANCH_DISABLED',
    });
    await expect(harness.call('GetOrder', { orderId: order?.id }, clerk.token)).resolves.toMatchObject({ order: { id: order?.id } });
  });
});

describe('R21: every operation is recorded with its operator', () => {
  it('the order history names the account and its branch of each change', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['orders', 'issue', 'notes'], branchId);
    const { order } = await createOrder(harness, clerk.token, productId);
    await harness.call('AddOrderNote', { orderId: order?.id, text: 'called the buyer' }, clerk.token);
    const history = (await harness.call('GetOrder', { orderId: order?.id }, clerk.token)).order?.history ?? [];
    expect(history.map((entry) => entry.action)).toEqual(['order.created', 'order.note_added']);
    for (const entry of history) expect(entry.actor).toMatchObject({ kind: 'staff', accountId: clerk.id, branch: { id: branchId, code: expect.any(String) } });
  });
});

describe('tenant isolation', () => {
  it('another merchant’s order and its tickets are not found, for every operation', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId);
    const other = await newMerchant(harness);
    const token = other.ownerToken;
    const notFound = { category: 'not_found', code: 'ORDER_NOT_FOUND' };
    expect(await refusalOf(harness.call('GetOrder', { orderId: order?.id }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('IssueOrder', { orderId: order?.id }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('AbandonOrder', { orderId: order?.id }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('ChangeBuyer', { orderId: order?.id, buyer: { name: 'x', email: 'x@example.com', phone: '0911111111' } }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('ResendNotifications', { orderId: order?.id }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('AddOrderNote', { orderId: order?.id, text: 'x' }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('GetPrintData', { orderId: order?.id }, token))).toMatchObject(notFound);
    expect(await refusalOf(harness.call('GetTicket', { ticketId: tickets[0]?.id }, token))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(harness.call('GetDeliveryLinks', { merchantId: other.merchantId, orderId: order?.id }))).toMatchObject(notFound);
    expect((await harness.call('ListOrders', {}, token)).orders).toEqual([]);
  });
});

describe('listing orders', () => {
  it('filters by state, form and creation time, newest first, a page at a time', async () => {
    const owner = await newMerchant(harness);
    const product = await createProduct(harness, owner.ownerToken);
    const from = harness.clock.now().toISOString();
    const created = [];
    for (let index = 0; index < 3; index += 1) {
      created.push((await createOrder(harness, owner.ownerToken, product.id)).order?.id);
      harness.clock.advance(1000);
    }
    const paper = (await createOrder(harness, owner.ownerToken, product.id, { ticketForm: 'TICKET_FORM_PAPER', paperPrinter: 'PAPER_PRINTER_MERCHANT' })).order?.id;
    const electronic = { state: 'ORDER_STATE_AWAITING_PAYMENT' as const, ticketForm: 'TICKET_FORM_ELECTRONIC' as const, createdFrom: from };
    const first = await harness.call('ListOrders', { ...electronic, page: { limit: 2 } }, owner.ownerToken);
    expect(first.orders.map((order) => order.id)).toEqual([created[2], created[1]]);
    const rest = await harness.call('ListOrders', { ...electronic, page: { limit: 2, cursor: first.nextCursor } }, owner.ownerToken);
    expect(rest).toMatchObject({ orders: [{ id: created[0] }], nextCursor: '' });
    const papers = await harness.call('ListOrders', { ticketForm: 'TICKET_FORM_PAPER' }, owner.ownerToken);
    expect(papers.orders.map((order) => order.id)).toEqual([paper]);
    const before = await harness.call('ListOrders', { createdTo: from }, owner.ownerToken);
    expect(before.orders).toEqual([]);
    expect(await refusalOf(harness.call('ListOrders', { createdFrom: 'yesterday' }, owner.ownerToken))).toMatchObject({ code: 'INVALID_FIELD' });
  });
});
