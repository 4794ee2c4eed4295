import { AppError } from '@ecticket/platform';
import { isSubsetOf, parsePermissions, permissionNodes } from '../../src/domain/permissions';

describe('permission nodes (R13)', () => {
  it('R13: has at least issue, redeem, return, reports, cancel redemption/return, products, orders, settings, accounts and notes', () => {
    expect(permissionNodes).toEqual(
      expect.arrayContaining(['issue', 'redeem', 'cancel_redemption', 'return', 'cancel_return', 'notes', 'reports', 'products', 'orders', 'settings', 'accounts']),
    );
  });

  it('R13: parses a set into the canonical order without duplicates', () => {
    expect(parsePermissions(['reports', 'issue', 'reports'])).toEqual(['issue', 'reports']);
  });

  it('R13: refuses an unknown node with INVALID_ARGUMENT / UNKNOWN_PERMISSION', () => {
    expect(() => parsePermissions(['issue', 'superuser'])).toThrow(
      expect.objectContaining({ category: 'invalid_argument', code: 'UNKNOWN_PERMISSION' }) as AppError,
    );
  });

  it('compares sets', () => {
    expect(isSubsetOf(['issue'], ['issue', 'redeem'])).toBe(true);
    expect(isSubsetOf(['issue', 'accounts'], ['issue'])).toBe(false);
  });
});
