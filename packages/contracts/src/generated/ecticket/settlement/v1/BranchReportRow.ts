// Original file: protos/settlement.proto

import type { Long } from '@grpc/proto-loader';

export interface BranchReportRow {
  /**
   * the redemption or return id
   */
  'usageId'?: (string);
  /**
   * "redemption" | "return"
   */
  'usage'?: (string);
  'ticketId'?: (string);
  'ticketNumber'?: (string);
  'orderId'?: (string);
  'productId'?: (string);
  'faceValue'?: (number | string | Long);
  'occurredAt'?: (string);
  /**
   * R22.1: a branch-bound operator shows as "<branch name> (<branch code>)", head office as its name.
   */
  'operator'?: (string);
  /**
   * empty: head office
   */
  'branchId'?: (string);
  'branchName'?: (string);
  'branchCode'?: (string);
  /**
   * returns: "card" | "merchant" | "none"
   */
  'refund'?: (string);
  'reason'?: (string);
  /**
   * R30: cancelled before the bank sync
   */
  'cancelled'?: (boolean);
  'syncedToBank'?: (boolean);
  /**
   * R18: the redeemable store (another merchant) whose staff redeemed the issuer's ticket; empty: the merchant's own.
   */
  'redeemedByStoreId'?: (string);
  'redeemedByStoreName'?: (string);
}

export interface BranchReportRow__Output {
  /**
   * the redemption or return id
   */
  'usageId': (string);
  /**
   * "redemption" | "return"
   */
  'usage': (string);
  'ticketId': (string);
  'ticketNumber': (string);
  'orderId': (string);
  'productId': (string);
  'faceValue': (string);
  'occurredAt': (string);
  /**
   * R22.1: a branch-bound operator shows as "<branch name> (<branch code>)", head office as its name.
   */
  'operator': (string);
  /**
   * empty: head office
   */
  'branchId': (string);
  'branchName': (string);
  'branchCode': (string);
  /**
   * returns: "card" | "merchant" | "none"
   */
  'refund': (string);
  'reason': (string);
  /**
   * R30: cancelled before the bank sync
   */
  'cancelled': (boolean);
  'syncedToBank': (boolean);
  /**
   * R18: the redeemable store (another merchant) whose staff redeemed the issuer's ticket; empty: the merchant's own.
   */
  'redeemedByStoreId': (string);
  'redeemedByStoreName': (string);
}
