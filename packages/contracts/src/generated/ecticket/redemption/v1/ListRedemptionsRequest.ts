// Original file: protos/redemption.proto

import type { Page as _ecticket_redemption_v1_Page, Page__Output as _ecticket_redemption_v1_Page__Output } from '../../../ecticket/redemption/v1/Page';

/**
 * Filters: [from, to) on when the record was made; branch_id narrows to one branch (a
 * branch-bound caller always sees its own branch only).
 */
export interface ListRedemptionsRequest {
  'from'?: (string);
  'to'?: (string);
  'branchId'?: (string);
  'page'?: (_ecticket_redemption_v1_Page | null);
}

/**
 * Filters: [from, to) on when the record was made; branch_id narrows to one branch (a
 * branch-bound caller always sees its own branch only).
 */
export interface ListRedemptionsRequest__Output {
  'from': (string);
  'to': (string);
  'branchId': (string);
  'page': (_ecticket_redemption_v1_Page__Output | null);
}
