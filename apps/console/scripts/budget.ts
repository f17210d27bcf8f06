/**
 * `npm run console:budget`: the console's performance budgets (issue #20), on the built console (npm run
 * console:build). Fails when one is exceeded:
 * - initial JavaScript under 400 KB gzipped: what index.html loads before any area (its module script and the
 *   chunks it preloads); each area (agent, engineer, portal, manager) is a chunk of its own, loaded on demand;
 * - first load on localhost under 1.5 s: the sign-in page served by the console server, in Debian's chromium, from
 *   navigation start until its heading is on screen (the best of three cold loads, each in a fresh context).
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '@aftersales/platform-testing';
import { startConsoleServer } from '../server/console-server';
import { CONSOLE_DIST } from '../server/main';

export const INITIAL_JS_BUDGET_BYTES = 400 * 1024;
export const FIRST_LOAD_BUDGET_MS = 1500;

const gz = (file: string) => gzipSync(readFileSync(path.join(CONSOLE_DIST, file))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JavaScript index.html makes the browser fetch at once: its module scripts and modulepreload links. */
export function initialScripts(indexHtml: string): string[] {
  const found = [...indexHtml.matchAll(/<script[^>]+src="\/?([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(found)];
}

async function firstLoadMs(): Promise<number> {
  const server = await startConsoleServer({ port: 0, services: {}, staticDir: CONSOLE_DIST });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.url}/signin`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return Math.min(...times);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const index = readFileSync(path.join(CONSOLE_DIST, 'index.html'), 'utf8');
  const initial = initialScripts(index);
  const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
  const lazy = readdirSync(path.join(CONSOLE_DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
    .map((f) => ({ f, bytes: gz(`assets/${f}`) }))
    .sort((a, b) => b.bytes - a.bytes);
  console.log(`initial JavaScript (gzip): ${kb(initialBytes)} of ${kb(INITIAL_JS_BUDGET_BYTES)}`);
  for (const f of initial) console.log(`  ${f}  ${kb(gz(f))}`);
  console.log(`loaded on demand (gzip): ${lazy.map((l) => `${l.f} ${kb(l.bytes)}`).join(', ')}`);
  const ms = await firstLoadMs();
  console.log(`first load of the sign-in page on localhost: ${ms.toFixed(0)} ms of ${FIRST_LOAD_BUDGET_MS} ms`);
  const over = [
    ...(initialBytes > INITIAL_JS_BUDGET_BYTES ? [`initial JavaScript ${kb(initialBytes)} > ${kb(INITIAL_JS_BUDGET_BYTES)}`] : []),
    ...(ms > FIRST_LOAD_BUDGET_MS ? [`first load ${ms.toFixed(0)} ms > ${FIRST_LOAD_BUDGET_MS} ms`] : []),
  ];
  if (over.length > 0) {
    console.error(`Over budget: ${over.join('; ')}`);
    process.exit(1);
  }
  console.log('Within budget.');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
