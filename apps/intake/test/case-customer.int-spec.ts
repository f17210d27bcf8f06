/**
 * Issue #15: a case is opened for a customer intake knows. Naming a customer nobody registered is a 422
 * problem+json, and nothing is written: no case, no activity, no clocks, no case.opened event.
 */
import { randomUUID } from 'node:crypto';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

describe('intake: a case needs a registered customer', () => {
  let t: ServiceUnderTest;
  const agent = { as: 'agent', claims: { sub: 'agent-1' } } as const;
  const aCase = (customerId?: string) => ({
    channel: 'hotline',
    ...(customerId ? { customerId } : {}),
    contact: { name: 'Wang Fang', phone: '+86 10 5555 0101' },
    productModel: 'PX-2000',
    serialNumber: 'SN-PX2000-0042',
    category: 'fault-hardware',
    priority: 'P2',
    symptoms: 'Powers off under load',
  });
  const written = async () =>
    (
      await t.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_activity)::int AS activity,
                             (SELECT count(*) FROM sla_clock)::int AS clocks, (SELECT count(*) FROM messaging_outbox WHERE envelope->>'type' LIKE 'aftersales.intake.case.%')::int AS events`)
    )[0];

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, label: 'intake-case-customer' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('an agent opening a case for a customer nobody registered gets a 422 naming the customer, and no case exists', async () => {
    const nobody = '0192f3a0-7c1e-7c3a-9a4e-00000000dead';
    const res = await t.inject('POST', '/v1/cases', { ...agent, body: aCase(nobody) });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 422, code: 'INTAKE.CUSTOMER_UNKNOWN', customerId: nobody });
    expect(await written()).toEqual({ cases: 0, activity: 0, clocks: 0, events: 0 });
    expect((await t.inject('GET', `/v1/cases?customerId=${nobody}`, agent)).json().items).toEqual([]);
  });

  it('a customer whose token names an unregistered customer cannot open a case for nobody either', async () => {
    const res = await t.inject('POST', '/v1/cases', { as: 'customer', claims: { sub: 'customer-1', customerId: randomUUID() }, body: aCase() });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'INTAKE.CUSTOMER_UNKNOWN' });
    expect(await written()).toEqual({ cases: 0, activity: 0, clocks: 0, events: 0 });
  });

  it('once the customer is registered, the same case opens for them', async () => {
    const registered = await t.inject('POST', '/v1/customers', { ...agent, body: { kind: 'person', name: 'Wang Fang' } });
    expect(registered.statusCode).toBe(201);
    const res = await t.inject('POST', '/v1/cases', { ...agent, body: aCase(registered.json().id) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ customerId: registered.json().id, status: 'new' });
    // The standard plan's three clocks, the opening in the log, one case.opened.
    expect(await written()).toEqual({ cases: 1, activity: 1, clocks: 3, events: 1 });
  });
});
