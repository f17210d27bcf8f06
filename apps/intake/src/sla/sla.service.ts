import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseStatus } from '../cases/domain/case-lifecycle';
import type { Priority } from './domain/sla-plan';

/** What the SLA engine needs to know of a case when its clocks start. */
export interface SlaCaseStart {
  caseId: string;
  priority: Priority;
  channel: string;
  openedAt: Date;
  /** The contract's SLA plan code from warranty's entitlement, when known (R-SLA-1 premium 7x24). */
  contractPlanCode?: string | null;
}

/**
 * The SLA engine's entry points for the case commands. Each runs inside the caller's transaction, so a case
 * change and its clocks, ledgers and timers commit (or roll back) together.
 */
@Injectable()
export class SlaService {
  /** A case was opened: start the plan's clocks and schedule their timers. */
  async startClocks(_manager: EntityManager, _start: SlaCaseStart): Promise<void> {
    // Filled in by the SLA engine (issue #3).
  }

  /** A status change: pauses or resumes clocks (R-SLA-6) and stops the clocks the new status meets. */
  async onStatusChanged(_manager: EntityManager, _caseId: string, _from: CaseStatus, _to: CaseStatus, _at: Date): Promise<void> {
    // Filled in by the SLA engine (issue #3).
  }

  /** A priority change recomputes the open deadlines from the original start under the new targets. */
  async onPriorityChanged(_manager: EntityManager, _caseId: string, _from: Priority, _to: Priority, _at: Date): Promise<void> {
    // Filled in by the SLA engine (issue #3).
  }

  /** The contract plan became known (entitlement recorded): the case moves to that plan's clocks. */
  async onPlanKnown(_manager: EntityManager, _caseId: string, _contractPlanCode: string | null, _at: Date): Promise<void> {
    // Filled in by the SLA engine (issue #3).
  }
}
