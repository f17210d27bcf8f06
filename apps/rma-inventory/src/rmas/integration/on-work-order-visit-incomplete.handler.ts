import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderVisitIncompleteV1, WorkOrderVisitIncompleteV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { OpenRmaCommand } from '../commands/open-rma/open-rma.command';

/**
 * R-DS-5: a standby unit (备用机) lent on a visit is stock on loan, chased back like a return (R-RMA-3): a
 * `standby-loan` RMA that starts delivered at the moment it was lent. One per work order and standby unit.
 */
@Injectable()
export class OnWorkOrderVisitIncompleteHandler {
  constructor(private readonly opener: OpenRmaCommand) {}

  @OnEvent(WorkOrderVisitIncompleteV1, { name: 'lend-standby-unit' })
  async handle(event: EventEnvelope<WorkOrderVisitIncompleteV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (!d.standbyUnit) return;
    const [lent] = await ctx.manager.query(`SELECT 1 FROM rmas WHERE type = 'standby-loan' AND work_order_id = $1 AND serial_number = $2`, [d.workOrderId, d.standbyUnit.serialNumber]);
    if (lent) return;
    const rma = await this.opener.openIn(
      ctx.manager,
      {
        type: 'standby-loan',
        source: 'dispatch',
        openedBy: `engineer ${d.engineerId}`,
        caseId: d.caseId,
        decisionId: null,
        workOrderId: d.workOrderId,
        serialNumber: d.standbyUnit.serialNumber,
        productModel: d.standbyUnit.productModel,
        customerId: null,
        region: null,
        faultCause: null,
        deliveredAt: new Date(d.standbyUnit.lentAt),
        lines: [{ kind: 'unit', serialNumber: d.standbyUnit.serialNumber, partNumber: d.standbyUnit.productModel, quantity: 1, reasonCode: 'loan-return' }],
      },
      { correlationId: event.correlationId, causationId: event.id },
    );
    await this.opener.lendStandby(ctx.manager, rma, `engineer ${d.engineerId}`);
  }
}
