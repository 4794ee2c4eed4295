// Original file: protos/settlement.proto


export interface IsSyncedResponse {
  'ticketId'?: (string);
  'synced'?: (boolean);
  /**
   * the latest redemption or return; empty when the ticket has none
   */
  'usageId'?: (string);
  'usage'?: (string);
  'batchId'?: (string);
  'syncedAt'?: (string);
}

export interface IsSyncedResponse__Output {
  'ticketId': (string);
  'synced': (boolean);
  /**
   * the latest redemption or return; empty when the ticket has none
   */
  'usageId': (string);
  'usage': (string);
  'batchId': (string);
  'syncedAt': (string);
}
