/** Survey statuses and the transitions between them (R-SV-1, R-SV-3). Pure. */
export const SURVEY_STATUSES = ['sent', 'answered', 'expired'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

// One answer per survey; an unanswered survey lapses when its expiry timer fires (timers/on-survey-expiry-due.timer.ts).
const TRANSITIONS: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  sent: ['answered', 'expired'],
  answered: [],
  expired: [],
};

export class IllegalSurveyTransition extends Error {
  readonly code: string;
  constructor(
    readonly from: SurveyStatus,
    readonly to: SurveyStatus,
    readonly allowed: readonly SurveyStatus[],
  ) {
    super(from === 'answered' && to === 'answered' ? 'This survey has already been answered' : `A ${from} survey cannot become ${to}; allowed: ${allowed.join(', ') || 'none'}`);
    this.code = from === 'answered' ? 'SURVEYS.ALREADY_ANSWERED' : from === 'expired' ? 'SURVEYS.SURVEY_EXPIRED' : 'SURVEYS.ILLEGAL_TRANSITION';
  }
}

export function allowedTransitions(from: SurveyStatus): readonly SurveyStatus[] {
  return TRANSITIONS[from];
}

export function transition(from: SurveyStatus, to: SurveyStatus): SurveyStatus {
  if (!TRANSITIONS[from].includes(to)) throw new IllegalSurveyTransition(from, to, TRANSITIONS[from]);
  return to;
}
