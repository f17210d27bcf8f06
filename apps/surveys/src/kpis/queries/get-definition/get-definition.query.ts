import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KpiDefinitionEntity } from '../../infrastructure/kpi.entities';
import { kpiDefinitionNotFound } from '../../kpis.errors';
import { DefinitionView, toDefinitionView } from '../../kpi.view';

/** One version of the KPI definitions, with what its recompute changed. */
@Injectable()
export class GetDefinitionQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(version: number): Promise<DefinitionView> {
    if (version < 1 || version > 2_147_483_647) throw kpiDefinitionNotFound(version);
    const row = await this.dataSource.getRepository(KpiDefinitionEntity).findOneBy({ version });
    if (!row) throw kpiDefinitionNotFound(version);
    return toDefinitionView(row);
  }
}
