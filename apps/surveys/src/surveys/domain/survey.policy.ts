/** What a survey sends and accepts (R-SV-1, R-SV-3). Pure. */

/** The template a closed case gets when no template's criteria match it (seeded by the migration). */
export const DEFAULT_SURVEY_TEMPLATE = 'post-case';

const DAY_MS = 24 * 60 * 60 * 1000;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const COMMENT_MAX_LENGTH = 2000;

/** portal: offered in the portal only (surveys from before links); link: the invitation with its link went out too. */
export type SurveyChannel = 'portal' | 'link';

/** How an answer reached us: the customer answered themselves, or staff recorded it during a call. */
export type ResponseChannel = 'online' | 'phone';

/** R-SV-1: the reminder after the template's N days (none when it has none) and the expiry after its M days. */
export function surveyDeadlines(sentAt: Date, template: { reminderAfterDays: number | null; expiresAfterDays: number }): { remindAt: Date | null; expiresAt: Date } {
  return {
    remindAt: template.reminderAfterDays === null ? null : new Date(sentAt.getTime() + template.reminderAfterDays * DAY_MS),
    expiresAt: new Date(sentAt.getTime() + template.expiresAfterDays * DAY_MS),
  };
}

export function responseChannel(answeredByCustomer: boolean): ResponseChannel {
  return answeredByCustomer ? 'online' : 'phone';
}
