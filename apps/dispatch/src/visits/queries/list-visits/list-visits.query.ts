import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VisitEntity } from '../../infrastructure/visit.entity';
import { toVisitView } from '../../visit.view';

/** The visits of a work order, first first; the signature image itself stays in the database. */
@Injectable()
export class ListVisitsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(workOrderId: string) {
    const items = await this.dataSource.getRepository(VisitEntity).find({ where: { workOrderId }, order: { visitNumber: 'ASC' } });
    return { items: items.map(toVisitView) };
  }
}
