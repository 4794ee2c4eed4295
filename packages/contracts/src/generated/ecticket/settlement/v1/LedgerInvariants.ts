// Original file: protos/settlement.proto

import type { Long } from '@grpc/proto-loader';

export interface LedgerInvariants {
  'ok'?: (boolean);
  'violations'?: (string)[];
  /**
   * sum of every entry: 0
   */
  'ledgerSum'?: (number | string | Long);
  'journalCount'?: (number);
  /**
   * 0
   */
  'unbalancedJournalCount'?: (number);
  'escrowBalance'?: (number | string | Long);
  /**
   * of captured, unredeemed, unreturned, unreleased pickup vouchers: = escrow_balance
   */
  'escrowedFaceValue'?: (number | string | Long);
  'escrowedTicketCount'?: (number);
  'merchantPayableBalance'?: (number | string | Long);
  /**
   * released, not yet paid out: = merchant_payable_balance
   */
  'openPayables'?: (number | string | Long);
  'merchantPaidBalance'?: (number | string | Long);
  /**
   * = merchant_paid_balance
   */
  'payoutsTotal'?: (number | string | Long);
  'buyerRefundPayableBalance'?: (number | string | Long);
}

export interface LedgerInvariants__Output {
  'ok': (boolean);
  'violations': (string)[];
  /**
   * sum of every entry: 0
   */
  'ledgerSum': (string);
  'journalCount': (number);
  /**
   * 0
   */
  'unbalancedJournalCount': (number);
  'escrowBalance': (string);
  /**
   * of captured, unredeemed, unreturned, unreleased pickup vouchers: = escrow_balance
   */
  'escrowedFaceValue': (string);
  'escrowedTicketCount': (number);
  'merchantPayableBalance': (string);
  /**
   * released, not yet paid out: = merchant_payable_balance
   */
  'openPayables': (string);
  'merchantPaidBalance': (string);
  /**
   * = merchant_paid_balance
   */
  'payoutsTotal': (string);
  'buyerRefundPayableBalance': (string);
}
