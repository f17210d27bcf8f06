/**
 * The console under test (issue #20): the platform as separate processes (startPlatform: free ports, own databases,
 * seeded), the console server in front of it with the development sign-in, and Debian's chromium driven by
 * playwright-core. Screenshots go to apps/console/artefacts/screenshots (git-ignored; CI keeps the folder).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { SERVICE_NAMES } from '@aftersales/contracts-core';
import { CHROMIUM_ARGS, REPO_ROOT, chromiumPath, freePort } from '@aftersales/platform-testing';
import { E2E_AUTH, RunningPlatform, startPlatform } from '../platform';

const CONSOLE_DIST = path.join(REPO_ROOT, 'apps', 'console', 'dist');

interface RunningConsoleServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The console server as `npm start` runs it: its own process (apps/console/server/main.ts), here with the development
 * sign-in on and the platform's secret, proxying /api/<service>/ to the platform's services.
 */
async function startConsoleProcess(upstreams: Record<string, string>): Promise<RunningConsoleServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', path.join(REPO_ROOT, 'apps', 'console', 'server', 'main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CONSOLE_PORT: String(port),
      CONSOLE_DEV_SIGN_IN: 'true',
      AUTH_JWT_SECRET: E2E_AUTH.secret,
      AUTH_ISSUER: E2E_AUTH.issuer,
      AUTH_AUDIENCE: E2E_AUTH.audience,
      CONSOLE_UPSTREAMS: Object.entries(upstreams)
        .map(([s, u]) => `${s}=${u}`)
        .join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the console server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('console ready at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the console server exited with code ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export const SCREENSHOTS = path.join(REPO_ROOT, 'apps', 'console', 'artefacts', 'screenshots');

export interface ConsoleUnderTest {
  platform: RunningPlatform;
  console: RunningConsoleServer;
  browser: Browser;
  /** A fresh browser context (own sessionStorage) in the given language, signed in as that seeded person. */
  signedIn(person: 'agent' | 'engineer' | 'manager' | 'customer', options?: { phone?: boolean; language?: 'zh-CN' | 'en' }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

export async function startConsoleUnderTest(): Promise<ConsoleUnderTest> {
  if (!existsSync(path.join(CONSOLE_DIST, 'index.html'))) throw new Error('The console is not built: npm run console:build (npm run test:browser does it first)');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const platform = await startPlatform({ readyTimeoutMs: 150_000 });
  let server: RunningConsoleServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startConsoleProcess(Object.fromEntries(SERVICE_NAMES.map((s) => [s, platform.url(s)])));
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await browser?.close();
    await server?.close();
    await platform.stop();
    throw error;
  }
  const url = server.url;
  const b = browser;
  const names = { agent: 'Wang Fang', engineer: 'Li Wei', manager: 'Chen Jing', customer: 'Zhang San' } as const;
  return {
    platform,
    console: server,
    browser: b,
    async signedIn(person, options = {}) {
      const language = options.language ?? 'en';
      const context = await b.newContext({
        baseURL: url,
        locale: language,
        viewport: options.phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
        ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      // The language the person chose before: the console keeps it in localStorage.
      await context.addInitScript((lang) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('aftersales.language', lang), language);
      const page = await context.newPage();
      await page.goto('/signin');
      await page.getByRole('button', { name: new RegExp(names[person]) }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
      return { context, page };
    },
    async stop() {
      await b.close();
      await server?.close();
      await platform.stop();
    },
  };
}

/** axe-core with the WCAG 2.1 A and AA tags: the serious and critical violations, as short lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
