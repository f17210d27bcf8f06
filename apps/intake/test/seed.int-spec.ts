/**
 * `npm run seed` gives intake the customer the README's example case is opened for: the customerId in the README's
 * `POST /v1/cases` exists after seeding, with its contact, and seeding again changes nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ServiceUnderTest, runServiceScript, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

describe('intake: the seed creates the README example customer', () => {
  let t: ServiceUnderTest;

  // The service is up before the seed runs; the seed writes through its own connection, as `npm run seed` does.
  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, env: { EMAIL_SMTP_ENABLED: 'false' } });
  });
  afterAll(() => t?.close());

  it('seeds the customer the README names, once however often it runs', async () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const exampleCustomerId = readme.match(/"customerId":"([0-9a-f-]{36})"/)?.[1];
    expect(exampleCustomerId).toBe('0192f3a0-7c1e-7c3a-9a4e-000000000001');

    for (let run = 0; run < 2; run++) {
      const result = await runServiceScript('intake', 'seed/seed', t.env);
      expect({ code: result.code, output: result.output }).toEqual({ code: 0, output: expect.stringContaining('customer Zhang San (0192f3a0-7c1e-7c3a-9a4e-000000000001') });
    }

    expect(await t.query(`SELECT count(*)::int AS n FROM customers`)).toEqual([{ n: 1 }]);
    expect(await t.query(`SELECT count(*)::int AS n FROM customer_contacts`)).toEqual([{ n: 1 }]);

    const res = await t.inject('GET', `/v1/customers/${exampleCustomerId}`, { as: 'agent' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: exampleCustomerId, name: 'Zhang San', kind: 'person', contacts: [{ name: 'Zhang San', phone: '+86 10 5555 0101', preferredChannel: 'phone' }] });
  });
});
