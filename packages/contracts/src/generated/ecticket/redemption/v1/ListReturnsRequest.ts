// Original file: protos/redemption.proto

import type { Page as _ecticket_redemption_v1_Page, Page__Output as _ecticket_redemption_v1_Page__Output } from '../../../ecticket/redemption/v1/Page';

export interface ListReturnsRequest {
  'from'?: (string);
  'to'?: (string);
  'branchId'?: (string);
  'page'?: (_ecticket_redemption_v1_Page | null);
}

export interface ListReturnsRequest__Output {
  'from': (string);
  'to': (string);
  'branchId': (string);
  'page': (_ecticket_redemption_v1_Page__Output | null);
}
