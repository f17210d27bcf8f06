/**
 * R-SLA-4: the engineer must contact the customer within 1 hour of assignment; reminders go out at 30 and 45
 * minutes; with still no response at 45 minutes the order is reassigned to another engineer, who is told to respond
 * at once. Pure: when the steps are due, and what a due step does given the order's state when it fires.
 */
export const ACK_TARGET_MINUTES = 60;
export const ACK_STEPS = [
  { minutes: 30, reassign: false },
  { minutes: 45, reassign: true },
] as const;
export type AckStepMinutes = (typeof ACK_STEPS)[number]['minutes'];

export function acknowledgementSteps(assignedAt: Date): { minutes: AckStepMinutes; reassign: boolean; at: Date }[] {
  return ACK_STEPS.map((s) => ({ ...s, at: new Date(assignedAt.getTime() + s.minutes * 60_000) }));
}

export interface AckState {
  status: string;
  /** The assignment the timer was set for, and the order's current one. */
  timerAssignmentId: string;
  currentAssignmentId: string | null;
  customerContactedAt: Date | null;
}

export type AckDecision = { action: 'none'; why: string } | { action: 'remind' } | { action: 'remind-and-reassign' };

export function onAcknowledgementStep(state: AckState, minutes: AckStepMinutes): AckDecision {
  if (state.status !== 'assigned' && state.status !== 'in-progress') return { action: 'none', why: `the order is ${state.status}` };
  if (state.currentAssignmentId !== state.timerAssignmentId) return { action: 'none', why: 'the order was assigned again since' };
  if (state.customerContactedAt) return { action: 'none', why: 'the customer was contacted' };
  return ACK_STEPS.find((s) => s.minutes === minutes)?.reassign ? { action: 'remind-and-reassign' } : { action: 'remind' };
}
