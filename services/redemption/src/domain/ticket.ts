import type { TicketIssuedV1 } from '@ecticket/contracts';
import type { Cancellation } from './records';

export type TicketType = TicketIssuedV1['ticketType'];

/** What every record says about its ticket. */
export interface TicketSummary {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly orderId: string;
  readonly issuerMerchantId: string;
  readonly productId: string;
  readonly productName: string;
  readonly ticketType: TicketType;
  readonly faceValue: number;
}

export type UsageState = 'unused' | 'redeemed' | 'returned' | 'expired';

/** Which use a record stands for. */
export type UseKind = 'redemption' | 'return';

/** What `redeemed` or `returned` a ticket is: the standing record, when and by whom. */
export interface CurrentUse {
  readonly kind: UseKind;
  readonly id: string;
  readonly at: string;
  readonly branchName: string | null;
  readonly branchCode: string | null;
}

/**
 * A ticket as this service knows it (from ticket.issued.v1) and its usage state. The state
 * machine: unused → redeemed → unused (cancelled, R30); unused → returned → unused (cancelled,
 * R30); unused → expired. A cancellation is asked for first and completed once settlement has
 * answered, so a redeemed or returned ticket may hold a pending one. Timestamps are UTC ISO
 * strings, so they compare as text.
 */
export interface TicketUsage {
  /** The ticket id. */
  readonly id: string;
  readonly ticket: TicketSummary;
  /** null when the issuance service did not send one: the ticket is then found by number or QR only. */
  readonly redemptionCodeHash: string | null;
  /**
   * When the code behind redemptionCodeHash was given: issue, or the latest transfer (a transfer
   * renews it). Absent from usages stored before transfers renewed codes: read it as issuedAt.
   */
  readonly redemptionCodeSince?: string;
  /** null: usable from issue. */
  readonly usableFrom: string | null;
  /** The first instant it is no longer usable; null: no expiry. */
  readonly expiresAt: string | null;
  /** End of a pickup voucher's guarantee period (R11); null for gift vouchers. */
  readonly guaranteeEndsAt: string | null;
  /** Empty: any branch (R31). */
  readonly redemptionBranchIds: readonly string[];
  readonly returnBranchIds: readonly string[];
  readonly issuedAt: string;
  readonly state: UsageState;
  readonly stateChangedAt: string;
  /** Set while redeemed or returned. */
  readonly current: CurrentUse | null;
  /**
   * R30: the cancellation of the current use, asked for (who, when, why) and waiting for
   * settlement's claim; until it is completed or withdrawn the ticket takes no other transition.
   * Absent from usages stored before cancellations had this step: read it as a flag, not `!== null`.
   */
  readonly pendingCancellation: Cancellation | null;
}

export function usageOfIssuedTicket(issued: TicketIssuedV1): TicketUsage {
  const issuedAt = utc(issued.issuedAt);
  return {
    id: issued.ticketId,
    ticket: {
      ticketId: issued.ticketId,
      ticketNumber: issued.ticketNumber,
      orderId: issued.orderId,
      issuerMerchantId: issued.merchantId,
      productId: issued.productId,
      productName: issued.productName,
      ticketType: issued.ticketType,
      faceValue: issued.faceValue,
    },
    redemptionCodeHash: issued.redemptionCodeHash ?? null,
    usableFrom: utcOrNull(issued.usableFrom),
    expiresAt: utcOrNull(issued.expiresAt),
    guaranteeEndsAt: utcOrNull(issued.guaranteeEndsAt),
    redemptionBranchIds: [...issued.redemptionBranchIds],
    returnBranchIds: [...issued.returnBranchIds],
    issuedAt,
    state: 'unused',
    stateChangedAt: issuedAt,
    current: null,
    pendingCancellation: null,
  };
}

/** Events may carry any offset; stored instants are UTC so that text order is time order. */
function utc(instant: string): string {
  return new Date(instant).toISOString();
}

function utcOrNull(instant: string | null): string | null {
  return instant === null ? null : utc(instant);
}

/**
 * A transfer gave the ticket a new redemption code (ticket.transferred.v1): the usage is found by
 * its hash from now on. Null when nothing changes: no hash sent, or a transfer older than the code
 * the usage already has (transfers can arrive out of order).
 */
export function withRenewedCode(usage: TicketUsage, redemptionCodeHash: string | undefined, transferredAt: string): TicketUsage | null {
  const since = utc(transferredAt);
  if (redemptionCodeHash === undefined || since <= (usage.redemptionCodeSince ?? usage.issuedAt)) return null;
  return { ...usage, redemptionCodeHash, redemptionCodeSince: since };
}
