// Original file: protos/account.proto

import type { JointIssuer as _ecticket_account_v1_JointIssuer, JointIssuer__Output as _ecticket_account_v1_JointIssuer__Output } from '../../../ecticket/account/v1/JointIssuer';

export interface ListJointIssuersResponse {
  'issuers'?: (_ecticket_account_v1_JointIssuer)[];
  'nextCursor'?: (string);
}

export interface ListJointIssuersResponse__Output {
  'issuers': (_ecticket_account_v1_JointIssuer__Output)[];
  'nextCursor': (string);
}
