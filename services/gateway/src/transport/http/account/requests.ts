import { z } from 'zod';
import { clearableText, distinct, pageQuery, resourceId, text } from '../request-schemas';

/** Request shapes of the account API (see request-schemas.ts for the rules every one follows). */

const username = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/)
  .describe('3 to 64 letters, digits, `.`, `-` or `_`, starting with a letter or digit.');
// The account service's password policy (its domain/password-policy.ts): 10 to 128 characters,
// counted as code points, as JSON Schema's minLength/maxLength count them; zod's own bounds count
// UTF-16 units, so the check counts code points and the document states the bounds.
const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 128;
const newPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH * 2)
  .refine((password) => {
    const length = [...password].length;
    return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
  }, `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`)
  .meta({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, no composition rules; stored only as a memory-hard hash.`,
  });
const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const permissionNodes = [
  'issue',
  'redeem',
  'cancel_redemption',
  'return',
  'cancel_return',
  'notes',
  'reports',
  'products',
  'orders',
  'settings',
  'accounts',
] as const;

const permissions = distinct(z.enum(permissionNodes), permissionNodes.length).describe('Permission nodes (R13).');

export const loginBody = z
  .object({
    merchantId: resourceId.optional().describe('The merchant to log in to; omitted by platform operators.'),
    username: z.string().min(1).max(64),
    password: z
      .string()
      .min(1)
      .max(256)
      .describe('Checked against the stored hash only, so any length is tried; a password is set with 10 to 128 characters.'),
  })
  .strict();

const contract = z
  .object({
    payoutDays: z.number().int().min(0).max(365),
    guaranteeDays: z.number().int().min(1).max(3650).describe('Guarantee (escrow) period of pickup vouchers, in days.'),
    giftVouchersEnabled: z.boolean(),
    smsServiceEnabled: z.boolean(),
  })
  .strict();

export const createMerchantBody = z
  .object({
    name: text(100),
    contract,
    ownerUsername: username,
    ownerPassword: newPassword,
    storeWebsiteUrl: httpUrl.optional(),
  })
  .strict();

export const updateContractBody = z
  .object({
    contract,
    storeWebsiteUrl: httpUrl.optional().describe('The store website shown to buyers (R17); only operators set it. Omitted: left as it is.'),
  })
  .strict();

export const updateSettingsBody = z
  .object({
    smsEnabled: z.boolean().optional().describe('Effective only when the contract includes the SMS service (R16).'),
    customerService: z
      .object({
        phone: z.string().regex(/^[0-9+()# -]{0,30}$/).optional(),
        email: z.union([z.literal(''), z.email().max(254)]).optional(),
        hours: clearableText(200).optional(),
        address: clearableText(200).optional(),
      })
      .strict()
      .optional()
      .describe('Shown on tickets (R17); an empty string clears a field. The store website URL is set by operators.'),
  })
  .strict();

export const createSubAccountBody = z
  .object({
    username,
    displayName: text(100),
    password: newPassword,
    permissions,
    branchId: resourceId.optional().describe('The branch to bind it to; omitted: head office (R20).'),
  })
  .strict();

export const changePasswordBody = z.object({ newPassword }).strict();
export const permissionsBody = z.object({ permissions }).strict();
export const bindBranchBody = z.object({ branchId: resourceId }).strict();

export const listSubAccountsQuery = pageQuery.extend({
  branchId: resourceId.optional().describe('Only the sub-accounts of this branch (R24).'),
});

const branchCode = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).describe('Shown in reports as the operator of a branch-bound sub-account (R22).');

export const createBranchBody = z
  .object({
    name: text(100),
    code: branchCode,
    address: text(200).optional(),
  })
  .strict();

export const updateBranchBody = z
  .object({
    name: text(100).optional(),
    address: clearableText(200).optional(),
  })
  .strict();

export const createRedeemableStoreBody = z
  .object({
    storeMerchantId: resourceId.describe('The partner merchant allowed to redeem (R18).'),
    productIds: distinct(resourceId, 100).min(1),
  })
  .strict();

export const merchantIdParams = z.object({ merchantId: resourceId });
export const subAccountIdParams = z.object({ subAccountId: resourceId });
export const branchIdParams = z.object({ branchId: resourceId });
export const relationIdParams = z.object({ relationId: resourceId });
