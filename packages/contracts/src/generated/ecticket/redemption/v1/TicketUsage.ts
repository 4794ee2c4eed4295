// Original file: protos/redemption.proto

import type { TicketSummary as _ecticket_redemption_v1_TicketSummary, TicketSummary__Output as _ecticket_redemption_v1_TicketSummary__Output } from '../../../ecticket/redemption/v1/TicketSummary';
import type { UsageState as _ecticket_redemption_v1_UsageState, UsageState__Output as _ecticket_redemption_v1_UsageState__Output } from '../../../ecticket/redemption/v1/UsageState';
import type { Redemption as _ecticket_redemption_v1_Redemption, Redemption__Output as _ecticket_redemption_v1_Redemption__Output } from '../../../ecticket/redemption/v1/Redemption';
import type { Return as _ecticket_redemption_v1_Return, Return__Output as _ecticket_redemption_v1_Return__Output } from '../../../ecticket/redemption/v1/Return';
import type { PendingCancellation as _ecticket_redemption_v1_PendingCancellation, PendingCancellation__Output as _ecticket_redemption_v1_PendingCancellation__Output } from '../../../ecticket/redemption/v1/PendingCancellation';

export interface TicketUsage {
  'ticket'?: (_ecticket_redemption_v1_TicketSummary | null);
  'state'?: (_ecticket_redemption_v1_UsageState);
  'stateChangedAt'?: (string);
  /**
   * empty: from issue
   */
  'usableFrom'?: (string);
  /**
   * the first instant it is no longer usable; empty: no expiry
   */
  'expiresAt'?: (string);
  /**
   * empty for gift vouchers
   */
  'guaranteeEndsAt'?: (string);
  /**
   * empty: every branch (R31)
   */
  'redemptionBranchIds'?: (string)[];
  'returnBranchIds'?: (string)[];
  /**
   * oldest first, cancelled ones included; only those the caller may see (R22.2)
   */
  'redemptions'?: (_ecticket_redemption_v1_Redemption)[];
  'returns'?: (_ecticket_redemption_v1_Return)[];
  /**
   * Set while the cancellation of the ticket's current redemption or return awaits settlement (the
   * state is still `redeemed` or `returned`), when that record is among those the caller may see;
   * the record itself carries it too.
   */
  'pendingCancellation'?: (_ecticket_redemption_v1_PendingCancellation | null);
}

export interface TicketUsage__Output {
  'ticket': (_ecticket_redemption_v1_TicketSummary__Output | null);
  'state': (_ecticket_redemption_v1_UsageState__Output);
  'stateChangedAt': (string);
  /**
   * empty: from issue
   */
  'usableFrom': (string);
  /**
   * the first instant it is no longer usable; empty: no expiry
   */
  'expiresAt': (string);
  /**
   * empty for gift vouchers
   */
  'guaranteeEndsAt': (string);
  /**
   * empty: every branch (R31)
   */
  'redemptionBranchIds': (string)[];
  'returnBranchIds': (string)[];
  /**
   * oldest first, cancelled ones included; only those the caller may see (R22.2)
   */
  'redemptions': (_ecticket_redemption_v1_Redemption__Output)[];
  'returns': (_ecticket_redemption_v1_Return__Output)[];
  /**
   * Set while the cancellation of the ticket's current redemption or return awaits settlement (the
   * state is still `redeemed` or `returned`), when that record is among those the caller may see;
   * the record itself carries it too.
   */
  'pendingCancellation': (_ecticket_redemption_v1_PendingCancellation__Output | null);
}
