import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { lockWorkOrder } from '../../../work-orders/infrastructure/work-order.repository';
import { timeInFuture, transitionOrConflict } from '../../../work-orders/work-order.errors';
import { checkConsent } from '../../domain/remote-session.policy';
import { RemoteSessionEntity } from '../../infrastructure/remote-session.entity';
import { openSessionOf } from '../../infrastructure/remote-session.repository';
import { asDomainError, notOpenForRemoteSession, remoteSessionOpen } from '../../remote-session.errors';
import { RemoteSessionView, toRemoteSessionView } from '../../remote-session.view';
import { authorizeRemoteSession } from '../remote-session-engineer';
import { StartRemoteSessionRequest } from './start-remote-session.request';

/** R-DS-1: remote assistance starts only with the customer's consent, given before the start; the order is then in progress. */
@Injectable()
export class StartRemoteSessionCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(workOrderId: string, request: StartRemoteSessionRequest, user: AuthUser): Promise<RemoteSessionView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, workOrderId);
      authorizeRemoteSession(wo, user);
      const now = this.clock.now();
      if (Date.parse(request.consent.consentedAt) > now.getTime()) throw timeInFuture('consent.consentedAt');
      try {
        checkConsent(new Date(request.consent.consentedAt), now);
      } catch (error) {
        throw asDomainError(error);
      }
      const open = await openSessionOf(m, workOrderId);
      if (open) throw remoteSessionOpen(open.id);
      if (wo.status === 'assigned') wo.status = transitionOrConflict(wo.status, 'in-progress');
      else if (wo.status !== 'in-progress') throw notOpenForRemoteSession(wo.status);
      const s = m.getRepository(RemoteSessionEntity).create({
        id: uuidv7(),
        workOrderId,
        engineerId: wo.engineerId as string,
        consent: request.consent,
        tool: request.tool ?? null,
        startedAt: now,
        endedAt: null,
        outcome: null,
        notes: null,
        version: 1,
      });
      await m.getRepository(RemoteSessionEntity).insert(s);
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      return toRemoteSessionView(s);
    });
  }
}
