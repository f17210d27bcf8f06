import { KpiDefinitionDocument, validateDefinitions } from './kpi-definition';

const calendar: KpiDefinitionDocument['calendar'] = { hours: [{ start: '09:00', end: '17:00' }], days: 'weekdays', chinaOfficialHolidays: true, pauseWhileWaitingOnCustomer: true };
const name = { en: 'x', 'zh-CN': 'x' };

describe('KPI definitions as data (R-SV-4)', () => {
  it('accepts a sound document', () => {
    expect(validateDefinitions({ calendar, kpis: [{ code: 'a', name, kind: 'ratio', anchor: 'openedAt', eligible: [], success: [{ fact: 'resolved', op: 'eq', value: true }] }] })).toEqual([]);
  });

  it('lists what breaks a rule', () => {
    const problems = validateDefinitions({
      calendar: { ...calendar, hours: [{ start: '17:00', end: '09:00' }] },
      kpis: [
        { code: 'a', name, kind: 'ratio', anchor: 'openedAt', eligible: [] },
        { code: 'a', name, kind: 'mean', anchor: 'resolvedAt', eligible: [{ fact: 'colour', op: 'in', value: 'red' }] },
        { code: 'n', name, kind: 'nps', anchor: 'npsAt', eligible: [], promoterMin: 5, detractorMax: 6, target: {} },
      ],
    });
    expect(problems).toEqual([
      'kpis[0] (a): a ratio needs success conditions',
      'kpis[1] (a): the code is used twice',
      'kpis[1] (a): a mean needs a measure',
      'kpis[1] (a): unknown fact "colour"',
      'kpis[1] (a): "in" on colour takes a list',
      'kpis[2] (n): an nps needs promoterMin above detractorMax',
      'kpis[2] (n): a target needs min or max',
      'calendar: every interval must end after it starts',
    ]);
  });
});
