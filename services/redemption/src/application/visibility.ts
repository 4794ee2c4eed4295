import type { Filter } from '@ecticket/platform';
import { visibleBranchOf } from '../domain/access';
import type { Staff } from '../domain/staff';

/** The records a staff member sees: their merchant's and, for a branch-bound account, their branch's only (R22.2). */
export function recordsVisibleTo(staff: Staff, requestedBranchId = ''): Filter {
  const branchId = visibleBranchOf(staff, requestedBranchId);
  return branchId === null ? { merchantId: staff.merchantId } : { merchantId: staff.merchantId, 'operator.branchId': branchId };
}
