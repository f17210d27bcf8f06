import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { STREAMS } from '@aftersales/contracts-core';
import { allContracts } from './catalog';
import { REPO_ROOT, SNAPSHOT_FILE, readSnapshot, renderCatalog, renderSnapshot, snapshotProblems } from './render';

const contracts = allContracts();

describe('event catalog (docs/events)', () => {
  it('is up to date with libs/contracts (run `npm run events:generate` when this fails)', () => {
    const expected = renderCatalog(contracts);
    for (const [file, content] of expected) {
      const onDisk = path.join(REPO_ROOT, file);
      expect({ file, exists: existsSync(onDisk) }).toEqual({ file, exists: true });
      expect({ file, content: readFileSync(onDisk, 'utf8') }).toEqual({ file, content });
    }
    const schemaFiles = readdirSync(path.join(REPO_ROOT, 'docs/events/schemas')).map((f) => `docs/events/schemas/${f}`);
    expect(schemaFiles.sort()).toEqual([...expected.keys()].filter((f) => f.includes('/schemas/')).sort());
  });

  it('records every event version in the contract snapshot', () => {
    expect(readFileSync(path.join(REPO_ROOT, SNAPSHOT_FILE), 'utf8')).toBe(renderSnapshot(contracts));
  });

  it('has no breaking change within a major version against the snapshot', () => {
    expect(snapshotProblems(contracts, readSnapshot())).toEqual([]);
  });

  it('covers the walking skeleton’s events', () => {
    expect(contracts.map((c) => c.subject)).toEqual(
      expect.arrayContaining([
        'aftersales.intake.case.opened.v1',
        'aftersales.warranty.entitlement.determined.v1',
        'aftersales.intake.case.dispatch-requested.v1',
        'aftersales.dispatch.work-order.assigned.v1',
        'aftersales.dispatch.work-order.completed.v1',
        'aftersales.rma.stock.issued.v1',
        'aftersales.intake.case.closed.v1',
        'aftersales.surveys.response.received.v1',
        'aftersales.complaints.complaint.opened.v1',
      ]),
    );
  });

  it.each(contracts.map((c) => [c.subject, c] as const))('%s: its example is valid and its subject names its producer’s stream', (_s, c) => {
    expect(c.schema.safeParse(c.example).success).toBe(true);
    expect(c.subject.startsWith(`aftersales.${STREAMS[c.producer].subjectToken}.`)).toBe(true);
    expect(c.subject).toMatch(/^aftersales\.[a-z]+\.[a-z-]+\.[a-z-]+\.v[1-9][0-9]*$/);
  });
});
