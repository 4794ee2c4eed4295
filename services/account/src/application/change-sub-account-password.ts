import { assertMayManage } from '../domain/access';
import { withPassword } from '../domain/account';
import type { Actor } from '../domain/actor';
import { assertPasswordPolicy } from '../domain/password-policy';
import { authorize } from './authorize';
import { subAccountInReach } from './lookups';
import type { AccountDeps } from './ports';
import { saveSubAccount, type SubAccountView } from './sub-account-views';

export interface ChangePasswordInput {
  readonly merchantId: string;
  readonly subAccountId: string;
  readonly newPassword: string;
}

/** R14; the sub-account's open sessions end with the old password. */
export async function changeSubAccountPassword(deps: AccountDeps, actor: Actor, input: ChangePasswordInput): Promise<SubAccountView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true });
  const before = await subAccountInReach(deps, grant, input.subAccountId);
  assertMayManage(actor, before, 'password');
  assertPasswordPolicy(input.newPassword);
  const after = withPassword(before, await deps.passwords.hash(input.newPassword));
  return saveSubAccount(deps, actor, 'sub_account.password_changed', before, after);
}
