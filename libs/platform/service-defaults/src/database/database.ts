import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { CreateMessagingTables1732320000000, messagingEntities } from '@aftersales/platform-messaging';
import { CreateTimersTable1732320000200 } from '@aftersales/platform-timers';
import { AppConfig } from '../config/app-config';
import { CreateIdempotencyKeys1732320000100 } from '../idempotency/idempotency.service';
import { ServiceDefinition } from '../service-definition';

/** The one place a service's TypeORM options are made: migrations only, never synchronize. */
export function dataSourceOptions(def: ServiceDefinition, config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: [...messagingEntities, ...def.entities],
    migrations: [CreateMessagingTables1732320000000, CreateIdempotencyKeys1732320000100, CreateTimersTable1732320000200, ...def.migrations],
    synchronize: false,
    migrationsRun: false,
    // A database that does not answer fails the request (and readiness) instead of queueing it forever.
    connectTimeoutMS: 5000,
    extra: { max: config.values.DB_POOL_SIZE },
  };
}

/** Development convenience (DB_CREATE_IF_MISSING): create the service's database on its server. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (error) {
    // Two services racing to create the same database: the loser finds it there.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

export async function migrate(def: ServiceDefinition, config: AppConfig): Promise<string[]> {
  if (config.values.DB_CREATE_IF_MISSING) await ensureDatabase(config.databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(def, config));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
