// Original file: protos/settlement.proto

import type { Long } from '@grpc/proto-loader';

export interface AccountBalance {
  /**
   * see the account list above
   */
  'account'?: (string);
  /**
   * debits minus credits
   */
  'balance'?: (number | string | Long);
}

export interface AccountBalance__Output {
  /**
   * see the account list above
   */
  'account': (string);
  /**
   * debits minus credits
   */
  'balance': (string);
}
