// PostgreSQL and NATS for the int and e2e tiers. DATABASE_SERVER_URL / NATS_URL win when set; otherwise
// testcontainers starts both when a Docker engine answers; otherwise the local servers on their default ports.
// Plain CommonJS: Jest loads it in globalSetup, before any transform.
const net = require('node:net');
const { execFileSync } = require('node:child_process');

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432';
const LOCAL_NATS = 'nats://127.0.0.1:4222';

function dockerAnswers() {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function startContainers() {
  const { GenericContainer, Wait } = require('testcontainers');
  const pg = await new GenericContainer('postgres:15')
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  const nats = await new GenericContainer('nats:2.9').withCommand(['-js']).withExposedPorts(4222).start();
  globalThis.__AFTERSALES_CONTAINERS__ = [pg, nats];
  process.env.DATABASE_SERVER_URL = `postgres://postgres@${pg.getHost()}:${pg.getMappedPort(5432)}`;
  process.env.NATS_URL = `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`;
}

function probe(url, expectBanner) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port), timeout: 3000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once(expectBanner ? 'data' : 'connect', (d) => done(!expectBanner || String(d).startsWith('INFO')));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

async function ensureInfra() {
  if (!(process.env.DATABASE_SERVER_URL && process.env.NATS_URL) && dockerAnswers()) await startContainers();
  process.env.DATABASE_SERVER_URL ??= LOCAL_PG;
  process.env.NATS_URL ??= LOCAL_NATS;
  const missing = [];
  if (!(await probe(process.env.DATABASE_SERVER_URL, false))) {
    missing.push(`PostgreSQL at ${process.env.DATABASE_SERVER_URL}: start it with 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' (or set DATABASE_SERVER_URL)`);
  }
  if (!(await probe(process.env.NATS_URL, true))) {
    missing.push(`NATS with JetStream at ${process.env.NATS_URL}: start it with 'nats-server -js -sd /var/lib/nats-server' (or set NATS_URL)`);
  }
  if (missing.length) throw new Error(`Integration tests need:\n- ${missing.join('\n- ')}`);
}

async function stopInfra() {
  for (const container of globalThis.__AFTERSALES_CONTAINERS__ ?? []) await container.stop();
}

module.exports = { ensureInfra, stopInfra };
