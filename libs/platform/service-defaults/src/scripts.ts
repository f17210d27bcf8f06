import { DataSource } from 'typeorm';
import { openDataSource, runMigrations } from './bootstrap';
import { ServiceDefinition } from './service-definition';

/** apps/<svc>/src/migrate.ts: the Kubernetes Job's command. Exits 0 when every migration is applied. */
export function migrateCommand(def: ServiceDefinition): void {
  runMigrations(def).then(
    (applied) => {
      process.stdout.write(`${def.service}: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`);
      process.exit(0);
    },
    (error) => {
      process.stderr.write(`${def.service}: migrations failed: ${error instanceof Error ? error.stack : error}\n`);
      process.exit(1);
    },
  );
}

/** apps/<svc>/src/seed/seed.ts: runs an idempotent seed on the service's database and reports what it did. */
export function seedCommand(def: ServiceDefinition, seed: (dataSource: DataSource) => Promise<string>): void {
  openDataSource(def)
    .then(async (ds) => {
      try {
        process.stdout.write(`${def.service}: ${await seed(ds)}\n`);
      } finally {
        await ds.destroy();
      }
    })
    .catch((error) => {
      process.stderr.write(`${def.service} seed failed: ${error instanceof Error ? error.stack : error}\n`);
      process.exit(1);
    });
}
