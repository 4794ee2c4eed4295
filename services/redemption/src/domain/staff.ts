import { permissionDenied } from '@ecticket/platform';

export interface BranchRef {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

/** The person behind a call, as the account service describes them right now. */
export interface Principal {
  readonly accountId: string;
  /** null for platform operators. */
  readonly merchantId: string | null;
  readonly name: string;
  /** null: head office (R22). */
  readonly branch: BranchRef | null;
}

/** A merchant's staff member: the only kind of person who redeems, returns and reads usage. */
export interface Staff extends Principal {
  readonly merchantId: string;
}

export function staffOf(principal: Principal): Staff {
  const { merchantId } = principal;
  if (merchantId === null) throw permissionDenied('MERCHANT_ACCOUNT_REQUIRED', "Tickets are redeemed and returned by a merchant's staff.");
  return { ...principal, merchantId };
}

/** Who made a change, as records and events keep it (R21): the account and its branch as they were then. */
export interface Operator {
  readonly accountId: string;
  readonly accountName: string;
  readonly branchId: string | null;
  readonly branchName: string | null;
  readonly branchCode: string | null;
}

export function operatorOf(staff: Staff): Operator {
  return {
    accountId: staff.accountId,
    accountName: staff.name,
    branchId: staff.branch?.id ?? null,
    branchName: staff.branch?.name ?? null,
    branchCode: staff.branch?.code ?? null,
  };
}

/** R22.1: reports show a branch-bound operator as its branch's name and code; head office by its account name. */
export function operatorLabel(operator: Operator): string {
  return operator.branchName === null ? operator.accountName : `${operator.branchName} (${operator.branchCode ?? ''})`;
}
