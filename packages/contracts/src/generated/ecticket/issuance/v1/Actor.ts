// Original file: protos/issuance.proto

import type { BranchRef as _ecticket_issuance_v1_BranchRef, BranchRef__Output as _ecticket_issuance_v1_BranchRef__Output } from '../../../ecticket/issuance/v1/BranchRef';

/**
 * Who did something (R21): merchant staff (account, name, branch), the buyer, a kiosk partner
 * (name = partner id) or the system.
 */
export interface Actor {
  /**
   * "staff" | "buyer" | "kiosk" | "system"
   */
  'kind'?: (string);
  'accountId'?: (string);
  'name'?: (string);
  /**
   * unset: head office or not staff
   */
  'branch'?: (_ecticket_issuance_v1_BranchRef | null);
}

/**
 * Who did something (R21): merchant staff (account, name, branch), the buyer, a kiosk partner
 * (name = partner id) or the system.
 */
export interface Actor__Output {
  /**
   * "staff" | "buyer" | "kiosk" | "system"
   */
  'kind': (string);
  'accountId': (string);
  'name': (string);
  /**
   * unset: head office or not staff
   */
  'branch': (_ecticket_issuance_v1_BranchRef__Output | null);
}
