import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { useParts } from '../../domain/visit';
import { VisitView } from '../../visit.view';
import { VisitSteps, notInFuture } from '../visit-step';
import { RecordPartsUsedRequest } from './record-parts-used.request';

/** R-DS-4: the parts used on this visit, replaced only with the customer's consent. */
@Injectable()
export class RecordPartsUsedCommand {
  constructor(private readonly steps: VisitSteps) {}

  execute(visitId: string, request: RecordPartsUsedRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(visitId, user, ({ visit, now }) => {
      if (request.consent) notInFuture(request.consent.consentedAt, now, 'consent.consentedAt');
      visit.warehouseCode = request.warehouseCode;
      return useParts(visit, request.partsUsed, request.consent);
    });
  }
}
