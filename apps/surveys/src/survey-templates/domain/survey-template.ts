/**
 * Survey templates as versioned data (R-SV-1, R-SV-3): the questions (CSAT 1-5, NPS 0-10, yes/no, choice, free
 * text) in zh-CN and en, which closed cases get the template (category, channel, contract), when it reminds and
 * expires, and which low scores are followed up and how. Pure.
 */
export const QUESTION_KINDS = ['csat', 'nps', 'yes-no', 'choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FOLLOW_UP_ACTIONS = ['complaint', 'reopen', 'call-back'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

export type LocalText = Record<Language, string>;

export interface TemplateQuestion {
  id: string;
  kind: QuestionKind;
  text: LocalText;
  required: boolean;
  /** choice: the options offered (one is picked). */
  options?: { value: string; text: LocalText }[];
  /** The one CSAT question whose score is the survey's overall satisfaction (response.received `score`). */
  overall?: boolean;
  /** R-SV-3: a score at or below `atOrBelow` (yes/no: yes = 1, no = 0) leads to these follow-ups. */
  followUp?: { atOrBelow: number; actions: FollowUpAction[] };
}

/** Which closed cases get the template; a criterion left out matches every case. */
export interface TemplateAppliesTo {
  categories?: string[];
  channels?: string[];
  /** true: only cases under a service contract; false: only cases without one. */
  underContract?: boolean;
}

export interface SurveyTemplateDefinition {
  title: LocalText;
  questions: TemplateQuestion[];
  appliesTo: TemplateAppliesTo;
  /** Among equally specific matches, the higher priority wins. */
  priority: number;
  /** A reminder this many days after sending; null: none. */
  reminderAfterDays: number | null;
  expiresAfterDays: number;
  active: boolean;
}

export interface StoredTemplate {
  code: string;
  version: number;
  definition: SurveyTemplateDefinition;
}

export const SCALE: Readonly<Record<'csat' | 'nps' | 'yes-no', { min: number; max: number }>> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  'yes-no': { min: 0, max: 1 },
};

/** Problems of a template definition; empty when it can be stored. */
export function validateTemplate(def: SurveyTemplateDefinition): string[] {
  const problems: string[] = [];
  const ids = def.questions.map((q) => q.id);
  if (new Set(ids).size !== ids.length) problems.push('question ids must be unique');
  const overall = def.questions.filter((q) => q.overall);
  if (overall.length !== 1 || overall[0].kind !== 'csat' || !overall[0].required) problems.push('exactly one required csat question must be marked overall');
  for (const q of def.questions) {
    if (q.kind === 'choice' && (!q.options || q.options.length < 2)) problems.push(`question ${q.id}: a choice needs at least two options`);
    if (q.kind === 'choice' && q.options && new Set(q.options.map((o) => o.value)).size !== q.options.length) problems.push(`question ${q.id}: option values must be unique`);
    if (q.kind !== 'choice' && q.options) problems.push(`question ${q.id}: only a choice has options`);
    if (q.overall && q.kind !== 'csat') problems.push(`question ${q.id}: only a csat question can be overall`);
    if (q.followUp) {
      if (q.kind === 'choice' || q.kind === 'text') problems.push(`question ${q.id}: only csat, nps and yes-no questions have a follow-up threshold`);
      else {
        const { min, max } = SCALE[q.kind];
        if (q.followUp.atOrBelow < min || q.followUp.atOrBelow >= max) problems.push(`question ${q.id}: the threshold must be from ${min} to ${max - 1}`);
      }
      if (q.followUp.actions.length === 0) problems.push(`question ${q.id}: a follow-up needs at least one action`);
    }
  }
  if (def.reminderAfterDays !== null && def.reminderAfterDays >= def.expiresAfterDays) problems.push('the reminder must come before the expiry');
  return problems;
}

/** What is known of a closed case when its survey is chosen. */
export interface CaseFacts {
  category: string;
  channel: string | null;
  underContract: boolean;
}

function matches(a: TemplateAppliesTo, c: CaseFacts): boolean {
  if (a.categories && !a.categories.includes(c.category)) return false;
  if (a.channels && (c.channel === null || !a.channels.includes(c.channel))) return false;
  if (a.underContract !== undefined && a.underContract !== c.underContract) return false;
  return true;
}

function specificity(a: TemplateAppliesTo): number {
  return (a.categories ? 1 : 0) + (a.channels ? 1 : 0) + (a.underContract !== undefined ? 1 : 0);
}

/**
 * R-SV-1: the template a closed case gets, among the latest version of each template: the active match with the
 * most criteria, then the highest priority, then the code (so the choice never depends on storage order).
 */
export function chooseTemplate(latest: readonly StoredTemplate[], facts: CaseFacts): StoredTemplate | null {
  const candidates = latest.filter((t) => t.definition.active && matches(t.definition.appliesTo, facts));
  candidates.sort(
    (x, y) =>
      specificity(y.definition.appliesTo) - specificity(x.definition.appliesTo) ||
      y.definition.priority - x.definition.priority ||
      x.code.localeCompare(y.code),
  );
  return candidates[0] ?? null;
}

export type AnswerValue = number | boolean | string;
export interface Answer {
  questionId: string;
  kind: QuestionKind;
  value: AnswerValue;
}

export class AnswersRejected extends Error {
  constructor(readonly problems: string[]) {
    super(`The answers do not fit the survey: ${problems.join('; ')}`);
  }
}

export const TEXT_MAX_LENGTH = 2000;

/** Checks the answers against the template (R-SV-3) and returns them in question order; throws AnswersRejected. */
export function validateAnswers(def: SurveyTemplateDefinition, given: Readonly<Record<string, unknown>>): Answer[] {
  const problems: string[] = [];
  const known = new Set(def.questions.map((q) => q.id));
  for (const id of Object.keys(given)) if (!known.has(id)) problems.push(`${id}: no such question`);
  const answers: Answer[] = [];
  for (const q of def.questions) {
    const v = given[q.id];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (q.required) problems.push(`${q.id}: an answer is required`);
      continue;
    }
    if (q.kind === 'csat' || q.kind === 'nps') {
      const { min, max } = SCALE[q.kind];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) problems.push(`${q.id}: a whole number from ${min} to ${max}`);
      else answers.push({ questionId: q.id, kind: q.kind, value: v });
    } else if (q.kind === 'yes-no') {
      if (typeof v !== 'boolean') problems.push(`${q.id}: true or false`);
      else answers.push({ questionId: q.id, kind: q.kind, value: v });
    } else if (q.kind === 'choice') {
      if (typeof v !== 'string' || !q.options?.some((o) => o.value === v)) problems.push(`${q.id}: one of ${(q.options ?? []).map((o) => o.value).join(', ')}`);
      else answers.push({ questionId: q.id, kind: q.kind, value: v });
    } else {
      if (typeof v !== 'string' || v.trim().length > TEXT_MAX_LENGTH) problems.push(`${q.id}: text of at most ${TEXT_MAX_LENGTH} characters`);
      else answers.push({ questionId: q.id, kind: q.kind, value: v.trim() });
    }
  }
  if (problems.length) throw new AnswersRejected(problems);
  return answers;
}

/** The overall satisfaction score (1-5) of valid answers. */
export function overallScore(def: SurveyTemplateDefinition, answers: readonly Answer[]): number {
  const q = def.questions.find((x) => x.overall);
  const a = answers.find((x) => x.questionId === q?.id);
  return a?.value as number;
}

/** The first free-text answer, shown as the answer's comment. */
export function commentOf(answers: readonly Answer[]): string | null {
  const text = answers.find((a) => a.kind === 'text');
  return text ? (text.value as string) : null;
}

export interface FollowUp {
  action: FollowUpAction;
  questionId: string;
  score: number;
}

/**
 * R-SV-3: the follow-ups the answers call for, by the thresholds of the template's questions; one per action (the
 * first question in template order that asked for it), actions in the order complaint, reopen, call-back.
 */
export function followUpsFor(def: SurveyTemplateDefinition, answers: readonly Answer[]): FollowUp[] {
  const out = new Map<FollowUpAction, FollowUp>();
  for (const q of def.questions) {
    if (!q.followUp) continue;
    const a = answers.find((x) => x.questionId === q.id);
    if (!a) continue;
    const score = typeof a.value === 'boolean' ? (a.value ? 1 : 0) : (a.value as number);
    if (score > q.followUp.atOrBelow) continue;
    for (const action of q.followUp.actions) if (!out.has(action)) out.set(action, { action, questionId: q.id, score });
  }
  return FOLLOW_UP_ACTIONS.filter((a) => out.has(a)).map((a) => out.get(a) as FollowUp);
}

/** A template as the customer reads it, in one language. */
export function localise(def: SurveyTemplateDefinition, lang: Language) {
  return {
    title: def.title[lang],
    questions: def.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text[lang],
      required: q.required,
      ...(q.options ? { options: q.options.map((o) => ({ value: o.value, text: o.text[lang] })) } : {}),
    })),
  };
}
