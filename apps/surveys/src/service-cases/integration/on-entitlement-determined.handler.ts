import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { RevisitPlanner } from '../../revisits/commands/revisit.planner';
import { CaseFactsRepository } from '../infrastructure/case-facts.repository';

/**
 * Warranty's decision tells whether a case's unit is under a service contract (R-WA-6): it chooses the survey
 * template (R-SV-1), and the contract is learnt for periodic revisits (R-SV-2) once the customer is known.
 */
@Injectable()
export class OnEntitlementDeterminedHandler {
  constructor(
    private readonly facts: CaseFactsRepository,
    private readonly planner: RevisitPlanner,
    private readonly clock: Clock,
  ) {}

  @OnEvent(EntitlementDeterminedV1, { name: 'remember-case-contract' })
  async handle(event: EventEnvelope<EntitlementDeterminedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (!d.contractId) return;
    const now = this.clock.now();
    const f = await this.facts.merge(ctx.manager, d.caseId, { contractId: d.contractId, slaPlanCode: d.slaPlanCode, serialNumber: d.serialNumber, productModel: d.productModel }, now);
    if (f.customerId) {
      await this.planner.learnContract(
        ctx.manager,
        { contractId: d.contractId, customerId: f.customerId, serialNumber: d.serialNumber, productModel: d.productModel, slaPlanCode: d.slaPlanCode },
        now,
        { correlationId: event.correlationId, causationId: event.id },
      );
    }
  }
}
