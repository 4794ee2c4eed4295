// Original file: protos/account.proto

import type { AuditEntry as _ecticket_account_v1_AuditEntry, AuditEntry__Output as _ecticket_account_v1_AuditEntry__Output } from '../../../ecticket/account/v1/AuditEntry';

export interface ListAuditLogResponse {
  'entries'?: (_ecticket_account_v1_AuditEntry)[];
  'nextCursor'?: (string);
}

export interface ListAuditLogResponse__Output {
  'entries': (_ecticket_account_v1_AuditEntry__Output)[];
  'nextCursor': (string);
}
