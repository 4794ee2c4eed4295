import { contractVisibleTo, effectiveSmsEnabled, newMerchant, orderLookupPath, withContract, withSettings, type Contract } from '../../src/domain/merchant';
import { branch, now, owner, subAccount } from '../support/actors';

const contract: Contract = { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: true, smsServiceEnabled: true };
const merchant = (overrides: Partial<Contract> = {}) =>
  newMerchant({
    id: 'm1',
    name: 'Tea House',
    contract: { ...contract, ...overrides },
    ownerAccountId: 'o1',
    ownerUsername: 'owner',
    storeWebsiteUrl: 'https://tea.example',
    orderLookupToken: 'tok3n',
    now,
  });

describe('merchants', () => {
  it('requires contract terms within bounds', () => {
    expect(() => merchant({ payoutDays: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
    expect(() => newMerchant({ ...merchantInput(), contract: null })).toThrow(expect.objectContaining({ code: 'CONTRACT_REQUIRED' }));
  });

  it('R15: each merchant has its own unguessable order lookup link', () => {
    expect(orderLookupPath(merchant())).toBe('/lookup/tok3n');
  });

  it('R16: SMS goes out only when contracted and switched on', () => {
    expect(effectiveSmsEnabled(merchant())).toBe(false);
    const switchedOn = withSettings(merchant(), { smsEnabled: true }, 'owner');
    expect(effectiveSmsEnabled(switchedOn)).toBe(true);
    expect(effectiveSmsEnabled(withContract(switchedOn, { ...contract, smsServiceEnabled: false }, ''))).toBe(false);
  });

  it('R16: switching SMS on without the contracted service is refused', () => {
    expect(() => withSettings(merchant({ smsServiceEnabled: false }), { smsEnabled: true }, 'owner')).toThrow(
      expect.objectContaining({ category: 'failed_precondition', code: 'SMS_SERVICE_NOT_CONTRACTED' }),
    );
  });

  it('R17: the merchant edits its customer-service information', () => {
    const edited = withSettings(merchant(), { phone: '02-1234-5678', email: 'help@tea.example', hours: '9-18' }, 'sub_account');
    expect(edited.settings.customerService).toEqual({
      phone: '02-1234-5678',
      email: 'help@tea.example',
      hours: '9-18',
      address: '',
      storeWebsiteUrl: 'https://tea.example',
    });
  });

  it('R17: only platform staff change the store-website URL', () => {
    expect(() => withSettings(merchant(), { storeWebsiteUrl: 'https://evil.example' }, 'owner')).toThrow(
      expect.objectContaining({ category: 'permission_denied', code: 'STORE_WEBSITE_URL_OPERATOR_ONLY' }),
    );
    expect(withSettings(merchant(), { storeWebsiteUrl: 'https://new.example' }, 'operator').settings.customerService.storeWebsiteUrl).toBe('https://new.example');
    expect(withContract(merchant(), contract, 'https://other.example').settings.customerService.storeWebsiteUrl).toBe('https://other.example');
    expect(() => withContract(merchant(), contract, 'javascript:alert(1)')).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  it('R22.5: a branch-bound sub-account does not see the contract; head office does', () => {
    expect(contractVisibleTo(subAccount(['reports'], { branch: branch() }))).toBe(false);
    expect(contractVisibleTo(subAccount(['reports']))).toBe(true);
    expect(contractVisibleTo(owner())).toBe(true);
  });
});

function merchantInput() {
  return { id: 'm1', name: 'Tea', contract, ownerAccountId: 'o1', ownerUsername: 'owner', storeWebsiteUrl: '', orderLookupToken: 't', now };
}
