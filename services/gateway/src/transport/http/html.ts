import { createHash } from 'node:crypto';
import { AppError, httpStatusByCategory } from '@ecticket/platform';
import type { HandlerResult } from './routes';

/**
 * Server-rendered pages for people (buyers): every interpolated value is escaped by the `html`
 * template tag, so only markup built by `html` itself, or a trusted generator's, is ever inserted
 * as it is.
 */
export class Html {
  constructor(readonly markup: string) {}
}

type Interpolation = string | number | Html | readonly Html[];

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function markupOf(value: Interpolation): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map((item: Html) => item.markup).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  return new Html(strings.reduce((markup, part, index) => markup + part + (index < values.length ? markupOf(values[index]!) : ''), ''));
}

/** Markup from a generator that takes no input from people (the QR code library's SVG). */
export function trustedMarkup(markup: string): Html {
  return new Html(markup);
}

const stylesheet = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans TC",sans-serif;line-height:1.5}
body{margin:0}
main{max-width:36rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
.card{border:1px solid #8886;border-radius:.75rem;padding:1rem;margin:0 0 1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;letter-spacing:.04em}
.qr{background:#fff;padding:.5rem;max-width:15rem;margin:.75rem auto;border-radius:.5rem}
.qr svg{display:block;width:100%;height:auto}
.muted{opacity:.75}
.used{opacity:.6;border-style:dashed}
.description{white-space:pre-line}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select,button{font:inherit;width:100%;box-sizing:border-box;padding:.65rem;border-radius:.5rem;border:1px solid #888}
.row{display:flex;gap:.75rem}
.row>div{flex:1}
button{margin-top:1.25rem;border:0;background:#0b5ed7;color:#fff;font-weight:600;cursor:pointer}
button:disabled{opacity:.6;cursor:progress}
[role=status]:not(:empty),[role=alert]:not(:empty){margin-top:1rem;padding:.75rem;border-radius:.5rem;background:#8882}
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const stylesheetHash = sha256(stylesheet);

export interface Page {
  readonly title: string;
  readonly body: Html;
  /** An inline script: its hash is the only script the page's Content-Security-Policy allows. */
  readonly script?: string;
}

/**
 * A page answered with headers for pages that may show bearer secrets: never cached, never framed,
 * no Referer leaking the URL (a wallet link) to a site it links to, nothing loaded from elsewhere.
 */
export function htmlResponse(status: number, page: Page): HandlerResult {
  const scriptPolicy = page.script === undefined ? [] : [`script-src ${sha256(page.script)}`, "connect-src 'self'"];
  const policy = ["default-src 'none'", `style-src ${stylesheetHash}`, ...scriptPolicy, "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"];
  const document = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<style>${trustedMarkup(stylesheet)}</style>
</head>
<body>
<main>
${page.body}
</main>
${page.script === undefined ? [] : [html`<script>${trustedMarkup(page.script)}</script>`]}
</body>
</html>
`;
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: document.markup,
    headers: {
      'Content-Security-Policy': policy.join('; '),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    },
  };
}

/** A page, or, when the service refuses, a page saying why with the refusal's status; failures stay problem documents. */
export async function pageOrRefusal(render: () => Promise<Page>): Promise<HandlerResult> {
  try {
    return htmlResponse(200, await render());
  } catch (error) {
    if (!(error instanceof AppError) || error.isInfrastructureFailure) throw error;
    return htmlResponse(httpStatusByCategory[error.category], { title: 'Not available', body: html`<h1>Not available</h1><p>${error.message}</p>` });
  }
}

/** NT$ with thousands separators. */
export function ntd(amount: number): string {
  return `NT$${amount.toLocaleString('en-US')}`;
}

const taiwanOffsetMs = 8 * 60 * 60 * 1000;

/** The Taiwan calendar day of an instant. */
export function taiwanDay(instant: string): string {
  return new Date(Date.parse(instant) + taiwanOffsetMs).toISOString().slice(0, 10);
}

/** The last day something is usable when it stops being so at `end` (the first instant it no longer is). */
export function lastTaiwanDayBefore(end: string): string {
  return new Date(Date.parse(end) - 1 + taiwanOffsetMs).toISOString().slice(0, 10);
}
