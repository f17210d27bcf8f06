/**
 * The console's one origin (issue #20): /api/<service>/ reaches the service, the page routes fall back to the app,
 * and the development sign-in exists only when it is switched on; its tokens are what the services accept.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { serviceApp } from '../scripts/api-documents';
import { consoleOptionsFromEnv } from '../server/console-env';
import { RunningConsoleServer, startConsoleServer } from '../server/console-server';

const AUTH = { secret: 'console-server-test-secret-0123456789abcdef', issuer: 'aftersales', audience: 'aftersales-api' };

describe('the console server', () => {
  let warranty: ServiceUnderTest;
  let dist: string;
  let withDev: RunningConsoleServer;
  let withoutDev: RunningConsoleServer;

  beforeAll(async () => {
    const { AppModule, definition } = serviceApp('warranty');
    warranty = await startServiceUnderTest({ appModule: AppModule, definition, env: { AUTH_JWT_SECRET: AUTH.secret } });
    await warranty.app.listen(0, '127.0.0.1');
    dist = await mkdtemp(path.join(tmpdir(), 'console-dist-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>console</title><div id="root"></div>');
    const services = { warranty: (await warranty.app.getUrl()).replace('[::1]', '127.0.0.1') };
    withDev = await startConsoleServer({ port: 0, services, staticDir: dist, devSignIn: AUTH });
    withoutDev = await startConsoleServer({ port: 0, services, staticDir: dist });
  });

  afterAll(async () => {
    await withDev?.close();
    await withoutDev?.close();
    await warranty?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('signs a development token the services accept, for a seeded person only', async () => {
    const people = (await (await fetch(`${withDev.url}/auth/dev/people`)).json()) as { id: string }[];
    expect(people.map((p: { id: string }) => p.id)).toEqual(['agent', 'engineer', 'manager', 'customer']);
    const signed = await fetch(`${withDev.url}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: 'agent' }) });
    const { accessToken } = (await signed.json()) as { accessToken: string };
    // An agent reads a unit's owners (a 404 for a serial nobody registered): past authentication and the role check.
    const owners = await fetch(`${withDev.url}/api/warranty/v1/units/SN-NOBODY/ownership`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(owners.status).toBe(404);
    const withoutToken = await fetch(`${withDev.url}/api/warranty/v1/units/SN-NOBODY/ownership`);
    expect(withoutToken.status).toBe(401);
    const unknown = await fetch(`${withDev.url}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: 'root' }) });
    expect(unknown.status).toBe(422);
  });

  it('has no development sign-in unless it is switched on, and says so in /config.json', async () => {
    expect(await (await fetch(`${withoutDev.url}/config.json`)).json()).toEqual({ devSignIn: false, oidc: null });
    expect((await fetch(`${withoutDev.url}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"person":"agent"}' })).status).toBe(404);
    expect((await fetch(`${withoutDev.url}/auth/dev/people`)).status).toBe(404);
    expect(await (await fetch(`${withDev.url}/config.json`)).json()).toEqual({ devSignIn: true, oidc: null });
  });

  it('proxies /api/<service>/ without the prefix, and refuses a call without a token as the service does', async () => {
    expect((await fetch(`${withoutDev.url}/api/warranty/health/ready`)).status).toBe(200);
    expect((await fetch(`${withoutDev.url}/api/warranty/v1/product-models`)).status).toBe(401);
    expect((await fetch(`${withoutDev.url}/api/unknown/v1/anything`)).status).toBe(404);
  });

  it('serves the app for every page route, so a deep link survives a reload', async () => {
    const page = await fetch(`${withoutDev.url}/agent/cases/0192f3a0-7c1e-7c3a-9a4e-000000000001`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('offers OIDC only when AUTH_ISSUER is a provider URL and a client id is set, and dev sign-in only with its flag', () => {
    const rest = { services: {}, staticDir: dist };
    expect(consoleOptionsFromEnv({ AUTH_ISSUER: 'aftersales', CONSOLE_OIDC_CLIENT_ID: 'console' }, rest).oidc).toBeUndefined();
    expect(consoleOptionsFromEnv({ AUTH_ISSUER: 'https://login.example.com/realms/aftersales', CONSOLE_OIDC_CLIENT_ID: 'console' }, rest).oidc).toEqual({
      authority: 'https://login.example.com/realms/aftersales',
      clientId: 'console',
      scope: 'openid profile',
    });
    expect(consoleOptionsFromEnv({ AUTH_JWT_SECRET: AUTH.secret }, rest).devSignIn).toBeUndefined();
    expect(() => consoleOptionsFromEnv({ CONSOLE_DEV_SIGN_IN: 'true' }, rest)).toThrow(/needs AUTH_JWT_SECRET/);
  });
});
