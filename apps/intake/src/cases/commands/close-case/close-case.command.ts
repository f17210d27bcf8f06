import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { CaseView, toCaseView } from '../../case.view';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { CaseStatusRecorder } from '../case-status.recorder';
import { CloseCaseRequest } from './close-case.request';

/** R-IN-7: a resolved case closes when the customer confirms; closing sets off the survey (R-SV-1). */
@Injectable()
export class CloseCaseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly recorder: CaseStatusRecorder,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: CloseCaseRequest, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user, request.version);
      const customer = user.roles.includes('customer');
      const at = this.clock.now();
      const change = this.recorder.decide(c, 'closed', customer ? 'customer' : 'staff', at);
      await this.recorder.apply(m, c, change, { actor: `user:${user.sub}`, kind: customer ? 'customer' : 'staff', at, detail: { onBehalfOfCustomer: !customer } });
      return toCaseView(c);
    });
  }
}
