import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { NotifyCommand } from '../commands/notify/notify.command';
import { NOTICE_CATALOGUE, NoticeDefinition } from './notice-catalogue';

/**
 * The consumers of the notice catalogue: one `@OnEvent` method per registration, named after its consumer, so each
 * is its own durable consumer (`notifications__<consumer>`) shared by the replicas. Each notice the event calls for
 * goes through NotifyCommand in the consumer's transaction (one delivery per event, person and channel).
 */
@Injectable()
export class OnCataloguedNoticeHandler {
  constructor(
    private readonly notify: NotifyCommand,
    private readonly clock: Clock,
  ) {}

  async handle(definition: NoticeDefinition, event: EventEnvelope<unknown>, ctx: EventContext): Promise<void> {
    const now = this.clock.now();
    for (const spec of definition.notices(event.data as never)) {
      await this.notify.execute(ctx.manager, { ...spec, eventId: event.id, eventType: event.type, now });
    }
  }
}

for (const definition of NOTICE_CATALOGUE) {
  const method = `on:${definition.consumer}`;
  const descriptor: PropertyDescriptor = {
    value: function (this: OnCataloguedNoticeHandler, event: EventEnvelope<unknown>, ctx: EventContext) {
      return this.handle(definition, event, ctx);
    },
    writable: false,
    enumerable: false,
    configurable: false,
  };
  Object.defineProperty(OnCataloguedNoticeHandler.prototype, method, descriptor);
  OnEvent(definition.contract, { name: definition.consumer })(OnCataloguedNoticeHandler.prototype, method, descriptor);
}
