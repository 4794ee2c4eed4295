import type { Clock, Logger, Store } from '@ecticket/platform';
import type { QrPayload } from '../domain/qr-payload';
import type { Principal } from '../domain/staff';
import type { UseKind } from '../domain/ticket';

/** The permission nodes (R13) this service's calls need. */
export type PermissionNode = 'redeem' | 'return' | 'cancel_redemption' | 'cancel_return' | 'reports';

export interface PrincipalCheck {
  /** null: any staff member. */
  readonly permission: PermissionNode | null;
  /** Changes are refused to a sub-account of a disabled branch (R23). */
  readonly mutating: boolean;
}

export interface RedeemableStoreQuestion {
  readonly issuerMerchantId: string;
  readonly storeMerchantId: string;
  readonly productId: string;
}

/** The account service, which alone knows who a caller is and what they may do. */
export interface Accounts {
  /** Refuses as the account service decides: bad or revoked token, missing permission (R13), disabled branch (R23). */
  checkPrincipal(accessToken: string, check: PrincipalCheck): Promise<Principal>;
  /** R18: may this store redeem this product of that issuer? */
  isRedeemableStore(question: RedeemableStoreQuestion): Promise<boolean>;
}

export interface CancellationClaim {
  /** The redemption or return id. */
  readonly usageId: string;
  readonly ticketId: string;
  readonly usage: UseKind;
}

/** The settlement service, which owns the bank sync. */
export interface Settlement {
  /**
   * R30, T14: resolves once settlement has marked the usage cancelled-before-sync, so its bank
   * sync never picks it up; refuses ALREADY_SYNCED_TO_BANK when the sync got there first.
   * Idempotent per usage.
   */
  claimCancellation(claim: CancellationClaim): Promise<void>;
}

/** The issuance service's QR signing keys. */
export interface QrSignatures {
  /** Signed by a key the issuance service lists; an unknown key id is not. */
  isGenuine(qr: QrPayload): Promise<boolean>;
}

/** Everything the use cases need, built once by the composition root. */
export interface RedemptionDeps {
  readonly store: Store;
  /** Told after every commit, so the events just written are published now rather than at the next poll. */
  readonly outbox: { notify(): void };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly accounts: Accounts;
  readonly settlement: Settlement;
  readonly qrSignatures: QrSignatures;
}
