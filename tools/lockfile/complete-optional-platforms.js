// Run after changing dependencies (npm run lockfile:complete).
//
// Packages such as @swc/core ship one optional package per platform. The npm registry this project's
// machines reach carries only the Linux x64 ones, so `npm install` here leaves the other platforms out
// of package-lock.json, and `npm ci` then refuses the lockfile as "missing" them. This adds a bare entry
// (name, version, optional) for each: npm ci accepts the lockfile and skips the packages that do not fit
// the machine, exactly as with a lockfile written against the full registry.
const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '../../package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (!lock.packages[key]) {
      lock.packages[key] = { version, optional: true };
      added++;
    }
  }
}
const sorted = Object.fromEntries(Object.keys(lock.packages).sort().map((k) => [k, lock.packages[k]]));
lock.packages = { '': lock.packages[''], ...sorted };
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added`);
