import fc from 'fast-check';
import {
  addBusinessDuration,
  addWorkingDays,
  alwaysOpen,
  businessTimeBetween,
  defineCalendar,
  endOfWorkingDay,
  isBeforeCutoff,
  isWorkingTime,
  nextWorkingDayMorning,
  nextWorkingMoment,
  segments,
  validateCalendar,
  weekdays,
} from './index';
import type { BusinessCalendar } from './index';

const H = 3_600_000;
const M = 60_000;
/** A Shanghai wall time as an instant (+08:00, no DST there). */
const sh = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null) => d?.toISOString();

/**
 * Example data, not a maintained holiday feed: China's 2026 National Day week (Oct 1-7 closed) with its
 * make-up working days Sun Sep 27 and Sat Oct 10, plus a made-up holiday on Mon Nov 30 for the Friday case.
 */
const shanghai: BusinessCalendar = weekdays(
  'cn-office',
  'Asia/Shanghai',
  [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  {
    holidays: [
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, name: 'National Day' })),
      { date: '2026-11-30', name: 'Test holiday' },
    ],
    makeUpWorkdays: [
      { date: '2026-09-27', name: 'National Day make-up' },
      { date: '2026-10-10', name: 'National Day make-up' },
    ],
  },
);

describe('business calendar (R-SLA-6)', () => {
  describe('adding working time', () => {
    it('given Friday 16:59 before a Monday holiday, one hour is one minute today and 59 on Tuesday', () => {
      expect(iso(addBusinessDuration(shanghai, sh('2026-11-27T16:59:00'), H))).toBe(iso(sh('2026-12-01T09:59:00')));
    });

    it('given a case opened on a holiday, the clock starts after the holiday week', () => {
      expect(iso(addBusinessDuration(shanghai, sh('2026-10-03T10:00:00'), 30 * M))).toBe(iso(sh('2026-10-08T09:30:00')));
    });

    it('given a make-up Saturday, it is a working day', () => {
      expect(isWorkingTime(shanghai, sh('2026-10-10T10:00:00'))).toBe(true);
      expect(iso(addBusinessDuration(shanghai, sh('2026-10-09T16:30:00'), H))).toBe(iso(sh('2026-10-10T09:30:00')));
    });

    it('a duration used up exactly at 12:00 ends at 12:00, not after lunch', () => {
      expect(iso(addBusinessDuration(shanghai, sh('2026-11-23T11:00:00'), H))).toBe(iso(sh('2026-11-23T12:00:00')));
      expect(iso(addBusinessDuration(shanghai, sh('2026-11-23T11:30:00'), H))).toBe(iso(sh('2026-11-23T13:30:00')));
    });

    it('17:00 is no longer working time; the next working moment is 09:00 the next working day', () => {
      expect(isWorkingTime(shanghai, sh('2026-11-23T16:59:59'))).toBe(true);
      expect(isWorkingTime(shanghai, sh('2026-11-23T17:00:00'))).toBe(false);
      expect(iso(nextWorkingMoment(shanghai, sh('2026-11-23T17:00:00')))).toBe(iso(sh('2026-11-24T09:00:00')));
      expect(iso(addBusinessDuration(shanghai, sh('2026-11-23T17:00:00'), 0))).toBe(iso(sh('2026-11-23T17:00:00')));
    });

    it('a UTC instant on Friday evening is Saturday morning in Shanghai: no working time until Monday', () => {
      const fridayEveningUtc = new Date('2026-11-27T20:00:00Z'); // Sat 04:00 in Shanghai
      expect(isWorkingTime(shanghai, fridayEveningUtc)).toBe(false);
      expect(iso(nextWorkingMoment(shanghai, fridayEveningUtc))).toBe(iso(sh('2026-12-01T09:00:00'))); // Mon Nov 30 is a holiday
    });

    it('pauses do not count (waiting on the customer), and an open pause stops the clock', () => {
      const start = sh('2026-11-23T09:00:00');
      const pause = { start: sh('2026-11-23T10:00:00'), end: sh('2026-11-23T11:00:00') };
      expect(iso(addBusinessDuration(shanghai, start, 2 * H, [pause]))).toBe(iso(sh('2026-11-23T12:00:00')));
      expect(businessTimeBetween(shanghai, start, sh('2026-11-23T12:00:00'), [pause])).toBe(2 * H);
      expect(addBusinessDuration(shanghai, start, 2 * H, [{ start: sh('2026-11-23T10:00:00') }])).toBeNull();
    });
  });

  describe('time zones with daylight saving and midnight', () => {
    const berlinNights = defineCalendar({
      id: 'berlin-night-shift',
      timeZone: 'Europe/Berlin',
      versions: [{ effectiveFrom: null, weekly: { sun: [{ start: '01:00', end: '04:00' }] }, holidays: [], makeUpWorkdays: [] }],
    });

    it('a shift across the spring-forward hour is two real hours long', () => {
      // 2026-03-29: clocks jump from 02:00 to 03:00 in Berlin.
      expect(businessTimeBetween(berlinNights, new Date('2026-03-28T12:00:00Z'), new Date('2026-03-29T12:00:00Z'))).toBe(2 * H);
    });

    it('a shift across the fall-back hour is four real hours long', () => {
      // 2026-10-25: 03:00 becomes 02:00 again in Berlin.
      expect(businessTimeBetween(berlinNights, new Date('2026-10-24T12:00:00Z'), new Date('2026-10-25T12:00:00Z'))).toBe(4 * H);
    });

    it('7x24 counts real elapsed time, DST days included', () => {
      const cal = alwaysOpen('premium', 'Europe/Berlin');
      const start = new Date('2026-03-28T22:30:00Z');
      expect(iso(addBusinessDuration(cal, start, 3 * H))).toBe(iso(new Date(start.getTime() + 3 * H)));
      expect(businessTimeBetween(cal, new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z'))).toBe(25 * H);
    });

    it('an evening interval ending at 24:00 continues the next evening', () => {
      const evenings = weekdays('evenings', 'Asia/Shanghai', [{ start: '20:00', end: '24:00' }]);
      expect(iso(addBusinessDuration(evenings, sh('2026-11-23T23:00:00'), 2 * H))).toBe(iso(sh('2026-11-24T21:00:00')));
      expect(isWorkingTime(evenings, sh('2026-11-24T00:00:00'))).toBe(false);
    });
  });

  describe('working days, cut-offs and versions', () => {
    it('adds 10 working days across the holiday week, make-up Saturday included (R-RMA-3)', () => {
      expect(addWorkingDays(shanghai, sh('2026-09-30T15:00:00'), 10)).toBe('2026-10-20');
      expect(addWorkingDays(shanghai, sh('2026-10-03T15:00:00'), 0)).toBe('2026-10-08');
      expect(iso(endOfWorkingDay(shanghai, '2026-10-20'))).toBe(iso(sh('2026-10-20T17:00:00')));
    });

    it('the 14:00 cut-off: 13:59 ships today, 14:00 and holidays the next working day morning (R-RMA-2)', () => {
      expect(isBeforeCutoff(shanghai, sh('2026-11-23T13:59:00'), '14:00')).toBe(true);
      expect(isBeforeCutoff(shanghai, sh('2026-11-23T14:00:00'), '14:00')).toBe(false);
      expect(isBeforeCutoff(shanghai, sh('2026-10-02T09:00:00'), '14:00')).toBe(false);
      expect(iso(nextWorkingDayMorning(shanghai, sh('2026-10-09T15:00:00')))).toBe(iso(sh('2026-10-10T09:00:00')));
    });

    it('uses the version in force on each day', () => {
      const cal = defineCalendar({
        id: 'versions',
        timeZone: 'Asia/Shanghai',
        versions: [
          { effectiveFrom: '2027-01-01', weekly: { mon: [{ start: '08:00', end: '18:00' }] }, holidays: [], makeUpWorkdays: [] },
          { effectiveFrom: null, weekly: { mon: [{ start: '09:00', end: '17:00' }] }, holidays: [], makeUpWorkdays: [] },
        ],
      });
      expect(isWorkingTime(cal, sh('2026-12-28T08:30:00'))).toBe(false);
      expect(isWorkingTime(cal, sh('2027-01-04T08:30:00'))).toBe(true);
      expect(iso(addBusinessDuration(cal, sh('2026-12-28T16:00:00'), 2 * H))).toBe(iso(sh('2027-01-04T09:00:00')));
    });
  });

  describe('explaining (segments)', () => {
    it('says why each stretch counts or not across the holiday week', () => {
      const from = sh('2026-09-30T16:00:00');
      const to = sh('2026-10-08T10:00:00');
      const parts = segments(shanghai, from, to);
      expect(parts[0]).toMatchObject({ kind: 'working', rule: 'Wed working hours 13:00-17:00' });
      expect(parts.some((p) => p.kind === 'holiday' && p.rule === '2026-10-01 public holiday: National Day')).toBe(true);
      expect(parts[parts.length - 1]).toMatchObject({ kind: 'working', rule: 'Thu working hours 09:00-12:00' });
      const working = parts.filter((p) => p.kind === 'working').reduce((t, p) => t + p.end.getTime() - p.start.getTime(), 0);
      expect(working).toBe(businessTimeBetween(shanghai, from, to));
      expect(working).toBe(2 * H);
    });
  });

  describe('validation', () => {
    it('lists every problem of a definition', () => {
      const problems = validateCalendar({
        id: 'bad',
        timeZone: 'Mars/Olympus',
        versions: [
          {
            effectiveFrom: null,
            weekly: { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }], tue: [{ start: '17:00', end: '09:00' }] },
            holidays: [{ date: '2026-10-01', name: 'x' }],
            makeUpWorkdays: [{ date: '2026-10-01', name: 'y' }],
          },
        ],
      });
      expect(problems.join('\n')).toMatch(/not an IANA zone/);
      expect(problems.join('\n')).toMatch(/overlaps/);
      expect(problems.join('\n')).toMatch(/ends before it starts/);
      expect(problems.join('\n')).toMatch(/both a holiday and a make-up day/);
    });
  });

  describe('properties', () => {
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true });
    const duration = fc.integer({ min: 0, max: 120 * H });

    it('businessTimeBetween(start, addBusinessDuration(start, d)) = d', () => {
      fc.assert(
        fc.property(instant, duration, (start, d) => {
          const end = addBusinessDuration(shanghai, start, d)!;
          return businessTimeBetween(shanghai, start, end) === d;
        }),
        { numRuns: 300 },
      );
    });

    it('more working time never ends earlier', () => {
      fc.assert(
        fc.property(instant, duration, duration, (start, a, b) => {
          const [d1, d2] = a <= b ? [a, b] : [b, a];
          return addBusinessDuration(shanghai, start, d1)!.getTime() <= addBusinessDuration(shanghai, start, d2)!.getTime();
        }),
        { numRuns: 300 },
      );
    });

    it('segments cover the range without gaps or overlaps, and their working part is the business time', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 1, max: 20 * 24 * H }), (from, span) => {
          const to = new Date(from.getTime() + span);
          const parts = segments(shanghai, from, to);
          const contiguous = parts.every((p, i) => p.end > p.start && (i === 0 ? p.start.getTime() === from.getTime() : parts[i - 1].end.getTime() === p.start.getTime()));
          const working = parts.filter((p) => p.kind === 'working').reduce((t, p) => t + p.end.getTime() - p.start.getTime(), 0);
          return contiguous && parts[parts.length - 1].end.getTime() === to.getTime() && working === businessTimeBetween(shanghai, from, to);
        }),
        { numRuns: 150 },
      );
    });
  });
});
