import { weekdays } from '@aftersales/platform-calendar';
import { calendarToIcs, overridesFromIcs } from './calendar-ics';

const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const allDay = (uid: string, start: string, end: string, summary: string, extra: string[] = []) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T000000Z', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'].join('\r\n');

describe('calendar holidays as iCalendar (R-SLA-6)', () => {
  it('reads all-day ranges as holidays and WORKDAY or 补班 events as make-up working days', () => {
    const parsed = overridesFromIcs(
      ics(
        allDay('a', '20270206', '20270209', '春节'), // DTEND is exclusive: Feb 6, 7, 8
        allDay('b', '20270131', '20270201', 'Spring Festival make-up', ['CATEGORIES:WORKDAY']),
        allDay('c', '20270220', '20270221', '春节补班'),
        allDay('d', '20270227', '20270228', '春节(班)'),
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      holidays: [
        { date: '2027-02-06', name: '春节' },
        { date: '2027-02-07', name: '春节' },
        { date: '2027-02-08', name: '春节' },
      ],
      makeUpWorkdays: [
        { date: '2027-01-31', name: 'Spring Festival make-up' },
        { date: '2027-02-20', name: '春节补班' },
        { date: '2027-02-27', name: '春节(班)' },
      ],
    });
  });

  it('refuses what is not iCalendar, timed events and recurring events', () => {
    expect(overridesFromIcs('hello').ok).toBe(false);
    const timed = ['BEGIN:VEVENT', 'UID:t', 'DTSTAMP:20261101T000000Z', 'DTSTART:20270101T090000Z', 'DTEND:20270101T100000Z', 'SUMMARY:meeting', 'END:VEVENT'].join('\r\n');
    expect(overridesFromIcs(ics(timed))).toEqual({ ok: false, problems: [expect.stringContaining('only all-day events')] });
    expect(overridesFromIcs(ics(allDay('r', '20270101', '20270102', 'New Year', ['RRULE:FREQ=YEARLY'])))).toEqual({ ok: false, problems: [expect.stringContaining('recurring')] });
  });

  it('writes one all-day event per day, make-up days marked WORKDAY, and reads back the same days', () => {
    const cal = weekdays('office', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }], {
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
      makeUpWorkdays: [{ date: '2026-10-10', name: '国庆节补班' }],
    });
    const text = calendarToIcs(cal, new Date('2026-12-01T02:00:00Z'));
    expect(text).toContain('DTSTART;VALUE=DATE:20261001');
    expect(text).toContain('DTEND;VALUE=DATE:20261002');
    expect(text).toContain('CATEGORIES:WORKDAY');
    expect(overridesFromIcs(text)).toEqual({ ok: true, holidays: [{ date: '2026-10-01', name: '国庆节' }], makeUpWorkdays: [{ date: '2026-10-10', name: '国庆节补班' }] });
  });
});
