import { z } from 'zod';

/** The names settlement.proto carries as strings; an unknown one in an answer is a broken contract. */

/** The ledger accounts, per merchant. */
export const ledgerAccount = z.enum(['processor_clearing', 'escrow', 'merchant_payable', 'merchant_paid', 'buyer_refund_payable']);
export const journalKind = z.enum(['escrow_hold', 'redemption', 'guarantee_expiry', 'return_refund', 'refund_paid', 'payout']);
export const usageKind = z.enum(['redemption', 'return']);
export const refund = z.enum(['card', 'merchant', 'none']);
