import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@aftersales/platform-service-defaults';
import type { ContractSlaTerms, EngineerResponsePlan, Priority } from '../domain/sla-plan';
import type { CaseClocksView } from '../queries/case-clocks/case-clocks.query';

/**
 * The one door between cases/ and the SLA engine (docs/sla.md, "Dependency direction"): cases call the engine
 * through `SlaPort` and provide it the little it needs of a case through `SlaCaseRecord`. cases/ imports nothing
 * else of sla/, and sla/ imports nothing of cases/ (eslint.config.mjs holds both).
 */
export type { CaseClocksView, ContractSlaTerms, EngineerResponsePlan };

/** What the SLA engine needs to know of a case when its clocks start. */
export interface SlaCaseStart {
  caseId: string;
  priority: Priority;
  channel: string;
  openedAt: Date;
  /** The contract's SLA plan code from warranty's entitlement, when known (R-SLA-1 premium 7x24). */
  contractPlanCode?: string | null;
  /** The site's IANA zone (R-SLA-6); the plan calendar's own when the case names no site. */
  timeZone?: string | null;
}

/**
 * Milestones that meet a clock without a status change: the diagnosis (R-SLA-3), the engineer on site, the
 * engineer's contact with the customer (dispatch's work-order.customer-contacted) and a public reply by staff
 * (both a person answering the customer, R-SLA-1).
 */
export type SlaMilestone = 'diagnosed' | 'on-site' | 'on-site-arranged' | 'customer-contacted' | 'replied';

/**
 * Events of the case that start the plan's clocks waiting for them (R-SLA-1): dispatch asked for remote assistance,
 * or for an on-site visit (to be arranged within 24 hours).
 */
export type SlaTrigger = 'remote-requested' | 'on-site-requested';

/**
 * Who made a status change. Only `staff` (an agent, a manager, or the engineer whose work dispatch relays) meets a
 * clock: R-SLA-1 measures a person answering the customer, so warranty's decision moving the case on (`system`),
 * the auto-close sweep (`system`) and the customer's own confirmation or rejection (`customer`) pause and resume
 * clocks but never meet one.
 */
export type SlaActor = 'staff' | 'customer' | 'system';

/** A running clock's deadline, as case.dispatch-requested.v1 carries it. */
export interface SlaDueAt {
  clock: string;
  dueAt: string;
  rule: string;
}

/** The case as it stands after the command: a clock a new plan adds is met at once when the status is past it. */
export interface SlaCaseNow {
  status: string;
  channel: string;
}

/**
 * A case's clocks for the length of one command: read (and locked) at the first change, changed in memory by each
 * hook, written once when the command's work is done (`SlaPort.within`).
 */
export interface CaseSla {
  /**
   * Pauses or resumes clocks (R-SLA-6), restarts on reopen (R-IN-7), and, when staff made the change, meets the
   * clocks the new status stops (R-SLA-1: an automatic transition never meets a clock).
   */
  statusChanged(from: string, to: string, at: Date, by: SlaActor): Promise<void>;
  /** A milestone such as the diagnosis meets the clocks that stop on it. */
  milestone(milestone: SlaMilestone, at: Date): Promise<void>;
  /** Recomputes the open deadlines from the original start under the new priority's targets (R-IN-5). */
  priorityChanged(from: Priority, to: Priority, at: Date, now: SlaCaseNow, terms?: ContractSlaTerms | null): Promise<void>;
  /**
   * R-IN-4: the case was reclassified; its clocks are re-planned under the (new) priority from the original start, and
   * a clock the plan lacks is withdrawn, never met.
   */
  reclassified(from: Priority, to: Priority, at: Date, now: SlaCaseNow, terms?: ContractSlaTerms | null): Promise<void>;
  /**
   * The contract's plan became known (warranty's entitlement): the case moves to that plan's clocks (R-SLA-1), on the
   * contract's own targets and calendar when it carries them (R-WA-6).
   */
  planKnown(contractPlanCode: string | null, at: Date, now: SlaCaseNow, terms?: ContractSlaTerms | null): Promise<void>;
  /** The plan's clocks that start on this event of the case start now (once). */
  started(trigger: SlaTrigger, at: Date, now: SlaCaseNow): Promise<void>;
  /** The deadlines of the running clocks after the changes so far, for dispatch to plan the work inside them. */
  dueTimes(): Promise<SlaDueAt[]>;
  /** The case plan's engineer-response settings (R-SLA-2, R-SLA-4), for dispatch, with the plan's code. */
  engineerResponse(): Promise<EngineerResponsePlan & { planCode: string }>;
}

/** The SLA engine as the case commands and event handlers see it; everything runs in the caller's transaction. */
export abstract class SlaPort {
  /** A case was opened: its plan's clocks start, with their deadlines and first rung timers. */
  abstract startClocks(m: EntityManager, start: SlaCaseStart): Promise<void>;
  /** Runs `work` with the case's clocks, then writes what it changed, once. */
  abstract within<T>(m: EntityManager, caseId: string, work: (clocks: CaseSla) => Promise<T>): Promise<T>;
  /** "Why is this due then?" for every clock of the case. */
  abstract caseClocks(m: EntityManager, caseId: string, now: Date): Promise<CaseClocksView>;
}

/** What the SLA engine reads of a case. */
export interface SlaCaseFacts {
  caseNumber: string;
  status: string;
  customerId: string;
  assigneeId: string | null;
  /** The engineer's name, when the case knows it (issue #15). */
  assigneeName?: string | null;
  /** The branch working the case (R-IN-8). */
  branchCode?: string | null;
}

/** A line the SLA engine writes in the case's activity log (R-IN-3). */
export interface SlaActivity {
  actor: string;
  kind: string;
  visibility: 'public' | 'internal';
  detail: Record<string, unknown>;
  at: Date;
}

/** The case as the SLA engine needs it; cases/ provides it (SlaModule.register). */
export abstract class SlaCaseRecord {
  abstract facts(m: EntityManager, caseId: string): Promise<SlaCaseFacts | undefined>;
  /** The case as this user may see it; otherwise the case's own not-found error, which hides that it exists (R-IN-8). */
  abstract visibleTo(m: EntityManager, caseId: string, user: AuthUser): Promise<SlaCaseFacts>;
  abstract log(m: EntityManager, caseId: string, entries: readonly SlaActivity[]): Promise<void>;
}
