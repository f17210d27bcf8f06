import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RmaReasonCode } from '@aftersales/contracts-rma-inventory';
import { OpenRmaCommand, OpenRmaSpec } from '../commands/open-rma/open-rma.command';
import { rmaTypeForRemedy } from '../domain/rma-opening.policy';

export interface WarrantyRemedy {
  decisionId: string;
  caseId: string;
  serialNumber: string;
  productModel: string | null;
  remedy: string | undefined;
  defectiveOnArrival: boolean;
  cause: string | null;
  correlation: { correlationId: string; causationId: string };
}

/**
 * The RMA a warranty remedy asks for (R-WA-3, R-WA-4), opened in the event's transaction: one open RMA per decision,
 * so a redelivered or repeated decision opens nothing more. The spare to ship is the unit's model; an agent may
 * change it at approval.
 */
@Injectable()
export class WarrantyRemedyRmas {
  private readonly logger = new Logger('WarrantyRemedyRmas');

  constructor(private readonly opener: OpenRmaCommand) {}

  async open(m: EntityManager, r: WarrantyRemedy): Promise<void> {
    const type = rmaTypeForRemedy(r.remedy, r.defectiveOnArrival);
    if (!type) return;
    const [open] = await m.query(`SELECT rma_number FROM rmas WHERE decision_id = $1 AND status NOT IN ('rejected', 'cancelled', 'closed')`, [r.decisionId]);
    if (open) {
      this.logger.log(`decision ${r.decisionId} already has open RMA ${open.rma_number}; ${r.remedy} opens nothing more`);
      return;
    }
    const reasonCode: RmaReasonCode = r.defectiveOnArrival ? 'defective-on-arrival' : type === 'advance-replacement' ? 'hardware-fault' : 'quality-problem';
    await this.opener.openIn(
      m,
      {
        type,
        source: 'warranty',
        openedBy: 'warranty',
        caseId: r.caseId,
        decisionId: r.decisionId,
        serialNumber: r.serialNumber,
        productModel: r.productModel,
        customerId: null,
        region: null,
        faultCause: r.cause as OpenRmaSpec['faultCause'],
        lines: [{ kind: 'unit', serialNumber: r.serialNumber, partNumber: r.productModel, quantity: 1, reasonCode }],
      },
      r.correlation,
    );
  }
}
