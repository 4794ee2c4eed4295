import { failedPrecondition, invalidArgument, permissionDenied } from '@ecticket/platform';
import type { Role } from './account';
import type { Actor } from './actor';
import { requireIntegerInRange, requirePattern, requireText, requireWebUrl } from './validation';

/** What the platform agreed with the merchant; only operators change it. */
export interface Contract {
  readonly payoutDays: number;
  readonly guaranteeDays: number;
  readonly giftVouchersEnabled: boolean;
  readonly smsServiceEnabled: boolean;
}

/** Shown on paper and electronic tickets (R17). */
export interface CustomerService {
  readonly phone: string;
  readonly email: string;
  readonly hours: string;
  readonly address: string;
  /** Only platform operators change it (R17). */
  readonly storeWebsiteUrl: string;
}

export interface MerchantSettings {
  /** The merchant's own switch; SMS goes out only when the contract has the SMS service too (R16). */
  readonly smsEnabled: boolean;
  readonly customerService: CustomerService;
  /** The unguessable part of the buyers' order lookup link (R15). */
  readonly orderLookupToken: string;
}

export interface Merchant {
  readonly id: string;
  readonly name: string;
  readonly contract: Contract;
  readonly settings: MerchantSettings;
  readonly ownerAccountId: string;
  readonly ownerUsername: string;
  readonly createdAt: string;
}

export interface NewMerchant {
  readonly id: string;
  readonly name: string;
  readonly contract: Contract | null;
  readonly ownerAccountId: string;
  readonly ownerUsername: string;
  readonly storeWebsiteUrl: string;
  readonly orderLookupToken: string;
  readonly now: Date;
}

export function newMerchant(input: NewMerchant): Merchant {
  return {
    id: input.id,
    name: requireText(input.name, 'name', 1, 100),
    contract: requireContract(input.contract),
    settings: {
      smsEnabled: false,
      customerService: { phone: '', email: '', hours: '', address: '', storeWebsiteUrl: storeWebsiteUrl(input.storeWebsiteUrl) },
      orderLookupToken: input.orderLookupToken,
    },
    ownerAccountId: input.ownerAccountId,
    ownerUsername: input.ownerUsername,
    createdAt: input.now.toISOString(),
  };
}

export function requireContract(contract: Contract | null): Contract {
  if (!contract) throw invalidArgument('CONTRACT_REQUIRED', 'The contract terms are required.');
  return validContract(contract);
}

function validContract(contract: Contract): Contract {
  return {
    payoutDays: requireIntegerInRange(contract.payoutDays, 'contract.payoutDays', 0, 365),
    guaranteeDays: requireIntegerInRange(contract.guaranteeDays, 'contract.guaranteeDays', 1, 3650),
    giftVouchersEnabled: contract.giftVouchersEnabled,
    smsServiceEnabled: contract.smsServiceEnabled,
  };
}

/** Operators only (checked by the caller); an empty URL leaves the store website as it is. */
export function withContract(merchant: Merchant, contract: Contract | null, newStoreWebsiteUrl: string): Merchant {
  const customerService =
    newStoreWebsiteUrl === ''
      ? merchant.settings.customerService
      : { ...merchant.settings.customerService, storeWebsiteUrl: storeWebsiteUrl(newStoreWebsiteUrl) };
  return { ...merchant, contract: requireContract(contract), settings: { ...merchant.settings, customerService } };
}

export interface SettingsPatch {
  readonly smsEnabled?: boolean | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly hours?: string | undefined;
  readonly address?: string | undefined;
  readonly storeWebsiteUrl?: string | undefined;
}

/** R16 and R17: the SMS switch needs the contracted service; the store website is the platform's to set. */
export function withSettings(merchant: Merchant, patch: SettingsPatch, editorRole: Role): Merchant {
  if (patch.storeWebsiteUrl !== undefined && editorRole !== 'operator') {
    throw permissionDenied('STORE_WEBSITE_URL_OPERATOR_ONLY', 'Only platform staff may change the store-website URL (R17).');
  }
  if (patch.smsEnabled === true && !merchant.contract.smsServiceEnabled) {
    throw failedPrecondition('SMS_SERVICE_NOT_CONTRACTED', 'The SMS service is not part of this merchant\'s contract (R16).');
  }
  const current = merchant.settings.customerService;
  const customerService: CustomerService = {
    phone: patch.phone === undefined ? current.phone : requirePattern(patch.phone.trim(), 'phone', /^[0-9+()#\- ]{0,30}$/, 'a phone number'),
    email: patch.email === undefined ? current.email : email(patch.email),
    hours: patch.hours === undefined ? current.hours : requireText(patch.hours, 'hours', 0, 200),
    address: patch.address === undefined ? current.address : requireText(patch.address, 'address', 0, 200),
    storeWebsiteUrl: patch.storeWebsiteUrl === undefined ? current.storeWebsiteUrl : storeWebsiteUrl(patch.storeWebsiteUrl),
  };
  const smsEnabled = patch.smsEnabled ?? merchant.settings.smsEnabled;
  return { ...merchant, settings: { ...merchant.settings, smsEnabled, customerService } };
}

/** R16: an SMS is sent only when the contract includes the service and the merchant switched it on. */
export function effectiveSmsEnabled(merchant: Merchant): boolean {
  return merchant.contract.smsServiceEnabled && merchant.settings.smsEnabled;
}

/** R15: the buyers' order lookup page of this merchant. */
export function orderLookupPath(merchant: Merchant): string {
  return `/lookup/${merchant.settings.orderLookupToken}`;
}

/** R22.5: a branch-bound sub-account does not see the contract. */
export function contractVisibleTo(actor: Actor): boolean {
  return actor.branch === null;
}

function storeWebsiteUrl(url: string): string {
  return requireWebUrl(url, 'storeWebsiteUrl', true);
}

function email(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  return requirePattern(text, 'email', /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/, 'an e-mail address');
}
