/**
 * The console server as its own process (what `npm start` runs beside the services): reads the development
 * settings (.env.example, "console") and CONSOLE_UPSTREAMS (`intake=http://127.0.0.1:3001,dispatch=...`, set by
 * `npm start`), then serves the built console and proxies /api/<service>/ to each upstream.
 */
import * as path from 'node:path';
import { consoleOptionsFromEnv } from './console-env';
import { startConsoleServer } from './console-server';

export const CONSOLE_DIST = path.resolve(__dirname, '..', 'dist');

/** `intake=http://127.0.0.1:3001,dispatch=http://127.0.0.1:3002` as a map; a malformed entry is an error. */
export function parseUpstreams(raw: string | undefined): Record<string, string> {
  const entries = (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  return Object.fromEntries(
    entries.map((entry) => {
      const [name, url] = entry.split('=');
      if (!/^[a-z][a-z-]*$/.test(name ?? '') || !/^https?:\/\/[^\s]+$/.test(url ?? '')) throw new Error(`CONSOLE_UPSTREAMS: "${entry}" is not service=http://host:port`);
      return [name, url.replace(/\/$/, '')];
    }),
  );
}

async function main(): Promise<void> {
  const options = consoleOptionsFromEnv(process.env, { services: parseUpstreams(process.env.CONSOLE_UPSTREAMS), staticDir: CONSOLE_DIST });
  const server = await startConsoleServer({ ...options, host: process.env.CONSOLE_HOST || '127.0.0.1' });
  process.stdout.write(`console ready at ${server.url}${options.devSignIn ? ' (development sign-in on)' : ''}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
