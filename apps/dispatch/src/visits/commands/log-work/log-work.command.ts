import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { logWork } from '../../domain/visit';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { LogWorkRequest } from './log-work.request';

/** R-DS-8: an entry of the repair log. */
@Injectable()
export class LogWorkCommand {
  constructor(private readonly steps: VisitSteps) {}

  execute(visitId: string, request: LogWorkRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(visitId, user, ({ visit, now }) => logWork(visit, now.toISOString(), request.note));
  }
}
