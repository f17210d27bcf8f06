import { AckState, acknowledgementSteps, onAcknowledgementStep, respondByAfterPriorityChange, responseWindowMinutes } from './acknowledgement.policy';

describe('acknowledgement (R-SLA-2, R-SLA-4)', () => {
  const silent: AckState = { status: 'assigned', timerAssignmentId: 'a1', currentAssignmentId: 'a1', customerContactedAt: null };
  const manual = { planCode: 'standard', windowMinutesByPriority: { P1: 60, P2: 60, P3: 30, P4: 30 }, ladder: [{ afterMinutes: 20, reassign: false }, { afterMinutes: 25, reassign: true }] };

  it('given an assignment at 08:15, then the reminders are due at 08:45 and 09:00, the second one reassigning', () => {
    expect(acknowledgementSteps(new Date('2026-11-23T08:15:00Z')).map((s) => [s.minutes, s.at.toISOString(), s.reassign])).toEqual([
      [30, '2026-11-23T08:45:00.000Z', false],
      [45, '2026-11-23T09:00:00.000Z', true],
    ]);
  });

  it("given the plan's own ladder, then its rungs are the reminders", () => {
    expect(acknowledgementSteps(new Date('2026-11-23T08:15:00Z'), manual).map((s) => [s.at.toISOString(), s.reassign])).toEqual([
      ['2026-11-23T08:35:00.000Z', false],
      ['2026-11-23T08:40:00.000Z', true],
    ]);
  });

  it('given the manual, then P1 and P2 have an hour and P3 and P4 half an hour; without a plan, an hour', () => {
    expect(['P1', 'P2', 'P3', 'P4'].map((p) => responseWindowMinutes(manual, p))).toEqual([60, 60, 30, 30]);
    expect(responseWindowMinutes(null, 'P4')).toBe(60);
  });

  it('given a promise of 09:15 under an hour, then a change to half an hour makes it 08:45', () => {
    expect(respondByAfterPriorityChange(new Date('2026-11-23T09:15:00Z'), 60, 30).toISOString()).toBe('2026-11-23T08:45:00.000Z');
  });

  it('given a silent engineer, then 30 minutes reminds and 45 minutes reminds and reassigns', () => {
    expect(onAcknowledgementStep(silent, { reassign: false })).toEqual({ action: 'remind' });
    expect(onAcknowledgementStep(silent, { reassign: true })).toEqual({ action: 'remind-and-reassign' });
  });

  it('given the customer was contacted, the order reassigned since, or the order closed, then a due step does nothing', () => {
    expect(onAcknowledgementStep({ ...silent, customerContactedAt: new Date() }, { reassign: true }).action).toBe('none');
    expect(onAcknowledgementStep({ ...silent, currentAssignmentId: 'a2' }, { reassign: false }).action).toBe('none');
    expect(onAcknowledgementStep({ ...silent, status: 'completed' }, { reassign: true })).toEqual({ action: 'none', why: 'the order is completed' });
  });
});
