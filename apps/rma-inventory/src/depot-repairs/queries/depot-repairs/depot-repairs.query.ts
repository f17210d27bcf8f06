import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { DepotRepairView, toDepotRepairSummary, toDepotRepairView } from '../../depot-repair.view';
import { depotRepairNotFound } from '../../depot-repairs.errors';
import { DepotRepairEntity, DepotRepairStepEntity } from '../../infrastructure/depot-repair.entities';
import { ListDepotRepairsRequest } from './depot-repairs.request';

/** Depot repairs by case or status; one with every step, who and when (R-RMA-6). */
@Injectable()
export class DepotRepairsQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: ListDepotRepairsRequest): Promise<Page<Omit<DepotRepairView, 'steps'>>> {
    const qb = this.dataSource.getRepository(DepotRepairEntity).createQueryBuilder('d');
    if (q.caseId) qb.andWhere('d.case_id = :caseId', { caseId: q.caseId });
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    return paginate(qb, q, toDepotRepairSummary);
  }

  async get(id: string): Promise<DepotRepairView> {
    const found = await this.dataSource.getRepository(DepotRepairEntity).findOneBy({ id });
    if (!found) throw depotRepairNotFound(id);
    const steps = await this.dataSource.getRepository(DepotRepairStepEntity).find({ where: { repairId: id }, order: { at: 'ASC', id: 'ASC' } });
    return toDepotRepairView(found, steps);
  }
}
