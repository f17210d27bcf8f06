import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { EntitlementDecisionView, toDecisionView } from '../../entitlement.view';
import { decisionNotFound } from '../../entitlements.errors';
import { EntitlementDecisionEntity } from '../../infrastructure/entitlement-decision.entity';
import { ListDecisionsRequest } from './list-decisions.request';

/** The stored decisions of opened cases, with their explanation (R-WA-7). */
@Injectable()
export class ListDecisionsQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: ListDecisionsRequest): Promise<Page<EntitlementDecisionView>> {
    const qb = this.dataSource.getRepository(EntitlementDecisionEntity).createQueryBuilder('d');
    if (q.caseId) qb.andWhere('d.case_id = :caseId', { caseId: q.caseId });
    if (q.serialNumber) qb.andWhere('d.serial_number = :serial', { serial: q.serialNumber });
    return paginate(qb, q, toDecisionView);
  }

  async get(id: string): Promise<EntitlementDecisionView> {
    const found = await this.dataSource.getRepository(EntitlementDecisionEntity).findOneBy({ id });
    if (!found) throw decisionNotFound(id);
    return toDecisionView(found);
  }
}
