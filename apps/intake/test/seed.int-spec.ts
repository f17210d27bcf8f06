/**
 * `npm run seed` gives intake the customer the README's example case is opened for: the customerId in the README's
 * `POST /v1/cases` exists after seeding, with its contact, and seeding again changes nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { signDevToken } from '@aftersales/platform-auth';
import { createServiceApp, runMigrations } from '@aftersales/platform-service-defaults';
import { TestDatabase, createTestDatabase, runServiceScript, testInfra, testNamespace } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

const SECRET = 'intake-seed-test-secret-0123456789abcdef';

describe('intake: the seed creates the README example customer', () => {
  const ns = testNamespace('intake_seed');
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase('intake-seed');
    env = { DATABASE_URL: db.url, NATS_URL: testInfra().natsUrl, NATS_NAMESPACE: ns, PORT: '0', AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'silent', EMAIL_SMTP_ENABLED: 'false' };
    await runMigrations(intakeService, env);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('seeds the customer the README names, once however often it runs', async () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const exampleCustomerId = readme.match(/"customerId":"([0-9a-f-]{36})"/)?.[1];
    expect(exampleCustomerId).toBe('0192f3a0-7c1e-7c3a-9a4e-000000000001');

    for (let run = 0; run < 2; run++) {
      const result = await runServiceScript('intake', 'seed/seed', env);
      expect({ code: result.code, output: result.output }).toEqual({ code: 0, output: expect.stringContaining('customer Zhang San (0192f3a0-7c1e-7c3a-9a4e-000000000001') });
    }

    app = await createServiceApp(AppModule, intakeService, env);
    const ds = app.get(DataSource);
    expect(await ds.query(`SELECT count(*)::int AS n FROM customers`)).toEqual([{ n: 1 }]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM customer_contacts`)).toEqual([{ n: 1 }]);

    const token = await signDevToken({ role: 'agent', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: `/v1/customers/${exampleCustomerId}`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: exampleCustomerId, name: 'Zhang San', kind: 'person', contacts: [{ name: 'Zhang San', phone: '+86 10 5555 0101', preferredChannel: 'phone' }] });
  });
});
