import { AckState, acknowledgementSteps, onAcknowledgementStep } from './acknowledgement.policy';

describe('acknowledgement (R-SLA-4)', () => {
  const silent: AckState = { status: 'assigned', timerAssignmentId: 'a1', currentAssignmentId: 'a1', customerContactedAt: null };

  it('given an assignment at 08:15, then the reminders are due at 08:45 and 09:00, the second one reassigning', () => {
    expect(acknowledgementSteps(new Date('2026-11-23T08:15:00Z')).map((s) => [s.minutes, s.at.toISOString(), s.reassign])).toEqual([
      [30, '2026-11-23T08:45:00.000Z', false],
      [45, '2026-11-23T09:00:00.000Z', true],
    ]);
  });

  it('given a silent engineer, then 30 minutes reminds and 45 minutes reminds and reassigns', () => {
    expect(onAcknowledgementStep(silent, 30)).toEqual({ action: 'remind' });
    expect(onAcknowledgementStep(silent, 45)).toEqual({ action: 'remind-and-reassign' });
  });

  it('given the customer was contacted, the order reassigned since, or the order closed, then a due step does nothing', () => {
    expect(onAcknowledgementStep({ ...silent, customerContactedAt: new Date() }, 45).action).toBe('none');
    expect(onAcknowledgementStep({ ...silent, currentAssignmentId: 'a2' }, 30).action).toBe('none');
    expect(onAcknowledgementStep({ ...silent, status: 'completed' }, 45)).toEqual({ action: 'none', why: 'the order is completed' });
  });
});
