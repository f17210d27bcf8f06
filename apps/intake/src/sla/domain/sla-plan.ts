/**
 * SLA plans are data, not code (issue #3): per priority, the clocks a case runs, their targets, the calendar they
 * run on, the statuses that pause them, and an escalation ladder. The defaults come from DOMAIN.md R-SLA-1..3.
 */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export type EscalationAction = 'warn' | 'notify' | 'reassign' | 'escalate';

export interface EscalationStep {
  /** When: a share of the target (e.g. 50 %, 75 %) or an offset after the breach. */
  at: { percentOfTarget: number } | { afterBreachMinutes: number };
  action: EscalationAction;
  /** Ladder level: 0 the engineer, 1 the first manager, and so on. */
  level: number;
  /** Who is told, by role (R-SLA-7: email and SMS to the engineer and the managers concerned). */
  notifyRoles: string[];
  /** The manager's own reaction deadline (R-SLA-3: 24/24/48/72 h). */
  reactWithinMinutes?: number;
  reason: string;
}

export interface ClockDefinition {
  clock: string;
  targetMinutes: number;
  /** Calendar id: `business` (the site's working hours) or `24x7`. */
  calendar: 'business' | '24x7';
  /** Statuses during which the clock stands still (R-SLA-6: waiting on the customer). */
  pauseOn: string[];
  escalation: EscalationStep[];
  rule: string;
}

export interface SlaPlan {
  code: string;
  name: string;
  clocks: Record<Priority, ClockDefinition[]>;
}

const WAITING_ON_CUSTOMER = ['waiting-on-customer'];

/** R-SLA-3: diagnosis deadline per priority, who is escalated to, and how fast they must react. */
const DIAGNOSIS: Record<Priority, { hours: number; managers: string[]; reactHours: number }> = {
  P1: { hours: 1, managers: ['response-center-manager'], reactHours: 24 },
  P2: { hours: 4, managers: ['technical-manager', 'response-center-manager'], reactHours: 24 },
  P3: { hours: 24, managers: ['technical-center-manager'], reactHours: 48 },
  P4: { hours: 72, managers: ['general-manager'], reactHours: 72 },
};

/** R-SLA-2: engineer response after assignment, P1/P2 within 1 h, P3/P4 within 30 min (as written in the source). */
const RESPONSE_MINUTES: Record<Priority, number> = { P1: 60, P2: 60, P3: 30, P4: 30 };

function standardClocks(priority: Priority, calendar: ClockDefinition['calendar']): ClockDefinition[] {
  const d = DIAGNOSIS[priority];
  return [
    {
      clock: 'response',
      targetMinutes: RESPONSE_MINUTES[priority],
      calendar,
      pauseOn: WAITING_ON_CUSTOMER,
      rule: `R-SLA-2: ${priority} response within ${RESPONSE_MINUTES[priority]} min`,
      escalation: [
        { at: { percentOfTarget: 50 }, action: 'warn', level: 0, notifyRoles: ['engineer'], reason: 'half the response time used' },
        { at: { percentOfTarget: 100 }, action: 'notify', level: 1, notifyRoles: ['engineer', 'response-center-manager'], reason: 'response target breached' },
      ],
    },
    {
      clock: 'diagnosis',
      targetMinutes: d.hours * 60,
      calendar,
      pauseOn: WAITING_ON_CUSTOMER,
      rule: `R-SLA-3: ${priority} diagnosis within ${d.hours} h, then ${d.managers.join(' and ')}`,
      escalation: [
        { at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], reason: 'three quarters of the diagnosis time used' },
        {
          at: { percentOfTarget: 100 },
          action: 'escalate',
          level: 1,
          notifyRoles: ['engineer', ...d.managers],
          reactWithinMinutes: d.reactHours * 60,
          reason: `diagnosis not reached in ${d.hours} h (R-SLA-3)`,
        },
        {
          at: { afterBreachMinutes: d.reactHours * 60 },
          action: 'escalate',
          level: 2,
          notifyRoles: ['general-manager'],
          reason: `${d.managers.join(' and ')} did not react within ${d.reactHours} h (R-SLA-3)`,
        },
      ],
    },
  ];
}

/** The default plan: business hours, R-SLA-2/R-SLA-3 targets and ladder. */
export const STANDARD_PLAN: SlaPlan = {
  code: 'standard',
  name: 'Standard (business hours)',
  clocks: { P1: standardClocks('P1', '24x7'), P2: standardClocks('P2', 'business'), P3: standardClocks('P3', 'business'), P4: standardClocks('P4', 'business') },
};

/** R-SLA-1 premium contracts: 10-minute response, 2-hour on-site arrival, 3-hour fix, 7x24. */
export const PREMIUM_7X24_PLAN: SlaPlan = {
  code: 'premium-7x24',
  name: 'Premium 7x24',
  clocks: Object.fromEntries(
    (['P1', 'P2', 'P3', 'P4'] as const).map((p) => [
      p,
      [
        { clock: 'response', targetMinutes: 10, calendar: '24x7', pauseOn: WAITING_ON_CUSTOMER, rule: 'R-SLA-1: premium response within 10 min', escalation: [{ at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['response-center-manager'], reason: 'premium response breached' }] },
        { clock: 'on-site', targetMinutes: 120, calendar: '24x7', pauseOn: WAITING_ON_CUSTOMER, rule: 'R-SLA-1: premium on-site arrival within 2 h', escalation: [{ at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], reason: 'on-site arrival at risk' }, { at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['response-center-manager'], reason: 'premium on-site breached' }] },
        { clock: 'resolution', targetMinutes: 180, calendar: '24x7', pauseOn: WAITING_ON_CUSTOMER, rule: 'R-SLA-1: premium fix within 3 h', escalation: [{ at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['technical-manager', 'response-center-manager'], reason: 'premium fix breached' }] },
      ],
    ]),
  ) as Record<Priority, ClockDefinition[]>,
};

/** The plan for a case: the contract's plan from the entitlement when it has one, else the standard plan. */
export function choosePlan(input: { contractPlanCode: string | null }, plans: readonly SlaPlan[] = [STANDARD_PLAN, PREMIUM_7X24_PLAN]): SlaPlan {
  return plans.find((p) => p.code === input.contractPlanCode) ?? STANDARD_PLAN;
}
