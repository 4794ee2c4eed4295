import type { Clock, Logger, Store } from '@ecticket/platform';
import type { BranchRef } from '../domain/actor';
import type { CodeSource } from '../domain/codes';
import type { WalletScope } from '../domain/wallet-token';

/** The permission nodes (R13) this service's operations need. */
export type PermissionNode = 'products' | 'orders' | 'issue' | 'notes';

/** A person the account service vouched for; `merchantId` is null for platform operators. */
export interface Principal {
  readonly accountId: string;
  readonly name: string;
  readonly merchantId: string | null;
  readonly branch: BranchRef | null;
}

/** Shown on electronic and paper tickets (R17). */
export interface CustomerService {
  readonly phone: string;
  readonly email: string;
  readonly hours: string;
  readonly address: string;
  readonly storeWebsiteUrl: string;
}

export interface MerchantTerms {
  /** As buyers see it. */
  readonly merchantName: string;
  /** A pickup voucher's guarantee (escrow) period. */
  readonly guaranteeDays: number;
  readonly giftVouchersEnabled: boolean;
  /** Effective: contracted and switched on (R16). */
  readonly smsEnabled: boolean;
  readonly customerService: CustomerService;
}

/** The account service, as this service needs it. */
export interface AccountDirectory {
  /** The person behind an access token, refused unless they hold `permission` now (and, for changes, their branch is enabled: R23). */
  checkPrincipal(accessToken: string, permission: PermissionNode | null, mutating: boolean): Promise<Principal>;
  merchantTerms(merchantId: string): Promise<MerchantTerms>;
  /** Refuses (NOT_FOUND) a branch that is not the merchant's. */
  assertBranchOf(merchantId: string, branchId: string): Promise<void>;
}

export interface CheckoutForm {
  readonly actionUrl: string;
  readonly method: string;
  readonly fields: Readonly<Record<string, string>>;
}

export interface PaymentIntentRequest {
  readonly orderId: string;
  readonly merchantId: string;
  readonly amount: number;
  readonly description: string;
  readonly buyerEmail: string;
  /** Shown on the processor's checkout page. */
  readonly merchantName: string;
}

/** The payment service: what the buyer's browser posts to pay an order. Idempotent per order. */
export interface PaymentIntents {
  create(request: PaymentIntentRequest): Promise<CheckoutForm>;
}

export interface VerificationKey {
  readonly kid: string;
  readonly algorithm: 'Ed25519';
  /** Raw 32-byte key, unpadded base64url. */
  readonly publicKey: string;
  readonly publicKeyPem: string;
}

/** Signs tickets' QR payloads with the platform's keys, which never enter the store. */
export interface TicketSigner {
  qrPayload(ticketNumber: string, redemptionCode: string): string;
  /** The public keys verifiers check payloads with (protos/issuance.proto). */
  verificationKeys(): readonly VerificationKey[];
}

/** MACs of wallet tokens (domain/wallet-token.ts), keyed by a secret that never enters the store. */
export interface WalletSigner {
  mac(scope: WalletScope, generation: number): string;
  matches(scope: WalletScope, generation: number, mac: string): boolean;
}

export interface IssuanceSettings {
  /** R26.1, R10. */
  readonly issuanceWindowDays: number;
  /** Where buyers open wallet links: `<publicBaseUrl>/wallet/<token>`. */
  readonly publicBaseUrl: string;
}

/** Everything the use cases need, built once by the composition root. */
export interface IssuanceDeps {
  readonly store: Store;
  /** Told after every commit, so the events just written are published now rather than at the next poll. */
  readonly outbox: { notify(): void };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly accounts: AccountDirectory;
  readonly payments: PaymentIntents;
  readonly signer: TicketSigner;
  readonly wallets: WalletSigner;
  readonly codes: CodeSource;
  readonly settings: IssuanceSettings;
}
