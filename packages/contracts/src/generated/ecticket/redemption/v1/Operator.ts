// Original file: protos/redemption.proto


/**
 * The staff member who made a change, as the record keeps it (R21).
 */
export interface Operator {
  'accountId'?: (string);
  'accountName'?: (string);
  /**
   * empty: head office
   */
  'branchId'?: (string);
  'branchName'?: (string);
  'branchCode'?: (string);
  /**
   * how reports show them: "<branch name> (<branch code>)" for a branch-bound account (R22.1), else the account name
   */
  'label'?: (string);
}

/**
 * The staff member who made a change, as the record keeps it (R21).
 */
export interface Operator__Output {
  'accountId': (string);
  'accountName': (string);
  /**
   * empty: head office
   */
  'branchId': (string);
  'branchName': (string);
  'branchCode': (string);
  /**
   * how reports show them: "<branch name> (<branch code>)" for a branch-bound account (R22.1), else the account name
   */
  'label': (string);
}
