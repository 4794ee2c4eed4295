import { z } from 'zod';
import { notFound } from '@ecticket/platform';
import type { IssuanceClient } from '../../../infrastructure/issuance-client';
import { pageOrRefusal } from '../html';
import { toWallet, transferView, walletView } from '../issuance/views';
import { transferTicketBody } from '../issuance/requests';
import { qrCodeSvg } from '../qr-code';
import { noQuery, resourceId } from '../request-schemas';
import { defineRoute, type RouteSpec } from '../routes';
import { walletPage } from './wallet-page';

/**
 * A wallet token is the buyer's credential: `o.<order id>.<mac>` or `t.<ticket id>.<mac>`
 * (issuance's format). Any other text is answered like a forged one, without asking the service.
 */
const walletTokenPattern = /^[ot]\.[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/;

const walletToken = z.string().describe('The token of the wallet link, a bearer secret; a malformed, forged or outdated one answers 404 WALLET_NOT_FOUND.');
const walletParams = z.object({ walletToken });
const walletTicketParams = z.object({ walletToken, ticketId: resourceId });

function checkedWalletToken(token: string): string {
  if (!walletTokenPattern.test(token)) throw notFound('WALLET_NOT_FOUND', 'This wallet link does not open any tickets.');
  return token;
}

/** Answers that carry the holder's codes: never cached, never sent on as a Referer. */
const secretAnswerHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

/** Buyers' wallets: the wallet link alone authorises them (no bearer token). */
export function walletRoutes(issuance: IssuanceClient): RouteSpec[] {
  const walletOf = async (token: string) => toWallet(await issuance.GetWallet({ walletToken: checkedWalletToken(token) }));
  return [
    defineRoute({
      method: 'get',
      path: '/v1/wallets/{walletToken}',
      operationId: 'getWallet',
      summary: "The tickets a wallet link opens, with their codes and QR payloads (electronic tickets).",
      description: "Each ticket's `usage` says whether it can still be used (redeemed, returned or expired tickets stay listed).",
      tags: ['wallets'],
      authenticated: false,
      params: walletParams,
      query: noQuery,
      responses: { 200: { description: 'The wallet.', schema: walletView } },
      handle: async ({ params }) => ({ status: 200, body: await walletOf(params.walletToken), headers: secretAnswerHeaders }),
    }),
    defineRoute({
      method: 'post',
      path: '/v1/wallets/{walletToken}/tickets/{ticketId}/transfer',
      operationId: 'transferTicket',
      summary: 'Give a ticket of this wallet to someone else: it is marked transferred and they get a wallet link of their own.',
      description:
        "The order's buyer data is locked from then on (R27). The ticket gets a new redemption code and QR code for the recipient: the ones this wallet showed no longer redeem it. A retry of a transfer that happened is refused (TICKET_NOT_FOUND), never repeated.",
      tags: ['wallets'],
      authenticated: false,
      idempotency: 'accept',
      params: walletTicketParams,
      query: noQuery,
      body: transferTicketBody,
      responses: { 200: { description: 'The transfer.', schema: transferView } },
      handle: async ({ params, body }) => {
        const { recipient } = body;
        const transfer = await issuance.TransferTicket({
          walletToken: checkedWalletToken(params.walletToken),
          ticketId: params.ticketId,
          recipient: { ...recipient, phone: recipient.phone ?? '' },
        });
        return { status: 200, body: { ticketId: transfer.ticketId, transferredAt: transfer.transferredAt } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/wallet/{walletToken}',
      operationId: 'showWallet',
      summary: "The buyer's wallet page: the link the buyer receives (`<PUBLIC_BASE_URL>/wallet/<token>`), each ticket with its QR code.",
      description: 'A redeemed, returned or expired ticket is labelled as such, without its QR code or redemption code.',
      tags: ['wallets'],
      authenticated: false,
      params: walletParams,
      query: noQuery,
      responses: { 200: { description: 'The wallet page.', schema: z.string(), contentType: 'text/html' } },
      handle: ({ params }) =>
        pageOrRefusal(async () => {
          const wallet = await walletOf(params.walletToken);
          // A used ticket shows no QR code: nothing to scan that would only be refused.
          const tickets = await Promise.all(
            wallet.tickets.map(async (ticket) => ({ ticket, qrSvg: ticket.usage === 'unused' && ticket.qrPayload !== null ? await qrCodeSvg(ticket.qrPayload) : null })),
          );
          return walletPage(wallet, tickets);
        }),
    }),
  ];
}
