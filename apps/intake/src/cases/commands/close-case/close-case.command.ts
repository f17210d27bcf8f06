import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
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
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: CloseCaseRequest, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user, request.version);
      const customer = user.roles.includes('customer');
      const at = this.clock.now();
      const change = this.recorder.decide(c, 'closed', customer ? 'customer' : 'staff', at);
      await this.recorder.apply(m, c, change, { actor: `user:${user.sub}`, at, detail: { onBehalfOfCustomer: !customer } }, (contract, input) =>
        this.outbox.append(m, contract, input),
      );
      return toCaseView(c);
    });
  }
}
