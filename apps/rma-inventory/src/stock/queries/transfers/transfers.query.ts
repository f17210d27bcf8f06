import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { paginate } from '@aftersales/platform-service-defaults';
import { StockTransferEntity } from '../../infrastructure/stock.entities';
import { transferNotFound } from '../../stock.errors';
import { toTransferView } from '../../stock.view';
import { TransfersRequest } from './transfers.request';

/** Transfers between warehouses, newest first; in transit until received. */
@Injectable()
export class TransfersQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: TransfersRequest) {
    const qb = this.dataSource.getRepository(StockTransferEntity).createQueryBuilder('t');
    if (q.status) qb.andWhere('t.status = :s', { s: q.status });
    if (q.fromWarehouse) qb.andWhere('t.from_warehouse = :f', { f: q.fromWarehouse });
    if (q.toWarehouse) qb.andWhere('t.to_warehouse = :to', { to: q.toWarehouse });
    return paginate(qb, q, toTransferView);
  }

  async one(id: string) {
    const t = await this.dataSource.getRepository(StockTransferEntity).findOneBy({ id });
    if (!t) throw transferNotFound(id);
    return toTransferView(t);
  }
}
