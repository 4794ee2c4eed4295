import { z } from 'zod';
import type { RequestQuota } from '../../../application/request-quota';
import type { AccountClient } from '../../../infrastructure/account-client';
import type { IssuanceClient } from '../../../infrastructure/issuance-client';
import { html, pageOrRefusal, type Page } from '../html';
import { noQuery } from '../request-schemas';
import { defineRoute, type RouteSpec } from '../routes';

const lookupToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .describe("The last segment of the merchant's `orderLookupUrl` (R15); an unknown one answers 404 ORDER_LOOKUP_NOT_FOUND.");
const lookupParams = z.object({ lookupToken });
const lookupForm = z.object({ email: z.string().trim().min(3).max(254).describe('The e-mail address the buyer gave with their orders.') }).strict();
const pageResponse = { 200: { description: 'The page.', schema: z.string(), contentType: 'text/html' } };

/**
 * R15: each merchant's order lookup page for its buyers (`orderLookupUrl`, relative to the
 * platform's public address). A buyer gives their e-mail address; their issued orders' tickets
 * are e-mailed to it again. The answer is the same whether or not any order was found, so the
 * page tells nobody which addresses have orders with the merchant.
 */
export function orderLookupRoutes(account: AccountClient, issuance: IssuanceClient, lookups: RequestQuota): RouteSpec[] {
  const merchantOf = (token: string) => account.ResolveOrderLookup({ lookupToken: token });
  return [
    defineRoute({
      method: 'get',
      path: '/lookup/{lookupToken}',
      operationId: 'showOrderLookup',
      summary: "A merchant's order lookup page for its buyers (R15): a form asking for the buyer's e-mail address.",
      tags: ['buyers'],
      authenticated: false,
      params: lookupParams,
      query: noQuery,
      responses: pageResponse,
      handle: ({ params }) => pageOrRefusal(async () => lookupPage((await merchantOf(params.lookupToken)).merchantName)),
    }),
    defineRoute({
      method: 'post',
      path: '/lookup/{lookupToken}',
      operationId: 'requestOrderLookup',
      summary: "The buyer's request from the order lookup page: their issued orders' tickets are e-mailed again to the address on file (R15, R25).",
      description:
        'Answers the same page whether or not the address has orders. At most 10 orders, most recent first, each recorded in its history; at most 20 requests a minute per lookup link (429 ORDER_LOOKUP_RATE_LIMITED).',
      tags: ['buyers'],
      authenticated: false,
      idempotency: 'accept',
      bodyContentType: 'application/x-www-form-urlencoded',
      params: lookupParams,
      query: noQuery,
      body: lookupForm,
      responses: pageResponse,
      handle: ({ params, body }) =>
        pageOrRefusal(async () => {
          await lookups.take(params.lookupToken);
          const merchant = await merchantOf(params.lookupToken);
          await issuance.SendBuyerOrderLinks({ merchantId: merchant.merchantId, email: body.email });
          return sentPage(merchant.merchantName);
        }),
    }),
  ];
}

function lookupPage(merchantName: string): Page {
  return {
    title: `${merchantName}: your orders`,
    body: html`<h1>${merchantName}</h1>
<p>Find your e-tickets: give the e-mail address you ordered with, and we send your issued orders' tickets to it again.</p>
<p>查詢電子票券訂單:請輸入訂購時填寫的電子郵件,我們會將已開立的票券重新寄到該信箱。</p>
<form method="post">
<label>E-mail / 電子郵件 <input type="email" name="email" required maxlength="254" autocomplete="email"></label>
<button type="submit">Send my tickets / 寄送票券</button>
</form>`,
  };
}

function sentPage(merchantName: string): Page {
  return {
    title: `${merchantName}: your orders`,
    body: html`<h1>${merchantName}</h1>
<p>If this address has issued orders with ${merchantName}, their tickets are on their way to it.</p>
<p>若此信箱有已開立的訂單,票券已重新寄出。</p>`,
  };
}
