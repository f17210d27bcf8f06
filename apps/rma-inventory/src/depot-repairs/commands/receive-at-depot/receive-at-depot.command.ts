import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DepotRepairStepRecordedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult, nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { turnaroundDeadline } from '../../../rmas/domain/rma-clocks.policy';
import { warehouseCalendar } from '../../../stock/domain/warehouse-calendar';
import { WarehouseEntity } from '../../../stock/infrastructure/stock.entities';
import { DepotRepairView, toDepotRepairView } from '../../depot-repair.view';
import { notADepot } from '../../depot-repairs.errors';
import { DepotRepairEntity, DepotRepairStepEntity } from '../../infrastructure/depot-repair.entities';
import { depotRepairStepRecordedData } from '../../integration/depot-repair-step-recorded.mapping';
import { DepotTurnaroundTimers } from '../../timers/depot-turnaround.timers';
import { ReceiveAtDepotRequest } from './receive-at-depot.request';

/** R-RMA-6, first step: a carried-in or mailed-in unit is received and checked (condition, accessories, photos). */
@Injectable()
export class ReceiveAtDepotCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly turnaround: DepotTurnaroundTimers,
  ) {}

  execute(request: ReceiveAtDepotRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<DepotRepairView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `receive-at-depot:${user.sub}`, request }, async () => {
        const now = this.clock.now();
        const depot = await m.getRepository(WarehouseEntity).findOneBy({ code: request.warehouseCode });
        if (!depot || depot.kind !== 'depot' || !depot.active) throw notADepot(request.warehouseCode);
        // R-RMA-4 on the depot's calendar, where the policy says so.
        const deadline = request.turnaround ? turnaroundDeadline(warehouseCalendar(depot), now) : null;
        const repair = m.getRepository(DepotRepairEntity).create({
          id: uuidv7(),
          repairNumber: await nextDocumentNumber(m, 'depot_repair_number_seq', 'DR', now),
          caseId: request.caseId,
          rmaId: request.rmaId,
          customerId: request.customerId,
          serialNumber: request.serialNumber,
          productModel: request.productModel,
          mode: request.mode,
          warehouseCode: depot.code,
          status: 'received',
          paid: null,
          turnaroundDueAt: deadline?.dueAt ?? null,
          version: 1,
          receivedAt: now,
          updatedAt: now,
        });
        await m.getRepository(DepotRepairEntity).insert(repair);
        const details = { condition: request.condition, accessories: request.accessories, photos: request.photos };
        const step = m.getRepository(DepotRepairStepEntity).create({ id: uuidv7(), repairId: repair.id, step: 'received', by: user.sub, at: now, details });
        await m.getRepository(DepotRepairStepEntity).save(step);
        if (deadline) await this.turnaround.schedule(m, repair.id, deadline);
        const summary = `Received: ${request.condition}; accessories: ${request.accessories.join(', ') || 'none'}; ${request.photos.length} photo(s)`;
        await this.outbox.append(m, DepotRepairStepRecordedV1, { aggregateId: repair.id, sequence: repair.version, data: depotRepairStepRecordedData(repair, summary, user.sub, now) });
        return { status: 201, body: toDepotRepairView(repair, [step]) };
      }),
    );
  }
}
