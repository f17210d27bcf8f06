import { Injectable } from '@nestjs/common';
import { WorkOrderDiagnosedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { diagnose } from '../../domain/visit';
import { workOrderDiagnosedData } from '../../integration/work-order-diagnosed.mapping';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { RecordDiagnosisRequest } from './record-diagnosis.request';

/** R-DS-8: the fault diagnosis; work-order.diagnosed tells intake (R-SLA-3 diagnosis clock) and warranty (the cause). */
@Injectable()
export class RecordDiagnosisCommand {
  constructor(
    private readonly steps: VisitSteps,
    private readonly outbox: OutboxService,
  ) {}

  execute(visitId: string, request: RecordDiagnosisRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(
      visitId,
      user,
      async ({ visit, wo, now, m }) => {
        const next = diagnose(visit, request.diagnosis);
        wo.updatedAt = now;
        wo.version += 1;
        await this.outbox.append(m, WorkOrderDiagnosedV1, { aggregateId: wo.id, sequence: wo.version, data: workOrderDiagnosedData(wo, visit, { ...request, at: now }) });
        return next;
      },
      { saveOrder: true },
    );
  }
}
