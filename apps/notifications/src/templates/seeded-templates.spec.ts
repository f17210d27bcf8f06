import Handlebars from 'handlebars';
import { smsLength, smsSegments } from '../deliveries/domain/sms-length';
import { NOTICE_CATALOGUE } from '../deliveries/integration/notice-catalogue';
import { SEEDED_TEMPLATES as V1 } from '../migrations/1732320007000-create-notifications';
import { CONTRACT_EXPIRING_V1 } from '../migrations/1732320007300-contract-expiring-notice';
import { LOOP_NOTICES_V1 } from '../migrations/1732320007400-loop-notices';

const SEEDED_TEMPLATES = [...V1, ...CONTRACT_EXPIRING_V1, ...LOOP_NOTICES_V1];

// The longest values a notice carries: case and work-order numbers are fixed-width, clocks and counts short.
const LONGEST = {
  caseNumber: 'CS-20261123-000001',
  workOrderNumber: 'WO-20261123-000001',
  priority: 'P1',
  clock: 'resolution',
  remainingMinutes: 99999,
  level: 9,
  minutes: 45,
  count: 99,
  cases: 'CS-20261123-000001',
  contractNumber: 'SC-2026-000042',
  endsOn: '2027-12-31',
  daysLeft: 365,
  complaintNumber: 'CP-20261201-000003',
  deadline: 'acknowledgement',
  dueAt: '2026-12-02 13:00 (Asia/Shanghai)',
  reactBy: '2026-12-02 13:00 (Asia/Shanghai)',
  rmaNumber: 'RMA-20261120-000004',
  serialNumber: 'SN-PX2000-000107',
  returnDueOn: '2026-12-01',
  chaser: 3,
  of: 3,
  expiresAt: '2026-12-09',
  repairNumber: 'DR-20261123-000001',
};

describe('seeded templates', () => {
  it('exist for every notice in zh-CN and en, on email, SMS and in-app', () => {
    const notices = [...new Set(SEEDED_TEMPLATES.map((t) => t.notice))].sort();
    expect(notices).toEqual([
      'acknowledgement-reminder',
      'case-escalated',
      'complaint-deadline-warning',
      'complaint-escalated',
      'contract-expiring',
      'depot-repair-step',
      'quiet-hours-digest',
      'reassigned-away',
      'reassigned-to-you',
      'rma-deadline-missed',
      'rma-deadline-warning',
      'rma-return-chaser',
      'rma-return-overdue',
      'rma-return-reminder',
      'sla-breached',
      'sla-warning',
      'survey-invitation',
      'survey-reminder',
    ]);
    expect(SEEDED_TEMPLATES).toHaveLength(notices.length * 2 * 3);
  });

  it('keep every SMS to one segment with the default signature at the longest values (≤ 70 characters)', () => {
    for (const t of SEEDED_TEMPLATES.filter((x) => x.channel === 'sms')) {
      const text = Handlebars.compile(t.body, { noEscape: true, strict: true })(LONGEST);
      const length = smsLength('售后服务', text);
      expect({ template: `${t.notice}/${t.language}`, length, segments: smsSegments(length) }).toEqual({ template: `${t.notice}/${t.language}`, length: expect.any(Number), segments: 1 });
      // Only the variables the gateway template has are sent, as strings.
      expect(t.smsParams?.every((p) => t.body.includes(`{{${p}}}`))).toBe(true);
    }
  });

  it('name no customer contact data', () => {
    for (const t of SEEDED_TEMPLATES) expect(`${t.subject ?? ''} ${t.body}`).not.toMatch(/customer(Name|Phone|Email|Address)|contact(Name|Phone)/i);
  });

  it('cover every notice of the catalogue (a registration without templates would fail every delivery)', () => {
    const named = new Set(SEEDED_TEMPLATES.map((t) => t.notice));
    for (const d of NOTICE_CATALOGUE) {
      const data = { ...(d.contract.example as Record<string, unknown>), assignment: 'reassigned', previousEngineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e2' };
      for (const spec of d.notices(data as never)) expect({ consumer: d.consumer, notice: spec.notice, known: named.has(spec.notice) }).toEqual({ consumer: d.consumer, notice: spec.notice, known: true });
    }
  });
});
