/**
 * R-CP-2: the complaint-handling procedure, in its order: listen and write it down; thank; apologise; go through
 * the possible causes with the complainant; ask what outcome they want; explain the company's principles and the
 * resolution it proposes; agree a deadline. Each step is recorded, done or skipped with why. Pure.
 */
export const PROCEDURE_STEPS = ['listen-and-record', 'thank', 'apologise', 'analyse-causes', 'ask-wanted-resolution', 'state-principles-and-proposal', 'agree-deadline'] as const;
export type ProcedureStep = (typeof PROCEDURE_STEPS)[number];

export interface RecordedStep {
  step: ProcedureStep;
  outcome: 'done' | 'skipped';
}

export class ProcedureStepRefused extends Error {
  constructor(
    readonly code: 'COMPLAINTS.STEP_OUT_OF_ORDER' | 'COMPLAINTS.PROCEDURE_COMPLETE' | 'COMPLAINTS.SKIP_REASON_REQUIRED',
    message: string,
    readonly expected: ProcedureStep | null,
  ) {
    super(message);
  }
}

/** The step that comes next, or null when the procedure is complete. */
export function nextProcedureStep(recorded: readonly RecordedStep[]): ProcedureStep | null {
  return PROCEDURE_STEPS[recorded.length] ?? null;
}

/** Checks that `step` is the next one and that a skipped step says why; answers what to record. */
export function recordProcedureStep(recorded: readonly RecordedStep[], step: ProcedureStep, skippedBecause: string | null): RecordedStep {
  const expected = nextProcedureStep(recorded);
  if (!expected) throw new ProcedureStepRefused('COMPLAINTS.PROCEDURE_COMPLETE', 'Every step of the procedure is recorded already', null);
  if (step !== expected) throw new ProcedureStepRefused('COMPLAINTS.STEP_OUT_OF_ORDER', `The next step of the procedure is ${expected}, not ${step}`, expected);
  if (skippedBecause !== null && skippedBecause.trim() === '') {
    throw new ProcedureStepRefused('COMPLAINTS.SKIP_REASON_REQUIRED', 'A skipped step says why it was skipped', expected);
  }
  return { step, outcome: skippedBecause === null ? 'done' : 'skipped' };
}
