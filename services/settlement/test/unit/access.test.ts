import { financeMerchantOf, reportScopeOf } from '../../src/domain/access';

const owner = { merchantId: 'm1', branchId: null };
const branchBound = { merchantId: 'm1', branchId: 'b1' };
const operator = { merchantId: null, branchId: null };

describe('who sees what', () => {
  it('R22.2/R22.5: merchant-wide money and contract-derived dates are for head office only', () => {
    expect(financeMerchantOf(owner, '')).toBe('m1');
    expect(() => financeMerchantOf(branchBound, '')).toThrow(expect.objectContaining({ code: 'HEAD_OFFICE_ONLY' }));
  });

  it('another merchant’s data answers not found; operators must name the merchant', () => {
    expect(() => financeMerchantOf(owner, 'm2')).toThrow(expect.objectContaining({ code: 'MERCHANT_NOT_FOUND' }));
    expect(() => financeMerchantOf(operator, '')).toThrow(expect.objectContaining({ code: 'MERCHANT_ID_REQUIRED' }));
    expect(financeMerchantOf(operator, 'm2')).toBe('m2');
  });

  it('R21/R22.2: head office filters reports by any branch; a branch-bound account sees only its own', () => {
    expect(reportScopeOf(owner, '', '')).toEqual({ merchantId: 'm1', branchId: null });
    expect(reportScopeOf(owner, '', 'b2')).toEqual({ merchantId: 'm1', branchId: 'b2' });
    expect(reportScopeOf(branchBound, '', '')).toEqual({ merchantId: 'm1', branchId: 'b1' });
    expect(() => reportScopeOf(branchBound, '', 'b2')).toThrow(expect.objectContaining({ code: 'OUTSIDE_BRANCH' }));
  });
});
