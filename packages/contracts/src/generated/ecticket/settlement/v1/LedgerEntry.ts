// Original file: protos/settlement.proto

import type { Long } from '@grpc/proto-loader';

export interface LedgerEntry {
  'entryId'?: (string);
  'journalId'?: (string);
  /**
   * the journal kind
   */
  'kind'?: (string);
  'account'?: (string);
  /**
   * one of debit and credit is 0
   */
  'debit'?: (number | string | Long);
  'credit'?: (number | string | Long);
  'orderId'?: (string);
  'ticketId'?: (string);
  /**
   * the redemption, return or guarantee expiry that moved the money
   */
  'usageId'?: (string);
  'payoutId'?: (string);
  'reversesJournalId'?: (string);
  'postedAt'?: (string);
}

export interface LedgerEntry__Output {
  'entryId': (string);
  'journalId': (string);
  /**
   * the journal kind
   */
  'kind': (string);
  'account': (string);
  /**
   * one of debit and credit is 0
   */
  'debit': (string);
  'credit': (string);
  'orderId': (string);
  'ticketId': (string);
  /**
   * the redemption, return or guarantee expiry that moved the money
   */
  'usageId': (string);
  'payoutId': (string);
  'reversesJournalId': (string);
  'postedAt': (string);
}
