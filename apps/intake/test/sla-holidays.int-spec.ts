/**
 * R-SLA-6 out of the box (issue #15): the default business calendar carries mainland China's official holidays and
 * 调休 working days, an unedited default of an older release takes them at start, an administrator's calendar is
 * kept, and from December 1 a calendar without next year's holidays is flagged. Real PostgreSQL and NATS, manual clock.
 */
import { randomUUID } from 'node:crypto';
import { SlaBreachedV1 } from '@aftersales/contracts-intake';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { registerCustomer } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('intake: the default calendar follows the official schedule (R-SLA-6)', () => {
  const clock = new ManualClock(sh('2026-02-13T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;

  const http = (method: 'GET' | 'POST' | 'PUT', url: string, role: Role, body?: unknown) => t.http(method, url, { as: role, claims: { sub: `${role}-1` }, body });
  const raw = (method: 'GET' | 'PUT', url: string, role: Role, body?: string, contentType = 'text/calendar') =>
    t.inject(method, url, { as: role, claims: { sub: `${role}-1` }, body, headers: body === undefined ? {} : { 'content-type': contentType } });
  const fire = () => t.fireAllDueTimers();
  const breaches = (caseId: string) =>
    t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'caseId' = $2 AND envelope->'data'->>'clock' = 'diagnosis'`, [SlaBreachedV1.subject, caseId]);
  const restart = () => t.restart();

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, clock, streams: ['warranty', 'dispatch'], env: { TIMERS_POLL_INTERVAL_MS: '3600000' } });
  });
  afterAll(() => t?.close());

  it('a P3 case opened before the Spring Festival does not breach during it, and the 调休 Saturday counts', async () => {
    clock.set(sh('2026-02-13T10:00:00')); // Friday before 春节 (Feb 15-23 off, Sat Feb 14 and Sat Feb 28 worked)
    const customerId = randomUUID();
    await registerCustomer(t, customerId);
    const opened = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline',
      customerId,
      contact: { name: 'Li Lei', phone: '+86 21 5555 0199' },
      productModel: 'PX-2000',
      serialNumber: `SN-${randomUUID().slice(0, 8)}`,
      category: 'fault-software',
      priority: 'P3',
      symptoms: 'The console freezes after login',
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    // 24 working hours: Fri 10-17 (7) + Sat Feb 14 调休 9-17 (8) + Tue Feb 24 (8) + Wed Feb 25 9-10 (1).
    const diagnosis = async () => (await http('GET', `/v1/cases/${id}/clocks`, 'agent')).body.clocks.find((c: { clock: string }) => c.clock === 'diagnosis');
    expect((await diagnosis()).dueAt).toBe(sh('2026-02-25T10:00:00').toISOString());

    clock.set(sh('2026-02-23T16:00:00')); // last day of the holiday: on a plain Mon-Fri calendar it breached on Feb 18
    await fire();
    expect(await breaches(id)).toBe(0);
    expect((await diagnosis()).state).toBe('running');

    clock.set(sh('2026-02-25T10:00:00'));
    await fire();
    expect(await breaches(id)).toBe(1);
  });

  it('an unedited default of an older release takes the official schedule at start; an edited calendar is kept', async () => {
    const oldRelease = { id: 'business', timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '09:00', end: '17:00' }] }, holidays: [], makeUpWorkdays: [] }] };
    await t.query(`UPDATE sla_calendar SET definition = $1, follows_shipped = true WHERE id = 'business'`, [oldRelease]);
    const before = (await t.query(`SELECT version FROM sla_calendar WHERE id = 'business'`))[0].version;
    await restart();
    const seeded = (await http('GET', '/v1/sla/calendars/business', 'admin')).body;
    const dates = (list: { date: string }[]) => list.map((h) => h.date);
    expect(dates(seeded.versions[0].holidays)).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-23', '2026-10-07']));
    expect(dates(seeded.versions[0].makeUpWorkdays)).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28']));
    expect((await t.query(`SELECT version FROM sla_calendar WHERE id = 'business'`))[0].version).toBe(before + 1);

    const edited = { timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '08:00', end: '18:00' }] }, holidays: [{ date: '2026-02-16', name: 'company day' }], makeUpWorkdays: [] }] };
    expect((await http('PUT', '/v1/sla/calendars/business', 'admin', edited)).status).toBe(200);
    await restart();
    const kept = (await http('GET', '/v1/sla/calendars/business', 'admin')).body;
    expect(kept.versions[0].holidays).toEqual([{ date: '2026-02-16', name: 'company day' }]);
    expect(kept.versions[0].weekly.mon).toEqual([{ start: '08:00', end: '18:00' }]);
  });

  it('flags a calendar without next year\'s holidays from December 1 (Asia/Shanghai)', async () => {
    clock.set(sh('2026-11-30T23:59:00'));
    expect((await http('GET', '/v1/sla/calendars/business', 'agent')).body.nextYearScheduleMissing).toBe(false);
    clock.set(sh('2026-12-01T00:00:00'));
    expect((await http('GET', '/v1/sla/calendars/business', 'agent')).body.nextYearScheduleMissing).toBe(true);
    const with2027 = { timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '09:00', end: '17:00' }] }, holidays: [{ date: '2027-01-01', name: '元旦' }], makeUpWorkdays: [] }] };
    expect((await http('PUT', '/v1/sla/calendars/business', 'admin', with2027)).status).toBe(200);
    expect((await http('GET', '/v1/sla/calendars/business', 'agent')).body.nextYearScheduleMissing).toBe(false);
  });

  it('exports a calendar as iCalendar and imports holidays and make-up days from it; bad input changes nothing', async () => {
    const created = { timeZone: 'Asia/Hong_Kong', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '09:00', end: '18:00' }] }, holidays: [{ date: '2026-12-25', name: 'Christmas Day' }], makeUpWorkdays: [] }] };
    expect((await http('PUT', '/v1/sla/calendars/hk-office', 'admin', created)).status).toBe(200);

    const exported = await raw('GET', '/v1/sla/calendars/hk-office/ics', 'agent');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/calendar');
    expect(exported.body).toContain('BEGIN:VCALENDAR');
    expect(exported.body).toContain('DTSTART;VALUE=DATE:20261225');
    expect(exported.body).toContain('SUMMARY:Christmas Day');

    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN',
      'BEGIN:VEVENT', 'UID:ny', 'DTSTAMP:20261201T000000Z', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:The first day of January', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:lny', 'DTSTAMP:20261201T000000Z', 'DTSTART;VALUE=DATE:20270206', 'DTEND;VALUE=DATE:20270209', 'SUMMARY:Lunar New Year', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:co', 'DTSTAMP:20261201T000000Z', 'DTSTART;VALUE=DATE:20270213', 'DTEND;VALUE=DATE:20270214', 'SUMMARY:Company working Saturday', 'CATEGORIES:WORKDAY', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n');
    const imported = await raw('PUT', '/v1/sla/calendars/hk-office/ics', 'admin', ics);
    expect(imported.statusCode).toBe(200);
    const after = (await http('GET', '/v1/sla/calendars/hk-office', 'agent')).body;
    expect(after.timeZone).toBe('Asia/Hong_Kong');
    expect(after.versions[0].weekly.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(after.versions[0].holidays).toEqual([
      { date: '2027-01-01', name: 'The first day of January' },
      { date: '2027-02-06', name: 'Lunar New Year' },
      { date: '2027-02-07', name: 'Lunar New Year' },
      { date: '2027-02-08', name: 'Lunar New Year' },
    ]);
    expect(after.versions[0].makeUpWorkdays).toEqual([{ date: '2027-02-13', name: 'Company working Saturday' }]);
    const version = (await t.query(`SELECT version FROM sla_calendar WHERE id = 'hk-office'`))[0].version;

    // Refused, each a problem+json, and the calendar is as it was.
    const timed = ics.replace('DTSTART;VALUE=DATE:20270101', 'DTSTART:20270101T090000Z').replace('DTEND;VALUE=DATE:20270102', 'DTEND:20270101T100000Z');
    const both = ics.replace('DTSTART;VALUE=DATE:20270213', 'DTSTART;VALUE=DATE:20270206').replace('DTEND;VALUE=DATE:20270214', 'DTEND;VALUE=DATE:20270207');
    for (const [payload, contentType, status] of [
      ['not a calendar at all', 'text/calendar', 422],
      [timed, 'text/calendar', 422],
      [both, 'text/calendar', 422], // a day both holiday and make-up day
      [JSON.stringify({ ics }), 'application/json', 400],
    ] as const) {
      const res = await raw('PUT', '/v1/sla/calendars/hk-office/ics', 'admin', payload, contentType);
      expect([res.statusCode, res.headers['content-type']]).toEqual([status, expect.stringContaining('application/problem+json')]);
    }
    expect((await raw('PUT', '/v1/sla/calendars/hk-office/ics', 'agent', ics)).statusCode).toBe(403);
    expect((await raw('PUT', '/v1/sla/calendars/nowhere/ics', 'admin', ics)).statusCode).toBe(404);
    expect((await raw('GET', '/v1/sla/calendars/nowhere/ics', 'agent')).statusCode).toBe(404);
    expect((await t.query(`SELECT version FROM sla_calendar WHERE id = 'hk-office'`))[0].version).toBe(version);
    expect((await http('GET', '/v1/sla/calendars/hk-office', 'agent')).body.versions[0].makeUpWorkdays).toEqual([{ date: '2027-02-13', name: 'Company working Saturday' }]);
  });
});
