import { permissionDenied, unauthenticated } from '@ecticket/platform';
import type { Operator } from '../domain/actor';
import type { IssuanceDeps, PermissionNode } from './ports';

export interface AccessRule {
  /** The node the operation needs (R13); null: any staff member of the merchant. */
  readonly permission: PermissionNode | null;
  /** Changes are refused to a sub-account of a disabled branch (R23). */
  readonly mutating: boolean;
}

/**
 * The staff member behind the caller's access token, if they may do this now. The account
 * service decides (permission nodes and branch status change at any time); this service only
 * serves merchants' own staff, so platform operators are refused.
 */
export async function authorize(deps: IssuanceDeps, accessToken: string | null, rule: AccessRule): Promise<Operator> {
  if (!accessToken) throw unauthenticated('AUTHENTICATION_REQUIRED', 'An access token is required.');
  const principal = await deps.accounts.checkPrincipal(accessToken, rule.permission, rule.mutating);
  if (principal.merchantId === null) {
    throw permissionDenied('MERCHANT_ACCOUNT_REQUIRED', "This acts on the caller's own merchant; platform operators have none.");
  }
  return { accountId: principal.accountId, name: principal.name, merchantId: principal.merchantId, branch: principal.branch };
}
