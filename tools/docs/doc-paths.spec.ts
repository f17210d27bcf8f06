/**
 * The docs that explain the code name its files (docs/main-flow.md, the "Code:" notes of docs/domain.md,
 * docs/architecture.md): every repository path they name exists, so a move or a rename updates them too.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from './repository-files';

const DOCS = ['docs/main-flow.md', 'docs/domain.md', 'docs/architecture.md', 'docs/adding-a-service.md'];
// A path in backticks that starts at a top-level folder of the repository, without placeholders.
const PATH = /`((?:apps|libs|tools|docs|deploy|bench)\/[^`\s<>*{}]+)`/g;

describe('docs name files that exist', () => {
  it.each(DOCS)('%s', (doc) => {
    const text = readFileSync(path.join(repositoryRoot, doc), 'utf8');
    const named = [...text.matchAll(PATH)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !existsSync(path.join(repositoryRoot, p)))).toEqual([]);
  });
});
