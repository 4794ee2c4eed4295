import { newId, notFound } from '@ecticket/platform';
import { recipientNotification } from '../domain/notification';
import type { Order } from '../domain/order';
import { holderUsage, isTransferred, transferTicket as transferred, type Contact, type HolderUsage, type Ticket } from '../domain/ticket';
import { formatWalletToken, parseWalletToken, type WalletScope } from '../domain/wallet-token';
import { orders, tickets, type Stored } from '../infrastructure/collections';
import { commit } from './commit';
import { notificationRequested, ticketTransferred } from './events';
import { ticketsOfOrder } from './lookups';
import { replaceExisting, retryingConflicts } from './persistence';
import type { CustomerService, IssuanceDeps } from './ports';
import { ticketView } from './views';

/** A wallet's ticket; one transferred away is listed without its codes. */
export interface WalletEntry {
  readonly ticket: Ticket;
  readonly transferredAway: boolean;
  /** null once transferred away. */
  readonly qrPayload: string | null;
  /** Whether the holder can still use it: redeemed, returned and expired tickets are listed as such. */
  readonly usage: HolderUsage;
}

export interface WalletView {
  readonly holderName: string;
  /** R17: shown on electronic tickets. */
  readonly customerService: CustomerService;
  readonly tickets: readonly WalletEntry[];
}

interface OpenedWallet {
  readonly order: Order;
  readonly holderName: string;
  /** What the wallet lists, in issue order. */
  readonly tickets: readonly Stored<Ticket>[];
  /** The wallet's holder still holds this ticket (it was not transferred away from them). */
  holds(ticket: Ticket): boolean;
}

/** A buyer's (or a transferred ticket's holder's) electronic tickets, opened by their wallet link alone. */
export async function getWallet(deps: IssuanceDeps, walletToken: string): Promise<WalletView> {
  const wallet = await openWallet(deps, walletToken);
  const { customerService } = await deps.accounts.merchantTerms(wallet.order.merchantId);
  const now = deps.clock.now();
  return { holderName: wallet.holderName, customerService, tickets: wallet.tickets.map((ticket) => walletEntry(deps, wallet, ticket, now)) };
}

/**
 * The holder gives a ticket to someone else: it is marked transferred (which locks the order's
 * buyer data, R27) and the recipient is sent a wallet link of their own.
 */
export async function transferTicket(
  deps: IssuanceDeps,
  walletToken: string,
  ticketId: string,
  recipient: Contact,
): Promise<{ readonly ticketId: string; readonly transferredAt: string }> {
  return retryingConflicts(async () => {
    const wallet = await openWallet(deps, walletToken);
    const before = wallet.tickets.find((ticket) => ticket.id === ticketId && wallet.holds(ticket));
    if (!before) throw notFound('TICKET_NOT_FOUND', 'No such ticket in this wallet.');
    const now = deps.clock.now();
    const after = transferred(before, recipient, now, deps.codes.redemptionCode());
    const { smsEnabled } = await deps.accounts.merchantTerms(wallet.order.merchantId);
    const notification = recipientNotification(wallet.order, after, { id: newId(), smsEnabled, now });
    await commit(deps, [replaceExisting(tickets, before, after)], [ticketTransferred(after, now), notificationRequested(notification)]);
    return { ticketId: after.id, transferredAt: now.toISOString() };
  });
}

/** The link a wallet opens at, for whoever delivers it. */
export function walletUrl(deps: IssuanceDeps, scope: WalletScope, generation: number): string {
  return `${deps.settings.publicBaseUrl}/wallet/${formatWalletToken(scope, deps.wallets.mac(scope, generation))}`;
}

/** Forged, altered and outdated tokens (after a change of buyer or a further transfer) all open nothing alike. */
async function openWallet(deps: IssuanceDeps, walletToken: string): Promise<OpenedWallet> {
  const parsed = parseWalletToken(walletToken);
  const wallet = parsed && (parsed.scope.kind === 'order' ? await buyerWallet(deps, parsed.scope, parsed.mac) : await holderWallet(deps, parsed.scope, parsed.mac));
  if (!wallet) throw notFound('WALLET_NOT_FOUND', 'This wallet link does not open any tickets.');
  return wallet;
}

async function buyerWallet(deps: IssuanceDeps, scope: WalletScope & { kind: 'order' }, mac: string): Promise<OpenedWallet | null> {
  const order = await deps.store.collection(orders).get(scope.orderId);
  if (!order || order.state !== 'issued' || order.form !== 'electronic' || !deps.wallets.matches(scope, order.buyerVersion, mac)) return null;
  return { order, holderName: order.buyer.name, tickets: await ticketsOfOrder(deps, order.id), holds: (ticket) => !isTransferred(ticket) };
}

async function holderWallet(deps: IssuanceDeps, scope: WalletScope & { kind: 'ticket' }, mac: string): Promise<OpenedWallet | null> {
  const ticket = await deps.store.collection(tickets).get(scope.ticketId);
  if (!ticket?.holder || !deps.wallets.matches(scope, ticket.holderVersion, mac)) return null;
  const order = await deps.store.collection(orders).get(ticket.orderId);
  return order && { order, holderName: ticket.holder.name, tickets: [ticket], holds: () => true };
}

function walletEntry(deps: IssuanceDeps, wallet: OpenedWallet, ticket: Ticket, now: Date): WalletEntry {
  const usage = holderUsage(ticket, now);
  if (!wallet.holds(ticket)) return { ticket, transferredAway: true, qrPayload: null, usage };
  return { ...ticketView(deps, ticket), transferredAway: false, usage };
}
