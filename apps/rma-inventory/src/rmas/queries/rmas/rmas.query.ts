import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { RmaEntity } from '../../infrastructure/rma.entities';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { RmaSummary, RmaView, toRmaSummary, toRmaView } from '../../rma.view';
import { rmaNotFound } from '../../rmas.errors';
import { ListRmasRequest } from './rmas.request';

/** RMAs by case, unit, status or kind; one with its lines and its history. */
@Injectable()
export class RmasQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rmas: RmaRepository,
  ) {}

  list(q: ListRmasRequest): Promise<Page<RmaSummary>> {
    const qb = this.dataSource.getRepository(RmaEntity).createQueryBuilder('c');
    if (q.caseId) qb.andWhere('c.case_id = :caseId', { caseId: q.caseId });
    if (q.serialNumber) qb.andWhere('c.serial_number = :serial', { serial: q.serialNumber });
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.type) qb.andWhere('c.type = :type', { type: q.type });
    return paginate(qb, q, toRmaSummary);
  }

  async get(id: string): Promise<RmaView> {
    const m = this.dataSource.manager;
    const found = await m.getRepository(RmaEntity).findOneBy({ id });
    if (!found) throw rmaNotFound(id);
    return toRmaView(found, await this.rmas.lines(m, id), await this.rmas.history(m, id));
  }
}
