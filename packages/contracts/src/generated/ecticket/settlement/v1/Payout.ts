// Original file: protos/settlement.proto

import type { Long } from '@grpc/proto-loader';

export interface Payout {
  'payoutId'?: (string);
  'merchantId'?: (string);
  'payoutDate'?: (string);
  'amount'?: (number | string | Long);
  /**
   * the released tickets it pays
   */
  'payableCount'?: (number);
  'journalId'?: (string);
  'paidAt'?: (string);
}

export interface Payout__Output {
  'payoutId': (string);
  'merchantId': (string);
  'payoutDate': (string);
  'amount': (string);
  /**
   * the released tickets it pays
   */
  'payableCount': (number);
  'journalId': (string);
  'paidAt': (string);
}
