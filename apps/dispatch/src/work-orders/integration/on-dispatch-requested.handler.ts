import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseDispatchRequestedV1, CaseDispatchRequestedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent, OutboxService } from '@aftersales/platform-messaging';
import { CreateWorkOrderCommand } from '../commands/create-work-order/create-work-order.command';

/** A work order for each case that needs field work, assigned at once when an engineer is eligible, else queued (R-DS-3). */
@Injectable()
export class OnDispatchRequestedHandler {
  constructor(
    private readonly create: CreateWorkOrderCommand,
    private readonly outbox: OutboxService,
  ) {}

  @OnEvent(CaseDispatchRequestedV1, { name: 'create-work-order' })
  async handle(event: EventEnvelope<CaseDispatchRequestedV1Data>, ctx: EventContext): Promise<void> {
    // A replayed or re-published request finds the case's order and does nothing.
    const created = await this.create.createIn(ctx.manager, { ...event.data }, `event:${event.id}`);
    // Caused by the request: its correlation carries over.
    for (const e of created?.events ?? []) await this.outbox.append(ctx.manager, e.contract, { ...e.input, correlationId: event.correlationId, causationId: event.id });
  }
}
