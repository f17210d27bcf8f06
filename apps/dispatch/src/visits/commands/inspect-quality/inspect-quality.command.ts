import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { inspectQuality } from '../../domain/visit';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { InspectQualityRequest } from './inspect-quality.request';

/** R-DS-8: the quality inspection (质检验收) of the tested repair. */
@Injectable()
export class InspectQualityCommand {
  constructor(private readonly steps: VisitSteps) {}

  execute(visitId: string, request: InspectQualityRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(visitId, user, ({ visit, now }) => inspectQuality(visit, { ...request, at: now.toISOString() }));
  }
}
