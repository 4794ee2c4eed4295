// Original file: protos/issuance.proto

import type { TicketLink as _ecticket_issuance_v1_TicketLink, TicketLink__Output as _ecticket_issuance_v1_TicketLink__Output } from '../../../ecticket/issuance/v1/TicketLink';

export interface DeliveryLinks {
  'orderId'?: (string);
  /**
   * electronic orders: the buyer's wallet
   */
  'walletUrl'?: (string);
  /**
   * convenience-store orders
   */
  'pickupCode'?: (string);
  /**
   * the current holder's wallet of each transferred ticket
   */
  'transferredTickets'?: (_ecticket_issuance_v1_TicketLink)[];
  /**
   * the order as the buyer knows it (the storefront's number)
   */
  'merchantOrderNo'?: (string);
  /**
   * the seller as the buyer knows it
   */
  'merchantName'?: (string);
  /**
   * The current buyer, whose wallet_url and pickup_code these are (same use as in TicketLink).
   */
  'buyerEmail'?: (string);
  /**
   * empty when not given
   */
  'buyerPhone'?: (string);
  /**
   * paper orders: "merchant" or "platform" (who prints and posts them); empty otherwise
   */
  'paperPrinter'?: (string);
}

export interface DeliveryLinks__Output {
  'orderId': (string);
  /**
   * electronic orders: the buyer's wallet
   */
  'walletUrl': (string);
  /**
   * convenience-store orders
   */
  'pickupCode': (string);
  /**
   * the current holder's wallet of each transferred ticket
   */
  'transferredTickets': (_ecticket_issuance_v1_TicketLink__Output)[];
  /**
   * the order as the buyer knows it (the storefront's number)
   */
  'merchantOrderNo': (string);
  /**
   * the seller as the buyer knows it
   */
  'merchantName': (string);
  /**
   * The current buyer, whose wallet_url and pickup_code these are (same use as in TicketLink).
   */
  'buyerEmail': (string);
  /**
   * empty when not given
   */
  'buyerPhone': (string);
  /**
   * paper orders: "merchant" or "platform" (who prints and posts them); empty otherwise
   */
  'paperPrinter': (string);
}
