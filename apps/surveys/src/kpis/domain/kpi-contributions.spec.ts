import { applyFact, emptyCase } from './case-facts';
import { contributionDelta, contributions, holds, kpiCalendar } from './kpi-contributions';
import { KpiDefinitionDocument } from './kpi-definition';

const zone = 'Asia/Shanghai';
const doc: KpiDefinitionDocument = {
  calendar: { hours: [{ start: '09:00', end: '17:00' }], days: 'weekdays', chinaOfficialHolidays: false, pauseWhileWaitingOnCustomer: true },
  kpis: [
    { code: 'resolution-rate', name: { en: 'r', 'zh-CN': 'r' }, kind: 'ratio', anchor: 'openedAt', eligible: [], success: [{ fact: 'resolved', op: 'eq', value: true }] },
    { code: 'mttr', name: { en: 'm', 'zh-CN': 'm' }, kind: 'mean', anchor: 'resolvedAt', eligible: [], measure: 'businessHoursToResolution' },
  ],
};
const cal = kpiCalendar(doc.calendar, zone);
const id = '0192f3a0-0000-7000-8000-000000000001';
// Friday 2026-11-06 15:00 in Shanghai.
const opened = applyFact(emptyCase(id), { kind: 'opened', caseId: id, at: '2026-11-06T07:00:00.000Z', customerId: 'c', productModel: 'PX', serialNumber: 'S', category: 'fault-hardware', priority: 'P3', channel: 'web' });

describe('what a case adds to the KPIs (R-SV-4)', () => {
  it('counts an open case in the denominator of its opening day, under each dimension it has', () => {
    const cells = [...contributions(opened, doc, zone, cal).values()];
    expect(cells).toEqual([
      { kpi: 'resolution-rate', dimension: 'all', key: '*', grain: 'day', day: '2026-11-06', num: 0, den: 1 },
      { kpi: 'resolution-rate', dimension: 'all', key: '*', grain: 'month', day: '2026-11-01', num: 0, den: 1 },
      { kpi: 'resolution-rate', dimension: 'product-model', key: 'PX', grain: 'day', day: '2026-11-06', num: 0, den: 1 },
      { kpi: 'resolution-rate', dimension: 'product-model', key: 'PX', grain: 'month', day: '2026-11-01', num: 0, den: 1 },
      { kpi: 'resolution-rate', dimension: 'customer', key: 'c', grain: 'day', day: '2026-11-06', num: 0, den: 1 },
      { kpi: 'resolution-rate', dimension: 'customer', key: 'c', grain: 'month', day: '2026-11-01', num: 0, den: 1 },
    ]);
  });

  it('moves only what the resolution changed, and counts business hours across the weekend', () => {
    // Resolved Monday 11:00: Friday 15:00-17:00 and Monday 09:00-11:00 = 4 business hours.
    const resolved = applyFact(opened, { kind: 'resolved', caseId: id, at: '2026-11-09T03:00:00.000Z' });
    const delta = contributionDelta(contributions(opened, doc, zone, cal), contributions(resolved, doc, zone, cal));
    expect(delta.filter((d) => d.dimension === 'all')).toEqual([
      { kpi: 'mttr', dimension: 'all', key: '*', grain: 'day', day: '2026-11-09', num: 4, den: 1 },
      { kpi: 'mttr', dimension: 'all', key: '*', grain: 'month', day: '2026-11-01', num: 4, den: 1 },
      { kpi: 'resolution-rate', dimension: 'all', key: '*', grain: 'day', day: '2026-11-06', num: 1, den: 0 },
      { kpi: 'resolution-rate', dimension: 'all', key: '*', grain: 'month', day: '2026-11-01', num: 1, den: 0 },
    ]);
  });

  it('tests facts as a definition writes them', () => {
    expect(holds(opened, { fact: 'category', op: 'in', value: ['fault-hardware', 'fault-software'] })).toBe(true);
    expect(holds(opened, { fact: 'category', op: 'not-in', value: ['consultation'] })).toBe(true);
    expect(holds(opened, { fact: 'breached.response', op: 'eq', value: false })).toBe(true);
    expect(holds(opened, { fact: 'csat', op: 'gte', value: 4 })).toBe(false);
  });
});
