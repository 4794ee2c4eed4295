import type { Actor } from '../domain/actor';
import { withSettings, type SettingsPatch } from '../domain/merchant';
import type { MerchantView } from './get-merchant';
import { authorize } from './authorize';
import { merchantById } from './lookups';
import type { AccountDeps } from './ports';
import { saveMerchant } from './save-merchant';

export interface UpdateSettingsInput extends SettingsPatch {
  readonly merchantId: string;
}

/** The merchant's service settings: SMS switch (R16), customer-service information (R17); merchant-wide, so head office only. */
export async function updateMerchantSettings(deps: AccountDeps, actor: Actor, input: UpdateSettingsInput): Promise<MerchantView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'settings', mutating: true, headOfficeOnly: true });
  const before = await merchantById(deps, grant.merchantId);
  return saveMerchant(deps, actor, 'merchant.settings_changed', before, withSettings(before, input, actor.role));
}
