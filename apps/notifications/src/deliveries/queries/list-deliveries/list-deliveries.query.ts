import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { DeliveryView, toDeliveryView } from '../../delivery.view';
import { DeliveryEntity } from '../../infrastructure/delivery.entity';
import { ListDeliveriesRequest } from './list-deliveries.request';

/** Who was told what about a case, or what one person was told, and how far each delivery got. */
@Injectable()
export class ListDeliveriesQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(q: ListDeliveriesRequest): Promise<Page<DeliveryView>> {
    const qb = this.dataSource.getRepository(DeliveryEntity).createQueryBuilder('d');
    if (q.caseId) qb.andWhere('d.case_id = :caseId', { caseId: q.caseId });
    if (q.personId) qb.andWhere('d.person_id = :personId', { personId: q.personId });
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    return paginate(qb, q, toDeliveryView);
  }
}
