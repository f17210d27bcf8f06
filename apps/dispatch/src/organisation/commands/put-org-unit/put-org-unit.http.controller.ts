import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { OrgUnitEntity } from '../../infrastructure/org-unit.entity';
import { invalidOrgUnitCode, regionsOnNonBranch, selfNeighbour, unknownNeighbour } from '../../org-unit.errors';
import { toOrgUnitView } from '../../org-unit.view';

export const orgUnitCode = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ (at most 40)');
const region = z.string().trim().min(1).max(50);

const putOrgUnitSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['call-center', 'technical-center', 'repair-center', 'branch']),
  regions: z.array(region).max(100).default([]).describe('Regions a branch covers (R-DS-3)'),
  neighbours: z.array(orgUnitCode).max(50).default([]).describe('Neighbouring branches that cover for this one when it has no free engineer'),
});
class PutOrgUnitRequest extends createZodDto(putOrgUnitSchema) {}

@ApiTags('organisation')
@Controller('v1/org-units')
export class PutOrgUnitHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Put(':code')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create or replace an organisation unit: call center, technical center, repair center or branch (R-DS-3)' })
  put(@Param('code') code: string, @Body() body: PutOrgUnitRequest) {
    const parsed = orgUnitCode.safeParse(code);
    if (!parsed.success) throw invalidOrgUnitCode(parsed.error.issues[0].message);
    if (body.kind !== 'branch' && body.regions.length > 0) {
      throw regionsOnNonBranch();
    }
    if (body.neighbours.includes(parsed.data)) throw selfNeighbour();
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(OrgUnitEntity);
      const known = await repo.countBy({ code: In(body.neighbours), kind: 'branch' });
      if (known !== new Set(body.neighbours).size) {
        throw unknownNeighbour(body.neighbours);
      }
      const unit = repo.create({ code: parsed.data, ...body, regions: [...new Set(body.regions)], neighbours: [...new Set(body.neighbours)], updatedAt: this.clock.now() });
      await repo.save(unit);
      return toOrgUnitView(unit);
    });
  }
}
