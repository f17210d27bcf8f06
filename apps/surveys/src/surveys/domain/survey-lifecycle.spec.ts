import { IllegalSurveyTransition, SURVEY_STATUSES, allowedTransitions, transition } from './survey-lifecycle';
import { responseChannel, surveyDeadlines } from './survey.policy';

describe('survey lifecycle (R-SV-1, R-SV-3)', () => {
  it('given a sent survey, when the customer answers, then it is answered', () => {
    expect(transition('sent', 'answered')).toBe('answered');
  });

  it('given an answered survey, when someone answers again, then it is refused as already answered', () => {
    const refused = (() => {
      try {
        transition('answered', 'answered');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(IllegalSurveyTransition);
    expect(refused).toMatchObject({ code: 'SURVEYS.ALREADY_ANSWERED', from: 'answered', to: 'answered', allowed: [] });
  });

  it('given an expired survey, when an answer arrives, then it is refused as expired', () => {
    expect(() => transition('expired', 'answered')).toThrow(expect.objectContaining({ code: 'SURVEYS.SURVEY_EXPIRED' }));
  });

  it('answered and expired are final; only a sent survey moves', () => {
    expect(allowedTransitions('sent')).toEqual(['answered', 'expired']);
    for (const status of SURVEY_STATUSES.filter((s) => s !== 'sent')) expect(allowedTransitions(status)).toEqual([]);
  });
});

describe('survey policy', () => {
  it('a survey sent at 16:00 with a 3-day reminder and 7-day expiry reminds and expires at 16:00 those days later', () => {
    expect(surveyDeadlines(new Date('2026-11-23T16:00:00Z'), { reminderAfterDays: 3, expiresAfterDays: 7 })).toEqual({
      remindAt: new Date('2026-11-26T16:00:00Z'),
      expiresAt: new Date('2026-11-30T16:00:00Z'),
    });
  });

  it('a template without a reminder only expires', () => {
    expect(surveyDeadlines(new Date('2026-11-23T16:00:00Z'), { reminderAfterDays: null, expiresAfterDays: 1 }).remindAt).toBeNull();
  });

  it('an answer by the customer came online; one recorded by staff came by phone', () => {
    expect(responseChannel(true)).toBe('online');
    expect(responseChannel(false)).toBe('phone');
  });
});
