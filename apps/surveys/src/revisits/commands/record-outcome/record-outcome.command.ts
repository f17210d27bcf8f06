import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { RevisitAttemptedV1, RevisitCompletedV1, RevisitFaultReportedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig, AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { surveyRules } from '../../../config/surveys.config';
import { decideUnreached, revisitCalendar } from '../../domain/revisit-plan';
import { RevisitEntity } from '../../infrastructure/revisit.entities';
import { RevisitPlanRepository } from '../../infrastructure/revisit-plan.repository';
import { revisitAttemptedData } from '../../integration/revisit-attempted.mapping';
import { revisitCompletedData } from '../../integration/revisit-completed.mapping';
import { revisitFaultReportedData } from '../../integration/revisit-fault-reported.mapping';
import { revisitClosed, revisitNotFound } from '../../revisit.errors';
import { RevisitView, toRevisitView } from '../../revisit.view';
import { RevisitPlanner } from '../revisit.planner';
import { RecordOutcomeRequest } from './record-outcome.request';

/**
 * R-SV-2, R-SV-3: the outcome of a revisit attempt, in one transaction. Reached: the findings, satisfaction and new
 * problems are recorded (revisit.completed) and each fault is reported for intake to open a case. Not reached: retried
 * on a later working day as the plan says, then given up as unreachable. A periodic revisit that ends plans the next.
 */
@Injectable()
export class RecordOutcomeCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: OutboxService,
    private readonly plans: RevisitPlanRepository,
    private readonly planner: RevisitPlanner,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  execute(id: string, request: RecordOutcomeRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<RevisitView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `revisit-outcome:${user.sub}`, request: { id, request } }, async () => {
        const r = await m.getRepository(RevisitEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!r) throw revisitNotFound(id);
        if (r.status !== 'scheduled') throw revisitClosed(id, r.status);
        const now = this.clock.now();
        const by = `user:${user.sub}`;
        r.version += 1;
        if (!request.reached) {
          const plan = await this.plans.version(m, r.planCode, r.planVersion);
          const retry = { maxAttempts: 1, retryAfterWorkingDays: 1, active: true, ...plan?.definition };
          const decision = decideUnreached(retry, r.attempts, revisitCalendar(surveyRules(this.config).timeZone), now);
          r.attempts = decision.attempts;
          r.status = decision.status;
          if (decision.retryOn) r.dueOn = decision.retryOn;
          if (decision.status === 'unreachable') {
            r.completedBy = by;
            r.completedAt = now;
          }
          await m.save(r);
          await this.outbox.append(m, RevisitAttemptedV1, { aggregateId: r.id, sequence: r.version, data: revisitAttemptedData(r, decision.retryOn, by, now) });
          if (decision.status === 'unreachable') await this.planner.nextPeriodic(m, r, now);
          return { status: 200, body: toRevisitView(r) };
        }
        r.attempts += 1;
        r.status = 'completed';
        r.findings = request.findings || null;
        r.satisfaction = request.satisfaction ?? null;
        r.newProblems = (request.newProblems ?? []).map((p) => ({ description: p.description, fault: p.fault, faultId: p.fault ? uuidv7() : null }));
        r.completedBy = by;
        r.completedAt = now;
        await m.save(r);
        await this.outbox.append(m, RevisitCompletedV1, { aggregateId: r.id, sequence: r.version, data: revisitCompletedData(r) });
        for (const p of r.newProblems.filter((x) => x.fault)) {
          r.version += 1;
          await this.outbox.append(m, RevisitFaultReportedV1, { aggregateId: r.id, sequence: r.version, data: revisitFaultReportedData(r, p) });
        }
        await m.save(r);
        await this.planner.nextPeriodic(m, r, now);
        return { status: 200, body: toRevisitView(r) };
      }),
    );
  }
}
