/**
 * R-SLA-2 and R-SLA-4: after assignment the engineer contacts the customer within the response window of the case
 * priority; reminders go out at the ladder's rungs (30 and 45 minutes by default), and at a rung that reassigns
 * (45 minutes) with still no contact the order goes to another engineer, who is told to respond at once. The figures
 * are the SLA plan's (intake carries them on the dispatch request); an order without them has dispatch's defaults.
 * Pure: the window, when the rungs are due, and what a due rung does given the order's state when it fires.
 */
export interface AckRung {
  afterMinutes: number;
  reassign: boolean;
}

export interface EngineerResponse {
  /** The plan the figures come from, when intake sent them. */
  planCode?: string;
  windowMinutesByPriority: Record<string, number>;
  ladder: AckRung[];
}

/** Dispatch's own figures (R-SLA-4: one hour whatever the priority; reminders at 30 and 45, reassign at 45). */
export const DEFAULT_ENGINEER_RESPONSE: EngineerResponse = {
  windowMinutesByPriority: { P1: 60, P2: 60, P3: 60, P4: 60 },
  ladder: [
    { afterMinutes: 30, reassign: false },
    { afterMinutes: 45, reassign: true },
  ],
};

/** R-SLA-2: the minutes the engineer has after assignment for this priority (60 when the plan does not say). */
export function responseWindowMinutes(plan: EngineerResponse | null | undefined, priority: string): number {
  return (plan ?? DEFAULT_ENGINEER_RESPONSE).windowMinutesByPriority[priority] ?? 60;
}

export function acknowledgementSteps(assignedAt: Date, plan?: EngineerResponse | null): { minutes: number; reassign: boolean; at: Date }[] {
  return (plan ?? DEFAULT_ENGINEER_RESPONSE).ladder.map((s) => ({ minutes: s.afterMinutes, reassign: s.reassign, at: new Date(assignedAt.getTime() + s.afterMinutes * 60_000) }));
}

/**
 * The promise to the customer under a new priority (a priority change on the case): the window counts from the
 * moment the current promise was made (the first assignment a reassigned engineer inherited), so the old window is
 * taken off and the new one put on.
 */
export function respondByAfterPriorityChange(respondBy: Date, from: number, to: number): Date {
  return new Date(respondBy.getTime() + (to - from) * 60_000);
}

export interface AckState {
  status: string;
  /** The assignment the timer was set for, and the order's current one. */
  timerAssignmentId: string;
  currentAssignmentId: string | null;
  customerContactedAt: Date | null;
}

export type AckDecision = { action: 'none'; why: string } | { action: 'remind' } | { action: 'remind-and-reassign' };

export function onAcknowledgementStep(state: AckState, rung: { reassign: boolean }): AckDecision {
  if (state.status !== 'assigned' && state.status !== 'in-progress') return { action: 'none', why: `the order is ${state.status}` };
  if (state.currentAssignmentId !== state.timerAssignmentId) return { action: 'none', why: 'the order was assigned again since' };
  if (state.customerContactedAt) return { action: 'none', why: 'the customer was contacted' };
  return rung.reassign ? { action: 'remind-and-reassign' } : { action: 'remind' };
}
