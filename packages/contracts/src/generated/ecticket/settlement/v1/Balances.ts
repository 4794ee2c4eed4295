// Original file: protos/settlement.proto

import type { AccountBalance as _ecticket_settlement_v1_AccountBalance, AccountBalance__Output as _ecticket_settlement_v1_AccountBalance__Output } from '../../../ecticket/settlement/v1/AccountBalance';
import type { Long } from '@grpc/proto-loader';

export interface Balances {
  'merchantId'?: (string);
  /**
   * every account, in the order listed above
   */
  'accounts'?: (_ecticket_settlement_v1_AccountBalance)[];
  /**
   * R11: returns past the guarantee period, which the merchant refunds to the buyer itself. A memo,
   * not a ledger account: no platform money moves for them.
   */
  'merchantSettledRefunds'?: (number | string | Long);
  'merchantSettledRefundCount'?: (number);
  'asOf'?: (string);
}

export interface Balances__Output {
  'merchantId': (string);
  /**
   * every account, in the order listed above
   */
  'accounts': (_ecticket_settlement_v1_AccountBalance__Output)[];
  /**
   * R11: returns past the guarantee period, which the merchant refunds to the buyer itself. A memo,
   * not a ledger account: no platform money moves for them.
   */
  'merchantSettledRefunds': (string);
  'merchantSettledRefundCount': (number);
  'asOf': (string);
}
