// Original file: protos/issuance.proto


export interface TicketLink {
  'ticketId'?: (string);
  'walletUrl'?: (string);
  /**
   * The current holder, whose wallet wallet_url opens. The notification service sends a link only
   * to the address of its owner (a request addressed to a former holder is superseded).
   * Personal data, for that check only: never logged.
   */
  'holderEmail'?: (string);
  /**
   * empty when not given
   */
  'holderPhone'?: (string);
}

export interface TicketLink__Output {
  'ticketId': (string);
  'walletUrl': (string);
  /**
   * The current holder, whose wallet wallet_url opens. The notification service sends a link only
   * to the address of its owner (a request addressed to a former holder is superseded).
   * Personal data, for that check only: never logged.
   */
  'holderEmail': (string);
  /**
   * empty when not given
   */
  'holderPhone': (string);
}
