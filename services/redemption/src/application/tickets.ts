import { isIssuer } from '../domain/access';
import { invalidQrPayload } from '../domain/qr-payload';
import { notARedeemableStore, ticketNotFound } from '../domain/refusals';
import type { Staff } from '../domain/staff';
import type { TicketReference } from '../domain/ticket-reference';
import type { TicketUsage } from '../domain/ticket';
import { ticketUsages, type StoredUsage } from '../infrastructure/collections';
import type { RedemptionDeps } from './ports';

/** The ticket a reference names, by one indexed lookup. A QR payload's signature is verified first. */
export async function findTicket(deps: RedemptionDeps, reference: TicketReference): Promise<StoredUsage> {
  const usage = await lookUp(deps, reference);
  if (!usage) throw ticketNotFound();
  return usage;
}

async function lookUp(deps: RedemptionDeps, reference: TicketReference): Promise<StoredUsage | null> {
  const usages = deps.store.collection(ticketUsages);
  switch (reference.kind) {
    case 'ticket_id':
      return usages.get(reference.ticketId);
    case 'ticket_number':
      return usages.findOne({ 'ticket.ticketNumber': reference.ticketNumber });
    case 'redemption_code':
      return usages.findOne({ redemptionCodeHash: reference.codeHash });
    case 'qr_payload':
      if (!(await deps.qrSignatures.isGenuine(reference.qr))) throw invalidQrPayload();
      return usages.findOne({ 'ticket.ticketNumber': reference.qr.ticketNumber });
  }
}

export async function usageById(deps: RedemptionDeps, ticketId: string): Promise<StoredUsage> {
  const usage = await deps.store.collection(ticketUsages).get(ticketId);
  if (!usage) throw new Error(`ticket usage ${ticketId} is missing`);
  return usage;
}

/** R18: the issuer's staff, or a redeemable store's for this product. */
export async function mayRedeem(deps: RedemptionDeps, staff: Staff, usage: TicketUsage): Promise<boolean> {
  if (isIssuer(staff, usage)) return true;
  const { issuerMerchantId, productId } = usage.ticket;
  return deps.accounts.isRedeemableStore({ issuerMerchantId, storeMerchantId: staff.merchantId, productId });
}

/**
 * R18 for a redemption. To anyone else the ticket does not exist, so a typed code reveals nothing;
 * a verified QR code already proves the ticket exists, so then the refusal says why.
 */
export async function assertMayRedeem(deps: RedemptionDeps, staff: Staff, usage: TicketUsage, reference: TicketReference): Promise<void> {
  if (await mayRedeem(deps, staff, usage)) return;
  throw reference.kind === 'qr_payload' ? notARedeemableStore() : ticketNotFound();
}

/** Returns are the issuer's (R29); another merchant's ticket does not exist for it. */
export function assertIssuer(staff: Staff, usage: TicketUsage): void {
  if (!isIssuer(staff, usage)) throw ticketNotFound();
}
