import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Where the tests find PostgreSQL and NATS: DATABASE_SERVER_URL / NATS_URL from the environment,
 * else testcontainers when a Docker engine answers, else the local servers on their default ports.
 */
export interface TestInfra {
  /** Server URL without a database name, e.g. postgres://postgres@127.0.0.1:5432 */
  databaseServerUrl: string;
  natsUrl: string;
}

const LOCAL_DEFAULTS: TestInfra = {
  databaseServerUrl: 'postgres://postgres@127.0.0.1:5432',
  natsUrl: 'nats://127.0.0.1:4222',
};

export function testInfra(): TestInfra {
  return {
    databaseServerUrl: process.env.DATABASE_SERVER_URL ?? LOCAL_DEFAULTS.databaseServerUrl,
    natsUrl: process.env.NATS_URL ?? LOCAL_DEFAULTS.natsUrl,
  };
}

/** Short random token, safe in database, stream and consumer names. */
export function uniqueToken(label: string): string {
  const clean = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 24);
  return `${clean}_${randomBytes(4).toString('hex')}`;
}

/**
 * A NATS namespace for one test file: streams become `<NS>_INTAKE` and subjects `<ns>.aftersales...`,
 * so files run in parallel without seeing each other's messages.
 */
export function testNamespace(label: string): string {
  return `t_${uniqueToken(label)}`;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file (or one service in an e2e run). */
export async function createTestDatabase(label: string, infra: TestInfra = testInfra()): Promise<TestDatabase> {
  const name = `t_${uniqueToken(label)}`;
  await withAdminClient(infra.databaseServerUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = `${infra.databaseServerUrl.replace(/\/$/, '')}/${name}`;
  return {
    name,
    url,
    drop: () =>
      withAdminClient(infra.databaseServerUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withAdminClient<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl.replace(/\/$/, '')}/postgres` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
