import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import {
  EntitlementDecisionPageResponse,
  EntitlementDecisionResponse,
  EntitlementDecisionView,
  toDecisionView,
} from '../../entitlement.view';
import { decisionNotFound } from '../../entitlements.errors';
import { EntitlementDecisionEntity } from '../../infrastructure/entitlement-decision.entity';

const listDecisionsQuery = z.strictObject({
  caseId: z.uuid().optional(),
  serialNumber: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});
class ListDecisionsQuery extends createZodDto(listDecisionsQuery) {}

@ApiTags('entitlements')
@Controller('v1/entitlement-decisions')
export class ListDecisionsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The stored decisions made for opened cases, newest first, with their explanation (R-WA-7)' })
  @ApiOkResponse({ type: EntitlementDecisionPageResponse.Output })
  list(@Query() q: ListDecisionsQuery): Promise<Page<EntitlementDecisionView>> {
    const qb = this.dataSource.getRepository(EntitlementDecisionEntity).createQueryBuilder('d');
    if (q.caseId) qb.andWhere('d.case_id = :caseId', { caseId: q.caseId });
    if (q.serialNumber) qb.andWhere('d.serial_number = :serial', { serial: q.serialNumber });
    return paginate(qb, q, toDecisionView);
  }

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'One stored decision with its rules and evidence (R-WA-7)' })
  @ApiOkResponse({ type: EntitlementDecisionResponse.Output })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<EntitlementDecisionView> {
    const found = await this.dataSource.getRepository(EntitlementDecisionEntity).findOneBy({ id });
    if (!found) throw decisionNotFound(id);
    return toDecisionView(found);
  }
}
