import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseClosedV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { caseNotFound, transitionOrConflict } from '../../case.errors';
import { CaseView, toCaseView } from '../../case.view';
import { CaseRepository } from '../../infrastructure/case.repository';
import { CloseCaseRequest } from './close-case.request';

/** R-IN-7: a resolved case closes when the customer confirms; closing sets off the survey (R-SV-1). */
@Injectable()
export class CloseCaseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxService,
  ) {}

  execute(caseId: string, request: CloseCaseRequest, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lock(m, caseId);
      if (user.roles.includes('customer') && c.customerId !== user.customerId) throw caseNotFound(caseId);
      c.status = transitionOrConflict(c.status, 'closed');
      const now = new Date();
      c.closedAt = now;
      c.updatedAt = now;
      c.version += 1;
      await m.save(c);
      await this.cases.log(m, c.id, { actor: `user:${user.sub}`, kind: 'case-closed', visibility: 'public', detail: { confirmation: request.confirmation, onBehalfOfCustomer: !user.roles.includes('customer') }, at: now });
      await this.outbox.append(m, CaseClosedV1, {
        aggregateId: c.id,
        sequence: c.version,
        data: {
          caseId: c.id,
          caseNumber: c.caseNumber,
          customerId: c.customerId,
          productModel: c.productModel,
          category: c.category,
          closedAt: now.toISOString(),
          confirmation: request.confirmation,
        },
      });
      return toCaseView(c);
    });
  }
}
