import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { ServiceContractEntity } from '../../infrastructure/service-contract.entity';
import { contractNotFound } from '../../service-contracts.errors';
import { ServiceContractView, toContractView } from '../../service-contracts.view';
import { ListContractsRequest } from './contracts.request';

/** Service contracts by unit or customer (R-WA-6). */
@Injectable()
export class ContractsQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: ListContractsRequest): Promise<Page<ServiceContractView>> {
    const qb = this.dataSource.getRepository(ServiceContractEntity).createQueryBuilder('c');
    if (q.serialNumber) qb.andWhere('c.serial_number = :serial', { serial: q.serialNumber });
    if (q.customerId) qb.andWhere('c.customer_id = :customerId', { customerId: q.customerId });
    return paginate(qb, q, toContractView);
  }

  async get(id: string): Promise<ServiceContractView> {
    const found = await this.dataSource.getRepository(ServiceContractEntity).findOneBy({ id });
    if (!found) throw contractNotFound(id);
    return toContractView(found);
  }
}
