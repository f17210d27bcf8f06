/**
 * The people of the development sign-in (issue #20): one per role the console serves, with the ids that `npm run seed`
 * gives them, so the engineer's token names the seeded engineer (dispatch matches `sub` to the engineer id) and the
 * customer's names the seeded customer (intake scopes a customer to `customer_id`, R-IN-8). Development only: the
 * console server offers them only when CONSOLE_DEV_SIGN_IN is true, and the production image has no server at all.
 */
import type { Role } from '@aftersales/platform-auth';

export interface DevPerson {
  /** What the sign-in page sends back. */
  id: string;
  name: string;
  roles: Role[];
  /** The token's subject. */
  sub: string;
  customerId?: string;
}

/** apps/dispatch/src/seed/seed.ts: the engineer Li Wei of the Shanghai branch. */
const SEED_ENGINEER_ID = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';
/** apps/intake/src/seed/seed.ts: the customer Zhang San (CU-DEMO-0001). */
const SEED_CUSTOMER_ID = '0192f3a0-7c1e-7c3a-9a4e-000000000001';

export const DEV_PEOPLE: readonly DevPerson[] = [
  { id: 'agent', name: 'Wang Fang 王芳', roles: ['agent'], sub: 'agent-wang-fang' },
  { id: 'engineer', name: 'Li Wei 李伟', roles: ['engineer'], sub: SEED_ENGINEER_ID },
  { id: 'manager', name: 'Chen Jing 陈静', roles: ['manager'], sub: 'manager-chen-jing' },
  { id: 'customer', name: 'Zhang San 张三', roles: ['customer'], sub: 'customer-zhang-san', customerId: SEED_CUSTOMER_ID },
];
