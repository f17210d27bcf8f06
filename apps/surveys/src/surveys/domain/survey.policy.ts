/** What a survey sends and accepts (R-SV-1, R-SV-3). Pure. */

/** The satisfaction survey every closed case gets unless another template is named. */
export const DEFAULT_SURVEY_TEMPLATE = 'post-case-v1';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const COMMENT_MAX_LENGTH = 2000;

/** Where the survey is offered. */
export type SurveyChannel = 'portal';

/** How an answer reached us: the customer answered themselves, or staff recorded it during a call. */
export type ResponseChannel = 'online' | 'phone';

/**
 * R-SV-1: a closed case is followed by the post-case survey, offered in the customer portal. Contact details
 * never leave intake, so email/SMS delivery needs a notifier that can reach the customer (a later issue).
 */
export function surveyForClosedCase(): { templateCode: string; channel: SurveyChannel } {
  return { templateCode: DEFAULT_SURVEY_TEMPLATE, channel: 'portal' };
}

export function responseChannel(answeredByCustomer: boolean): ResponseChannel {
  return answeredByCustomer ? 'online' : 'phone';
}
