import { ProcedureStepRefused, RecordedStep, nextProcedureStep, recordProcedureStep } from './complaint-procedure';

describe('the complaint-handling procedure (R-CP-2)', () => {
  const listened: RecordedStep[] = [{ step: 'listen-and-record', outcome: 'done' }];

  it('given a registered complaint, then thanking the customer comes next', () => {
    expect(nextProcedureStep(listened)).toBe('thank');
    expect(recordProcedureStep(listened, 'thank', null)).toEqual({ step: 'thank', outcome: 'done' });
  });

  it('given a step the officer skips, then it is recorded as skipped, and only with a reason', () => {
    expect(recordProcedureStep(listened, 'thank', 'The customer hung up before')).toEqual({ step: 'thank', outcome: 'skipped' });
    expect(() => recordProcedureStep(listened, 'thank', '  ')).toThrow(expect.objectContaining({ code: 'COMPLAINTS.SKIP_REASON_REQUIRED' }));
  });

  it('given an officer who apologises before thanking, then it is refused naming the step that comes next', () => {
    expect(() => recordProcedureStep(listened, 'apologise', null)).toThrow(ProcedureStepRefused);
    expect(() => recordProcedureStep(listened, 'apologise', null)).toThrow(expect.objectContaining({ code: 'COMPLAINTS.STEP_OUT_OF_ORDER', expected: 'thank' }));
  });

  it('given all seven steps recorded, then there is no next step', () => {
    const all: RecordedStep[] = (['listen-and-record', 'thank', 'apologise', 'analyse-causes', 'ask-wanted-resolution', 'state-principles-and-proposal', 'agree-deadline'] as const).map((step) => ({ step, outcome: 'done' }));
    expect(nextProcedureStep(all)).toBeNull();
    expect(() => recordProcedureStep(all, 'thank', null)).toThrow(expect.objectContaining({ code: 'COMPLAINTS.PROCEDURE_COMPLETE' }));
  });
});
