/**
 * R-IN-8: only the people working on a case and the customer read it. Staff read the cases of their branch (the
 * `branch` claim of their token) and the cases they work on; managers, experts (the technical center) and
 * administrators read across branches, and so do staff whose token names no branch (the central call center and
 * technical center). Pure.
 */
export interface Reader {
  sub: string;
  roles: readonly string[];
  branch?: string;
  customerId?: string;
}

export interface CaseScope {
  customerId: string;
  branchCode: string | null;
  assigneeId: string | null;
}

/** Roles whose work spans the branches. */
export const ACROSS_BRANCHES: readonly string[] = ['manager', 'expert', 'admin'];

/** Null: every case; otherwise the reader's branch and subject, the two ways a branch member reaches a case. */
export function branchScope(user: Reader): { branch: string; sub: string } | null {
  if (!user.branch || user.roles.some((r) => ACROSS_BRANCHES.includes(r))) return null;
  return { branch: user.branch, sub: user.sub };
}

export function mayRead(user: Reader, c: CaseScope): boolean {
  if (user.roles.includes('customer')) return c.customerId === user.customerId;
  const scope = branchScope(user);
  return !scope || c.branchCode === scope.branch || c.assigneeId === scope.sub;
}
