/**
 * `npm run events:generate`: writes docs/events (AsyncAPI 3, JSON Schemas, README) from libs/contracts and records
 * each event's schema in tools/event-catalog/contract-snapshot.json. Refuses a breaking change within a version.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { allContracts } from './catalog';
import { REPO_ROOT, SNAPSHOT_FILE, readSnapshot, renderCatalog, renderSnapshot, snapshotProblems } from './render';

const contracts = allContracts();
const problems = snapshotProblems(contracts, readSnapshot());
if (problems.length > 0) {
  console.error(
    `Breaking changes within a major version (publish a new .v<N+1> subject instead):\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
  process.exit(1);
}
const schemasDir = path.join(REPO_ROOT, 'docs/events/schemas');
rmSync(schemasDir, { recursive: true, force: true });
mkdirSync(schemasDir, { recursive: true });
for (const [file, content] of renderCatalog(contracts)) writeFileSync(path.join(REPO_ROOT, file), content);
writeFileSync(path.join(REPO_ROOT, SNAPSHOT_FILE), renderSnapshot(contracts));
console.log(`docs/events: ${contracts.length} events, ${readdirSync(schemasDir).length} schemas, asyncapi.yaml, README.md`);
