import { connect as tcpConnect } from 'node:net';
import { Client } from 'pg';

/** Says plainly which of PostgreSQL and NATS is not reachable, and how to start it. */
export async function preflight(env: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const server = (env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
  const pg = new Client({ connectionString: `${server}/postgres`, connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (error) {
    problems.push(
      `PostgreSQL is not reachable at ${server} (${(error as Error).message}).\n` +
        `  Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start   (or: docker compose up -d postgres)`,
    );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const natsUrl = new URL((env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',')[0]);
  const natsOk = await new Promise<boolean>((resolve) => {
    const socket = tcpConnect({ host: natsUrl.hostname, port: Number(natsUrl.port || 4222), timeout: 3000 });
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
  if (!natsOk) {
    problems.push(
      `NATS is not reachable at ${natsUrl.host}.\n` +
        `  Start it with JetStream: nats-server -js -sd /var/lib/nats-server   (or: docker compose up -d nats)`,
    );
  }
  return problems;
}
