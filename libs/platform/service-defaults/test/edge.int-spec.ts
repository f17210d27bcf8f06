/**
 * The HTTP edge every service shares (issue #8), on the tiny fixture service with real PostgreSQL and NATS:
 * characters PostgreSQL cannot store are refused before any handler runs, changing nothing; rate limits per client
 * and route; security headers; CORS only for the configured origins; a /docs page whose assets its CSP allows.
 */
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role, signDevToken } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ThingsAppModule, thingsService } from './fixtures/things-app';

describe('the HTTP edge of every service', () => {
  let sut: ServiceUnderTest;
  /** The same service with a tight limit and no CORS_ORIGINS (the default: CORS off). */
  let limitedSut: ServiceUnderTest;
  let app: NestFastifyApplication;
  let limited: NestFastifyApplication;
  const CONSOLE = 'https://console.example.com';

  const token = (role: Role, sub = 'user-1') => sut.token(role, { sub });
  const inject = (target: NestFastifyApplication, options: {
    method: 'GET' | 'POST' | 'OPTIONS';
    url: string;
    payload?: string;
    headers?: Record<string, string>;
    remoteAddress?: string;
  }) => target.getHttpAdapter().getInstance().inject(options);
  const rows = async () =>
    (await sut.query(`SELECT (SELECT count(*) FROM thing)::int AS things, (SELECT count(*) FROM messaging_outbox)::int AS events`))[0];

  beforeAll(async () => {
    // Raw inject (a client's remote address) needs the apps themselves; the harness owns their database and namespace.
    sut = await startServiceUnderTest({ definition: thingsService, appModule: ThingsAppModule, label: 'edge', env: { CORS_ORIGINS: `${CONSOLE}, http://localhost:4200` } });
    limitedSut = await startServiceUnderTest({ definition: thingsService, appModule: ThingsAppModule, label: 'edge-limited', env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' } });
    app = sut.app;
    limited = limitedSut.app;
  });

  afterAll(async () => {
    await limitedSut?.close();
    await sut?.close();
  });

  describe('a NUL or an unpaired surrogate anywhere is a 400 forbidden-character, and changes nothing', () => {
    afterEach(async () => expect(await rows()).toEqual({ things: 0, events: 0 }));

    it.each([
      ['a NUL in a body string', '{"name":"bolt\\u0000","quantity":1}', 'the string at /name of the body'],
      ['a lone high surrogate in a body string', '{"name":"bolt\\ud800","quantity":1}', 'the string at /name of the body'],
      ['a lone low surrogate deep in the body', '{"name":"bolt","quantity":1,"tags":[{"x":"\\udc00"}]}', 'the string at /tags/0/x of the body'],
      ['a NUL in a body key', '{"name":"bolt","quantity":1,"n\\u0000":1}', 'a key of the object at / of the body'],
    ])('%s', async (_what, payload, where) => {
      const res = await inject(app, {
        method: 'POST',
        url: '/v1/things',
        payload,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('agent')}` },
      });
      expect({ status: res.statusCode, contentType: res.headers['content-type'] }).toEqual({ status: 400, contentType: expect.stringMatching(/^application\/problem\+json(;|$)/) });
      expect(res.json()).toMatchObject({ type: 'urn:aftersales:problem:forbidden-character', status: 400, detail: expect.stringContaining(where) });
    });

    it.each([
      ['a NUL in a query value', '/v1/things?name=bolt%00', 'query parameter "name"'],
      ['a NUL in a repeated query value', '/v1/things?name=a&name=b%00', 'query parameter "name"'],
      ['a NUL in a path parameter', '/v1/things/named/bolt%00', 'path parameter "name"'],
    ])('%s', async (_what, url, where) => {
      const res = await inject(app, { method: 'GET', url, headers: { authorization: `Bearer ${await token('agent')}` } });
      expect({ status: res.statusCode, contentType: res.headers['content-type'] }).toEqual({ status: 400, contentType: expect.stringMatching(/^application\/problem\+json(;|$)/) });
      expect(res.json()).toMatchObject({ type: 'urn:aftersales:problem:forbidden-character', detail: expect.stringContaining(where) });
    });

    it.each([
      ['a URL that is not percent-encoded UTF-8', '/v1/things/named/%E0%A4%A', 400, 'bad-url'],
      ['a path segment over the router limit', `/v1/things/named/${'a'.repeat(200)}`, 414, 'uri-too-long'],
    ])('the router refuses %s as problem+json too, without echoing it', async (_what, url, status, slug) => {
      const res = await inject(app, { method: 'GET', url, headers: { authorization: `Bearer ${await token('agent')}` } });
      expect({ status: res.statusCode, contentType: res.headers['content-type'], nosniff: res.headers['x-content-type-options'] }).toEqual({
        status,
        contentType: expect.stringMatching(/^application\/problem\+json(;|$)/),
        nosniff: 'nosniff',
      });
      expect(res.json()).toMatchObject({ type: `urn:aftersales:problem:${slug}`, status });
      expect(res.body).not.toContain('/v1/things/named');
    });

    it('lets a well-formed pair (an emoji) and other scripts through', async () => {
      const res = await inject(app, { method: 'GET', url: `/v1/things?name=${encodeURIComponent('螺栓 🔩')}`, headers: { authorization: `Bearer ${await token('agent')}` } });
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 200, body: { items: [] } });
    });
  });

  describe('rate limits per client and route', () => {
    const get = async (url: string, auth?: string, remoteAddress = '127.0.0.1') =>
      inject(limited, { method: 'GET', url, remoteAddress, headers: auth ? { authorization: `Bearer ${auth}` } : {} });

    it('answers the request over the limit with 429 problem+json and Retry-After', async () => {
      const alice = await token('agent', 'alice');
      for (let i = 0; i < 3; i++) expect((await get('/v1/things', alice)).statusCode).toBe(200);
      const refused = await get('/v1/things', alice);
      expect({ status: refused.statusCode, contentType: refused.headers['content-type'] }).toEqual({ status: 429, contentType: expect.stringMatching(/^application\/problem\+json(;|$)/) });
      expect(refused.json()).toMatchObject({ type: 'urn:aftersales:problem:too-many-requests', status: 429 });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter > 0 && retryAfter <= 60).toBe(true);
      // Per route: the same client still reaches another route; per client: another subject still reaches this one.
      expect((await get('/v1/things/named/bolt', alice)).statusCode).toBe(200);
      expect((await get('/v1/things', await token('agent', 'bob'))).statusCode).toBe(200);
    });

    it('counts anonymous requests by address', async () => {
      for (let i = 0; i < 3; i++) expect((await get('/v1/open/ping', undefined, '203.0.113.7')).statusCode).toBe(200);
      expect((await get('/v1/open/ping', undefined, '203.0.113.7')).statusCode).toBe(429);
      expect((await get('/v1/open/ping', undefined, '203.0.113.8')).statusCode).toBe(200);
    });

    it('keys on the verified subject: a forged token naming someone does not use up their budget', async () => {
      const forged = await signDevToken({ role: 'agent', sub: 'carol', secret: 'not-the-secret-0123456789abcdef012345', issuer: 'aftersales', audience: 'aftersales-api' });
      for (let i = 0; i < 4; i++) expect((await get('/v1/things/named/x', forged, '198.51.100.9')).statusCode).not.toBe(200);
      expect((await get('/v1/things/named/x', forged, '198.51.100.9')).statusCode).toBe(429);
      expect((await get('/v1/things/named/x', await token('agent', 'carol'), '198.51.100.9')).statusCode).toBe(200);
    });

    it('never limits /health and /metrics', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await get('/health/live')).statusCode).toBe(200);
        expect((await get('/metrics')).statusCode).toBe(200);
      }
    });
  });

  describe('security headers', () => {
    it('on every API answer, success or error: nosniff, no framing, a CSP that loads nothing, no-store', async () => {
      const ok = await inject(app, { method: 'GET', url: '/v1/things', headers: { authorization: `Bearer ${await token('agent', 'headers')}` } });
      const refused = await inject(app, { method: 'GET', url: '/v1/things' });
      for (const res of [ok, refused]) {
        expect(res.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'cache-control': 'no-store',
          'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
        });
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      }
      expect([ok.statusCode, refused.statusCode]).toEqual([200, 401]);
    });

    it('on the health routes too', async () => {
      const res = await inject(app, { method: 'GET', url: '/health/live' });
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    });

    it('/docs: a CSP that lets Swagger UI load its own scripts and styles, and every one of them loads', async () => {
      const page = await inject(app, { method: 'GET', url: '/docs' });
      expect(page.statusCode).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      // 'self' allows no inline script: every script of the page has a src.
      expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const assets = [...page.body.matchAll(/<script[^>]*\bsrc=['"]([^'"]+)['"]|<link[^>]*\bhref=['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
      expect(assets.filter((a) => a.endsWith('.js'))).toHaveLength(3);
      for (const asset of assets) {
        // Same origin only: a relative URL, resolved against /docs as a browser would.
        expect(asset).not.toMatch(/^[a-z]+:\/\//i);
        const url = new URL(asset, 'http://service/docs').pathname;
        const res = await inject(app, { method: 'GET', url });
        expect({ asset, status: res.statusCode }).toEqual({ asset, status: 200 });
        if (asset.endsWith('.js')) expect(res.headers['content-type']).toMatch(/javascript/);
      }
    });
  });

  describe('CORS', () => {
    const preflight = (target: NestFastifyApplication, origin: string) =>
      inject(target, {
        method: 'OPTIONS',
        url: '/v1/things',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
      });

    it('answers a preflight from an allowed origin (the console)', async () => {
      const res = await preflight(app, CONSOLE);
      expect(res.statusCode).toBe(204);
      expect(res.headers).toMatchObject({ 'access-control-allow-origin': CONSOLE, 'access-control-allow-methods': expect.stringContaining('POST') });
      expect(String(res.headers['access-control-allow-headers']).split(/,\s*/)).toEqual(expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']));
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      const get = await inject(app, { method: 'GET', url: '/v1/things', headers: { origin: CONSOLE, authorization: `Bearer ${await token('agent', 'cors')}` } });
      expect({ status: get.statusCode, origin: get.headers['access-control-allow-origin'] }).toEqual({ status: 200, origin: CONSOLE });
    });

    it('gives a refused origin no CORS headers, so the browser withholds the answer', async () => {
      const res = await preflight(app, 'https://evil.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const get = await inject(app, { method: 'GET', url: '/v1/things', headers: { origin: 'https://evil.example', authorization: `Bearer ${await token('agent', 'cors')}` } });
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('is off without CORS_ORIGINS', async () => {
      const res = await preflight(limited, CONSOLE);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    });
  });
});
