/** The roles of docs/architecture.md, "HTTP APIs". */
export const ROLES = [
  'customer',
  'agent',
  'engineer',
  'expert',
  'manager',
  'rma-admin',
  'complaint-officer',
  'integrator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface AuthUser {
  sub: string;
  roles: Role[];
  /** Set for customers: they see only their own data (R-IN-8). */
  customerId?: string;
  name?: string;
  /**
   * Staff: the code of the branch they work in (claim `branch`, R-IN-8), e.g. BR-SH. Absent: central staff (the call
   * center, the technical center), who are not held to one branch.
   */
  branch?: string;
  /** Set for integrators: the NATS subject patterns it may read (`aftersales.intake.case.>`), from the `subjects` claim. */
  subjects?: string[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
