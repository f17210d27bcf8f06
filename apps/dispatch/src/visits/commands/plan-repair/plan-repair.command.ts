import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { planRepair } from '../../domain/visit';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { PlanRepairRequest } from './plan-repair.request';

/** R-DS-8: the repair plan (steps, materials, manpower, time estimate), after the diagnosis. */
@Injectable()
export class PlanRepairCommand {
  constructor(private readonly steps: VisitSteps) {}

  execute(visitId: string, request: PlanRepairRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(visitId, user, ({ visit }) => planRepair(visit, request));
  }
}
