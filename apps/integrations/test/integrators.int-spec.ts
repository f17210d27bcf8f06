/**
 * Integrators on real PostgreSQL and NATS (issue #17): an admin registers one with the subjects it may read and
 * gets its secret once (R-IG-1), the integrator exchanges its client id and secret for a short-lived token that
 * every service verifies and that names those subjects (R-IG-3), and a revoked integrator gets no token (R-IG-2).
 */
import { createTokenVerifier } from '@aftersales/platform-auth';
import { IntegratorRegisteredV1, IntegratorRevokedV1 } from '@aftersales/contracts-integrations';
import { EventCollector, ServiceUnderTest, TEST_JWT_SECRET, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { integrationsService } from '../src/integrations.service-definition';

describe('integrators: scoped client credentials (R-IG-1..3)', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  // How any other service checks a bearer token: the same verifier with the platform's settings.
  const verifyAsAnotherService = createTokenVerifier({ hs256Secret: TEST_JWT_SECRET, issuer: 'aftersales', audience: 'aftersales-api' });

  const register = async (body: unknown = { name: 'ERP', subjects: ['aftersales.intake.case.>'] }, headers: Record<string, string> = {}) =>
    t.http('POST', '/v1/integrators', { as: 'admin', body, headers });
  const tokenFor = (clientId: string, clientSecret: string) =>
    t.http('POST', '/v1/oauth/token', { body: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  const counts = async () => {
    const [row] = await t.query(`SELECT (SELECT count(*) FROM integrators)::int AS integrators, (SELECT count(*) FROM messaging_outbox)::int AS events`);
    return row as { integrators: number; events: number };
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: integrationsService, appModule: AppModule, env: { INTEGRATOR_TOKEN_TTL_SECONDS: '600' } });
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('R-IG-1: the admin gets the client secret once; the database keeps only its hash; integrator.registered tells who may read what', async () => {
    const reply = await register({ name: 'CRM (Salesforce)', subjects: ['aftersales.intake.case.>', 'aftersales.dispatch.work-order.completed.v1'] });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      name: 'CRM (Salesforce)',
      clientId: expect.stringMatching(/^int_[0-9a-f]{24}$/),
      clientSecret: expect.stringMatching(/^iss_[A-Za-z0-9_-]{43}$/),
      subjects: ['aftersales.intake.case.>', 'aftersales.dispatch.work-order.completed.v1'],
      status: 'active',
      registeredBy: 'user:admin-dev',
      revokedAt: null,
      version: 1,
    });
    const [row] = await t.query(`SELECT secret_hash FROM integrators WHERE id = $1`, [reply.body.id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await t.query(`SELECT * FROM integrators`))).not.toContain(reply.body.clientSecret);
    expect(JSON.stringify(await t.query(`SELECT * FROM platform_idempotency_key`))).not.toContain(reply.body.clientSecret);

    const event = await events.waitFor((e) => e.type === IntegratorRegisteredV1.subject && e.subject === reply.body.id);
    expect(event.data).toEqual({
      integratorId: reply.body.id,
      name: 'CRM (Salesforce)',
      clientId: reply.body.clientId,
      subjects: ['aftersales.intake.case.>', 'aftersales.dispatch.work-order.completed.v1'],
      registeredBy: 'user:admin-dev',
      registeredAt: reply.body.registeredAt,
    });
    expect(JSON.stringify(event)).not.toContain(reply.body.clientSecret);

    const shown = await t.http('GET', `/v1/integrators/${reply.body.id}`, { as: 'admin' });
    expect(shown.status).toBe(200);
    expect(shown.body.clientSecret).toBeUndefined();
  });

  it('R-IG-1: a retry with the same Idempotency-Key registers nothing new and does not show the secret again', async () => {
    const first = await register({ name: 'BI', subjects: ['aftersales.>'] }, { 'idempotency-key': 'register-bi-1' });
    const before = await counts();
    const again = await register({ name: 'BI', subjects: ['aftersales.>'] }, { 'idempotency-key': 'register-bi-1' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(first.body.clientSecret).toEqual(expect.any(String));
    expect(again.body.clientSecret).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('R-IG-3: the integrator exchanges its credentials for a short-lived token that other services accept, naming its subjects', async () => {
    const { body: integrator } = await register({ name: 'SMS gateway', subjects: ['aftersales.intake.case.>'] });
    const reply = await tokenFor(integrator.clientId, integrator.clientSecret);
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 600, scope: 'aftersales.intake.case.>' });
    expect(await verifyAsAnotherService(reply.body.access_token)).toEqual({
      sub: `integrator:${integrator.id}`,
      roles: ['integrator'],
      customerId: undefined,
      name: 'SMS gateway',
      subjects: ['aftersales.intake.case.>'],
    });
    const claims = JSON.parse(Buffer.from(reply.body.access_token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(600);

    const scope = await t.http('GET', '/v1/integrator/scope', { token: reply.body.access_token });
    expect(scope).toMatchObject({ status: 200, body: { integratorId: integrator.id, subjects: ['aftersales.intake.case.>'] } });
    // The integrator's token opens no admin door.
    expect((await t.http('GET', '/v1/integrators', { token: reply.body.access_token })).status).toBe(403);
  });

  it('R-IG-2: a wrong secret, an unknown client and a revoked integrator all get the same 401; revocation is told once', async () => {
    const { body: integrator } = await register({ name: 'Old ERP', subjects: ['aftersales.warranty.>'] });
    const wrong = await tokenFor(integrator.clientId, `${integrator.clientSecret}x`);
    const unknown = await tokenFor('int_000000000000000000000000', integrator.clientSecret);

    const revoked = await t.http('POST', `/v1/integrators/${integrator.id}/revoke`, { as: 'admin' });
    expect(revoked).toMatchObject({ status: 200, body: { status: 'revoked', version: 2, revokedAt: expect.any(String) } });
    const afterRevocation = await tokenFor(integrator.clientId, integrator.clientSecret);
    for (const reply of [wrong, unknown, afterRevocation]) {
      expect(reply.status).toBe(401);
      expect(reply.headers['content-type']).toContain('application/problem+json');
      expect(reply.body.detail ?? reply.body.title).toContain('The client id and secret are not valid');
    }
    const event = await events.waitFor((e) => e.type === IntegratorRevokedV1.subject && e.subject === integrator.id);
    expect(event.data).toEqual({ integratorId: integrator.id, clientId: integrator.clientId, revokedBy: 'user:admin-dev', revokedAt: revoked.body.revokedAt });

    const before = await counts();
    const twice = await t.http('POST', `/v1/integrators/${integrator.id}/revoke`, { as: 'admin' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:aftersales:problem:integrations-integrator-already-revoked');
    expect(await counts()).toEqual(before);

    const listed = await t.http('GET', '/v1/integrators?status=revoked', { as: 'admin' });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([integrator.id]);
  });

  it.each([
    ['a subject pattern outside the platform', { name: 'X', subjects: ['orders.>'] }, 400],
    ['> in the middle of a pattern', { name: 'X', subjects: ['aftersales.>.case'] }, 400],
    ['no subjects', { name: 'X', subjects: [] }, 400],
    ['no name', { subjects: ['aftersales.>'] }, 400],
    ['an unknown field', { name: 'X', subjects: ['aftersales.>'], secret: 'mine' }, 400],
  ])('bad input changes nothing: %s', async (_what, body, status) => {
    const before = await counts();
    const reply = await register(body);
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect(await counts()).toEqual(before);
  });

  it('only an admin registers or revokes an integrator', async () => {
    const before = await counts();
    expect((await t.http('POST', '/v1/integrators', { as: 'agent', body: { name: 'X', subjects: ['aftersales.>'] } })).status).toBe(403);
    expect((await t.http('POST', '/v1/integrators', { body: { name: 'X', subjects: ['aftersales.>'] } })).status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
