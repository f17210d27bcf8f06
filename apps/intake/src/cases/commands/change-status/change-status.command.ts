import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { CaseView, toCaseView } from '../../case.view';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { CaseStatusRecorder } from '../case-status.recorder';
import { ChangeStatusInput } from './change-status.request';

/**
 * Acknowledge, start work, wait on the customer or on parts, resume, resolve, confirm or reject the resolution,
 * reopen, close: one guarded transition of the lifecycle per request (issue #3, R-IN-7), in one transaction.
 */
@Injectable()
export class ChangeStatusCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly recorder: CaseStatusRecorder,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: ChangeStatusInput, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user, request.version);
      const at = this.clock.now();
      const customer = user.roles.includes('customer');
      const change = this.recorder.decide(c, request.status, customer ? 'customer' : 'staff', at, {
        reason: request.reason,
        resolution: request.resolution,
      });
      // Staff close a case only on the customer's word (R-IN-7): the log says they recorded it for the customer.
      const detail = change.to === 'closed' ? { onBehalfOfCustomer: !customer } : {};
      await this.recorder.apply(m, c, change, { actor: `user:${user.sub}`, kind: customer ? 'customer' : 'staff', at, detail });
      return toCaseView(c);
    });
  }
}
