import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { unitNotFound } from '../../installed-base.errors';
import { OwnershipHistoryResponse, OwnershipView, UnitPageResponse, UnitResponse, UnitView, toOwnershipView, toUnitView } from '../../installed-base.view';
import { UnitEntity, UnitOwnershipEntity } from '../../infrastructure/installed-base.entities';

const listUnitsQuery = z.strictObject({
  productModel: z.string().trim().min(1).max(64).optional(),
  customerId: z.uuid().optional(),
  ...pageQuery,
});
class ListUnitsQuery extends createZodDto(listUnitsQuery) {}

@ApiTags('installed base')
@Controller('v1/units')
export class UnitsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Registered units, newest first, by model or owner' })
  @ApiOkResponse({ type: UnitPageResponse.Output })
  list(@Query() q: ListUnitsQuery): Promise<Page<UnitView>> {
    const qb = this.dataSource.getRepository(UnitEntity).createQueryBuilder('u');
    if (q.productModel) qb.andWhere('u.model_code = :model', { model: q.productModel });
    if (q.customerId) qb.andWhere('u.customer_id = :customerId', { customerId: q.customerId });
    return paginate(qb, q, toUnitView);
  }

  @Get(':serialNumber')
  @Roles('admin')
  @ApiOperation({ summary: 'One unit by its serial number' })
  @ApiOkResponse({ type: UnitResponse.Output })
  async get(@Param('serialNumber') serialNumber: string): Promise<UnitView> {
    const found = await this.dataSource.getRepository(UnitEntity).findOneBy({ serialNumber });
    if (!found) throw unitNotFound(serialNumber);
    return toUnitView(found);
  }

  @Get(':serialNumber/ownership')
  @Roles('admin', 'agent')
  @ApiOperation({ summary: "A unit's owners, oldest first: the owner it was registered with, then every transfer" })
  @ApiOkResponse({ type: OwnershipHistoryResponse.Output })
  async ownership(@Param('serialNumber') serialNumber: string): Promise<{ items: OwnershipView[] }> {
    if (!(await this.dataSource.getRepository(UnitEntity).existsBy({ serialNumber }))) throw unitNotFound(serialNumber);
    const items = await this.dataSource.getRepository(UnitOwnershipEntity).find({ where: { serialNumber }, order: { id: 'ASC' } });
    return { items: items.map(toOwnershipView) };
  }
}
