/**
 * SLA plans are data, not code (issue #3): per priority, the clocks a case runs, their targets, the calendar they
 * run on, the statuses that pause and stop them, and an escalation ladder. Plans are stored in intake's database
 * and edited over HTTP; the defaults below come from docs/domain.md R-SLA-1..3 and R-SLA-5, and seed that table.
 */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

export type EscalationAction = 'warn' | 'notify' | 'escalate' | 'reassign';

export interface EscalationStep {
  /** When: a share of the target in the clock's working time, or real (calendar) minutes after the deadline. */
  at: { percentOfTarget: number } | { afterBreachMinutes: number };
  action: EscalationAction;
  /** Ladder level: 0 the engineer, 1 the first managers, 2 the next, and so on. */
  level: number;
  /** Who is told, by role (R-SLA-7: email and SMS to the engineer and the managers concerned). */
  notifyRoles: string[];
  /** Also tell the case's assigned engineer by name. */
  notifyAssignee?: boolean;
  /** The managers' own reaction deadline (R-SLA-3: 24/24/48/72 h); the next step waits for it. */
  reactWithinMinutes?: number;
  reason: string;
}

/** `business`: the plan's business calendar; `24x7`: always running, in the same time zone. */
export type ClockCalendar = 'business' | '24x7';

export interface ClockDefinition {
  clock: string;
  targetMinutes: number;
  /** A different target for some channels (R-SLA-1: the first answer depends on how the customer came in). */
  targetMinutesByChannel?: Record<string, number>;
  calendar: ClockCalendar;
  /** Statuses during which the clock stands still (R-SLA-6: waiting on the customer). */
  pauseOn: string[];
  /** Statuses, or milestones such as `diagnosed`, that meet the clock. */
  stopOn: string[];
  escalation: EscalationStep[];
  rule: string;
  /**
   * A clock that starts on an event of the case rather than at its opening (R-SLA-1): `remote-requested` (dispatch
   * asked for remote assistance) or `on-site-requested` (an on-site visit to arrange). Absent: at the opening.
   */
  startOn?: string;
}

/**
 * R-SLA-2 and R-SLA-4: what the engineer owes the customer after assignment, carried to dispatch on the dispatch
 * request. The window follows the case priority; the ladder reminds a silent engineer and, at a rung with
 * `reassign`, hands the order to another one.
 */
export interface EngineerResponsePlan {
  windowMinutesByPriority: Record<Priority, number>;
  ladder: { afterMinutes: number; reassign: boolean }[];
}

/** R-SLA-2 as the manual gives it (P1 and P2 within 1 hour, P3 and P4 within 30 minutes), R-SLA-4's 30/45 ladder. */
export const DEFAULT_ENGINEER_RESPONSE: EngineerResponsePlan = {
  windowMinutesByPriority: { P1: 60, P2: 60, P3: 30, P4: 30 },
  ladder: [
    { afterMinutes: 30, reassign: false },
    { afterMinutes: 45, reassign: true },
  ],
};

export interface SlaPlan {
  code: string;
  name: string;
  /** The business calendar the plan's business-hours clocks run on. */
  calendarId: string;
  clocks: Record<Priority, ClockDefinition[]>;
  /** The engineer's response after assignment (R-SLA-2); a plan stored without it has the default. */
  engineerResponse?: EngineerResponsePlan;
}

/** R-WA-6: a service contract's own SLA terms (from warranty's entitlement), which replace the plan's targets. */
export interface ContractSlaTerms {
  responseMinutes: number;
  onSiteMinutes: number;
  fixMinutes: number | null;
  calendar: ClockCalendar;
  calendarId: string;
}

/**
 * The plan as a contract with its own terms makes it (R-WA-6): the response clock takes the contract's response
 * target (for every channel), the resolution clock its fix target (when it has one), an on-site clock its on-site
 * target (added, from the opening, when the plan has none), and every clock the contract's calendar. Pure.
 */
export function withContractTerms(plan: SlaPlan, terms: ContractSlaTerms | null | undefined): SlaPlan {
  if (!terms) return plan;
  const rule = (what: string, minutes: number) => `R-WA-6: the service contract's ${what} within ${minutes} min`;
  const clocksFor = (defs: ClockDefinition[]): ClockDefinition[] => {
    const out = defs.map((d): ClockDefinition => {
      const base = { ...d, calendar: terms.calendar };
      if (d.clock === 'response') return { ...base, targetMinutes: terms.responseMinutes, targetMinutesByChannel: undefined, rule: rule('response', terms.responseMinutes) };
      if (d.clock === 'resolution' && terms.fixMinutes) return { ...base, targetMinutes: terms.fixMinutes, rule: rule('fix', terms.fixMinutes) };
      if (d.clock === 'on-site') return { ...base, targetMinutes: terms.onSiteMinutes, rule: rule('on-site arrival', terms.onSiteMinutes) };
      return base;
    });
    if (!out.some((d) => d.clock === 'on-site')) {
      out.push({
        clock: 'on-site',
        targetMinutes: terms.onSiteMinutes,
        calendar: terms.calendar,
        pauseOn: WAITING_ON_CUSTOMER,
        stopOn: ['on-site', ...RESOLVED],
        rule: rule('on-site arrival', terms.onSiteMinutes),
        escalation: [
          { at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'on-site arrival at risk' },
          { at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['response-center-manager'], notifyAssignee: true, reason: "the contract's on-site arrival breached (R-WA-6)" },
        ],
      });
    }
    return out;
  };
  return { ...plan, calendarId: terms.calendarId, clocks: { P1: clocksFor(plan.clocks.P1), P2: clocksFor(plan.clocks.P2), P3: clocksFor(plan.clocks.P3), P4: clocksFor(plan.clocks.P4) } };
}

/** The plan's engineer-response settings, or the default for a plan written before they existed. */
export function engineerResponseOf(plan: Pick<SlaPlan, 'engineerResponse'> | undefined): EngineerResponsePlan {
  return plan?.engineerResponse ?? DEFAULT_ENGINEER_RESPONSE;
}

/** The target of a clock for a case that came in through this channel. */
export function targetMinutes(def: ClockDefinition, channel: string): number {
  return def.targetMinutesByChannel?.[channel] ?? def.targetMinutes;
}

const WAITING_ON_CUSTOMER = ['waiting-on-customer'];
/**
 * The first answer (R-SLA-1): a person acknowledging or working the case, a public reply by staff, or the engineer
 * reaching the customer (R-SLA-4 contact). The statuses meet the clock only when staff set them: warranty's decision
 * moving the case to in-progress is no answer (case-clocks.ts, statusChanged).
 */
const RESPONDED = ['customer-contacted', 'replied', 'acknowledged', 'in-progress', 'waiting-on-customer', 'waiting-on-parts', 'resolved', 'closed'];
const RESOLVED = ['resolved', 'closed'];

/** R-SLA-3: diagnosis deadline per priority, who is escalated to, and how fast they must react. */
const DIAGNOSIS: Record<Priority, { hours: number; managers: string[]; reactHours: number; next: string[] }> = {
  P1: { hours: 1, managers: ['response-center-manager'], reactHours: 24, next: ['general-manager'] },
  P2: { hours: 4, managers: ['technical-manager', 'response-center-manager'], reactHours: 24, next: ['general-manager'] },
  P3: { hours: 24, managers: ['technical-center-manager'], reactHours: 48, next: ['general-manager'] },
  P4: { hours: 72, managers: ['general-manager'], reactHours: 72, next: ['general-manager'] },
};

/**
 * R-SLA-1: phone, email and online requests are answered within 1 hour. Fax and letters are not in the source:
 * one working day is our default, and like every figure here it is plan data an administrator can change.
 */
const FIRST_RESPONSE_BY_CHANNEL: Record<string, number> = { 'fax-letter': 8 * 60 };

/** Resolution targets are not in docs/domain.md except R-SLA-5 (repair within 48 h): working-time defaults per priority. */
const RESOLUTION_HOURS: Record<Priority, number> = { P1: 48, P2: 24, P3: 40, P4: 80 };

function standardClocks(priority: Priority): ClockDefinition[] {
  const d = DIAGNOSIS[priority];
  const calendar: ClockCalendar = priority === 'P1' ? '24x7' : 'business';
  return [
    {
      clock: 'response',
      targetMinutes: 60,
      targetMinutesByChannel: FIRST_RESPONSE_BY_CHANNEL,
      calendar,
      pauseOn: WAITING_ON_CUSTOMER,
      stopOn: RESPONDED,
      rule: 'R-SLA-1: a request is answered within 1 hour',
      escalation: [
        { at: { percentOfTarget: 50 }, action: 'warn', level: 0, notifyRoles: ['agent'], notifyAssignee: true, reason: 'half the response time used' },
        { at: { percentOfTarget: 100 }, action: 'notify', level: 1, notifyRoles: ['agent', 'response-center-manager'], notifyAssignee: true, reason: 'the first response is late (R-SLA-1)' },
      ],
    },
    {
      clock: 'remote-response',
      targetMinutes: 30,
      calendar,
      pauseOn: WAITING_ON_CUSTOMER,
      stopOn: ['customer-contacted', 'replied', ...RESOLVED],
      startOn: 'remote-requested',
      rule: 'R-SLA-1: a remote-assistance request is answered within 30 minutes',
      escalation: [
        { at: { percentOfTarget: 50 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'half the remote-assistance response time used' },
        { at: { percentOfTarget: 100 }, action: 'notify', level: 1, notifyRoles: ['engineer', 'response-center-manager'], notifyAssignee: true, reason: 'the remote-assistance request is not answered within 30 minutes (R-SLA-1)' },
      ],
    },
    {
      clock: 'on-site-arrangement',
      targetMinutes: 24 * 60,
      calendar: '24x7',
      pauseOn: WAITING_ON_CUSTOMER,
      stopOn: ['on-site-arranged', 'on-site', ...RESOLVED],
      startOn: 'on-site-requested',
      rule: 'R-SLA-1: an on-site visit is arranged within 24 hours',
      escalation: [
        { at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'no visit agreed with the customer 18 hours after the on-site request' },
        { at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['engineer', 'response-center-manager'], notifyAssignee: true, reason: 'no on-site visit arranged within 24 hours: escalated to the response-center manager (R-SLA-1)' },
      ],
    },
    {
      clock: 'diagnosis',
      targetMinutes: d.hours * 60,
      calendar,
      pauseOn: WAITING_ON_CUSTOMER,
      stopOn: ['diagnosed', ...RESOLVED],
      rule: `R-SLA-3: ${priority} diagnosed within ${d.hours} h`,
      escalation: [
        { at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'three quarters of the diagnosis time used' },
        {
          at: { percentOfTarget: 100 },
          action: 'escalate',
          level: 1,
          notifyRoles: ['engineer', ...d.managers],
          notifyAssignee: true,
          reactWithinMinutes: d.reactHours * 60,
          reason: `no diagnosis within ${d.hours} h: escalated to the ${d.managers.join(' and the ')} (R-SLA-3)`,
        },
        {
          at: { afterBreachMinutes: d.reactHours * 60 },
          action: 'escalate',
          level: 2,
          notifyRoles: d.next,
          reason: `the ${d.managers.join(' and the ')} did not react within ${d.reactHours} h (R-SLA-3)`,
        },
      ],
    },
    {
      clock: 'resolution',
      targetMinutes: RESOLUTION_HOURS[priority] * 60,
      calendar,
      pauseOn: WAITING_ON_CUSTOMER,
      stopOn: RESOLVED,
      rule: `${priority} resolved within ${RESOLUTION_HOURS[priority]} ${calendar === '24x7' ? 'hours' : 'working hours'} (plan default)`,
      escalation: [
        { at: { percentOfTarget: 80 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'four fifths of the resolution time used' },
        { at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['engineer', 'technical-manager'], notifyAssignee: true, reason: 'resolution target breached' },
      ],
    },
  ];
}

/** The default plan: business hours (P1 7x24), R-SLA-1 first response, R-SLA-3 diagnosis ladder. */
export const STANDARD_PLAN: SlaPlan = {
  code: 'standard',
  name: 'Standard (business hours, P1 7x24)',
  calendarId: 'business',
  clocks: { P1: standardClocks('P1'), P2: standardClocks('P2'), P3: standardClocks('P3'), P4: standardClocks('P4') },
  engineerResponse: DEFAULT_ENGINEER_RESPONSE,
};

function premiumClocks(): ClockDefinition[] {
  const base = { calendar: '24x7' as const, pauseOn: WAITING_ON_CUSTOMER };
  return [
    { ...base, clock: 'response', targetMinutes: 10, stopOn: RESPONDED, rule: 'R-SLA-1: premium response within 10 min', escalation: [{ at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['response-center-manager'], notifyAssignee: true, reason: 'premium response breached' }] },
    { ...base, clock: 'on-site', targetMinutes: 120, stopOn: ['on-site', ...RESOLVED], rule: 'R-SLA-1: premium on-site arrival within 2 h', escalation: [{ at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'on-site arrival at risk' }, { at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['response-center-manager'], notifyAssignee: true, reason: 'premium on-site arrival breached' }] },
    { ...base, clock: 'resolution', targetMinutes: 180, stopOn: RESOLVED, rule: 'R-SLA-1: premium fix within 3 h', escalation: [{ at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['technical-manager', 'response-center-manager'], notifyAssignee: true, reason: 'premium fix breached' }] },
  ];
}

/** R-SLA-1 premium contracts: 10-minute response, 2-hour on-site arrival, 3-hour fix, 7x24. */
export const PREMIUM_7X24_PLAN: SlaPlan = {
  code: 'premium-7x24',
  name: 'Premium 7x24',
  calendarId: 'business',
  clocks: { P1: premiumClocks(), P2: premiumClocks(), P3: premiumClocks(), P4: premiumClocks() },
  engineerResponse: DEFAULT_ENGINEER_RESPONSE,
};

function emergencyClocks(): ClockDefinition[] {
  const base = { calendar: '24x7' as const, pauseOn: WAITING_ON_CUSTOMER };
  return [
    { ...base, clock: 'response', targetMinutes: 120, stopOn: RESPONDED, rule: 'R-SLA-5: fault emergency response within 2 h, 7x24', escalation: [{ at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['response-center-manager'], notifyAssignee: true, reason: 'emergency response breached' }] },
    { ...base, clock: 'resolution', targetMinutes: 48 * 60, stopOn: RESOLVED, rule: 'R-SLA-5: fault emergency repaired within 48 h', escalation: [{ at: { percentOfTarget: 75 }, action: 'warn', level: 0, notifyRoles: ['engineer'], notifyAssignee: true, reason: 'three quarters of the repair time used' }, { at: { percentOfTarget: 100 }, action: 'escalate', level: 1, notifyRoles: ['technical-manager', 'response-center-manager'], notifyAssignee: true, reason: 'emergency repair breached' }] },
  ];
}

/** R-SLA-5 fault-emergency contracts (e.g. 3-year 7x24 hardware warranty): 2-hour response, 48-hour repair. */
export const FAULT_EMERGENCY_PLAN: SlaPlan = {
  code: 'emergency-7x24',
  name: 'Fault emergency 7x24',
  calendarId: 'business',
  clocks: { P1: emergencyClocks(), P2: emergencyClocks(), P3: emergencyClocks(), P4: emergencyClocks() },
  engineerResponse: DEFAULT_ENGINEER_RESPONSE,
};

export const DEFAULT_PLANS: readonly SlaPlan[] = [STANDARD_PLAN, PREMIUM_7X24_PLAN, FAULT_EMERGENCY_PLAN];

/**
 * The plan for a case (issue #3): the contract's plan from warranty's entitlement when it names one we have,
 * else the standard plan, whose targets then depend on the case's priority and channel.
 */
export function choosePlan<P extends { code: string }>(input: { contractPlanCode: string | null | undefined }, plans: readonly P[]): P {
  const fallback = plans.find((p) => p.code === 'standard') ?? plans[0];
  if (!fallback) throw new Error('no SLA plans defined');
  return plans.find((p) => p.code === input.contractPlanCode) ?? fallback;
}
