/**
 * The redemption and return routes over HTTP, in front of the whole platform in this process
 * (issue 5): T1 through two gateways, R28–R31 and the branch rules of R22, the reports, and T13
 * once every flow has run.
 */
import type { settlementV1 } from '@ecticket/contracts';
import {
  createGrpcServer,
  createLogger,
  loadServiceDefinition,
  ManualClock,
  systemClock,
  unavailable,
  type EventBus,
  type GrpcServer,
  type ServiceName,
  type ServiceRuntime,
  type UnaryHandlers,
} from '@ecticket/platform';
import { startRedemptionService } from '@ecticket/redemption';
import { ApiClient, onboardMerchant, startPlatform, type ApiResponse, type RunningPlatform } from '../../../tests/support/api';
import { waitFor } from '../../../tests/support/wait';
import { createSettlementClient, type SettlementClient } from '../src/infrastructure/settlement-client';
import { startGateway, type RunningGateway } from '../src/main';
import { newBranch, randomCode, staffMember, TicketDesk, type Branch, type DeskTicket } from './support/ticket-desk';

interface OperatorView {
  readonly branch: { id: string; name: string; code: string } | null;
  readonly label: string;
}

interface PendingCancellationView {
  readonly requestedAt: string;
  readonly reason: string;
  readonly requestedBy: OperatorView;
}

interface RecordView {
  readonly id: string;
  readonly ticket: { ticketId: string; ticketType: string };
  readonly operator: OperatorView;
  readonly reason?: string;
  readonly refund?: string;
  readonly cancellation: { cancelledAt: string; reason: string; cancelledBy: OperatorView } | null;
  readonly pendingCancellation: PendingCancellationView | null;
}

interface UsageView {
  readonly ticket: { ticketId: string };
  readonly state: string;
  readonly redemptions: RecordView[];
  readonly returns: RecordView[];
  readonly pendingCancellation: PendingCancellationView | null;
}

interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

const everyNode = ['redeem', 'cancel_redemption', 'return', 'cancel_return', 'reports'];

function expectProblem(answer: ApiResponse, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
  expect(answer.contentType).toContain('application/problem+json');
}

describe('the redemption and return routes, in front of the real platform', () => {
  let running: RunningPlatform;
  let desk: TicketDesk;
  let merchantId: string;
  let owner: ApiClient;
  let main: Branch;
  let harbour: Branch;
  let mainClerk: ApiClient;
  let harbourClerk: ApiClient;

  beforeAll(async () => {
    running = await startPlatform();
    desk = new TicketDesk(running, systemClock);
    ({ merchantId, owner } = await onboardMerchant(await running.operator()));
    main = await newBranch(owner, 'Main street', 'MAIN');
    harbour = await newBranch(owner, 'Harbour', 'HARBOUR');
    mainClerk = await staffMember(running, merchantId, owner, { permissions: everyNode, branchId: main.id });
    harbourClerk = await staffMember(running, merchantId, owner, { permissions: everyNode, branchId: harbour.id });
  });
  afterAll(() => running?.stop());

  const pickupVoucher = (spec: Parameters<TicketDesk['pickupVoucher']>[2] = {}) => desk.pickupVoucher(merchantId, owner, spec);
  const redeem = (as: ApiClient, body: Record<string, unknown>) => as.request<Record<string, unknown>>('POST', '/v1/redemptions', body);
  const returnTicket = (as: ApiClient, body: Record<string, unknown>) => as.request<Record<string, unknown>>('POST', '/v1/returns', body);
  const usageOf = (ticket: DeskTicket, as: ApiClient = owner) => as.ok<UsageView>('POST', '/v1/ticket-usage-lookups', { ticketId: ticket.ticketId });
  const redeemed = async (as: ApiClient, ticket: DeskTicket) => (await as.ok<RecordView>('POST', '/v1/redemptions', { redemptionCode: ticket.redemptionCode })).id;

  describe('T1: 100 concurrent redemptions of one ticket, through two gateways', () => {
    let secondGateway: RunningGateway;

    beforeAll(async () => {
      const { services } = running.platform;
      secondGateway = await startGateway({
        directory: { addressOf: (service) => services.get(service)?.grpcAddress ?? 'unstarted:1' },
        logLevel: 'silent',
        port: 0,
        host: '127.0.0.1',
        // Replicas share the gateway's store, Idempotency-Keys included.
        environment: { DATA_DIR: running.dataDir },
      });
    });
    afterAll(() => secondGateway?.stop());

    it('redeems it exactly once; the 99 others are refused 409 TICKET_ALREADY_REDEEMED saying when and where; one ledger journal', async () => {
      const ticket = await pickupVoucher();
      const gateways = [mainClerk, new ApiClient(secondGateway.url, mainClerk.token)];
      const answers = await Promise.all(Array.from({ length: 100 }, (_, index) => redeem(gateways[index % 2]!, { redemptionCode: ticket.redemptionCode })));

      const successes = answers.filter((answer) => answer.status === 201);
      expect(successes).toHaveLength(1);
      const redemption = successes[0]!.body as unknown as { id: string; redeemedAt: string };
      const refusals = answers.filter((answer) => answer.status !== 201);
      expect(refusals).toHaveLength(99);
      for (const refusal of refusals) {
        expectProblem(refusal, 409, 'TICKET_ALREADY_REDEEMED');
        expect(refusal.body).toMatchObject({ redeemedAt: redemption.redeemedAt, branchName: main.name, branchCode: main.code });
      }

      const journals = await waitFor(async () => {
        const payable = await owner.ok<Page<{ kind: string; ticketId: string | null; journalId: string }>>('GET', '/v1/ledger-entries?account=merchant_payable&limit=200');
        const ids = new Set(payable.items.filter((entry) => entry.kind === 'redemption' && entry.ticketId === ticket.ticketId).map((entry) => entry.journalId));
        return ids.size > 0 ? ids : undefined;
      });
      expect(journals.size).toBe(1);
    });
  });

  describe('R28: by the typed redemption code or the scanned QR payload', () => {
    it('takes the code as staff type it, in any case and in groups, and records the operator by branch (R21, R22.1)', async () => {
      const ticket = await pickupVoucher();
      const typed = ticket.redemptionCode.toLowerCase().replace(/(.{6})(?!$)/g, '$1-');
      const answer = await redeem(mainClerk, { redemptionCode: typed });
      expect(answer).toMatchObject({
        status: 201,
        body: { ticket: { ticketId: ticket.ticketId, ticketType: 'pickup_voucher', faceValue: ticket.faceValue }, merchantId, cancellation: null },
      });
      expect(answer.body.operator).toMatchObject({ branch: main, label: 'Main street (MAIN)' });
      expect((await usageOf(ticket)).state).toBe('redeemed');
    });

    it('refuses an unknown code 404 TICKET_NOT_FOUND', async () => {
      expectProblem(await redeem(mainClerk, { redemptionCode: randomCode(18) }), 404, 'TICKET_NOT_FOUND');
    });

    it('redeems a gift voucher by its signed QR payload', async () => {
      const gift = await desk.giftVoucher(owner);
      const answer = await redeem(mainClerk, { qrPayload: gift.qrPayload });
      expect(answer).toMatchObject({ status: 201, body: { ticket: { ticketId: gift.ticketId, ticketType: 'gift_voucher', faceValue: 0 } } });
    });

    it('refuses a forged QR payload 400 INVALID_QR_PAYLOAD before any lookup', async () => {
      const gift = await desk.giftVoucher(owner);
      const parts = gift.qrPayload.split('.');
      const signature = parts[4]!;
      // The first character: the last one of 86 also holds 4 padding bits, which a decoder may ignore.
      const forgedSignature = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
      const forged = [...parts.slice(0, 4), forgedSignature].join('.');
      const namingNoTicket = [parts[0], parts[1], randomCode(16), randomCode(18), signature].join('.');

      expectProblem(await redeem(mainClerk, { qrPayload: forged }), 400, 'INVALID_QR_PAYLOAD');
      // Not TICKET_NOT_FOUND: the signature is checked before the ticket is looked up.
      expectProblem(await redeem(mainClerk, { qrPayload: namingNoTicket }), 400, 'INVALID_QR_PAYLOAD');
      expect((await usageOf(gift)).state).toBe('unused');
    });

    it.each([
      ['both references', (ticket: DeskTicket) => ({ redemptionCode: ticket.redemptionCode, qrPayload: 'v1.k.x.y.z' })],
      ['neither reference', () => ({})],
      ['a code of 17 characters', (ticket: DeskTicket) => ({ redemptionCode: ticket.redemptionCode.slice(1) })],
      ['a code with letters outside its alphabet', (ticket: DeskTicket) => ({ redemptionCode: `${ticket.redemptionCode.slice(1)}U` })],
      ['a QR payload that is not one', () => ({ qrPayload: '<script>alert(1)</script>' })],
    ])('refuses %s 400 VALIDATION_FAILED, the ticket untouched', async (_case, bodyOf) => {
      const ticket = await pickupVoucher();
      expectProblem(await redeem(mainClerk, bodyOf(ticket)), 400, 'VALIDATION_FAILED');
      expect((await usageOf(ticket)).state).toBe('unused');
    });

    it('refuses a ticket not yet usable 422 TICKET_NOT_YET_USABLE and an expired one 422 TICKET_EXPIRED', async () => {
      const dayMs = 24 * 60 * 60 * 1000;
      const notYet = await pickupVoucher({ usableFrom: new Date(Date.now() + dayMs).toISOString() });
      const answer = await redeem(mainClerk, { redemptionCode: notYet.redemptionCode });
      expectProblem(answer, 422, 'TICKET_NOT_YET_USABLE');
      expect(answer.body.usableFrom).toEqual(expect.any(String));
      const expired = await pickupVoucher({ expiresAt: new Date(Date.now() - 1000).toISOString() });
      expectProblem(await redeem(mainClerk, { redemptionCode: expired.redemptionCode }), 422, 'TICKET_EXPIRED');
    });
  });

  describe("R22.3, R31: the product's redemption-branch list", () => {
    it('refuses a clerk of a branch not on the list 403 BRANCH_NOT_ALLOWED and lets one on the list redeem', async () => {
      const ticket = await pickupVoucher({ redemptionBranchIds: [harbour.id] });
      const refused = await redeem(mainClerk, { redemptionCode: ticket.redemptionCode });
      expectProblem(refused, 403, 'BRANCH_NOT_ALLOWED');
      expect(refused.body.branchId).toBe(main.id);
      expect((await usageOf(ticket)).state).toBe('unused');
      expect((await redeem(harbourClerk, { redemptionCode: ticket.redemptionCode })).status).toBe(201);
    });

    it('does not bind head office (R22)', async () => {
      const ticket = await pickupVoucher({ redemptionBranchIds: [harbour.id] });
      expect((await redeem(owner, { redemptionCode: ticket.redemptionCode })).status).toBe(201);
    });
  });

  describe('R29: returns by ticket number or redemption code', () => {
    const reason = 'The buyer changed their mind';

    it("returns by ticket number, inside the guarantee period to the buyer's card (R11); the ticket can no longer be redeemed", async () => {
      const ticket = await pickupVoucher();
      const answer = await returnTicket(owner, { ticketNumber: ticket.ticketNumber, reason });
      expect(answer).toMatchObject({ status: 201, body: { ticket: { ticketId: ticket.ticketId }, reason, refund: 'card', cancellation: null } });
      expect((await usageOf(ticket)).state).toBe('returned');
      expectProblem(await redeem(mainClerk, { redemptionCode: ticket.redemptionCode }), 409, 'TICKET_RETURNED');
    });

    it('returns by redemption code', async () => {
      const ticket = await pickupVoucher();
      expect(await returnTicket(mainClerk, { redemptionCode: ticket.redemptionCode, reason })).toMatchObject({ status: 201, body: { refund: 'card' } });
    });

    it('refuses a redeemed ticket 409 TICKET_ALREADY_REDEEMED, saying when and where', async () => {
      const ticket = await pickupVoucher();
      await redeemed(mainClerk, ticket);
      const answer = await returnTicket(owner, { ticketNumber: ticket.ticketNumber, reason });
      expectProblem(answer, 409, 'TICKET_ALREADY_REDEEMED');
      expect(answer.body).toMatchObject({ branchName: main.name, branchCode: main.code });
    });

    it.each([
      ['both references', (ticket: DeskTicket) => ({ ticketNumber: ticket.ticketNumber, redemptionCode: ticket.redemptionCode, reason })],
      ['no reason', (ticket: DeskTicket) => ({ ticketNumber: ticket.ticketNumber })],
      ['an empty reason', (ticket: DeskTicket) => ({ ticketNumber: ticket.ticketNumber, reason: '' })],
    ])('refuses %s 400 VALIDATION_FAILED', async (_case, bodyOf) => {
      const ticket = await pickupVoucher();
      expectProblem(await returnTicket(owner, bodyOf(ticket)), 400, 'VALIDATION_FAILED');
      expect((await usageOf(ticket)).state).toBe('unused');
    });

    it("R22.4, R31: refuses a clerk of a branch not on the product's return-branch list 403 BRANCH_NOT_ALLOWED", async () => {
      const ticket = await pickupVoucher({ returnBranchIds: [harbour.id] });
      expectProblem(await returnTicket(mainClerk, { ticketNumber: ticket.ticketNumber, reason }), 403, 'BRANCH_NOT_ALLOWED');
      expect((await returnTicket(harbourClerk, { ticketNumber: ticket.ticketNumber, reason })).status).toBe(201);
    });
  });

  describe('R30: cancelling a redemption or a return, with a reason', () => {
    const reason = 'Scanned the wrong ticket';

    it('cancels a redemption: the record keeps who and why, and the ticket is unused again', async () => {
      const ticket = await pickupVoucher();
      const redemptionId = await redeemed(mainClerk, ticket);
      const answer = await mainClerk.request<RecordView>('POST', `/v1/redemptions/${redemptionId}/cancel`, { reason });
      expect(answer.status).toBe(200);
      expect(answer.body.cancellation).toMatchObject({ reason, cancelledBy: { label: 'Main street (MAIN)' } });
      expect((await usageOf(ticket)).state).toBe('unused');
      expectProblem(await mainClerk.request('POST', `/v1/redemptions/${redemptionId}/cancel`, { reason }), 409, 'REDEMPTION_ALREADY_CANCELLED');
      expect((await redeem(mainClerk, { redemptionCode: ticket.redemptionCode })).status).toBe(201);
    });

    it('cancels a return', async () => {
      const ticket = await pickupVoucher();
      const { id } = await owner.ok<RecordView>('POST', '/v1/returns', { ticketNumber: ticket.ticketNumber, reason: 'Changed their mind' });
      const answer = await owner.request<RecordView>('POST', `/v1/returns/${id}/cancel`, { reason: 'Returned by mistake' });
      expect(answer.status).toBe(200);
      expect(answer.body.cancellation?.reason).toBe('Returned by mistake');
      expect((await usageOf(ticket)).state).toBe('unused');
    });

    it("refuses a gift voucher's 422 CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER", async () => {
      const gift = await desk.giftVoucher(owner);
      const { id } = await owner.ok<RecordView>('POST', '/v1/redemptions', { qrPayload: gift.qrPayload });
      expectProblem(await owner.request('POST', `/v1/redemptions/${id}/cancel`, { reason }), 422, 'CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER');
      expect((await usageOf(gift)).state).toBe('redeemed');
    });

    it("R22.2: refuses a branch-bound clerk another branch's redemption 403 OUTSIDE_BRANCH", async () => {
      const ticket = await pickupVoucher();
      const redemptionId = await redeemed(harbourClerk, ticket);
      expectProblem(await mainClerk.request('POST', `/v1/redemptions/${redemptionId}/cancel`, { reason }), 403, 'OUTSIDE_BRANCH');
    });

    it('refuses a cancellation without a reason 400 VALIDATION_FAILED, and an unknown one 404', async () => {
      const ticket = await pickupVoucher();
      const redemptionId = await redeemed(mainClerk, ticket);
      expectProblem(await mainClerk.request('POST', `/v1/redemptions/${redemptionId}/cancel`, {}), 400, 'VALIDATION_FAILED');
      expectProblem(await mainClerk.request('POST', '/v1/redemptions/no-such-redemption/cancel', { reason }), 404, 'REDEMPTION_NOT_FOUND');
      expectProblem(await owner.request('POST', '/v1/returns/no-such-return/cancel', { reason }), 404, 'RETURN_NOT_FOUND');
    });
  });

  describe('R30: when the settlement service does not answer a cancellation', () => {
    const STALLED_AFTER_MS = 60_000;
    const silent = createLogger({ service: 'redemption-routes-test', level: 'silent' });
    /**
     * A second replica of the redemption service on the platform's store and bus, on a clock the
     * test moves, that reaches settlement through a door the test can close: while closed every
     * ClaimCancellation fails UNAVAILABLE without reaching it; open, it goes to the real one.
     */
    const clock = new ManualClock(new Date());
    let settlementReachable = true;
    let door: GrpcServer;
    let realSettlement: SettlementClient;
    let replica: ServiceRuntime;
    let replicaGateway: RunningGateway;
    let viaReplica: { main: ApiClient; owner: ApiClient };

    beforeAll(async () => {
      const { services } = running.platform;
      const addressOf = (service: ServiceName) => services.get(service)?.grpcAddress ?? 'unstarted:1';
      realSettlement = createSettlementClient({ addressOf }, silent);
      door = createGrpcServer({ name: 'settlement-door', logger: silent, address: '127.0.0.1:0' });
      const settlementDefinition = loadServiceDefinition<settlementV1.SettlementServiceDefinition>(['settlement.proto'], 'ecticket.settlement.v1.SettlementService');
      const forwarded = realSettlement as unknown as Record<string, (request: unknown) => Promise<unknown>>;
      const handlers = Object.fromEntries(
        Object.keys(settlementDefinition).map((method) => [
          method,
          async (request: unknown) => {
            if (!settlementReachable) throw unavailable('SETTLEMENT_UNREACHABLE', 'The test keeps the settlement service out of reach.');
            return forwarded[method]!(request);
          },
        ]),
      );
      // One forwarding handler per method, whatever its request and response types.
      door.addService(settlementDefinition, handlers as unknown as UnaryHandlers<settlementV1.SettlementServiceDefinition>);
      const doorAddress = await door.start();
      const { resources } = services.get('redemption')!;
      // It publishes on the platform's bus; the first replica alone consumes (the in-process bus has one consumer per name).
      const bus: EventBus = {
        kind: resources.bus.kind,
        publish: (envelopes) => resources.bus.publish(envelopes),
        subscribe: async () => undefined,
        stopConsuming: async () => undefined,
        isConnected: () => resources.bus.isConnected(),
        close: async () => undefined,
      };
      replica = await startRedemptionService(
        { ...resources, bus, clock, directory: { addressOf: (service) => (service === 'settlement' ? doorAddress : addressOf(service)) } },
        '127.0.0.1:0',
      );
      // The test runs the replica's jobs itself, at the moments its clock says.
      await replica.scheduler.stop();
      replicaGateway = await startGateway({
        directory: { addressOf: (service) => (service === 'redemption' ? replica.grpcAddress : addressOf(service)) },
        logLevel: 'silent',
        port: 0,
        host: '127.0.0.1',
        environment: { DATA_DIR: running.dataDir },
      });
      viaReplica = { main: new ApiClient(replicaGateway.url, mainClerk.token), owner: new ApiClient(replicaGateway.url, owner.token) };
    });
    afterAll(async () => {
      await replicaGateway?.stop();
      await replica?.stop();
      await door?.shutdown(100);
      realSettlement?.close();
    });
    afterEach(() => {
      settlementReachable = true;
    });

    /** Moves the replica's clock past the point a pending cancellation counts as stalled and runs its due jobs: the repair job among them. */
    async function runRepairJob(): Promise<void> {
      settlementReachable = true;
      clock.advance(STALLED_AFTER_MS * 2);
      expect(await replica.scheduler.runDueJobs()).toContain('redemption.settle-stalled-cancellations');
    }

    it('R30: answers 202 with the redemption and its pending cancellation; the lookup and the report show it (when, why, by which branch: R21); once the repair job ran, the lookup shows it cancelled', async () => {
      const ticket = await pickupVoucher();
      const redemptionId = await redeemed(mainClerk, ticket);
      settlementReachable = false;

      const answer = await viaReplica.main.request<RecordView>('POST', `/v1/redemptions/${redemptionId}/cancel`, { reason: 'Scanned the wrong ticket' });

      const pending = {
        requestedAt: clock.now().toISOString(),
        reason: 'Scanned the wrong ticket',
        requestedBy: { branch: main, label: 'Main street (MAIN)' },
      };
      expect(answer.status).toBe(202);
      expect(answer.body).toMatchObject({ id: redemptionId, cancellation: null, pendingCancellation: pending });
      const during = await usageOf(ticket, mainClerk);
      expect(during).toMatchObject({ state: 'redeemed', pendingCancellation: pending });
      expect(during.redemptions).toMatchObject([{ id: redemptionId, cancellation: null, pendingCancellation: pending }]);
      const row = (await mainClerk.ok<Page<RecordView>>('GET', '/v1/redemptions?limit=200')).items.find((item) => item.id === redemptionId);
      expect(row).toMatchObject({ cancellation: null, pendingCancellation: pending });
      // R22.2: another branch's clerk sees neither the redemption nor its cancellation.
      expect(await usageOf(ticket, harbourClerk)).toMatchObject({ state: 'redeemed', redemptions: [], pendingCancellation: null });
      const again = await viaReplica.main.request('POST', `/v1/redemptions/${redemptionId}/cancel`, { reason: 'Scanned the wrong ticket' });
      expectProblem(again, 409, 'CANCELLATION_IN_PROGRESS');
      expect(again.body.requestedAt).toBe(pending.requestedAt);

      await runRepairJob();

      const after = await usageOf(ticket, mainClerk);
      expect(after).toMatchObject({ state: 'unused', pendingCancellation: null });
      expect(after.redemptions).toMatchObject([{ id: redemptionId, pendingCancellation: null, cancellation: { cancelledAt: pending.requestedAt, reason: pending.reason, cancelledBy: { label: 'Main street (MAIN)' } } }]);
      expect((await redeem(mainClerk, { redemptionCode: ticket.redemptionCode })).status).toBe(201);
    });

    it('R30: answers 202 for a return the same way, and 200 once settlement answers again', async () => {
      const ticket = await pickupVoucher();
      const { id } = await owner.ok<RecordView>('POST', '/v1/returns', { ticketNumber: ticket.ticketNumber, reason: 'Changed their mind' });
      settlementReachable = false;

      const answer = await viaReplica.owner.request<RecordView>('POST', `/v1/returns/${id}/cancel`, { reason: 'Returned by mistake' });

      expect(answer.status).toBe(202);
      expect(answer.body).toMatchObject({ id, cancellation: null, pendingCancellation: { reason: 'Returned by mistake', requestedBy: { branch: null } } });
      expect((await owner.ok<Page<RecordView>>('GET', '/v1/returns?limit=200')).items.find((item) => item.id === id)?.pendingCancellation).toMatchObject({
        reason: 'Returned by mistake',
      });
      expect((await usageOf(ticket)).returns).toMatchObject([{ id, pendingCancellation: { reason: 'Returned by mistake' } }]);

      await runRepairJob();

      expect(await usageOf(ticket)).toMatchObject({ state: 'unused', pendingCancellation: null, returns: [{ id, cancellation: { reason: 'Returned by mistake' }, pendingCancellation: null }] });
      const second = await owner.ok<RecordView>('POST', '/v1/returns', { ticketNumber: ticket.ticketNumber, reason: 'Changed their mind again' });
      const settled = await viaReplica.owner.request<RecordView>('POST', `/v1/returns/${second.id}/cancel`, { reason: 'Returned by mistake' });
      expect(settled.status).toBe(200);
      expect(settled.body).toMatchObject({ cancellation: { reason: 'Returned by mistake' }, pendingCancellation: null });
    });
  });

  describe('getTicketUsage', () => {
    it('finds a ticket by id, number or code, with the records the caller may see (R22.2)', async () => {
      const ticket = await pickupVoucher();
      await redeemed(mainClerk, ticket);
      for (const reference of [{ ticketId: ticket.ticketId }, { ticketNumber: ticket.ticketNumber }, { redemptionCode: ticket.redemptionCode }]) {
        const usage = await owner.ok<UsageView>('POST', '/v1/ticket-usage-lookups', reference);
        expect(usage).toMatchObject({ ticket: { ticketId: ticket.ticketId }, state: 'redeemed' });
        expect(usage.redemptions).toHaveLength(1);
      }
      expect((await usageOf(ticket, harbourClerk)).redemptions).toEqual([]);
    });

    it('refuses two references 400 and an unknown ticket 404 TICKET_NOT_FOUND', async () => {
      const ticket = await pickupVoucher();
      expectProblem(await owner.request('POST', '/v1/ticket-usage-lookups', { ticketId: ticket.ticketId, ticketNumber: ticket.ticketNumber }), 400, 'VALIDATION_FAILED');
      expectProblem(await owner.request('POST', '/v1/ticket-usage-lookups', { ticketNumber: randomCode(16) }), 404, 'TICKET_NOT_FOUND');
    });
  });

  describe('reports (R21, R22)', () => {
    beforeAll(async () => {
      await redeemed(mainClerk, await pickupVoucher());
      await redeemed(harbourClerk, await pickupVoucher());
    });

    const list = (as: ApiClient, query = '') => as.ok<Page<RecordView>>('GET', `/v1/redemptions?limit=200${query}`);

    it("shows a branch-bound clerk its own branch's redemptions only, each operator as '<branch> (<code>)' (R22.1, R22.2)", async () => {
      const { items } = await list(mainClerk);
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.operator.label))).toEqual(new Set(['Main street (MAIN)']));
      expectProblem(await mainClerk.request('GET', `/v1/redemptions?branchId=${harbour.id}`), 403, 'OUTSIDE_BRANCH');
    });

    it('shows head office every branch, filterable by branch', async () => {
      const every = await list(owner);
      expect(new Set(every.items.map((item) => item.operator.branch?.id))).toEqual(new Set([main.id, harbour.id, undefined]));
      const atHarbour = await list(owner, `&branchId=${harbour.id}`);
      expect(atHarbour.items.length).toBeGreaterThan(0);
      expect(atHarbour.items.every((item) => item.operator.branch?.id === harbour.id)).toBe(true);
    });

    it('filters by time range, and refuses an instant without its offset 400', async () => {
      const tomorrow = encodeURIComponent(new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString());
      expect((await list(owner, `&from=${tomorrow}`)).items).toEqual([]);
      expect((await list(owner, `&to=${tomorrow}`)).items.length).toBeGreaterThan(0);
      expectProblem(await owner.request('GET', '/v1/redemptions?from=2026-03-01T00:00:00'), 400, 'VALIDATION_FAILED');
    });

    it('pages with a cursor', async () => {
      const first = await owner.ok<Page<RecordView>>('GET', '/v1/redemptions?limit=1');
      expect(first.items).toHaveLength(1);
      const second = await owner.ok<Page<RecordView>>('GET', `/v1/redemptions?limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`);
      expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    });

    it('lists returns the same way', async () => {
      const { items } = await owner.ok<Page<RecordView>>('GET', '/v1/returns?limit=200');
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => typeof item.reason === 'string' && ['card', 'merchant', 'none'].includes(item.refund!))).toBe(true);
    });
  });

  it('T13: after every flow the ledger sums to zero and escrow holds the face value of the unredeemed, unreturned pickup vouchers', async () => {
    expect(await desk.settledLedger(merchantId, owner)).toMatchObject({ ok: true, violations: [], ledgerSum: '0', unbalancedJournalCount: 0 });
  });
});
