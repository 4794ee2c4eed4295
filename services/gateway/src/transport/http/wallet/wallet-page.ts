import type { CustomerServiceView } from '../view-schemas';
import { Html, html, lastTaiwanDayBefore, ntd, taiwanDay, trustedMarkup, type Page } from '../html';
import type { WalletView } from '../issuance/views';

type WalletTicket = WalletView['tickets'][number];

/** A wallet ticket with its QR code rendered, when the holder still holds it and it is unused. */
export interface ShownTicket {
  readonly ticket: WalletTicket;
  readonly qrSvg: string | null;
}

/** The page a buyer's wallet link opens: each ticket with its QR code, and the merchant's customer service (R17). */
export function walletPage(wallet: WalletView, tickets: readonly ShownTicket[]): Page {
  return {
    title: 'Your tickets',
    body: html`<h1>Your tickets</h1>
<p>For ${wallet.holderName}. Show the QR code, or tell the redemption code, where you use a ticket.</p>
${tickets.map(ticketCard)}
${customerServiceCard(wallet.customerService)}`,
  };
}

function ticketCard({ ticket, qrSvg }: ShownTicket): Html {
  const description = ticket.productDescription === '' ? [] : [html`<p class="description">${ticket.productDescription}</p>`];
  if (ticket.transferredAway || ticket.redemptionCode === null) {
    return html`<article class="card">
<h2>${ticket.productName}</h2>
<p class="muted">Transferred to someone else; it is no longer in this wallet.</p>
<dl><dt>Ticket number</dt><dd class="code">${ticket.ticketNumber}</dd></dl>
</article>`;
  }
  if (ticket.usage !== 'unused') {
    return html`<article class="card used">
<h2>${ticket.productName}</h2>
<p class="status"><strong>${usageLabel[ticket.usage]}</strong></p>
<dl><dt>Ticket number</dt><dd class="code">${ticket.ticketNumber}</dd></dl>
</article>`;
  }
  return html`<article class="card">
<h2>${ticket.productName}</h2>
${description}
${qrSvg === null ? [] : [html`<div class="qr" role="img" aria-label="${`QR code of ticket ${ticket.ticketNumber}`}">${trustedMarkup(qrSvg)}</div>`]}
<dl>
<dt>Ticket number</dt><dd class="code">${ticket.ticketNumber}</dd>
<dt>Redemption code</dt><dd class="code">${ticket.redemptionCode}</dd>
<dt>Value</dt><dd>${ticket.ticketType === 'gift_voucher' ? 'Gift voucher' : ntd(ticket.faceValue)}</dd>
${ticket.usableFrom === null ? [] : [html`<dt>Usable from</dt><dd>${taiwanDay(ticket.usableFrom)}</dd>`]}
<dt>Valid through</dt><dd>${ticket.expiresAt === null ? 'No expiry' : lastTaiwanDayBefore(ticket.expiresAt)}</dd>
</dl>
</article>`;
}

/** What a used ticket says instead of its codes: it can no longer be used. */
const usageLabel = {
  redeemed: 'Used: this ticket was redeemed.',
  returned: 'Returned: this ticket was given back and can no longer be used.',
  expired: 'Expired: this ticket can no longer be used.',
} as const satisfies Record<Exclude<WalletTicket['usage'], 'unused'>, string>;

function customerServiceCard(service: CustomerServiceView): Html {
  const entries = [
    service.phone && html`<dt>Phone</dt><dd><a href="${`tel:${service.phone}`}">${service.phone}</a></dd>`,
    service.email && html`<dt>E-mail</dt><dd><a href="${`mailto:${service.email}`}">${service.email}</a></dd>`,
    service.hours && html`<dt>Hours</dt><dd>${service.hours}</dd>`,
    service.address && html`<dt>Address</dt><dd>${service.address}</dd>`,
    service.storeWebsiteUrl && /^https?:\/\//i.test(service.storeWebsiteUrl)
      ? html`<dt>Website</dt><dd><a href="${service.storeWebsiteUrl}" rel="noopener noreferrer">${service.storeWebsiteUrl}</a></dd>`
      : null,
  ].filter((entry) => entry instanceof Html);
  if (entries.length === 0) return html``;
  return html`<section class="card" aria-labelledby="customer-service"><h2 id="customer-service">Customer service</h2><dl>${entries}</dl></section>`;
}
