/**
 * `npm run seed`: the walking-skeleton reference data (the README example's customer, a product model and units,
 * an engineer, a warehouse with a spare part in stock). Runs each service's migrations, then its own idempotent seed script
 * (apps/<service>/src/seed/seed.ts), so it can be run again safely. Never part of the migrations.
 */
import { existsSync } from 'node:fs';
import { SERVICE_NAMES } from '@aftersales/contracts-core';
import { runServiceScript, serviceScript } from '@aftersales/platform-testing';
import { migrateAll } from '../migrate/migrate-all';
import { localEnv, serviceEnv } from '../start/local-env';

async function main(): Promise<void> {
  const env = localEnv();
  await migrateAll(SERVICE_NAMES, env);
  for (const service of SERVICE_NAMES) {
    if (!existsSync(serviceScript(service, 'seed/seed'))) continue;
    const result = await runServiceScript(service, 'seed/seed', serviceEnv(service, env));
    process.stdout.write(result.output);
    if (result.code !== 0) throw new Error(`seeding ${service} failed`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
