import { defaultWarehouseCalendar } from './service-calendar';
import { customerShipmentDeadline, processingDeadline, returnScheduleFor, reviewDeadline, shipByFor, turnaroundDeadline } from './rma-clocks.policy';

const sh = (local: string) => new Date(`${local}+08:00`);
const cal = defaultWarehouseCalendar();

describe('R-RMA-2: the ship-by time of an advance replacement on the warehouse calendar', () => {
  it('approved at 13:59 on a working day ships the same day, by 17:00', () => {
    expect(shipByFor(cal, sh('2026-11-24T13:59:00'), 'SH')).toMatchObject({ shipBy: sh('2026-11-24T17:00:00'), sameDay: true });
  });

  it('approved at 14:00 or 14:01 ships the next working morning, by noon', () => {
    expect(shipByFor(cal, sh('2026-11-24T14:00:00'), 'SH')).toMatchObject({ shipBy: sh('2026-11-25T12:00:00'), sameDay: false });
    expect(shipByFor(cal, sh('2026-11-24T14:01:00'), 'SH').shipBy).toEqual(sh('2026-11-25T12:00:00'));
  });

  it('on the Friday afternoon before 清明 it ships the Tuesday after the holiday', () => {
    expect(shipByFor(cal, sh('2026-04-03T13:59:00'), 'SH').shipBy).toEqual(sh('2026-04-03T17:00:00'));
    expect(shipByFor(cal, sh('2026-04-03T15:10:00'), 'SH').shipBy).toEqual(sh('2026-04-07T12:00:00'));
  });

  it('a 调休 Saturday is a working day: 13:59 ships that day', () => {
    expect(shipByFor(cal, sh('2026-02-28T13:59:00'), 'SH').shipBy).toEqual(sh('2026-02-28T17:00:00'));
  });

  it('approved on a Sunday ships Monday by noon, and says why', () => {
    const r = shipByFor(cal, sh('2026-11-29T10:00:00'), 'SH');
    expect(r.shipBy).toEqual(sh('2026-11-30T12:00:00'));
    expect(r.rule).toBe('R-RMA-2: approved 10:00 on 2026-11-29, not before 14:00 on a working day of SH: ships the next working morning, 2026-11-30 by 12:00');
  });
});

describe('R-RMA-3: the return clock counts 10 working days from delivery', () => {
  it('across the National Day week, with the 调休 Saturday counted', () => {
    const s = returnScheduleFor(cal, sh('2026-09-30T11:00:00'));
    // Oct 1-7 off; Oct 8, 9, 10 (调休 Sat), 12-16, 19, 20.
    expect(s.dueOn).toBe('2026-10-20');
    expect(s.dueAt).toEqual(sh('2026-10-20T17:00:00'));
    expect(s.reminderAt).toEqual(sh('2026-10-16T09:00:00'));
    expect(s.overdueAt).toEqual(sh('2026-10-20T17:00:00'));
    expect(s.chasersAt).toEqual([sh('2026-10-21T09:00:00'), sh('2026-10-23T09:00:00'), sh('2026-10-27T09:00:00')]);
    expect(s.chargeAt).toEqual(sh('2026-10-29T09:00:00'));
  });
});

describe('docs/rma.md: the worked advance replacement delivered the Wednesday after 清明', () => {
  it('is due back 22 April, reminded 20 April, chased 23, 27 and 29 April and charged after Labour Day', () => {
    const s = returnScheduleFor(cal, sh('2026-04-08T10:30:00'));
    expect(s.dueAt).toEqual(sh('2026-04-22T17:00:00'));
    expect(s.reminderAt).toEqual(sh('2026-04-20T09:00:00'));
    expect(s.chasersAt).toEqual([sh('2026-04-23T09:00:00'), sh('2026-04-27T09:00:00'), sh('2026-04-29T09:00:00')]);
    expect(s.chargeAt).toEqual(sh('2026-05-06T09:00:00'));
  });
});

describe('R-RMA-7 and R-RMA-4: review, customer shipment, processing and turnaround', () => {
  it('a request is reviewed within 24 hours, warned 4 hours before', () => {
    expect(reviewDeadline(sh('2026-11-27T16:30:00'))).toEqual({ dueAt: sh('2026-11-28T16:30:00'), warnAt: sh('2026-11-28T12:30:00') });
  });

  it('the customer ships within 7 days of the confirmation', () => {
    expect(customerShipmentDeadline(cal, sh('2026-11-24T10:00:00'))).toEqual({ dueAt: sh('2026-12-01T10:00:00'), warnAt: sh('2026-11-30T10:00:00') });
  });

  it('processing: warned at the end of the 3rd working day, missed at the end of the 5th', () => {
    expect(processingDeadline(cal, sh('2026-11-26T10:00:00'))).toEqual({ warnAt: sh('2026-12-01T17:00:00'), dueAt: sh('2026-12-03T17:00:00') });
  });

  it('an exchange repair is turned around in 72 working hours (nine 8-hour days), warned when 8 are left', () => {
    expect(turnaroundDeadline(cal, sh('2026-11-23T09:00:00'))).toEqual({ dueAt: sh('2026-12-03T17:00:00'), warnAt: sh('2026-12-02T17:00:00') });
  });
});
