import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, CurrentUser, DomainError, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { caseNotFound } from '../../cases/case.errors';
import { CaseActivityEntity } from '../../cases/infrastructure/case.entity';
import { SlaStore } from '../infrastructure/sla.store';
import { CaseClocksView, SlaQueries } from '../sla.queries';
import { SlaService } from '../sla.service';
import { EscalationReactionRequest, MilestoneRequest } from './sla-admin.request';

@ApiTags('sla')
@Controller('v1/cases')
export class CaseClocksHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SlaStore,
    private readonly queries: SlaQueries,
    private readonly sla: SlaService,
    private readonly clock: Clock,
  ) {}

  @Get(':id/clocks')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'The SLA clocks of a case: why each is due when it is, and why it breached',
    description:
      'Per clock: target and the rule behind it, calendar and time zone, state, deadline, the stretches of time that counted and those that did not (outside hours, weekend, holiday, paused) with the rule for each, the ladder steps still to come, and the append-only ledger. Customers see their own cases only (R-IN-8).',
  })
  async clocks(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<CaseClocksView> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await this.visible(m, id, user);
      return this.queries.caseClocks(m, id, this.clock.now());
    });
  }

  @Post(':id/milestones')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'agent', 'admin')
  @ApiOperation({ summary: 'Record a milestone that meets a clock: the diagnosis (R-SLA-3) or the on-site arrival (R-SLA-1)' })
  async milestone(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MilestoneRequest, @CurrentUser() user: AuthUser): Promise<CaseClocksView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const [row] = await m.query(`SELECT status FROM cases WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw caseNotFound(id);
      if (['resolved', 'closed'].includes(row.status)) {
        throw new DomainError('INTAKE.CASE_NOT_OPEN', `Case ${id} is ${row.status}: its clocks have stopped`, 409);
      }
      if (body.milestone === 'diagnosed') {
        await m.query(`UPDATE cases SET diagnosed_at = COALESCE(diagnosed_at, $2), version = version + 1, updated_at = $2 WHERE id = $1`, [id, now]);
      }
      await m.getRepository(CaseActivityEntity).insert({
        id: uuidv7(),
        caseId: id,
        at: now,
        actor: `user:${user.sub}`,
        kind: `milestone-${body.milestone}`,
        visibility: 'public',
        detail: body.note ? { note: body.note } : {},
      });
      await this.sla.onMilestone(m, id, body.milestone, now);
      return this.queries.caseClocks(m, id, now);
    });
  }

  @Post(':id/escalations/:escalationId/reaction')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'A manager reacts to an escalation (R-SLA-3): the next level is not raised',
    description: 'Managers must react within 24/24/48/72 h by priority; without a reaction the ladder climbs to the next level.',
  })
  async react(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('escalationId', new ParseUUIDPipe()) escalationId: string,
    @Body() body: EscalationReactionRequest,
    @CurrentUser() user: AuthUser,
  ): Promise<CaseClocksView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const [row] = await m.query(`SELECT clock, level, reacted_at FROM sla_escalation WHERE id = $1 AND case_id = $2 FOR UPDATE`, [escalationId, id]);
      if (!row) throw new DomainError('INTAKE.ESCALATION_NOT_FOUND', `Case ${id} has no escalation ${escalationId}`, 404);
      if (row.reacted_at) throw new DomainError('INTAKE.ESCALATION_ALREADY_ANSWERED', `Escalation ${escalationId} was answered at ${new Date(row.reacted_at).toISOString()}`, 409);
      await m.query(`UPDATE sla_escalation SET reacted_at = $2, reacted_by = $3 WHERE id = $1`, [escalationId, now, user.sub]);
      await this.store.appendLedger(m, id, [{ clock: row.clock, at: now, kind: 'escalation-answered', rule: 'R-SLA-3: the manager reacted', detail: { level: row.level, by: user.sub, note: body.note ?? null } }]);
      await m.getRepository(CaseActivityEntity).insert({
        id: uuidv7(),
        caseId: id,
        at: now,
        actor: `user:${user.sub}`,
        kind: 'sla-escalation-answered',
        visibility: 'internal',
        detail: { clock: row.clock, level: row.level, ...(body.note ? { note: body.note } : {}) },
      });
      return this.queries.caseClocks(m, id, now);
    });
  }

  private async visible(m: EntityManager, id: string, user: AuthUser): Promise<void> {
    const facts = await this.store.caseFacts(m, id);
    if (!facts || (user.roles.includes('customer') && facts.customerId !== user.customerId)) throw caseNotFound(id);
  }
}
