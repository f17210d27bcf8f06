/** `npm run migrate [service...]`: creates each service's database if missing and runs its migrations. */
import { SERVICE_NAMES, ServiceName } from '@aftersales/contracts-core';
import { runServiceScript } from '@aftersales/platform-testing';
import { localEnv, serviceEnv } from '../start/local-env';

export async function migrateAll(services: readonly ServiceName[], env: Record<string, string>): Promise<void> {
  for (const service of services) {
    const result = await runServiceScript(service, 'migrate', { ...serviceEnv(service, env), DB_CREATE_IF_MISSING: 'true' });
    if (result.code !== 0) throw new Error(`migrations of ${service} failed:\n${result.output}`);
    console.log(`${service}: migrations applied`);
  }
}

if (require.main === module) {
  const only = process.argv.slice(2).filter((a): a is ServiceName => (SERVICE_NAMES as readonly string[]).includes(a));
  migrateAll(only.length > 0 ? only : SERVICE_NAMES, localEnv()).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
