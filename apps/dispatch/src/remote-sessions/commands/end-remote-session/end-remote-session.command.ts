import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkOrderRemoteSessionEndedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { arrangementDueAt } from '../../../appointments/domain/appointment.policy';
import { lockWorkOrder } from '../../../work-orders/infrastructure/work-order.repository';
import { mayGoOnSite, modeAfterSession } from '../../domain/remote-session.policy';
import { lockRemoteSession } from '../../infrastructure/remote-session.repository';
import { workOrderRemoteSessionEndedData } from '../../integration/work-order-remote-session-ended.mapping';
import { remoteSessionEnded } from '../../remote-session.errors';
import { RemoteSessionView, toRemoteSessionView } from '../../remote-session.view';
import { authorizeRemoteSession } from '../remote-session-engineer';
import { EndRemoteSessionRequest } from './end-remote-session.request';

/** R-DS-2: the session's outcome; needing the engineer on site (or parts fitted) turns the order on-site. */
@Injectable()
export class EndRemoteSessionCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(id: string, request: EndRemoteSessionRequest, user: AuthUser): Promise<RemoteSessionView> {
    return this.dataSource.transaction(async (m) => {
      const s = await lockRemoteSession(m, id);
      const wo = await lockWorkOrder(m, s.workOrderId);
      authorizeRemoteSession(wo, user);
      if (s.endedAt) throw remoteSessionEnded();
      const now = this.clock.now();
      s.endedAt = now;
      s.outcome = request.outcome;
      s.notes = request.notes ?? null;
      s.version += 1;
      await m.save(s);
      const mode = modeAfterSession(wo.serviceMode, request.outcome);
      if (mode !== wo.serviceMode) {
        wo.serviceMode = mode;
        // R-SLA-1: on-site is needed from now: its arrangement target starts now.
        if (mayGoOnSite(mode) && !wo.arrangementDueAt) wo.arrangementDueAt = arrangementDueAt(now);
      }
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      await this.outbox.append(m, WorkOrderRemoteSessionEndedV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: workOrderRemoteSessionEndedData(wo, { ...s, endedAt: now, outcome: request.outcome }),
      });
      return toRemoteSessionView(s);
    });
  }
}
