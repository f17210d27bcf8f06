/**
 * `npm run console:api [-- intake dispatch]`: writes each service's OpenAPI document and the client types generated
 * from it into apps/console/src/api/generated/ (needs PostgreSQL and NATS, as the tests do: each app is initialised on
 * a scratch database). Run it after changing a service's API the console uses, and commit the result.
 */
import * as path from 'node:path';
import { REPO_ROOT } from '@aftersales/platform-testing';
import { CONSOLE_SERVICES, ConsoleService, buildApiFiles, documentFile, typesFile, writeApiFiles } from './api-documents';

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((s) => !(CONSOLE_SERVICES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`not a service the console calls: ${unknown.join(', ')} (CONSOLE_SERVICES: ${CONSOLE_SERVICES.join(', ')})`);
  const services = asked.length > 0 ? (asked as ConsoleService[]) : [...CONSOLE_SERVICES];
  for (const service of services) {
    await writeApiFiles(service, await buildApiFiles(service));
    console.log(`${service}: ${path.relative(REPO_ROOT, documentFile(service))}, ${path.relative(REPO_ROOT, typesFile(service))}`);
  }
  // Nest and the pools may keep handles open after the apps closed.
  process.exit(0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
