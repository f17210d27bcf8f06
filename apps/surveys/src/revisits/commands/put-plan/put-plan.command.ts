import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { RevisitPlanPublishedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RevisitPlanDefinition, validatePlan } from '../../domain/revisit-plan';
import { RevisitPlanEntity } from '../../infrastructure/revisit.entities';
import { planInvalid } from '../../revisit.errors';
import { RevisitPlanView, toPlanView } from '../../revisit-plan.view';
import { PutPlanRequest } from './put-plan.request';
import { revisitPlanPublishedData } from '../../integration/revisit-plan-published.mapping';

/** R-SV-2: a revisit plan is data; a changed definition is its next version (revisits keep the version they came from). */
@Injectable()
export class PutPlanCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  execute(code: string, request: PutPlanRequest, user: AuthUser): Promise<{ status: 200 | 201; body: RevisitPlanView }> {
    const retry = { maxAttempts: request.maxAttempts, retryAfterWorkingDays: request.retryAfterWorkingDays, active: request.active };
    const definition: RevisitPlanDefinition =
      request.kind === 'after-service'
        ? { kind: 'after-service', categories: request.categories ?? null, afterDays: request.afterDays ?? 0, ...retry }
        : { kind: 'contract-periodic', slaPlanCodes: request.slaPlanCodes ?? null, every: request.every ?? 'quarterly', ...retry };
    const problems = validatePlan(definition);
    if (problems.length) throw planInvalid(problems);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`revisit-plan:${code}`]);
      const repo = m.getRepository(RevisitPlanEntity);
      const latest = await repo.findOne({ where: { code }, order: { version: 'DESC' } });
      if (latest && isDeepStrictEqual(latest.definition, definition)) return { status: 200, body: toPlanView(latest) };
      const plan = repo.create({ code, version: (latest?.version ?? 0) + 1, definition, createdAt: this.clock.now(), createdBy: `user:${user.sub}` });
      await repo.insert(plan);
      // The aggregate is the template or plan code; its version is the envelope sequence.
      await this.outbox.append(m, RevisitPlanPublishedV1, { aggregateId: `revisit-plan:${code}`, sequence: plan.version, data: revisitPlanPublishedData(plan) });
      return { status: 201, body: toPlanView(plan) };
    });
  }
}
