import { html, ntd, type Html, type Page } from '../html';
import type { TestCheckoutView } from './views';

/**
 * The built-in test processor's checkout page. Its script posts the card as JSON to
 * submitTestCard, then polls getTestCheckout until the processor's notice was handled; the two
 * URLs come from the form's data attributes, so the script is the same on every page and its
 * hash is what the Content-Security-Policy allows.
 */
const script = `
const form = document.getElementById('card-form');
const status = document.getElementById('status');
const alert = document.getElementById('alert');
const button = form.querySelector('button');
const settled = { authorized: 'Payment authorized. You can close this page.', captured: 'Payment complete. You can close this page.', failed: 'The payment was declined.', voided: 'The payment was cancelled.' };
function say(element, text) { element.textContent = text; }
async function poll() {
  const response = await fetch(form.dataset.statusUrl, { headers: { accept: 'application/json' } });
  const checkout = response.ok ? await response.json() : { status: 'pending' };
  if (checkout.status === 'pending') { setTimeout(poll, 1000); return; }
  say(status, settled[checkout.status] || 'Payment ' + checkout.status + '.');
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  button.disabled = true;
  say(alert, '');
  say(status, 'Paying…');
  const response = await fetch(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      cardNumber: data.get('cardNumber'),
      expiryMonth: Number(data.get('expiryMonth')),
      expiryYear: Number(data.get('expiryYear')),
      cvv: data.get('cvv'),
      installments: Number(data.get('installments')),
    }),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    say(status, '');
    say(alert, problem.detail || 'The card was not accepted.');
    button.disabled = false;
    return;
  }
  form.hidden = true;
  say(status, 'Card accepted; waiting for the payment to be confirmed…');
  poll();
});
`;

const installmentChoices: readonly (readonly [number, string])[] = [
  [1, 'Pay in full'],
  [3, '3 instalments'],
  [6, '6 instalments'],
  [12, '12 instalments'],
];

export interface CheckoutPageUrls {
  /** submitTestCard for this payment. */
  readonly submitCard: string;
  /** getTestCheckout for this payment. */
  readonly status: string;
}

export function testCheckoutPage(checkout: TestCheckoutView, urls: CheckoutPageUrls): Page {
  const summary = html`<h1>Test checkout</h1>
<section class="card" aria-label="Order">
<p class="muted">Built-in test processor: no real card is charged.</p>
<dl>
<dt>Merchant</dt><dd>${checkout.merchantName}</dd>
<dt>Order</dt><dd>${checkout.description}</dd>
<dt>Amount</dt><dd>${ntd(checkout.amount)}</dd>
</dl>
</section>`;
  if (checkout.status !== 'pending') {
    return { title: 'Test checkout', body: html`${summary}<p role="status">This payment is ${checkout.status}; there is nothing to pay.</p>` };
  }
  return { title: 'Test checkout', body: html`${summary}${cardForm(urls)}`, script };
}

function cardForm(urls: CheckoutPageUrls): Html {
  const months = Array.from({ length: 12 }, (_unused, index) => html`<option value="${index + 1}">${String(index + 1).padStart(2, '0')}</option>`);
  const installments = installmentChoices.map(([count, label]) => html`<option value="${count}">${label}</option>`);
  return html`<form id="card-form" class="card" method="post" action="${urls.submitCard}" data-status-url="${urls.status}">
<h2>Card</h2>
<label for="cardNumber">Card number</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" maxlength="23" required>
<div class="row">
<div><label for="expiryMonth">Expiry month</label><select id="expiryMonth" name="expiryMonth" autocomplete="cc-exp-month" required>${months}</select></div>
<div><label for="expiryYear">Expiry year</label><input id="expiryYear" name="expiryYear" inputmode="numeric" autocomplete="cc-exp-year" placeholder="YYYY" maxlength="4" required></div>
</div>
<label for="cvv">Security code (CVV)</label>
<input id="cvv" name="cvv" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required>
<label for="installments">Payment</label>
<select id="installments" name="installments">${installments}</select>
<button type="submit">Pay</button>
<noscript><p>This test checkout needs JavaScript.</p></noscript>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="alert" role="alert"></p>`;
}
