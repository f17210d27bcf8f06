import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { RmaUnitInspectedV1, RmaUnitInspectedV1Data } from '@aftersales/contracts-rma-inventory';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { AddEvidenceCommand } from '../commands/add-evidence/add-evidence.command';
import { EntitlementDecisionEntity } from '../infrastructure/entitlement-decision.entity';

/** What an RMA inspection says about the cause (R-WA-2): damage found on the bench is not a quality problem. */
const CAUSE = { 'fault-confirmed': 'product-defect', damaged: 'accidental-damage', 'no-fault-found': 'unknown' } as const;

/**
 * The inspection of a unit returned on an RMA is evidence for the case's decision (R-WA-7, R-RMA-3), applied as a
 * diagnosis: a confirmed fault keeps the remedy, damage found makes it paid service (R-WA-2). Same command as
 * POST /v1/entitlement-decisions/{id}/evidence, in the event's transaction.
 */
@Injectable()
export class OnRmaUnitInspectedHandler {
  private readonly logger = new Logger('OnRmaUnitInspected');

  constructor(private readonly evidence: AddEvidenceCommand) {}

  @OnEvent(RmaUnitInspectedV1, { name: 'evidence-from-rma-inspection' })
  async handle(event: EventEnvelope<RmaUnitInspectedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const repo = ctx.manager.getRepository(EntitlementDecisionEntity);
    const decision = d.decisionId ? await repo.findOneBy({ id: d.decisionId }) : await repo.findOneBy({ caseId: d.caseId });
    if (!decision) {
      this.logger.warn(`RMA ${d.rmaNumber} inspected a unit of a case warranty never decided (${d.caseId}); nothing to add`);
      return;
    }
    await this.evidence.applyIn(
      ctx.manager,
      decision.id,
      {
        diagnosis: {
          faultCode: d.faultCode ?? `RMA-${d.result.toUpperCase()}`,
          cause: CAUSE[d.result],
          defectiveOnArrival: d.type === 'doa-exchange' && d.result === 'fault-confirmed',
          diagnosedAt: d.inspectedAt,
        },
      },
      `rma-inventory ${d.inspectedBy}`,
    );
  }
}
