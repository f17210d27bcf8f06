import { AnswersRejected, StoredTemplate, SurveyTemplateDefinition, chooseTemplate, followUpsFor, localise, overallScore, validateAnswers, validateTemplate } from './survey-template';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const base: SurveyTemplateDefinition = {
  title: text('满意度', 'Satisfaction'),
  questions: [
    { id: 'overall', kind: 'csat', text: text('总体', 'Overall'), required: true, overall: true, followUp: { atOrBelow: 2, actions: ['complaint', 'call-back'] } },
    { id: 'nps', kind: 'nps', text: text('推荐', 'Recommend'), required: false, followUp: { atOrBelow: 6, actions: ['call-back'] } },
    { id: 'fixed', kind: 'yes-no', text: text('解决了吗', 'Fixed?'), required: false, followUp: { atOrBelow: 0, actions: ['reopen'] } },
    { id: 'visit', kind: 'choice', text: text('上门', 'Visit'), required: false, options: [{ value: 'on-time', text: text('准时', 'On time') }, { value: 'late', text: text('迟到', 'Late') }] },
    { id: 'note', kind: 'text', text: text('意见', 'Notes'), required: false },
  ],
  appliesTo: {},
  priority: 0,
  reminderAfterDays: 3,
  expiresAfterDays: 7,
  active: true,
};
const stored = (code: string, over: Partial<SurveyTemplateDefinition> = {}, version = 1): StoredTemplate => ({ code, version, definition: { ...base, ...over } });

describe('survey templates (R-SV-1)', () => {
  it('a template with one required overall CSAT question, unique ids and a reminder before its expiry is valid', () => {
    expect(validateTemplate(base)).toEqual([]);
  });

  it('lists every problem of a bad template', () => {
    const bad: SurveyTemplateDefinition = {
      ...base,
      questions: [
        { ...base.questions[0], overall: false },
        { id: 'nps', kind: 'nps', text: text('a', 'a'), required: false, followUp: { atOrBelow: 10, actions: [] } },
        { id: 'nps', kind: 'choice', text: text('b', 'b'), required: false, options: [{ value: 'x', text: text('x', 'x') }] },
        { id: 'note', kind: 'text', text: text('c', 'c'), required: false, followUp: { atOrBelow: 1, actions: ['complaint'] } },
      ],
      reminderAfterDays: 7,
    };
    expect(validateTemplate(bad)).toEqual([
      'question ids must be unique',
      'exactly one required csat question must be marked overall',
      'question nps: the threshold must be from 0 to 9',
      'question nps: a follow-up needs at least one action',
      'question nps: a choice needs at least two options',
      'question note: only csat, nps and yes-no questions have a follow-up threshold',
      'the reminder must come before the expiry',
    ]);
  });

  it('a case gets the most specific matching template: category and contract beat category, which beats the default', () => {
    const templates = [
      stored('default'),
      stored('hardware', { appliesTo: { categories: ['fault-hardware'] } }),
      stored('hardware-contract', { appliesTo: { categories: ['fault-hardware'], underContract: true } }),
      stored('wechat', { appliesTo: { channels: ['wechat'] } }),
    ];
    expect(chooseTemplate(templates, { category: 'fault-hardware', channel: 'hotline', underContract: true })?.code).toBe('hardware-contract');
    expect(chooseTemplate(templates, { category: 'fault-hardware', channel: 'hotline', underContract: false })?.code).toBe('hardware');
    expect(chooseTemplate(templates, { category: 'installation', channel: 'wechat', underContract: false })?.code).toBe('wechat');
    // An unknown channel matches no channel rule.
    expect(chooseTemplate(templates, { category: 'installation', channel: null, underContract: false })?.code).toBe('default');
  });

  it('among equally specific templates the higher priority wins, then the code; an inactive one is never chosen', () => {
    const templates = [stored('b', { priority: 1 }), stored('a', { priority: 1 }), stored('z', { priority: 5, active: false })];
    expect(chooseTemplate(templates, { category: 'consultation', channel: null, underContract: false })?.code).toBe('a');
    expect(chooseTemplate([stored('z', { active: false })], { category: 'consultation', channel: null, underContract: false })).toBeNull();
  });

  it('shows the questions in the language asked for', () => {
    expect(localise(base, 'en')).toMatchObject({ title: 'Satisfaction', questions: expect.arrayContaining([{ id: 'visit', kind: 'choice', text: 'Visit', required: false, options: [{ value: 'on-time', text: 'On time' }, { value: 'late', text: 'Late' }] }]) });
    expect(localise(base, 'zh-CN').questions[0]).toEqual({ id: 'overall', kind: 'csat', text: '总体', required: true });
  });
});

describe('answers and follow-ups (R-SV-3)', () => {
  it('takes answers that fit, in question order, text trimmed, and reads the overall score', () => {
    const answers = validateAnswers(base, { note: ' ok ', visit: 'late', overall: 4, fixed: true, nps: 10 });
    expect(answers).toEqual([
      { questionId: 'overall', kind: 'csat', value: 4 },
      { questionId: 'nps', kind: 'nps', value: 10 },
      { questionId: 'fixed', kind: 'yes-no', value: true },
      { questionId: 'visit', kind: 'choice', value: 'late' },
      { questionId: 'note', kind: 'text', value: 'ok' },
    ]);
    expect(overallScore(base, answers)).toBe(4);
  });

  it('refuses answers that do not fit, naming each', () => {
    const refused = (() => {
      try {
        validateAnswers(base, { overall: 0, nps: 3.5, fixed: 'no', visit: 'early', extra: 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(AnswersRejected);
    expect((refused as AnswersRejected).problems).toEqual([
      'extra: no such question',
      'overall: a whole number from 1 to 5',
      'nps: a whole number from 0 to 10',
      'fixed: true or false',
      'visit: one of on-time, late',
    ]);
  });

  it('an overall 2 calls for a complaint and a call-back; a "no" to fixed for a reopen; one follow-up per action', () => {
    const answers = validateAnswers(base, { overall: 2, nps: 3, fixed: false });
    expect(followUpsFor(base, answers)).toEqual([
      { action: 'complaint', questionId: 'overall', score: 2 },
      { action: 'reopen', questionId: 'fixed', score: 0 },
      { action: 'call-back', questionId: 'overall', score: 2 },
    ]);
  });

  it('scores above every threshold, or questions left out, call for nothing', () => {
    expect(followUpsFor(base, validateAnswers(base, { overall: 3, nps: 7, fixed: true }))).toEqual([]);
    expect(followUpsFor(base, validateAnswers(base, { overall: 5 }))).toEqual([]);
  });
});
