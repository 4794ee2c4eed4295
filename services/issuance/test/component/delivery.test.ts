import { createHash } from 'node:crypto';
import {
  orderBuyerChangedV1,
  orderNotificationRequestedV1,
  ticketPrintedV1,
  ticketRedeemedV1,
  ticketRedemptionCancelledV1,
  ticketReturnedV1,
  ticketTransferredV1,
  type OrderNotificationRequestedV1,
} from '@ecticket/contracts';
import type { issuanceV1 } from '@ecticket/contracts';
import { buildEnvelope, parseEvent, type EventEnvelope } from '@ecticket/platform';
import {
  IssuanceHarness,
  buyer,
  createOrder,
  createProduct,
  issuedOrder,
  newMerchant,
  newSubAccount,
  refusalOf,
  type TestMerchant,
} from '../support/harness';

const harness = new IssuanceHarness();
let merchant: TestMerchant;
let productId: string;

const recipient = { name: 'Chen Hao', email: 'hao@example.com', phone: '' };
const newBuyer: issuanceV1.Buyer = { name: 'Wang Fang', phone: '0987654321', email: 'fang@example.com', address: '' };

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
  productId = (await createProduct(harness, merchant.ownerToken)).id;
});
afterAll(() => harness.stop());

async function links(orderId: string | undefined): Promise<issuanceV1.DeliveryLinks__Output> {
  return harness.call('GetDeliveryLinks', { merchantId: merchant.merchantId, orderId });
}

function tokenOf(walletUrl: string): string {
  const [base, token] = walletUrl.split('/wallet/');
  expect(base).toBe('http://127.0.0.1:8080');
  return token ?? '';
}

async function notifications(orderId: string | undefined): Promise<OrderNotificationRequestedV1[]> {
  const envelopes = await harness.outbox(orderNotificationRequestedV1.type);
  return envelopes.map((envelope) => parseEvent(orderNotificationRequestedV1, envelope).data).filter((data) => data.orderId === orderId);
}

async function eventsOf(type: string, orderId: string | undefined): Promise<EventEnvelope[]> {
  return (await harness.outbox(type)).filter((envelope) => (envelope.data as { orderId: string }).orderId === orderId);
}

describe('R2: one platform for all three ticket forms', () => {
  it('issues electronic tickets to a wallet, convenience-store tickets to a pickup code and paper tickets to print data', async () => {
    const electronic = await issuedOrder(harness, merchant, productId, { ticketForm: 'TICKET_FORM_ELECTRONIC' });
    const store = await issuedOrder(harness, merchant, productId, { ticketForm: 'TICKET_FORM_CONVENIENCE_STORE' });
    const paper = await issuedOrder(harness, merchant, productId, { ticketForm: 'TICKET_FORM_PAPER', paperPrinter: 'PAPER_PRINTER_MERCHANT' });
    expect([electronic, store, paper].map((detail) => detail.tickets.map((ticket) => ticket.ticketForm))).toEqual([
      ['TICKET_FORM_ELECTRONIC', 'TICKET_FORM_ELECTRONIC'],
      ['TICKET_FORM_CONVENIENCE_STORE', 'TICKET_FORM_CONVENIENCE_STORE'],
      ['TICKET_FORM_PAPER', 'TICKET_FORM_PAPER'],
    ]);
    expect(await links(electronic.order?.id)).toMatchObject({ walletUrl: expect.stringContaining('/wallet/'), pickupCode: '' });
    expect(await links(store.order?.id)).toMatchObject({ walletUrl: '', pickupCode: expect.stringMatching(/^\d{12}$/) });
    expect(await links(paper.order?.id)).toMatchObject({ walletUrl: '', pickupCode: '' });
    expect((await harness.call('GetPrintData', { orderId: paper.order?.id }, merchant.ownerToken)).tickets).toHaveLength(2);
  });
});

describe('the wallet of electronic tickets', () => {
  it('opens at the wallet link GetDeliveryLinks derives, with the tickets, their codes and the customer-service info (R17)', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId);
    const { walletUrl, pickupCode } = await links(order?.id);
    expect(pickupCode).toBe('');
    const wallet = await harness.call('GetWallet', { walletToken: tokenOf(walletUrl) });
    expect(wallet.holderName).toBe(buyer.name);
    expect(wallet.customerService).toMatchObject({ storeWebsiteUrl: 'https://shop.example' });
    expect(wallet.tickets.map((ticket) => [ticket.ticketNumber, ticket.redemptionCode, ticket.qrPayload])).toEqual(
      tickets.map((ticket) => [ticket.ticketNumber, ticket.redemptionCode, ticket.qrPayload]),
    );
  });

  it("tells each ticket's usage, as the redemption service reported it, so a used ticket is not shown as valid", async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId, { items: [{ productId, quantity: 3 }] });
    const [redeemed, returned, kept] = tickets;
    if (!redeemed || !returned || !kept) throw new Error('three tickets expected');
    const walletToken = tokenOf((await links(order?.id)).walletUrl);
    const usageOf = async () => (await harness.call('GetWallet', { walletToken })).tickets.map((ticket) => [ticket.ticketId, ticket.usage]);
    expect(await usageOf()).toEqual(tickets.map((ticket) => [ticket.id, 'unused']));

    const operator = { accountId: 'acc-1', accountName: 'Clerk', branchId: null, branchName: null, branchCode: null };
    const fieldsOf = (ticket: issuanceV1.Ticket__Output) => ({
      ticketId: ticket.id,
      ticketNumber: ticket.ticketNumber,
      orderId: ticket.orderId,
      merchantId: merchant.merchantId,
      productId: ticket.productId,
      ticketType: 'pickup_voucher',
      faceValue: ticket.faceValue,
      operator,
    });
    const at = harness.clock.now().toISOString();
    await harness.deliver(
      buildEnvelope({
        type: ticketRedeemedV1.type,
        version: ticketRedeemedV1.version,
        producer: 'redemption',
        merchantId: merchant.merchantId,
        data: { ...fieldsOf(redeemed), redemptionId: 'redemption-1', redeemedByMerchantId: merchant.merchantId, redeemedAt: at },
      }),
    );
    await harness.deliver(
      buildEnvelope({
        type: ticketReturnedV1.type,
        version: ticketReturnedV1.version,
        producer: 'redemption',
        merchantId: merchant.merchantId,
        data: { ...fieldsOf(returned), returnId: 'return-1', refund: 'card', reason: 'changed my mind', returnedAt: at },
      }),
    );
    expect(await usageOf()).toEqual([
      [redeemed.id, 'redeemed'],
      [returned.id, 'returned'],
      [kept.id, 'unused'],
    ]);
  });

  it('opens nothing for a forged or altered token', async () => {
    const { order } = await issuedOrder(harness, merchant, productId);
    const token = tokenOf((await links(order?.id)).walletUrl);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const walletToken of [altered, `o.${order?.id}.${'A'.repeat(43)}`, 'not-a-token', '']) {
      expect(await refusalOf(harness.call('GetWallet', { walletToken }))).toMatchObject({ category: 'not_found', code: 'WALLET_NOT_FOUND' });
    }
  });

  it('R27: a transfer marks the ticket transferred, gives the recipient a wallet of their own and a new redemption code, and asks to notify them', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId);
    const buyerToken = tokenOf((await links(order?.id)).walletUrl);
    const [given, kept] = tickets;
    const answer = await harness.call('TransferTicket', { walletToken: buyerToken, ticketId: given?.id, recipient });
    expect(answer).toEqual({ ticketId: given?.id, transferredAt: harness.clock.now().toISOString() });

    const buyerWallet = await harness.call('GetWallet', { walletToken: buyerToken });
    expect(buyerWallet.tickets.find((ticket) => ticket.ticketId === given?.id)).toMatchObject({ transferredAway: true, redemptionCode: '', qrPayload: '' });
    expect(buyerWallet.tickets.find((ticket) => ticket.ticketId === kept?.id)).toMatchObject({ transferredAway: false, redemptionCode: kept?.redemptionCode });

    const { transferredTickets, buyerEmail } = await links(order?.id);
    expect(buyerEmail).toBe(buyer.email);
    expect(transferredTickets.map(({ ticketId, holderEmail, holderPhone }) => ({ ticketId, holderEmail, holderPhone }))).toEqual([
      { ticketId: given?.id, holderEmail: recipient.email, holderPhone: '' },
    ]);
    const recipientWallet = await harness.call('GetWallet', { walletToken: tokenOf(transferredTickets[0]?.walletUrl ?? '') });
    const [received] = recipientWallet.tickets;
    expect(recipientWallet).toMatchObject({ holderName: recipient.name, tickets: [{ ticketId: given?.id, transferredAway: false }] });
    // R27: the code (and QR code) the giver saw no longer redeem the ticket; the recipient's does.
    expect(received?.redemptionCode).toMatch(/^[0-9A-Z]{18}$/);
    expect(received?.redemptionCode).not.toBe(given?.redemptionCode);
    expect(received?.qrPayload).toContain(received?.redemptionCode);

    expect(await harness.call('GetTicket', { ticketId: given?.id }, merchant.ownerToken)).toMatchObject({ transferred: true, redemptionCode: received?.redemptionCode });
    expect((await eventsOf(ticketTransferredV1.type, order?.id)).map((envelope) => parseEvent(ticketTransferredV1, envelope).data)).toEqual([
      {
        ticketId: given?.id,
        orderId: order?.id,
        merchantId: merchant.merchantId,
        transferredAt: answer.transferredAt,
        redemptionCodeHash: createHash('sha256').update(received?.redemptionCode ?? '', 'ascii').digest('hex'),
      },
    ]);
    expect((await notifications(order?.id)).at(-1)).toMatchObject({
      reason: 'ticket_transferred',
      recipient,
      links: ['ticket_wallet_link'],
      ticketIds: [given?.id],
      channels: ['email'],
    });
  });

  it('a ticket transferred away cannot be transferred again from the buyer; its holder can, which closes their own link', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId);
    const buyerToken = tokenOf((await links(order?.id)).walletUrl);
    const ticketId = tickets[0]?.id;
    await harness.call('TransferTicket', { walletToken: buyerToken, ticketId, recipient });
    expect(await refusalOf(harness.call('TransferTicket', { walletToken: buyerToken, ticketId, recipient }))).toMatchObject({ code: 'TICKET_NOT_FOUND' });

    const holderToken = tokenOf((await links(order?.id)).transferredTickets[0]?.walletUrl ?? '');
    const third = { name: 'Third Holder', email: 'third@example.com', phone: '0922333444' };
    await harness.call('TransferTicket', { walletToken: holderToken, ticketId, recipient: third });
    expect(await refusalOf(harness.call('GetWallet', { walletToken: holderToken }))).toMatchObject({ code: 'WALLET_NOT_FOUND' });
    const [thirdLink] = (await links(order?.id)).transferredTickets;
    expect(thirdLink).toMatchObject({ holderEmail: third.email, holderPhone: third.phone });
    expect((await harness.call('GetWallet', { walletToken: tokenOf(thirdLink?.walletUrl ?? '') })).holderName).toBe('Third Holder');
  });
});

describe('R27: changing the buyer', () => {
  it('is allowed before any transfer; the new buyer is notified (R16.2) and the old wallet link no longer opens', async () => {
    const { order } = await issuedOrder(harness, merchant, productId);
    const oldToken = tokenOf((await links(order?.id)).walletUrl);
    const changed = await harness.call('ChangeBuyer', { orderId: order?.id, buyer: newBuyer }, merchant.ownerToken);
    expect(changed).toMatchObject({ buyer: newBuyer, items: order?.items, amount: order?.amount });
    expect(changed.history.at(-1)).toMatchObject({ action: 'order.buyer_changed', actor: { kind: 'staff' } });

    expect(await refusalOf(harness.call('GetWallet', { walletToken: oldToken }))).toMatchObject({ code: 'WALLET_NOT_FOUND' });
    const current = await links(order?.id);
    expect(current).toMatchObject({ buyerEmail: newBuyer.email, buyerPhone: newBuyer.phone });
    const wallet = await harness.call('GetWallet', { walletToken: tokenOf(current.walletUrl) });
    expect(wallet.holderName).toBe(newBuyer.name);
    expect((await eventsOf(orderBuyerChangedV1.type, order?.id)).map((envelope) => parseEvent(orderBuyerChangedV1, envelope).data)).toHaveLength(1);
    expect((await notifications(order?.id)).at(-1)).toMatchObject({ reason: 'buyer_changed', recipient: { email: newBuyer.email }, links: ['wallet_link'] });
  });

  it('is refused once a ticket of the electronic order was transferred', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId);
    await harness.call('TransferTicket', { walletToken: tokenOf((await links(order?.id)).walletUrl), ticketId: tickets[0]?.id, recipient });
    const refusal = await refusalOf(harness.call('ChangeBuyer', { orderId: order?.id, buyer: newBuyer }, merchant.ownerToken));
    expect(refusal).toMatchObject({ category: 'failed_precondition', code: 'BUYER_LOCKED_BY_TRANSFER' });
  });

  it('needs the orders permission', async () => {
    const { order } = await issuedOrder(harness, merchant, productId);
    const clerk = await newSubAccount(harness, merchant, ['issue']);
    expect(await refusalOf(harness.call('ChangeBuyer', { orderId: order?.id, buyer: newBuyer }, clerk.token))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
  });
});

describe('convenience-store tickets', () => {
  const convenienceStore = { ticketForm: 'TICKET_FORM_CONVENIENCE_STORE' as const };

  it('R27: get a 12-digit pickup code, renewed on a change of buyer; the kiosk looks the order up and confirms printing, which marks every ticket printed', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId, convenienceStore);
    const { pickupCode: firstCode, walletUrl } = await links(order?.id);
    expect(firstCode).toMatch(/^\d{12}$/);
    expect(walletUrl).toBe('');

    const kiosk = await harness.call('LookupPickupCode', { partnerId: 'seven-eleven', pickupCode: firstCode });
    expect(kiosk).toMatchObject({ orderId: order?.id, buyerName: buyer.name, tickets: tickets.map((ticket) => ({ ticketNumber: ticket.ticketNumber, printed: false })) });
    // R27: the new buyer gets a pickup code of their own; the old buyer's no longer prints the tickets.
    expect(await harness.call('ChangeBuyer', { orderId: order?.id, buyer: newBuyer }, merchant.ownerToken)).toMatchObject({ buyer: newBuyer });
    const { pickupCode } = await links(order?.id);
    expect(pickupCode).toMatch(/^\d{12}$/);
    expect(pickupCode).not.toBe(firstCode);
    expect(await refusalOf(harness.call('LookupPickupCode', { partnerId: 'seven-eleven', pickupCode: firstCode }))).toMatchObject({ code: 'PICKUP_CODE_NOT_FOUND' });
    expect(await refusalOf(harness.call('ConfirmPrinting', { partnerId: 'seven-eleven', pickupCode: firstCode }))).toMatchObject({ code: 'PICKUP_CODE_NOT_FOUND' });
    expect(await harness.call('LookupPickupCode', { partnerId: 'seven-eleven', pickupCode })).toMatchObject({ orderId: order?.id, buyerName: newBuyer.name });

    const printed = await harness.call('ConfirmPrinting', { partnerId: 'seven-eleven', pickupCode });
    expect(printed).toEqual({ orderId: order?.id, ticketIds: order?.ticketIds, printedAt: harness.clock.now().toISOString() });
    expect(await harness.call('ConfirmPrinting', { partnerId: 'seven-eleven', pickupCode })).toEqual(printed);
    const events = (await eventsOf(ticketPrintedV1.type, order?.id)).map((envelope) => parseEvent(ticketPrintedV1, envelope).data);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ printedBy: 'kiosk', partnerId: 'seven-eleven', printedByAccountId: null });

    expect(await refusalOf(harness.call('LookupPickupCode', { partnerId: 'seven-eleven', pickupCode }))).toMatchObject({ code: 'TICKETS_ALREADY_PRINTED' });
    expect(await refusalOf(harness.call('ChangeBuyer', { orderId: order?.id, buyer }, merchant.ownerToken))).toMatchObject({ code: 'BUYER_LOCKED_BY_PRINTING' });
  });

  it('an unknown pickup code finds nothing', async () => {
    for (const pickupCode of ['000000000000', 'not-a-code']) {
      expect(await refusalOf(harness.call('LookupPickupCode', { partnerId: 'family-mart', pickupCode }))).toMatchObject({ code: 'PICKUP_CODE_NOT_FOUND' });
    }
  });
});

describe('paper tickets', () => {
  const paper = { ticketForm: 'TICKET_FORM_PAPER' as const, paperPrinter: 'PAPER_PRINTER_MERCHANT' as const };

  function redemptionEvent(ticket: issuanceV1.Ticket__Output, contract: typeof ticketRedeemedV1 | typeof ticketRedemptionCancelledV1, at: string): EventEnvelope {
    const base = {
      ticketId: ticket.id,
      ticketNumber: ticket.ticketNumber,
      orderId: ticket.orderId,
      merchantId: merchant.merchantId,
      productId: ticket.productId,
      ticketType: 'pickup_voucher',
      faceValue: ticket.faceValue,
      operator: { accountId: 'acc-1', accountName: 'Clerk', branchId: null, branchName: null, branchCode: null },
      redemptionId: 'redemption-1',
    };
    const data = contract === ticketRedeemedV1 ? { ...base, redeemedByMerchantId: merchant.merchantId, redeemedAt: at } : { ...base, reason: 'mistake', cancelledAt: at };
    return buildEnvelope({ type: contract.type, version: contract.version, producer: 'redemption', merchantId: merchant.merchantId, data });
  }

  it('print data holds the unused tickets only; a cancelled redemption makes a ticket unused again (R30)', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId, paper);
    // The buyer's message says who prints and posts them.
    expect(await links(order?.id)).toMatchObject({ paperPrinter: 'merchant', walletUrl: '', pickupCode: '' });
    const [redeemed] = tickets;
    if (!redeemed) throw new Error('no ticket');
    await harness.deliver(redemptionEvent(redeemed, ticketRedeemedV1, '2026-03-01T02:00:00.000Z'));
    const data = await harness.call('GetPrintData', { orderId: order?.id }, merchant.ownerToken);
    expect(data.tickets.map((ticket) => ticket.ticketId)).toEqual(tickets.slice(1).map((ticket) => ticket.id));
    expect(data).toMatchObject({ buyer: { name: buyer.name }, customerService: { storeWebsiteUrl: 'https://shop.example' } });
    expect(await harness.call('GetTicket', { ticketId: redeemed.id }, merchant.ownerToken)).toMatchObject({ usage: 'redeemed' });

    await harness.deliver(redemptionEvent(redeemed, ticketRedemptionCancelledV1, '2026-03-01T03:00:00.000Z'));
    expect((await harness.call('GetPrintData', { orderId: order?.id }, merchant.ownerToken)).tickets).toHaveLength(2);
  });

  it('printing marks the tickets printed, which locks the buyer (R27)', async () => {
    const { order, tickets } = await issuedOrder(harness, merchant, productId, paper);
    const printed = await harness.call('MarkPrinted', { orderId: order?.id, ticketIds: [tickets[0]?.id ?? ''] }, merchant.ownerToken);
    expect(printed.ticketIds).toEqual([tickets[0]?.id]);
    const data = await harness.call('GetPrintData', { orderId: order?.id }, merchant.ownerToken);
    expect(data.tickets.map((ticket) => ticket.printed)).toEqual([true, false]);
    const [event] = (await eventsOf(ticketPrintedV1.type, order?.id)).map((envelope) => parseEvent(ticketPrintedV1, envelope).data);
    expect(event).toMatchObject({ printedBy: 'merchant', partnerId: null, printedByAccountId: expect.any(String) });
    expect(await refusalOf(harness.call('ChangeBuyer', { orderId: order?.id, buyer: newBuyer }, merchant.ownerToken))).toMatchObject({ code: 'BUYER_LOCKED_BY_PRINTING' });
  });

  it('print data is for paper orders', async () => {
    const { order } = await issuedOrder(harness, merchant, productId);
    expect(await refusalOf(harness.call('GetPrintData', { orderId: order?.id }, merchant.ownerToken))).toMatchObject({ code: 'NOT_A_PAPER_ORDER' });
  });

  it('the platform prints and posts only with the buyer’s address', async () => {
    const byPlatform = { ticketForm: 'TICKET_FORM_PAPER' as const, paperPrinter: 'PAPER_PRINTER_PLATFORM' as const };
    expect(await refusalOf(createOrder(harness, merchant.ownerToken, productId, byPlatform))).toMatchObject({ code: 'INVALID_FIELD', details: { field: 'buyer.address' } });
    const { order } = await createOrder(harness, merchant.ownerToken, productId, { ...byPlatform, buyer: { ...buyer, address: 'No. 1, Taipei' } });
    expect(order).toMatchObject({ paperPrinter: 'PAPER_PRINTER_PLATFORM' });
  });
});

describe('R25: resending notifications', () => {
  it('records each request in the order history and asks, by e-mail only, for the wallet link to be sent again', async () => {
    const { order } = await issuedOrder(harness, merchant, productId);
    const request = await harness.call('ResendNotifications', { orderId: order?.id }, merchant.ownerToken);
    expect(request).toMatchObject({ orderId: order?.id, reason: 'resend', channels: ['email'], links: ['wallet_link'], ticketIds: order?.ticketIds });
    const after = (await harness.call('GetOrder', { orderId: order?.id }, merchant.ownerToken)).order;
    expect(after?.history.at(-1)).toMatchObject({ action: 'order.notifications_resent', detail: request.id });
    expect((await notifications(order?.id)).at(-1)).toMatchObject({ requestId: request.id, reason: 'resend', recipient: { email: buyer.email, phone: buyer.phone } });
  });

  it('R16: with the merchant’s SMS service on, issuance and resends go by SMS too; the pickup code for convenience-store orders', async () => {
    const withSms = await newMerchant(harness, { sms: true });
    const product = await createProduct(harness, withSms.ownerToken);
    const { order } = await issuedOrder(harness, withSms, product.id, { ticketForm: 'TICKET_FORM_CONVENIENCE_STORE' });
    const request = await harness.call('ResendNotifications', { orderId: order?.id }, withSms.ownerToken);
    expect(request).toMatchObject({ channels: ['email', 'sms'], links: ['pickup_code'] });
    expect((await notifications(order?.id)).map((event) => [event.reason, event.channels])).toEqual([
      ['issued', ['email', 'sms']],
      ['resend', ['email', 'sms']],
    ]);
  });

  it('only issued orders have tickets to resend', async () => {
    const { order } = await createOrder(harness, merchant.ownerToken, productId);
    expect(await refusalOf(harness.call('ResendNotifications', { orderId: order?.id }, merchant.ownerToken))).toMatchObject({ code: 'ORDER_NOT_ISSUED' });
  });
});

describe('events', () => {
  it('every event in the outbox matches its contract', async () => {
    const seen = await harness.outboxTypesMatchingContracts();
    expect([...seen].sort()).toEqual([
      'order.buyer_changed.v1',
      'order.issued.v1',
      'order.notification_requested.v1',
      'ticket.issued.v1',
      'ticket.printed.v1',
      'ticket.transferred.v1',
    ]);
  });
});
