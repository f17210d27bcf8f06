import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaUnitInspectedV1 } from '@aftersales/contracts-rma-inventory';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { rmaUnitInspectedData } from '../../integration/rma-unit-inspected.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { InspectUnitRequest } from './inspect-unit.request';

/** The returned unit's inspection (no fault found, fault confirmed, damaged), which warranty takes as evidence (R-WA-7). */
@Injectable()
export class InspectUnitCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
  ) {}

  execute(id: string, request: InspectUnitRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      await this.rmas.move(m, rma, 'inspected', {
        action: 'inspected',
        by: user.sub,
        note: `${request.result}${request.faultCode ? ` (${request.faultCode})` : ''}`,
        at: now,
        changes: { inspectionResult: request.result, inspectionFaultCode: request.faultCode, inspectionNotes: request.notes, inspectedAt: now },
      });
      await this.outbox.append(m, RmaUnitInspectedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaUnitInspectedData(rma, user.sub) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
