import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { WorkOrderRemoteSessionEndedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { arrangementDueAt } from '../../appointments/domain/appointment.policy';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { lockWorkOrder } from '../../work-orders/infrastructure/work-order.repository';
import { notAssignedEngineer, timeInFuture, transitionOrConflict } from '../../work-orders/work-order.errors';
import { REMOTE_OUTCOMES, checkConsent, mayGoOnSite, modeAfterSession } from '../domain/remote-session.policy';
import { RemoteSessionEntity, toRemoteSessionView } from '../infrastructure/remote-session.entity';
import { asDomainError, notOpenForRemoteSession, remoteSessionEnded, remoteSessionNotFound, remoteSessionOpen } from '../remote-session.errors';

class StartRequest extends createZodDto(
  z.strictObject({
    consent: z
      .strictObject({ customerName: z.string().trim().min(1).max(200), consentedAt: isoDateTime, channel: z.enum(['phone', 'chat', 'email', 'in-tool']) })
      .describe('R-DS-1: remote assistance only with the customer’s consent'),
    tool: z.string().trim().min(1).max(100).optional().describe('Remote tool or session reference'),
  }),
) {}
class EndRequest extends createZodDto(z.strictObject({ outcome: z.enum(REMOTE_OUTCOMES), notes: z.string().trim().max(10_000).optional() })) {}

/** R-DS-1, R-DS-2: remote assistance with consent, before any on-site visit where possible. */
@ApiTags('remote-sessions')
@Controller('v1')
export class RemoteSessionsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  @Post('work-orders/:id/remote-sessions')
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Start a remote session with the customer’s consent (R-DS-1)' })
  start(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StartRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      authorize(wo, user);
      const now = this.clock.now();
      if (Date.parse(body.consent.consentedAt) > now.getTime()) throw timeInFuture('consent.consentedAt');
      try {
        checkConsent(new Date(body.consent.consentedAt), now);
      } catch (error) {
        throw asDomainError(error);
      }
      const [open] = await m.query(`SELECT id FROM remote_sessions WHERE work_order_id = $1 AND ended_at IS NULL`, [id]);
      if (open) throw remoteSessionOpen(open.id);
      if (wo.status === 'assigned') wo.status = transitionOrConflict(wo.status, 'in-progress');
      else if (wo.status !== 'in-progress') throw notOpenForRemoteSession(wo.status);
      const s = m.getRepository(RemoteSessionEntity).create({
        id: uuidv7(),
        workOrderId: id,
        engineerId: wo.engineerId as string,
        consent: body.consent,
        tool: body.tool ?? null,
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

  @Post('remote-sessions/:id/end')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'End a remote session with its outcome; needs-on-site or needs-parts turns the order on-site (R-DS-2); emits work-order.remote-session-ended' })
  end(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EndRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const s = await m.getRepository(RemoteSessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw remoteSessionNotFound(id);
      const wo = await lockWorkOrder(m, s.workOrderId);
      authorize(wo, user);
      if (s.endedAt) throw remoteSessionEnded();
      const now = this.clock.now();
      s.endedAt = now;
      s.outcome = body.outcome;
      s.notes = body.notes ?? null;
      s.version += 1;
      await m.save(s);
      const mode = modeAfterSession(wo.serviceMode, body.outcome);
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
        data: {
          workOrderId: wo.id,
          workOrderNumber: wo.workOrderNumber,
          caseId: wo.caseId,
          sessionId: s.id,
          engineerId: s.engineerId,
          startedAt: s.startedAt.toISOString(),
          endedAt: now.toISOString(),
          outcome: body.outcome,
          serviceMode: wo.serviceMode as never,
        },
      });
      return toRemoteSessionView(s);
    });
  }

  @Get('work-orders/:id/remote-sessions')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    const items = await this.dataSource.getRepository(RemoteSessionEntity).find({ where: { workOrderId: id }, order: { startedAt: 'ASC', id: 'ASC' } });
    return { items: items.map(toRemoteSessionView) };
  }
}

function authorize(wo: WorkOrderEntity, user: AuthUser): void {
  const staff = user.roles.includes('manager') || user.roles.includes('admin');
  if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('runs the remote session');
}
