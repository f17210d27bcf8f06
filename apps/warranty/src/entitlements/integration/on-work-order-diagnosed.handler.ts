import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderDiagnosedV1, WorkOrderDiagnosedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { AddEvidenceCommand } from '../commands/add-evidence/add-evidence.command';
import { EntitlementDecisionEntity } from '../infrastructure/entitlement-decision.entity';

/**
 * The engineer's diagnosis is new evidence for the case's decision (R-WA-7): human damage makes a free repair paid
 * service (R-WA-2), a unit dead on arrival is exchanged (R-WA-3), one fault back after three repairs is a replacement
 * (R-WA-4). Same command as POST /v1/entitlement-decisions/{id}/evidence, in the event's transaction.
 */
@Injectable()
export class OnWorkOrderDiagnosedHandler {
  private readonly logger = new Logger('OnWorkOrderDiagnosed');

  constructor(private readonly evidence: AddEvidenceCommand) {}

  @OnEvent(WorkOrderDiagnosedV1, { name: 'reevaluate-on-diagnosis' })
  async handle(event: EventEnvelope<WorkOrderDiagnosedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    // Without a fault code or a cause the diagnosis says nothing the rules can use.
    if (!d.faultCode && !d.cause && !d.defectiveOnArrival) return;
    const decision = await ctx.manager.getRepository(EntitlementDecisionEntity).findOneBy({ caseId: d.caseId });
    if (!decision) {
      this.logger.warn(`work order ${d.workOrderNumber} diagnosed a case warranty never decided (${d.caseId}); nothing to re-evaluate`);
      return;
    }
    await this.evidence.applyIn(
      ctx.manager,
      decision.id,
      {
        diagnosis: {
          // No code: one of its own per work order, so it never counts as a repeat of another fault (R-WA-4).
          faultCode: d.faultCode ?? `UNCODED-${d.workOrderNumber}`,
          cause: d.cause ?? 'unknown',
          defectiveOnArrival: d.defectiveOnArrival,
          diagnosedAt: d.diagnosedAt,
          engineerId: d.engineerId,
          workOrderId: d.workOrderId,
        },
      },
      `engineer ${d.engineerId}`,
    );
  }
}
