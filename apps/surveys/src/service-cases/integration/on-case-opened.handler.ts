import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1, CaseOpenedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { RevisitPlanner } from '../../revisits/commands/revisit.planner';
import { CaseFactsRepository } from '../infrastructure/case-facts.repository';

/**
 * What a case's survey and revisits need from intake (R-SV-1, R-SV-2): its channel (the template choice), customer
 * and unit. When warranty already said the unit is under contract, the contract is learnt for periodic revisits.
 */
@Injectable()
export class OnCaseOpenedHandler {
  constructor(
    private readonly facts: CaseFactsRepository,
    private readonly planner: RevisitPlanner,
    private readonly clock: Clock,
  ) {}

  @OnEvent(CaseOpenedV1, { name: 'remember-case' })
  async handle(event: EventEnvelope<CaseOpenedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const now = this.clock.now();
    const f = await this.facts.merge(
      ctx.manager,
      d.caseId,
      { customerId: d.customerId, channel: d.channel, category: d.category, productModel: d.productModel, serialNumber: d.serialNumber },
      now,
    );
    if (f.contractId && f.customerId && f.serialNumber) {
      await this.planner.learnContract(
        ctx.manager,
        { contractId: f.contractId, customerId: f.customerId, serialNumber: f.serialNumber, productModel: f.productModel, slaPlanCode: f.slaPlanCode },
        now,
        { correlationId: event.correlationId, causationId: event.id },
      );
    }
  }
}
