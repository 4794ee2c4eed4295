/**
 * A wallet link's token: `o.<orderId>.<mac>` opens the buyer's wallet of an electronic order,
 * `t.<ticketId>.<mac>` the wallet of a transferred ticket's holder. The MAC covers the scope and
 * a generation (the order's buyer version, the ticket's holder version), so a change of buyer
 * (R27) or a further transfer closes the old link. Tokens are derived, never stored.
 */
export type WalletScope = { readonly kind: 'order'; readonly orderId: string } | { readonly kind: 'ticket'; readonly ticketId: string };

const PREFIX = { order: 'o', ticket: 't' } as const;
const TOKEN = /^([ot])\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

export function walletMacInput(scope: WalletScope, generation: number): string {
  return `wallet.v1|${PREFIX[scope.kind]}|${scopeId(scope)}|${generation}`;
}

export function formatWalletToken(scope: WalletScope, mac: string): string {
  return `${PREFIX[scope.kind]}.${scopeId(scope)}.${mac}`;
}

export function parseWalletToken(token: string): { readonly scope: WalletScope; readonly mac: string } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, prefix, id, mac] = match as unknown as [string, 'o' | 't', string, string];
  return { scope: prefix === 'o' ? { kind: 'order', orderId: id } : { kind: 'ticket', ticketId: id }, mac };
}

function scopeId(scope: WalletScope): string {
  return scope.kind === 'order' ? scope.orderId : scope.ticketId;
}
