import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KpiDefinitionEntity } from '../../infrastructure/kpi.entities';

/** Every version of the KPI definitions, newest first (a handful: no paging needed). */
@Injectable()
export class ListDefinitionsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<{ items: { version: number; note: string; createdBy: string; createdAt: string }[] }> {
    const rows = await this.dataSource.getRepository(KpiDefinitionEntity).find({ select: { version: true, note: true, createdBy: true, createdAt: true }, order: { version: 'DESC' } });
    return { items: rows.map((r) => ({ version: r.version, note: r.note, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() })) };
  }
}
