import type { deliveryLinkKinds, ticketForms } from '@ecticket/contracts';
import type { Reason } from './delivery';

export type TicketForm = (typeof ticketForms)[number];

export type DeliveryLinkKind = (typeof deliveryLinkKinds)[number];

/** Where the recipient finds the tickets: the bearer links and codes only the message itself carries. */
export type TicketAccess =
  | { readonly kind: 'wallet'; readonly walletUrls: readonly string[] }
  | { readonly kind: 'pickup_code'; readonly pickupCode: string }
  | { readonly kind: 'paper'; readonly printedBy: PaperPrinter };

/** Who prints and posts a paper order's tickets. */
export type PaperPrinter = 'merchant' | 'platform';

export interface MessageContent {
  readonly reason: Reason;
  readonly recipientName: string;
  /** The seller, as the recipient knows it. */
  readonly merchantName: string;
  /** The order as the recipient knows it. */
  readonly orderReference: string;
  readonly ticketCount: number;
  readonly access: TicketAccess;
}

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Opening lines per reason: Traditional Chinese, then English. */
const openings: Readonly<Record<Reason, readonly [string, string]>> = {
  issued: ['您的票券已開立。', 'Your tickets have been issued.'],
  buyer_changed: ['您的訂購人資料已更新,以下是您的票券。', "The buyer's details of your order were updated; here are your tickets."],
  resend: ['應您的要求,重新寄送您的票券資訊。', 'As requested, here are your tickets again.'],
  ticket_transferred: ['有人將票券轉贈給您。', 'A ticket has been given to you.'],
};

function accessLines(access: TicketAccess): { readonly zh: readonly string[]; readonly en: readonly string[] } {
  switch (access.kind) {
    case 'wallet':
      return {
        zh: ['請開啟以下電子票夾連結,於使用時出示票券 QR Code:', ...access.walletUrls],
        en: ['Open your ticket wallet and show the QR code when you use a ticket:', ...access.walletUrls],
      };
    case 'pickup_code':
      return {
        zh: [`請至超商多媒體機台輸入取票代碼列印票券:${access.pickupCode}`],
        en: [`Print your tickets at a convenience-store kiosk with this pickup code: ${access.pickupCode}`],
      };
    case 'paper':
      return access.printedBy === 'platform'
        ? { zh: ['您的紙本票券將由 ECTicket 印製後郵寄到您留下的地址。'], en: ['Your paper tickets will be printed by ECTicket and posted to the address you gave.'] }
        : { zh: ['您的紙本票券將由商店印製後交付或郵寄給您。'], en: ['Your paper tickets will be printed and handed over or posted to you by the store.'] };
  }
}

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** A line of the HTML body: links become anchors, everything else is text. */
function htmlLine(line: string): string {
  const escaped = escapeHtml(line);
  return /^https?:\/\/\S+$/.test(line) ? `<p><a href="${escaped}">${escaped}</a></p>` : `<p>${escaped}</p>`;
}

/** The e-mail: a subject, a plain-text body and the same body as simple HTML, in Traditional Chinese and English. */
export function renderEmail(content: MessageContent): EmailMessage {
  const [openingZh, openingEn] = openings[content.reason];
  const access = accessLines(content.access);
  const zh = [
    `${content.recipientName} 您好:`,
    openingZh,
    `商店:${content.merchantName}`,
    `訂單編號:${content.orderReference}`,
    `票券張數:${content.ticketCount}`,
    ...access.zh,
  ];
  const en = [
    `Dear ${content.recipientName},`,
    openingEn,
    `Store: ${content.merchantName}`,
    `Order: ${content.orderReference}`,
    `Tickets: ${content.ticketCount}`,
    ...access.en,
  ];
  const footer = ['此信件由系統自動發送,請勿直接回覆。', 'This message was sent automatically; please do not reply to it.'];
  const sections = [zh, en, footer];
  return {
    subject: `${content.merchantName} 您的票券 Your tickets – ${content.orderReference}`,
    text: `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`,
    html: `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"></head><body>${sections
      .map((lines) => `<section>${lines.map(htmlLine).join('')}</section>`)
      .join('<hr>')}</body></html>`,
  };
}

/** The SMS: one short text, the link or the code and no more. */
export function renderSms(content: MessageContent): string {
  const count = `${content.ticketCount}`;
  switch (content.access.kind) {
    case 'wallet':
      return `ECTicket 您的票券(${count}張)Your tickets: ${content.access.walletUrls.join(' ')}`;
    case 'pickup_code':
      return `ECTicket 超商取票代碼 Pickup code: ${content.access.pickupCode}(${count}張 tickets)`;
    case 'paper':
      return `ECTicket 您的紙本票券(${count}張)將印製後交付或郵寄 Your paper tickets will be printed and posted: ${content.orderReference}`;
  }
}
