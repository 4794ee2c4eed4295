// Original file: protos/issuance.proto


export interface BranchRef {
  'id'?: (string);
  'name'?: (string);
  'code'?: (string);
}

export interface BranchRef__Output {
  'id': (string);
  'name': (string);
  'code': (string);
}
