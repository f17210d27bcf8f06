import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseClosedV1, CaseClosedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { CaseFactsEntity } from '../../service-cases/infrastructure/case-facts.entity';
import { RevisitPlanner } from '../commands/revisit.planner';

/** R-SV-2: a closed case gets its after-service revisit, N days after closure by its category's plan (once per case and plan). */
@Injectable()
export class OnCaseClosedPlanRevisitHandler {
  constructor(
    private readonly planner: RevisitPlanner,
    private readonly clock: Clock,
  ) {}

  @OnEvent(CaseClosedV1, { name: 'plan-revisit' })
  async handle(event: EventEnvelope<CaseClosedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const facts = await ctx.manager.getRepository(CaseFactsEntity).findOneBy({ caseId: d.caseId });
    await this.planner.afterService(
      ctx.manager,
      { caseId: d.caseId, customerId: d.customerId, category: d.category, closedAt: new Date(d.closedAt), productModel: d.productModel, serialNumber: facts?.serialNumber ?? null },
      this.clock.now(),
      { correlationId: event.correlationId, causationId: event.id },
    );
  }
}
