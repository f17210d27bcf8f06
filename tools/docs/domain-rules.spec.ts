/**
 * docs/domain.md is the one place the domain rules are stated: every rule id the repository cites (`// R-SLA-3`,
 * OpenAPI descriptions, docs, contracts) must be defined there, so a reader can always look a citation up.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot, repositoryTextFiles } from './repository-files';

const RULE_ID = /\bR-[A-Z]+-\d+\b/g;
const domainPage = 'docs/domain.md';

/** A rule is defined by a bullet that starts with its id in bold: `- **R-IN-1** ...`. */
function definedRules(markdown: string): string[] {
  return [...markdown.matchAll(/^- \*\*(R-[A-Z]+-\d+)\*\*/gm)].map((m) => m[1]);
}

describe('docs/domain.md defines every rule the repository cites', () => {
  const page = readFileSync(path.join(repositoryRoot, domainPage), 'utf8');
  const defined = definedRules(page);

  it('defines each rule once, and the rule families the services are built on', () => {
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of ['R-IN-1', 'R-IN-8', 'R-SLA-1', 'R-SLA-8', 'R-DS-1', 'R-DS-11', 'R-WA-1', 'R-WA-8', 'R-RMA-1', 'R-RMA-8', 'R-CP-1', 'R-CP-6', 'R-SV-1', 'R-SV-5']) {
      expect(defined).toContain(id);
    }
    expect(defined.length).toBeGreaterThanOrEqual(54);
  });

  it('leaves no cited rule id undefined', () => {
    const known = new Set(defined);
    const undefinedCitations = repositoryTextFiles()
      .filter(({ file }) => file !== domainPage)
      .flatMap(({ file, text }) => [...text.matchAll(RULE_ID)].map((m) => ({ file, id: m[0] })))
      .filter(({ id }) => !known.has(id))
      .map(({ file, id }) => `${file}: ${id}`);
    expect([...new Set(undefinedCitations)]).toEqual([]);
  });

  it('would notice a citation of an unknown rule', () => {
    // The check above is only worth something if the pattern finds ids in the forms code uses.
    // (The unknown id is assembled so that this file does not cite it.)
    const unknown = ['R', 'ZZ', '99'].join('-');
    const cited = [...`// R-SLA-3, (R-WA-1..8) and "rule: ${unknown}"`.matchAll(RULE_ID)].map((m) => m[0]);
    expect(cited).toEqual(['R-SLA-3', 'R-WA-1', unknown]);
    expect(defined).not.toContain(unknown);
  });
});
