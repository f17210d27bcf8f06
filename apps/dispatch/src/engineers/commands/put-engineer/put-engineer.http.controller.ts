import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { validateCalendar } from '@aftersales/platform-calendar';
import { DomainError, Roles } from '@aftersales/platform-service-defaults';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { OrgUnitEntity } from '../../../organisation/infrastructure/org-unit.entity';
import { AssignmentService } from '../../../work-orders/assignment.service';
import { toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';
import { PutEngineerRequest } from './put-engineer.request';

@ApiTags('engineers')
@Controller('v1/engineers')
export class PutEngineerHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly assignment: AssignmentService,
    private readonly outbox: OutboxService,
  ) {}

  @Put(':id')
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Create or replace an engineer profile: skills, home unit, region and territories, calendar, leave, capacity (R-DS-3)',
    description: 'The id is the engineer’s user id (token sub). Queued work orders that can now be assigned are assigned at once.',
  })
  put(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PutEngineerRequest) {
    if (body.calendar) {
      const problems = validateCalendar(body.calendar);
      if (problems.length) throw new DomainError('DISPATCH.INVALID_CALENDAR', `Invalid working calendar: ${problems.join('; ')}`, 400, { problems });
    }
    return this.dataSource.transaction(async (m) => {
      if (!(await m.getRepository(OrgUnitEntity).existsBy({ code: body.homeBranch }))) {
        throw new DomainError('DISPATCH.UNKNOWN_ORG_UNIT', `Org unit ${body.homeBranch} is not known`, 422);
      }
      const repo = m.getRepository(EngineerEntity);
      const existing = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const engineer = repo.create({ ...body, id, openOrders: existing?.openOrders ?? 0, updatedAt: this.clock.now() });
      await repo.save(engineer);
      // R-DS-3: queued orders this engineer can take now get assigned (the oldest first).
      await this.assignment.assignQueued(m, (contract, input) => this.outbox.append(m, contract, input), { limit: engineer.maxConcurrentOrders });
      return toEngineerView(await repo.findOneByOrFail({ id }));
    });
  }
}
