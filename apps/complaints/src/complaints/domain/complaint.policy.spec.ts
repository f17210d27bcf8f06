import { EvidenceMissing, compensationNeedsApproval, judgeAgainstPolicy, registrationNote, surveyComplaintSummary, surveyScoreOpensComplaint } from './complaint.policy';

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

describe('judging a complaint against the service policy (R-CP-3)', () => {
  it('given an SLA breach with the case clock ledger linked, then it is judged against the SLA targets', () => {
    expect(judgeAgainstPolicy('sla-breach', [{ kind: 'case-clock-ledger', ref: 'case-1' }, { kind: 'case-clock-ledger', ref: 'case-1' }])).toEqual({
      commitment: 'sla-breach',
      rule: 'R-SLA-1..3: response, diagnosis and resolution targets',
      evidence: [{ kind: 'case-clock-ledger', ref: 'case-1' }],
    });
  });

  it('given a repeat repair without the work order, or a free-or-paid dispute without the warranty decision, then it is refused', () => {
    expect(() => judgeAgainstPolicy('repeat-repair', [])).toThrow(EvidenceMissing);
    expect(() => judgeAgainstPolicy('free-or-paid-dispute', [{ kind: 'work-order', ref: 'wo-1' }])).toThrow(
      expect.objectContaining({ code: 'COMPLAINTS.EVIDENCE_MISSING', missing: ['warranty-decision'] }),
    );
  });

  it('given a complaint about conduct, then no particular evidence is needed', () => {
    expect(judgeAgainstPolicy('conduct', []).evidence).toEqual([]);
  });
});

describe('compensation approval', () => {
  it('needs a manager above the configured amount, money and service credit together', () => {
    const give = (amountMinor: number, serviceCreditMinor = 0) => ({ amountMinor, serviceCreditMinor, currency: 'CNY', goods: null });
    expect(compensationNeedsApproval(give(50000), 50000)).toBe(false);
    expect(compensationNeedsApproval(give(30000, 20001), 50000)).toBe(true);
    expect(compensationNeedsApproval({ ...give(0), goods: 'Toner kit' }, 50000)).toBe(false);
    expect(compensationNeedsApproval(null, 0)).toBe(false);
  });
});

describe('the registration step (R-CP-2, R-CP-5)', () => {
  it('names the channel, the deadline and a repeat complainant', () => {
    const dueAt = new Date('2026-11-26T02:00:00Z');
    expect(registrationNote('phone', dueAt, false)).toBe('Registered from the phone channel; handling deadline 2026-11-26T02:00:00.000Z');
    expect(registrationNote('survey', dueAt, true)).toBe('Registered from a survey answer; handling deadline 2026-11-26T02:00:00.000Z; the customer has complained before');
  });
});
