// Original file: protos/issuance.proto


export interface BranchList {
  /**
   * empty: every branch (R31)
   */
  'branchIds'?: (string)[];
}

export interface BranchList__Output {
  /**
   * empty: every branch (R31)
   */
  'branchIds': (string)[];
}
