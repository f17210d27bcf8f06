import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgUnitEntity } from '../../infrastructure/org-unit.entity';
import { toOrgUnitView } from '../../org-unit.view';

/** Every organisation unit by code: a handful per company, so no pagination. */
@Injectable()
export class ListOrgUnitsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute() {
    const units = await this.dataSource.getRepository(OrgUnitEntity).find({ order: { code: 'ASC' } });
    return { items: units.map(toOrgUnitView) };
  }
}
