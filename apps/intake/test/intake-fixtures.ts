/** What intake's integration tests share beyond the harness: test data and the staff requests they send. */
import { Role } from '@aftersales/platform-auth';
import { HttpMethod, HttpReply, ServiceUnderTest } from '@aftersales/platform-testing';

/**
 * Test data: a customer intake knows, so a case can be opened for them (issue #15). Written straight to the
 * table under the id the test chose; a second call for the same id changes nothing.
 */
export async function registerCustomer(t: ServiceUnderTest, customerId: string): Promise<void> {
  await t.query(`INSERT INTO customers (id, code, kind, name, created_at, updated_at, version) VALUES ($1, $2, 'person', 'Test customer', now(), now(), 1) ON CONFLICT DO NOTHING`, [
    customerId,
    `T-${customerId}`,
  ]);
}

/**
 * Requests as a member of staff: a token for the role with the subject `<role>-1`. Takes the harness as a getter
 * because a describe block defines its helpers before `beforeAll` starts the service.
 */
export function staffHttp(sut: () => ServiceUnderTest): (method: HttpMethod, url: string, role: Role, body?: unknown) => Promise<HttpReply> {
  return (method, url, role, body) => sut().http(method, url, { as: role, claims: { sub: `${role}-1` }, body });
}
