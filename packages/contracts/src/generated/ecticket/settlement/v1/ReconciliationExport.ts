// Original file: protos/settlement.proto


/**
 * An RFC 4180 CSV (UTF-8, CRLF, a header row). Every row has these columns:
 * record_type, date, posted_at, account, debit, credit, balance, journal_id, journal_kind,
 * reverses_journal_id, order_id, ticket_id, ticket_number, product_name, face_value, usage_id,
 * payout_id, memo
 * record_type:
 * opening_balance  one per account: `balance` before from_date (date = from_date)
 * entry            one per ledger entry posted in the range, with its order and ticket
 * closing_balance  one per account: `balance` at the end of to_date; equals opening + debits - credits
 * memo             an R11 return past the guarantee period: the merchant refunds `face_value` to
 * the buyer itself (memo = merchant_settles_refund); no debit or credit
 * The entries' debits equal their credits, and the closing balances sum to zero.
 */
export interface ReconciliationExport {
  /**
   * reconciliation-<merchant>-<from>-<to>.csv
   */
  'fileName'?: (string);
  /**
   * text/csv; charset=utf-8
   */
  'contentType'?: (string);
  'csv'?: (string);
  'entryCount'?: (number);
}

/**
 * An RFC 4180 CSV (UTF-8, CRLF, a header row). Every row has these columns:
 * record_type, date, posted_at, account, debit, credit, balance, journal_id, journal_kind,
 * reverses_journal_id, order_id, ticket_id, ticket_number, product_name, face_value, usage_id,
 * payout_id, memo
 * record_type:
 * opening_balance  one per account: `balance` before from_date (date = from_date)
 * entry            one per ledger entry posted in the range, with its order and ticket
 * closing_balance  one per account: `balance` at the end of to_date; equals opening + debits - credits
 * memo             an R11 return past the guarantee period: the merchant refunds `face_value` to
 * the buyer itself (memo = merchant_settles_refund); no debit or credit
 * The entries' debits equal their credits, and the closing balances sum to zero.
 */
export interface ReconciliationExport__Output {
  /**
   * reconciliation-<merchant>-<from>-<to>.csv
   */
  'fileName': (string);
  /**
   * text/csv; charset=utf-8
   */
  'contentType': (string);
  'csv': (string);
  'entryCount': (number);
}
