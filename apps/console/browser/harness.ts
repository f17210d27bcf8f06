/**
 * The console under test: the platform as separate processes (apps/e2e's startPlatform: free ports, own databases,
 * seeded), the console server in front of it with the development sign-in, and Debian's chromium driven by
 * playwright-core. Screenshots go to apps/console/artefacts/screenshots (git-ignored; CI keeps the folder).
 */
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { SERVICE_NAMES } from '@aftersales/contracts-core';
import { REPO_ROOT } from '@aftersales/platform-testing';
import { E2E_AUTH, RunningPlatform, startPlatform } from '../../e2e/src/platform';
import { RunningConsoleServer, startConsoleServer } from '../server/console-server';
import { CONSOLE_DIST } from '../server/main';

export const SCREENSHOTS = path.join(REPO_ROOT, 'apps', 'console', 'artefacts', 'screenshots');

/** Debian's chromium (apt-get install chromium; .ci/run installs it), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`No chromium found (${candidates.join(', ')}): apt-get install -y chromium, or set CHROMIUM_PATH`);
  return found;
}

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
  const platform = await startPlatform();
  let server: RunningConsoleServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startConsoleServer({
      port: 0,
      services: Object.fromEntries(SERVICE_NAMES.map((s) => [s, platform.url(s)])),
      staticDir: CONSOLE_DIST,
      devSignIn: { ...E2E_AUTH },
    });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
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
