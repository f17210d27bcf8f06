import { handlingDeadline, isOverdue, openComplaint, surveyComplaintSummary, surveyScoreOpensComplaint } from './complaint.policy';

describe('complaints from survey answers (R-SV-3)', () => {
  it('given the default threshold 2, then 1 and 2 open a complaint and 3 to 5 do not', () => {
    expect([1, 2, 3, 4, 5].map((s) => surveyScoreOpensComplaint(s, 2))).toEqual([true, true, false, false, false]);
  });

  it('given the survey template’s follow-ups, then they decide whatever the score and threshold', () => {
    expect(surveyScoreOpensComplaint(4, 2, ['complaint', 'reopen'])).toBe(true);
    expect(surveyScoreOpensComplaint(1, 2, ['call-back'])).toBe(false);
    expect(surveyScoreOpensComplaint(1, 2, [])).toBe(false);
  });

  it('given a threshold of 0, then no score opens one', () => {
    expect([1, 2, 3, 4, 5].some((s) => surveyScoreOpensComplaint(s, 0))).toBe(false);
  });

  it('the summary names the score and the comment', () => {
    expect(surveyComplaintSummary(2, ' late ')).toBe('Survey score 2/5: late');
    expect(surveyComplaintSummary(1, null)).toBe('Survey score 1/5');
    expect(surveyComplaintSummary(1, '   ')).toBe('Survey score 1/5');
    expect(surveyComplaintSummary(2, 'late', '/v1/surveys/s-1')).toBe('Survey score 2/5 (/v1/surveys/s-1): late');
  });
});

describe('the committed handling deadline (R-CP-4)', () => {
  it('is the configured number of hours after opening', () => {
    expect(handlingDeadline(new Date('2026-11-23T10:00:00Z'), 48).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(handlingDeadline(new Date('2026-11-23T10:00:00Z'), 1).toISOString()).toBe('2026-11-23T11:00:00.000Z');
  });

  const dueAt = new Date('2026-11-25T10:00:00Z');
  it('given an unsolved complaint, then it is overdue only after the deadline has passed', () => {
    expect(isOverdue({ status: 'open', dueAt }, new Date('2026-11-25T10:00:00Z'))).toBe(false);
    expect(isOverdue({ status: 'open', dueAt }, new Date('2026-11-25T10:00:00.001Z'))).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueAt }, new Date('2026-11-26T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'escalated', dueAt }, new Date('2026-11-26T00:00:00Z'))).toBe(true);
  });

  it('given a resolved or closed complaint, then it is never overdue', () => {
    expect(isOverdue({ status: 'resolved', dueAt }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ status: 'closed', dueAt }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('opening a complaint (R-CP-2, R-CP-4, R-CP-5)', () => {
  const now = new Date('2026-11-23T08:30:00Z');
  const registration = {
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    caseIds: ['0192f3a0-7c1e-7c3a-9a4e-00000000000a', '0192f3a0-7c1e-7c3a-9a4e-00000000000a'],
    source: 'phone' as const,
    summary: 'Engineer did not turn up',
    actor: 'user:officer-1',
    complainedBefore: false,
  };

  it('given a first complaint by phone, then it is open, due after the deadline, with its registration recorded as the first step', () => {
    expect(openComplaint(registration, { now, deadlineHours: 48 })).toEqual({
      customerId: registration.customerId,
      caseIds: ['0192f3a0-7c1e-7c3a-9a4e-00000000000a'],
      source: 'phone',
      summary: 'Engineer did not turn up',
      status: 'open',
      dueAt: new Date('2026-11-25T08:30:00Z'),
      openedAt: now,
      repeatComplainant: false,
      version: 1,
      firstStep: { actor: 'user:officer-1', kind: 'registered', note: 'Registered from the phone channel; handling deadline 2026-11-25T08:30:00.000Z', at: now },
    });
  });

  it('given a customer who complained before, then the complaint and its first step say so', () => {
    const opened = openComplaint({ ...registration, source: 'survey', complainedBefore: true }, { now, deadlineHours: 24 });
    expect(opened.repeatComplainant).toBe(true);
    expect(opened.firstStep.note).toBe('Registered from a survey answer; handling deadline 2026-11-24T08:30:00.000Z; the customer has complained before');
  });
});
