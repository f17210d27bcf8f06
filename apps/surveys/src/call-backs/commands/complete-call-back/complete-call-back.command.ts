import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CallBackCompletedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { callBackAlreadyDone, callBackNotFound } from '../../call-back.errors';
import { CallBackView, toCallBackView } from '../../call-back.view';
import { CallBackEntity } from '../../infrastructure/call-back.entity';
import { callBackCompletedData } from '../../integration/call-back-completed.mapping';
import { CompleteCallBackRequest } from './complete-call-back.request';

/** R-SV-3: the survey team called the customer back; done once, with call-back.completed. */
@Injectable()
export class CompleteCallBackCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(id: string, request: CompleteCallBackRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<CallBackView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `complete-call-back:${user.sub}`, request: { id, request } }, async () => {
        const c = await m.getRepository(CallBackEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!c) throw callBackNotFound(id);
        if (c.status === 'done') throw callBackAlreadyDone(id);
        c.status = 'done';
        c.reached = request.reached;
        c.notes = request.notes || null;
        c.completedBy = `user:${user.sub}`;
        c.completedAt = this.clock.now();
        c.version += 1;
        await m.save(c);
        await this.outbox.append(m, CallBackCompletedV1, { aggregateId: c.id, sequence: c.version, data: callBackCompletedData(c) });
        return { status: 200, body: toCallBackView(c) };
      }),
    );
  }
}
