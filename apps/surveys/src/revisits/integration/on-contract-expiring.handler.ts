import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { ContractExpiringV1, ContractExpiringV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { RevisitPlanner } from '../commands/revisit.planner';

/** R-SV-2: a contract's end, from warranty's renewal notice: no periodic revisit is planned past it. */
@Injectable()
export class OnContractExpiringHandler {
  constructor(
    private readonly planner: RevisitPlanner,
    private readonly clock: Clock,
  ) {}

  @OnEvent(ContractExpiringV1, { name: 'revisit-contract-end' })
  async handle(event: EventEnvelope<ContractExpiringV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (!d.customerId) return;
    await this.planner.learnContract(
      ctx.manager,
      { contractId: d.contractId, customerId: d.customerId, serialNumber: d.serialNumber, productModel: null, slaPlanCode: d.slaPlanCode, endsOn: d.endsOn },
      this.clock.now(),
      { correlationId: event.correlationId, causationId: event.id },
    );
  }
}
