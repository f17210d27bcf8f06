import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { validateCalendar } from '@aftersales/platform-calendar';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { OrgUnitEntity } from '../../../organisation/infrastructure/org-unit.entity';
import { WorkOrderAssignment } from '../../../work-orders/commands/work-order-assignment';
import { awayReason } from '../../domain/engineer-availability';
import { WorkOrderEntity } from '../../../work-orders/infrastructure/work-order.entity';
import { invalidCalendar, unknownHomeUnit } from '../../engineer.errors';
import { toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';
import { PutEngineerRequest } from './put-engineer.request';

@ApiTags('engineers')
@Controller('v1/engineers')
export class PutEngineerHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly assignment: WorkOrderAssignment,
    private readonly outbox: OutboxService,
  ) {}

  @Put(':id')
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Create or replace an engineer profile: skills, home unit, region and territories, calendar, leave, capacity (R-DS-3)',
    description: 'The id is the engineer’s user id (token sub). Queued work orders that can now be assigned are assigned at once; an engineer deactivated or on leave now hands their not-yet-started orders to the next best engineer (or the queue).',
  })
  put(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PutEngineerRequest, @CurrentUser() user: AuthUser) {
    if (body.calendar) {
      const problems = validateCalendar(body.calendar);
      if (problems.length) throw invalidCalendar(problems);
    }
    return this.dataSource.transaction(async (m) => {
      if (!(await m.getRepository(OrgUnitEntity).existsBy({ code: body.homeBranch }))) {
        throw unknownHomeUnit(body.homeBranch);
      }
      const repo = m.getRepository(EngineerEntity);
      const existing = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const engineer = repo.create({ ...body, id, openOrders: existing?.openOrders ?? 0, updatedAt: this.clock.now() });
      await repo.save(engineer);
      // R-DS-3: orders not yet started move to someone available when the engineer is no longer (deactivated or on
      // leave now). Orders another transaction holds are skipped rather than waited for (no lock-order deadlock).
      const away = awayReason(engineer, this.clock.now());
      if (away) {
        const orders = await m
          .getRepository(WorkOrderEntity)
          .createQueryBuilder('w')
          .where(`w.engineer_id = :id AND w.status = 'assigned'`, { id })
          .orderBy('w.id')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const wo of orders) {
          const { events } = await this.assignment.autoAssign(m, wo, { kind: 'reassigned', by: `user:${user.sub}`, exclude: [id], releaseReason: away, announceQueue: true });
          for (const e of events) await this.outbox.append(m, e.contract, e.input);
        }
      }
      // R-DS-3: queued orders this engineer can take now get assigned (the oldest first).
      const queued = await this.assignment.assignQueued(m, { limit: engineer.maxConcurrentOrders });
      for (const e of queued.events) await this.outbox.append(m, e.contract, e.input);
      return toEngineerView(await repo.findOneByOrFail({ id }));
    });
  }
}
