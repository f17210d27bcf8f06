/**
 * npm run deploy:check [-- <overlay dir>...]: builds the overlays (all of deploy/k8s/overlays by default) with
 * kubectl kustomize and validates every object against the Kubernetes schemas, as the tests do; exit 1 on any
 * problem. For an operator's own overlay too.
 */
import * as path from 'node:path';
import { kustomizeBuild, overlayDirs, validateObjects } from './kustomize';

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => path.resolve(d)) : overlayDirs();
let failed = false;
for (const dir of dirs) {
  const name = path.relative(process.cwd(), dir) || dir;
  try {
    const objects = kustomizeBuild(dir);
    const problems = validateObjects(objects);
    failed ||= problems.length > 0;
    process.stdout.write(`${name}: ${objects.length} objects, ${problems.length === 0 ? 'valid' : `${problems.length} problem(s)`}\n`);
    for (const p of problems) process.stdout.write(`  ${p.kind}/${p.name}: ${p.problem}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${name}: ${(error as Error).message}\n`);
  }
}
process.exit(failed ? 1 : 0);
