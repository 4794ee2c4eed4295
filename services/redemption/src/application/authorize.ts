import { unauthenticated } from '@ecticket/platform';
import { staffOf, type Staff } from '../domain/staff';
import type { PrincipalCheck, RedemptionDeps } from './ports';

/** The one access check of every call: a single CheckPrincipal at the account service, which also enforces R13 and R23. */
export async function authorize(deps: RedemptionDeps, accessToken: string | null, check: PrincipalCheck): Promise<Staff> {
  if (accessToken === null) throw unauthenticated('AUTHENTICATION_REQUIRED', 'An access token is required.');
  return staffOf(await deps.accounts.checkPrincipal(accessToken, check));
}
