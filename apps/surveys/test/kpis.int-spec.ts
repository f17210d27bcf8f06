/**
 * KPIs on real PostgreSQL and NATS (R-SV-4, R-SLA-8, R-SLA-7), with intake, dispatch, warranty, complaints and the
 * survey answers played over JetStream: fifty cases of November 2026 written out as a table below, the figures a
 * service manager would count from that table by hand, the month's snapshot at midnight, the breach report, a new
 * definition version recomputing the history and saying what changed, and bad input refused without a trace.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { ComplaintOpenedV1 } from '@aftersales/contracts-complaints';
import { WorkOrderAssignedV1, WorkOrderCompletedV1, WorkOrderRepeatRepairFlaggedV1 } from '@aftersales/contracts-dispatch';
import { CaseAssignedV1, CaseClosedV1, CaseOpenedV1, CaseResolvedV1, CaseStatusChangedV1, SlaBreachedV1 } from '@aftersales/contracts-intake';
import { KpiSnapshotV1 } from '@aftersales/contracts-surveys';
import { ResponseReceivedV1 } from '@aftersales/contracts-surveys';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

const ZONE = 'Asia/Shanghai';
/** A local time in Shanghai, November 2026 ("11-02 10:00"). */
const sh = (local: string) => DateTime.fromFormat(`2026-${local}`, 'yyyy-MM-dd HH:mm', { zone: ZONE }).toUTC().toISO() as string;

const ENGINEERS: Record<string, string> = {
  E1: '0192f3a0-0000-7000-8000-0000000000e1',
  E2: '0192f3a0-0000-7000-8000-0000000000e2',
  E3: '0192f3a0-0000-7000-8000-0000000000e3',
  E4: '0192f3a0-0000-7000-8000-0000000000e4',
};
const CUSTOMERS: Record<string, string> = {
  C1: '0192f3a0-0000-7000-8000-0000000000c1',
  C2: '0192f3a0-0000-7000-8000-0000000000c2',
  C3: '0192f3a0-0000-7000-8000-0000000000c3',
  C4: '0192f3a0-0000-7000-8000-0000000000c4',
  C5: '0192f3a0-0000-7000-8000-0000000000c5',
};
const K1 = '0192f3a0-0000-7000-8000-0000000000f1';

/**
 * The fifty cases. Engineer: E1..E4 = a work order assigned to that engineer (its branch beside it); agent = a phone
 * case assigned in intake to agent-li, no work order. Times are Shanghai, November 2026 (11-06 is a Friday, 11-07 a
 * Saturday). resolved "-": never resolved; "R>" a resolution later undone by a reopen (the time after > is the
 * reopening, and a second resolution follows it when given in the next column). visits "-": no work order completed.
 * csat/nps "-": no answer (an answer comes 2 h after the closure). contract K1: a unit under contract (its own serial).
 */
const TABLE = `
 n  | eng   | branch | model   | cust | contract | prio | opened      | resolved                      | closed      | visits | csat | nps | complaint | breach     | note
 1  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-02 10:00 | 11-02 14:00                   | 11-02 15:00 | 1      | 5    | 10  | -         | -          |
 2  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-03 10:00 | 11-03 14:00                   | 11-03 15:00 | 1      | 5    | 9   | -         | -          |
 3  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-04 10:00 | 11-04 14:00                   | 11-04 15:00 | 1      | 4    | 8   | -         | -          |
 4  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-05 10:00 | 11-05 14:00                   | 11-05 15:00 | 1      | 4    | 7   | -         | -          |
 5  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-06 15:00 | 11-09 11:00                   | 11-09 12:00 | 1      | 5    | 10  | -         | -          | over the weekend
 6  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-09 10:00 | 11-09 14:00                   | 11-09 15:00 | 2      | 3    | 6   | yes       | -          |
 7  | E1    | east   | PX-2000 | C1   | -        | P2   | 11-10 10:00 | 11-10 14:00                   | 11-10 15:00 | 1      | 5    | 10  | -         | response   |
 8  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-11 10:00 | 11-11 14:00                   | 11-11 15:00 | 1      | -    | -   | -         | -          |
 9  | E1    | east   | PX-2000 | C1   | -        | P3   | 11-12 10:00 | R 11-12 14:00 > 11-12 16:00   | 11-12 15:00 | 1      | -    | -   | -         | -          | closed, then reopened
 10 | E1    | east   | PX-2000 | C1   | -        | P3   | 11-13 10:00 | R 11-13 14:00 > 11-13 15:00 ; 11-16 10:00 | -  | 1      | -    | -   | -         | -          | reopened, resolved again
 11 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-02 09:00 | 11-02 17:00                   | 11-03 09:00 | 1      | 5    | 10  | -         | -          |
 12 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-03 09:00 | 11-03 17:00                   | 11-04 09:00 | 1      | 5    | 9   | -         | -          |
 13 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-04 09:00 | 11-04 17:00                   | 11-05 09:00 | 1      | 2    | 3   | yes       | -          |
 14 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-05 09:00 | 11-05 17:00                   | 11-06 09:00 | 1      | 5    | 10  | -         | resolution |
 15 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-16 09:00 | 11-16 17:00                   | 11-17 09:00 | 1      | 4    | 8   | -         | -          |
 16 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-17 09:00 | 11-17 17:00                   | 11-18 09:00 | 1      | -    | -   | -         | -          |
 17 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-18 09:00 | 11-18 17:00                   | 11-19 09:00 | 1      | -    | -   | -         | -          |
 18 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-19 09:00 | 11-19 17:00                   | 11-20 09:00 | 1      | -    | -   | -         | -          |
 19 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-20 09:00 | 11-20 17:00                   | 11-23 09:00 | 1      | -    | -   | -         | -          |
 20 | E2    | east   | PX-2000 | C2   | -        | P3   | 11-23 09:00 | 11-23 17:00                   | 11-24 09:00 | 1      | -    | -   | -         | -          | repeated by case 30
 21 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-02 10:00 | 11-03 10:00                   | 11-03 11:00 | 2      | 4    | 9   | -         | -          |
 22 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-03 10:00 | 11-04 10:00                   | 11-04 11:00 | 2      | 4    | 9   | -         | -          |
 23 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-04 10:00 | 11-05 10:00                   | 11-05 11:00 | 1      | 5    | 10  | -         | -          |
 24 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-05 10:00 | 11-06 10:00                   | 11-06 11:00 | 1      | 5    | 10  | -         | -          |
 25 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-06 10:00 | 11-09 10:00                   | 11-09 11:00 | 1      | 1    | 0   | yes       | resolution | over the weekend
 26 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-10 10:00 | 11-11 10:00                   | 11-11 11:00 | 1      | 5    | 10  | -         | response   |
 27 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-11 10:00 | 11-12 10:00                   | 11-12 11:00 | 1      | 5    | 10  | -         | response   |
 28 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-12 10:00 | 11-13 10:00                   | 11-13 11:00 | 1      | -    | -   | -         | -          |
 29 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-16 10:00 | 11-17 10:00                   | 11-17 11:00 | 1      | -    | -   | -         | -          |
 30 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-24 10:00 | 11-25 10:00                   | 11-25 11:00 | 1      | -    | -   | -         | -          | repeats case 20
 31 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-25 10:00 | 11-26 10:00                   | 11-26 11:00 | 1      | -    | -   | -         | -          |
 32 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-26 10:00 | 11-27 10:00                   | -           | 1      | -    | -   | -         | -          |
 33 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-26 10:00 | -                             | -           | -      | -    | -   | -         | resolution |
 34 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-27 10:00 | -                             | -           | -      | -    | -   | -         | -          |
 35 | E3    | west   | PX-3000 | C3   | -        | P3   | 11-27 11:00 | -                             | -           | -      | -    | -   | -         | -          |
 36 | agent | -      | PX-2000 | C4   | -        | P3   | 11-02 11:00 | 11-02 12:00                   | 11-02 13:00 | -      | 5    | 10  | -         | -          |
 37 | agent | -      | PX-2000 | C4   | -        | P3   | 11-03 11:00 | 11-03 12:00                   | 11-03 13:00 | -      | 5    | 10  | -         | -          |
 38 | agent | -      | PX-2000 | C4   | -        | P3   | 11-04 11:00 | 11-04 12:00                   | 11-04 13:00 | -      | 5    | 10  | -         | -          |
 39 | agent | -      | PX-2000 | C4   | -        | P3   | 11-05 11:00 | 11-05 12:00                   | 11-05 13:00 | -      | 4    | 9   | -         | -          |
 40 | agent | -      | PX-2000 | C4   | -        | P3   | 11-06 11:00 | 11-06 12:00                   | 11-06 13:00 | -      | 4    | 8   | -         | -          |
 41 | agent | -      | PX-2000 | C4   | -        | P3   | 11-09 11:00 | 11-09 12:00                   | 11-09 13:00 | -      | 3    | 7   | -         | -          |
 42 | agent | -      | PX-2000 | C4   | -        | P3   | 11-10 11:00 | 11-10 12:00                   | 11-10 13:00 | -      | -    | -   | -         | -          |
 43 | agent | -      | PX-2000 | C4   | -        | P1   | 11-11 11:00 | 11-11 12:00                   | 11-11 13:00 | -      | -    | -   | -         | response   |
 44 | agent | -      | PX-2000 | C4   | -        | P3   | 11-12 11:00 | -                             | -           | -      | -    | -   | -         | -          |
 45 | agent | -      | PX-2000 | C4   | -        | P3   | 11-13 11:00 | -                             | -           | -      | -    | -   | -         | -          |
 46 | E4    | west   | PX-3000 | C5   | K1       | P3   | 11-02 09:00 | 11-07 09:00                   | 11-07 10:00 | 1      | 3    | 5   | -         | -          | down five days
 47 | E4    | west   | PX-3000 | C5   | K1       | P3   | 11-10 09:00 | 11-10 13:00                   | 11-10 14:00 | 1      | 5    | 10  | -         | -          | waits on the customer 10:00-12:00
 48 | E4    | west   | PX-3000 | C5   | K1       | P3   | 11-11 09:00 | 11-12 09:00                   | 11-12 10:00 | 1      | 4    | 9   | -         | -          |
 49 | E4    | west   | PX-3000 | C5   | K1       | P3   | 11-16 09:00 | 11-16 17:00                   | 11-16 18:00 | 1      | 5    | 10  | -         | -          |
 50 | E4    | west   | PX-3000 | C5   | K1       | P3   | 11-23 09:00 | 11-23 11:00                   | 11-23 12:00 | 1      | 5    | 10  | -         | -          |
`;

interface Row {
  n: number;
  eng: string;
  branch: string | null;
  model: string;
  cust: string;
  contract: string | null;
  prio: 'P1' | 'P2' | 'P3' | 'P4';
  opened: string;
  resolved: string;
  closed: string | null;
  visits: number | null;
  csat: number | null;
  nps: number | null;
  complaint: boolean;
  breach: string | null;
}

const dash = (v: string) => (v === '-' ? null : v);
const rows: Row[] = TABLE.trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const c = line.split('|').map((x) => x.trim());
    return {
      n: Number(c[0]),
      eng: c[1],
      branch: dash(c[2]),
      model: c[3],
      cust: c[4],
      contract: dash(c[5]),
      prio: c[6] as Row['prio'],
      opened: c[7],
      resolved: c[8],
      closed: dash(c[9]),
      visits: dash(c[10]) === null ? null : Number(c[10]),
      csat: dash(c[11]) === null ? null : Number(c[11]),
      nps: dash(c[12]) === null ? null : Number(c[12]),
      complaint: c[13] === 'yes',
      breach: dash(c[14]),
    };
  });
const caseIdOf = (n: number) => `0192f3a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const plusHours = (local: string, h: number) => DateTime.fromFormat(`2026-${local}`, 'yyyy-MM-dd HH:mm', { zone: ZONE }).plus({ hours: h }).toUTC().toISO() as string;

describe('KPIs: counted from the other services’ events, per engineer, branch, product, customer and contract (R-SV-4, R-SLA-8)', () => {
  // 12:00 on November 30th, Shanghai: the day, week and month running when the facts arrive.
  const clock = new ManualClock(sh('11-30 12:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  let facts = 0;

  const publish = async (...args: Parameters<ServiceUnderTest['publish']>) => {
    await t.publish(...args);
  };
  const kpis = async (query: string) => {
    const reply = await t.http('GET', `/v1/kpis?${query}`, { token: await t.token('manager') });
    expect(reply.status).toBe(200);
    return reply.body as { definitionVersion: number; period: unknown; items: { key: string; figures: { code: string; value: number | null; numerator: number; denominator: number; meetsTarget: boolean | null }[]; shortfalls: string[] }[]; nextCursor: string | null };
  };
  const valuesOf = (row: { figures: { code: string; value: number | null }[] }) => Object.fromEntries(row.figures.map((f) => [f.code, f.value]));

  /** Plays the table as the producers would publish it. */
  async function playTable(): Promise<void> {
    for (const r of rows) {
      const caseId = caseIdOf(r.n);
      const caseNumber = `CS-202611-${String(r.n).padStart(6, '0')}`;
      const serialNumber = r.contract ? `SN-K1-${r.n}` : `SN-${r.n}`;
      const cat = 'fault-hardware' as const;
      const one = async (...args: Parameters<ServiceUnderTest['publish']>) => {
        await publish(...args);
        facts += 1;
      };
      await one(CaseOpenedV1, {
        aggregateId: caseId,
        data: { caseId, caseNumber, channel: 'hotline', customerId: CUSTOMERS[r.cust], productModel: r.model, serialNumber, purchaseDate: null, category: cat, priority: r.prio, symptoms: 'fault', openedAt: sh(r.opened) },
      });
      if (r.contract) {
        await one(EntitlementDeterminedV1, {
          aggregateId: randomUUID(),
          data: {
            decisionId: randomUUID(), caseId, serialNumber, productModel: r.model, inWarranty: true, warrantyStartsOn: null, warrantyEndsOn: null,
            coverage: { parts: true, labour: true, onSite: true }, allowedServiceModes: ['on-site'], slaPlanCode: 'premium-7x24', rules: [], determinedAt: sh(r.opened), contractId: K1,
          },
        });
      }
      const workOrderId = randomUUID();
      if (r.eng === 'agent') {
        await one(CaseAssignedV1, { aggregateId: caseId, data: { caseId, caseNumber, assigneeId: 'agent-li', previousAssigneeId: null, takeover: false, assignedBy: 'user:lead', assignedAt: sh(r.opened) } });
      } else {
        await one(WorkOrderAssignedV1, {
          aggregateId: workOrderId,
          data: { workOrderId, workOrderNumber: `WO-${r.n}`, caseId, engineerId: ENGINEERS[r.eng], serviceMode: 'on-site', assignment: 'automatic', assignedAt: sh(r.opened), branchCode: r.branch },
        });
      }
      if (r.breach) {
        await one(SlaBreachedV1, {
          aggregateId: caseId,
          data: {
            caseId, caseNumber, priority: r.prio, planCode: 'standard', clock: r.breach, targetMinutes: 60, calendarId: 'business', rule: 'R-SLA-3',
            dueAt: plusHours(r.opened, 1), breachedAt: plusHours(r.opened, 1), recipients: { roles: ['engineer'], users: [], channels: ['email', 'sms'] },
          },
        });
      }
      if (r.n === 47) {
        // R-SLA-6: two hours waiting on the customer do not count as resolution time.
        const status = (from: 'in-progress' | 'waiting-on-customer', to: 'in-progress' | 'waiting-on-customer', at: string) =>
          one(CaseStatusChangedV1, { aggregateId: caseId, data: { caseId, caseNumber, from, to, action: to, reason: null, changedBy: 'user:e4', changedAt: sh(at) } });
        await status('in-progress', 'waiting-on-customer', '11-10 10:00');
        await status('waiting-on-customer', 'in-progress', '11-10 12:00');
      }
      if (r.visits !== null) {
        const done = r.resolved.startsWith('R') ? r.resolved.slice(2, 13) : r.resolved;
        await one(WorkOrderCompletedV1, {
          aggregateId: workOrderId,
          data: { workOrderId, workOrderNumber: `WO-${r.n}`, caseId, engineerId: ENGINEERS[r.eng], warehouseCode: 'CENTRAL', partsUsed: [], resolution: 'fixed', completedAt: sh(done), visits: r.visits },
        });
      }
      if (r.resolved !== '-') {
        const resolved = (at: string) => one(CaseResolvedV1, { aggregateId: caseId, data: { caseId, caseNumber, resolution: 'fixed', workOrderId: null, resolvedAt: sh(at) } });
        if (r.resolved.startsWith('R')) {
          // "R first > reopened ; again"
          const [first, rest] = r.resolved.slice(2).split('>').map((x) => x.trim());
          const [reopened, again] = rest.split(';').map((x) => x.trim());
          await resolved(first);
          if (r.closed) await one(CaseClosedV1, { aggregateId: caseId, data: { caseId, caseNumber, customerId: CUSTOMERS[r.cust], productModel: r.model, category: cat, closedAt: sh(r.closed), confirmation: 'customer-confirmed' } });
          await one(CaseStatusChangedV1, { aggregateId: caseId, data: { caseId, caseNumber, from: r.closed ? 'closed' : 'resolved', to: 'reopened', action: 'case-reopened', reason: 'fault again', changedBy: 'user:c', changedAt: sh(reopened) } });
          if (again) await resolved(again);
        } else {
          await resolved(r.resolved);
          if (r.closed) await one(CaseClosedV1, { aggregateId: caseId, data: { caseId, caseNumber, customerId: CUSTOMERS[r.cust], productModel: r.model, category: cat, closedAt: sh(r.closed), confirmation: 'customer-confirmed' } });
        }
      }
      if (r.csat !== null && r.closed) {
        await one(ResponseReceivedV1, {
          aggregateId: randomUUID(),
          data: { responseId: randomUUID(), surveyId: randomUUID(), caseId, customerId: CUSTOMERS[r.cust], score: r.csat, comment: null, answers: [{ questionId: 'overall', kind: 'csat', value: r.csat }, ...(r.nps === null ? [] : [{ questionId: 'recommend', kind: 'nps', value: r.nps }])], receivedAt: plusHours(r.closed, 2) },
        });
      }
      if (r.complaint && r.closed) {
        await one(ComplaintOpenedV1, {
          aggregateId: randomUUID(),
          data: { complaintId: randomUUID(), complaintNumber: `CP-${r.n}`, customerId: CUSTOMERS[r.cust], caseIds: [caseId], source: 'survey', summary: 'low score', dueAt: plusHours(r.closed, 48), openedAt: plusHours(r.closed, 3) },
        });
      }
    }
    // R-DS-6: case 30 repeats the repair of case 20 (one event, a fact for each case).
    const flagged = { workOrderId: randomUUID(), workOrderNumber: 'WO-30b', caseId: caseIdOf(30), serialNumber: 'SN-30', productModel: 'PX-3000', category: 'fault-hardware', previousWorkOrderId: randomUUID(), previousCaseId: caseIdOf(20), previousEngineerId: ENGINEERS.E2, previousCompletedAt: sh('11-23 17:00'), flaggedAt: sh('11-24 10:05') };
    await publish(WorkOrderRepeatRepairFlaggedV1, { aggregateId: flagged.workOrderId, data: flagged });
    facts += 2;
  }

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: surveysService, appModule: AppModule, clock, streams: ['intake', 'dispatch', 'warranty', 'complaints', 'surveys'] });
    events = await t.events();
    await playTable();
    await waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM kpi_facts`)) === facts, { timeoutMs: 60_000, what: `${facts} facts recorded` });
  });
  afterAll(() => t?.close());

  it('counts the month of November across all cases, against the R-SLA-8 targets', async () => {
    const page = await kpis('period=month&date=2026-11-17');
    expect(page.definitionVersion).toBe(1);
    expect(page.period).toEqual({ kind: 'month', start: '2026-11-01', end: '2026-12-01', timeZone: ZONE });
    expect(page.items).toHaveLength(1);
    const [all] = page.items;
    expect(all.key).toBe('*');
    expect(valuesOf(all)).toEqual({
      // 50 cases opened; unresolved: 9 (reopened after closing), 33, 34, 35, 44, 45 -> 44 of 50.
      'resolution-rate': 0.88,
      // 30 answers (7 in cases 1-10, 5 in 11-20, 7 in 21-35, 6 in 36-45, 5 in 46-50); 4 or 5 in 6+4+6+5+4 = 25 -> 25/30.
      satisfaction: 0.833333,
      // Promoters (9-10) 4+3+6+4+4 = 21, detractors (0-6: cases 6, 13, 25, 46) 4 -> 100 x 17/30.
      nps: 56.67,
      // 44 resolved cases; response breached in 7, 26, 27, 43 -> 40/44.
      'response-compliance.response': 0.909091,
      'response-compliance.diagnosis': 1,
      'response-compliance.on-site': 1,
      // Resolution breached in 14 and 25 (33 is unresolved, not yet counted) -> 42/44.
      'response-compliance.resolution': 0.954545,
      // Resolved with a work order: 9 (1-10 less 9) + 10 + 12 (21-32) + 5 = 36; not first-time: 6, 21, 22 (two visits), 20 (repeated) -> 32/36.
      'first-time-fix': 0.888889,
      // Of those 36, case 20 came back within 3 months -> 1/36.
      'repeat-repair-rate': 0.027778,
      // Business hours (Mon-Fri 09:00-17:00): 1-8 four each (5 over the weekend 2+2) + 10 eight (Fri 7 + Mon 1) = 40; 11-20 eight each = 80;
      // 21-32 eight each = 96; 36-43 one each = 8; 46 forty (five working days), 47 two (four less two waiting), 48 eight, 49 eight, 50 two = 60.
      // 284 hours over 44 cases.
      'mean-time-to-resolution': 6.454545,
      // Closed (and not reopened): 8 + 10 + 11 + 8 + 5 = 42; complaints about 6, 13, 25 -> 3/42.
      'complaint-rate': 0.071429,
      // Fleet K1: 5 units x 30 days x 1440 min = 216000; down 7200 (46) + 240 + 1440 + 480 + 120 = 9480 -> 1 - 9480/216000.
      'equipment-availability': 0.956111,
    });
    expect(all.shortfalls.sort()).toEqual(['equipment-availability', 'resolution-rate', 'satisfaction']);
    const availability = all.figures.find((f) => f.code === 'equipment-availability');
    expect(availability).toMatchObject({ numerator: 9480, denominator: 216000, meetsTarget: false, target: { min: 0.97, rule: 'R-SLA-8' } });
  });

  it('counts per engineer, branch, customer and contract, and per week', async () => {
    const engineers = await kpis('period=month&date=2026-11-01&dimension=engineer');
    const byEngineer = Object.fromEntries(engineers.items.map((i) => [i.key, valuesOf(i)]));
    // Cases 1-10 for E1: 9 resolved; answers 1-7, six of them 4 or 5.
    expect(byEngineer[ENGINEERS.E1]).toMatchObject({ 'resolution-rate': 0.9, satisfaction: 0.857143 });
    // Cases 21-35 for E3: 12 resolved of 15.
    expect(byEngineer[ENGINEERS.E3]['resolution-rate']).toBe(0.8);
    // Phone cases 36-45 count for intake's assignee: 8 of 10 resolved, 1 h each.
    expect(byEngineer['agent-li']).toMatchObject({ 'resolution-rate': 0.8, 'mean-time-to-resolution': 1 });
    expect(engineers.items.map((i) => i.key)).toEqual([ENGINEERS.E1, ENGINEERS.E2, ENGINEERS.E3, ENGINEERS.E4, 'agent-li'].sort());

    const branches = await kpis('period=month&date=2026-11-01&dimension=branch');
    const byBranch = Object.fromEntries(branches.items.map((i) => [i.key, i]));
    // east: cases 1-20, 19 resolved = 95 %, on target; west: 21-35 and 46-50, 12 + 5 = 17 of 20.
    expect(valuesOf(byBranch.east)['resolution-rate']).toBe(0.95);
    expect(byBranch.east.shortfalls).not.toContain('resolution-rate');
    expect(valuesOf(byBranch.west)['resolution-rate']).toBe(0.85);
    expect(byBranch.west.shortfalls).toContain('resolution-rate');

    const contract = await kpis(`period=month&date=2026-11-30&dimension=contract&key=${K1}`);
    expect(valuesOf(contract.items[0])['equipment-availability']).toBe(0.956111);

    // The week of Monday November 2nd: 20 cases opened (1-5, 11-14, 21-25, 36-40, 46), all resolved.
    const week = await kpis('period=week&date=2026-11-04');
    expect(week.period).toMatchObject({ kind: 'week', start: '2026-11-02', end: '2026-11-09' });
    expect(week.items[0].figures.find((f) => f.code === 'resolution-rate')).toMatchObject({ value: 1, numerator: 20, denominator: 20 });

    // Pages of keys: two engineers, then the rest.
    const first = await kpis('period=month&date=2026-11-01&dimension=engineer&limit=2');
    expect(first.items).toHaveLength(2);
    const rest = await kpis(`period=month&date=2026-11-01&dimension=engineer&limit=10&cursor=${encodeURIComponent(first.nextCursor as string)}`);
    expect([...first.items, ...rest.items].map((i) => i.key)).toEqual(engineers.items.map((i) => i.key));
    expect(rest.nextCursor).toBeNull();
  });

  it('reports every SLA breach by clock, priority, branch and engineer (R-SLA-7)', async () => {
    const token = await t.token('manager');
    const summary = async (by: string, extra = '') => (await t.http('GET', `/v1/kpis/breaches/summary?from=2026-11-01&to=2026-11-30&by=${by}${extra}`, { token })).body;
    // Breaches in the table: response 7, 26, 27, 43; resolution 14, 25, 33.
    expect(await summary('clock')).toEqual({ from: '2026-11-01', to: '2026-11-30', by: 'clock', total: 7, groups: [{ key: 'resolution', breaches: 3 }, { key: 'response', breaches: 4 }] });
    // 43 is P1, 7 is P2, the rest P3.
    expect((await summary('priority')).groups).toEqual([{ key: 'P1', breaches: 1 }, { key: 'P2', breaches: 1 }, { key: 'P3', breaches: 5 }]);
    // east: 7, 14; west: 25, 26, 27, 33; the phone case 43 has no branch.
    expect((await summary('branch')).groups).toEqual([{ key: 'east', breaches: 2 }, { key: 'west', breaches: 4 }, { key: null, breaches: 1 }]);
    expect((await summary('engineer')).groups).toEqual(
      [
        { key: ENGINEERS.E1, breaches: 1 },
        { key: ENGINEERS.E2, breaches: 1 },
        { key: ENGINEERS.E3, breaches: 4 },
        { key: 'agent-li', breaches: 1 },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    // Weeks (Mondays): 11-02: 14, 25; 11-09: 7, 26, 27, 43; 11-23: 33.
    expect((await summary('week')).groups).toEqual([{ key: '2026-11-02', breaches: 2 }, { key: '2026-11-09', breaches: 4 }, { key: '2026-11-23', breaches: 1 }]);
    const west = await t.http('GET', '/v1/kpis/breaches?from=2026-11-01&to=2026-11-30&clock=response&branch=west', { token });
    expect(west.status).toBe(200);
    expect(west.body.items.map((b: { caseNumber: string }) => b.caseNumber).sort()).toEqual(['CS-202611-000026', 'CS-202611-000027']);
    expect(west.body.items[0]).toMatchObject({ clock: 'response', priority: 'P3', planCode: 'standard', branch: 'west', engineer: ENGINEERS.E3 });
    // Paged, newest first: 7 breaches in pages of 5.
    const page1 = await t.http('GET', '/v1/kpis/breaches?from=2026-11-01&to=2026-11-30&limit=5', { token });
    const page2 = await t.http('GET', `/v1/kpis/breaches?from=2026-11-01&to=2026-11-30&limit=5&cursor=${page1.body.nextCursor}`, { token });
    expect([...page1.body.items, ...page2.body.items]).toHaveLength(7);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('publishes kpi.snapshot for the month at midnight in Shanghai, with what falls short', async () => {
    clock.set('2026-11-30T15:59:59.000Z');
    await t.fireAllDueTimers();
    expect(events.all().filter((e) => e.type === KpiSnapshotV1.subject)).toEqual([]);
    clock.set('2026-11-30T16:00:00.000Z');
    await t.fireAllDueTimers();
    const month = await events.waitFor((e) => e.type === KpiSnapshotV1.subject && (e.data as { periodKind: string }).periodKind === 'month');
    const data = month.data as { periodStart: string; periodEnd: string; definitionVersion: number; figures: { code: string; value: number | null }[]; shortfalls: { code: string; dimension: string; key: string }[]; shortfallCount: number };
    expect(data).toMatchObject({ periodStart: '2026-11-01', periodEnd: '2026-12-01', definitionVersion: 1, timeZone: ZONE, takenAt: '2026-11-30T16:00:00.000Z' });
    expect(Object.fromEntries(data.figures.map((f) => [f.code, f.value]))).toMatchObject({ 'resolution-rate': 0.88, satisfaction: 0.833333, 'equipment-availability': 0.956111 });
    // Short of a target: west's resolution (0.85), E3's (0.8), agent-li's (0.8), E1's (0.9), C1, C3, C4 ...; east (0.95) is not.
    expect(data.shortfalls).toContainEqual(expect.objectContaining({ code: 'resolution-rate', dimension: 'branch', key: 'west', value: 0.85 }));
    expect(data.shortfalls).not.toContainEqual(expect.objectContaining({ code: 'resolution-rate', dimension: 'branch', key: 'east' }));
    expect(data.shortfalls).toContainEqual(expect.objectContaining({ code: 'equipment-availability', dimension: 'contract', key: K1 }));
    expect(data.shortfallCount).toBe(data.shortfalls.length);
    // The day of the 30th went out too; the week (until Sunday December 6th) has not ended.
    await events.waitFor((e) => e.type === KpiSnapshotV1.subject && (e.data as { periodKind: string }).periodKind === 'day');
    expect(events.all().filter((e) => e.type === KpiSnapshotV1.subject).map((e) => (e.data as { periodKind: string }).periodKind).sort()).toEqual(['day', 'month']);
    // The next month's timer is set: it fires once, at the end of December.
    const [next] = await t.query(`SELECT due_at FROM platform_timer WHERE key = 'kpi-snapshot:month:2026-12-01' AND fired_at IS NULL`);
    expect(new Date(next.due_at).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('refuses bad input on every endpoint with a 4xx problem+json that changes nothing', async () => {
    const manager = await t.token('manager');
    const admin = await t.token('admin');
    const state = async () => (await t.query(`SELECT (SELECT count(*) FROM kpi_definitions)::int AS d, (SELECT count(*) FROM kpi_cells)::int AS c, (SELECT coalesce(sum(num), 0)::float8 AS s FROM kpi_cells) AS s, (SELECT count(*) FROM messaging_outbox)::int AS o`))[0];
    const before = await state();
    const v1 = (await t.http('GET', '/v1/kpis/definitions/1', { token: manager })).body;
    const bad: [string, string, unknown, number, string?][] = [
      ['GET', '/v1/kpis?date=2026-13-01', undefined, 400],
      ['GET', '/v1/kpis', undefined, 400],
      ['GET', '/v1/kpis?date=2026-11-01&period=year', undefined, 400],
      ['GET', '/v1/kpis?date=2026-11-01&dimension=region', undefined, 400],
      ['GET', '/v1/kpis?date=2026-11-01&limit=0', undefined, 400],
      ['GET', '/v1/kpis?date=2026-11-01&surprise=1', undefined, 400],
      ['GET', '/v1/kpis/definitions/abc', undefined, 400],
      ['GET', '/v1/kpis/definitions/99', undefined, 404, 'SURVEYS.KPI_DEFINITION_NOT_FOUND'],
      ['GET', '/v1/kpis/breaches?from=2026-11-30&to=2026-11-01', undefined, 400],
      ['GET', '/v1/kpis/breaches?from=2025-01-01&to=2026-11-01', undefined, 400],
      ['GET', '/v1/kpis/breaches?from=2026-11-01&to=2026-11-30&priority=P9', undefined, 400],
      ['GET', '/v1/kpis/breaches?from=2026-11-01&to=2026-11-30&cursor=nope', undefined, 400],
      ['GET', '/v1/kpis/breaches/summary?from=2026-11-01&to=2026-11-30&by=colour', undefined, 400],
      ['GET', '/v1/kpis/breaches/summary?from=2026-11-01&to=2026-11-30', undefined, 400],
      ['POST', '/v1/kpis/definitions', { basedOn: 1, note: 'x' }, 400],
      ['POST', '/v1/kpis/definitions', { basedOn: 1, note: 'x', document: { ...v1.document, kpis: [{ ...v1.document.kpis[0], kind: 'median' }] } }, 400],
      ['POST', '/v1/kpis/definitions', { basedOn: 1, note: 'twice', document: { ...v1.document, kpis: [v1.document.kpis[0], v1.document.kpis[0]] } }, 422, 'SURVEYS.KPI_DEFINITION_INVALID'],
      ['POST', '/v1/kpis/definitions', { basedOn: 1, note: 'unknown fact', document: { ...v1.document, kpis: [{ ...v1.document.kpis[0], success: [{ fact: 'colour', op: 'eq', value: 'red' }] }] } }, 422, 'SURVEYS.KPI_DEFINITION_INVALID'],
      ['POST', '/v1/kpis/definitions', { basedOn: 7, note: 'stale', document: v1.document }, 409, 'SURVEYS.KPI_DEFINITION_STALE'],
    ];
    for (const [method, url, body, status, code] of bad) {
      const reply = await t.http(method as 'GET' | 'POST', url, { token: method === 'POST' ? admin : manager, body });
      expect({ url, body, status: reply.status }).toEqual({ url, body, status });
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (code) expect(reply.body.code).toBe(code);
    }
    // A customer or an engineer does not read the KPIs; a manager does not change the definitions.
    expect((await t.http('GET', '/v1/kpis?date=2026-11-01', { token: await t.token('customer') })).status).toBe(403);
    expect((await t.http('POST', '/v1/kpis/definitions', { token: manager, body: { basedOn: 1, note: 'x', document: v1.document } })).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('recomputes the history under a new definition version and says what changed', async () => {
    const admin = await t.token('admin');
    const v1 = (await t.http('GET', '/v1/kpis/definitions/1', { token: admin })).body;
    // Version 2: satisfaction counts only the top score (5), and NPS is no longer reported.
    const document = {
      ...v1.document,
      kpis: v1.document.kpis
        .filter((k: { code: string }) => k.code !== 'nps')
        .map((k: { code: string }) => (k.code === 'satisfaction' ? { ...k, success: [{ fact: 'csat', op: 'gte', value: 5 }] } : k)),
    };
    const key = randomUUID();
    const published = await t.http('POST', '/v1/kpis/definitions', { token: admin, body: { basedOn: 1, note: 'top-box satisfaction', document }, headers: { 'idempotency-key': key } });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, note: 'top-box satisfaction', createdBy: expect.stringMatching(/^user:/), createdAt: '2026-11-30T16:00:00.000Z' });
    expect(published.body.changes).toEqual([
      { code: 'nps', period: '2026-11', before: 56.67, after: null, change: 'removed' },
      // Fives among the 30 answers: 1, 2, 5, 7; 11, 12, 14; 23, 24, 26, 27; 36, 37, 38; 47, 49, 50 = 17 -> 17/30.
      { code: 'satisfaction', period: '2026-11', before: 0.833333, after: 0.566667, change: 'changed' },
    ]);
    // A retry with the same key answers the same, and makes no version 3.
    const retried = await t.http('POST', '/v1/kpis/definitions', { token: admin, body: { basedOn: 1, note: 'top-box satisfaction', document }, headers: { 'idempotency-key': key } });
    expect(retried).toMatchObject({ status: 201, body: { version: 2 } });
    expect((await t.http('GET', '/v1/kpis/definitions', { token: admin })).body.items.map((d: { version: number }) => d.version)).toEqual([2, 1]);

    const month = await kpis('period=month&date=2026-11-01');
    expect(month.definitionVersion).toBe(2);
    const values = valuesOf(month.items[0]);
    expect(values).toMatchObject({ satisfaction: 0.566667, 'resolution-rate': 0.88, 'mean-time-to-resolution': 6.454545 });
    expect(values.nps).toBeUndefined();

    // A fact arriving afterwards counts under version 2: case 8 answers 5 -> 18 of 31.
    await publish(ResponseReceivedV1, { aggregateId: randomUUID(), data: { responseId: randomUUID(), surveyId: randomUUID(), caseId: caseIdOf(8), customerId: CUSTOMERS.C1, score: 5, comment: null, answers: [{ questionId: 'overall', kind: 'csat', value: 5 }, { questionId: 'recommend', kind: 'nps', value: 10 }], receivedAt: sh('11-20 10:00') } });
    await waitFor(async () => valuesOf((await kpis('period=month&date=2026-11-01')).items[0]).satisfaction === 0.580645, { what: 'the late answer under version 2' });

    // The same definitions again, with facts arriving meanwhile: counted case by case as they came, the history
    // is what a full recompute gives, so version 3 reports no change.
    const late = publish(CaseOpenedV1, {
      aggregateId: caseIdOf(51),
      data: { caseId: caseIdOf(51), caseNumber: 'CS-202611-000051', channel: 'web', customerId: CUSTOMERS.C1, productModel: 'PX-2000', serialNumber: 'SN-51', purchaseDate: null, category: 'fault-hardware', priority: 'P3', symptoms: 'late', openedAt: sh('11-30 09:00') },
    });
    const again = await t.http('POST', '/v1/kpis/definitions', { token: admin, body: { basedOn: 2, note: 'unchanged', document }, headers: { 'idempotency-key': randomUUID() } });
    await late;
    expect(again.status).toBe(201);
    expect(again.body.changes).toEqual([]);
    // Case 51 opened unresolved: 44 of 51 resolved, whether it was counted before the recompute or after.
    await waitFor(async () => valuesOf((await kpis('period=month&date=2026-11-01')).items[0])['resolution-rate'] === 0.862745, { what: 'case 51 counted under version 3' });
    expect((await kpis('period=month&date=2026-11-01')).definitionVersion).toBe(3);
  });
});
