import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { recordTests } from '../../domain/visit';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { RecordTestsRequest } from './record-tests.request';

/** R-DS-4: tests after the repair; a new result asks for a new inspection and sign-off. */
@Injectable()
export class RecordTestsCommand {
  constructor(private readonly steps: VisitSteps) {}

  execute(visitId: string, request: RecordTestsRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(visitId, user, ({ visit, now }) => recordTests(visit, request.results.map((r) => ({ ...r, at: now.toISOString() }))));
  }
}
