import { accessSync, constants } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';

/** Why PostgreSQL does not answer at the server URL, or undefined when it does. */
export async function postgresProblem(serverUrl: string, timeoutMs = 3000): Promise<string | undefined> {
  const pg = new Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: timeoutMs });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await pg.end().catch(() => undefined);
  }
}

/** True when something accepts TCP connections there (a server that answers, even if it then refuses us). */
export function portTaken(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = tcpConnect({ host, port, timeout: timeoutMs });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** The first server of a NATS_URL list. */
export function firstNatsUrl(natsUrl: string | undefined): URL {
  return new URL((natsUrl || 'nats://127.0.0.1:4222').split(',')[0].trim());
}

/** True when a NATS server greets on that address (its first line is INFO). */
export function natsAnswers(url: URL, timeoutMs = 3000): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = tcpConnect({ host: url.hostname, port: Number(url.port || 4222), timeout: timeoutMs });
    socket.once('data', (d) => {
      socket.destroy();
      resolve(d.toString().startsWith('INFO'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Only a server on this machine is one `npm start` may start itself. */
export function isLoopback(hostname: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname);
}

/** The path of an executable on PATH, or in the sbin folders where Debian's package puts nats-server. */
export function onPath(command: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/local/sbin', '/usr/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
