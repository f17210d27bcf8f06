import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DepotRepairStepRecordedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { StockReservations } from '../../../stock/commands/stock-reservations';
import { DepotRepairView, toDepotRepairView } from '../../depot-repair.view';
import { depotRepairNotFound, depotStepOrConflict } from '../../depot-repairs.errors';
import { DepotRepairEntity, DepotRepairStepEntity } from '../../infrastructure/depot-repair.entities';
import { depotRepairStepRecordedData } from '../../integration/depot-repair-step-recorded.mapping';
import { DepotTurnaroundTimers } from '../../timers/depot-turnaround.timers';
import { RecordDepotStepInput, RecordDepotStepRequest } from './record-depot-step.request';

/** What the customer is told of a step. */
function summarise(s: RecordDepotStepInput): string {
  const parts = s.partsUsed ?? [];
  switch (s.step) {
    case 'diagnosed':
      return `Diagnosed: ${s.diagnosis}${s.paid ? ' (paid repair: a quote follows)' : ''}`;
    case 'quoted':
      return `Quoted: ${((s.amountMinor ?? 0) / 100).toFixed(2)} ${s.currency}`;
    case 'repaired':
      return `Repaired${parts.length ? `: ${parts.map((p) => `${p.quantity} x ${p.partNumber}`).join(', ')}` : ''}`;
    case 'qc-passed':
      return 'Passed quality control';
    case 'qc-failed':
      return `Failed quality control, back to the bench: ${s.notes}`;
    case 'shipped-back':
      return `Shipped back: ${s.carrier} ${s.trackingNumber}`;
  }
}

/**
 * A depot step (R-RMA-6) in order, with who and when: diagnosis (and whether it is paid), the quote of a paid repair,
 * the repair with parts from the depot's own stock (reserved and issued in this transaction), QC, the shipment back
 * (which meets the turnaround, R-RMA-4). Out of order: a 409 listing the allowed steps.
 */
@Injectable()
export class RecordDepotStepCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly stock: StockReservations,
    private readonly turnaround: DepotTurnaroundTimers,
  ) {}

  execute(id: string, request: RecordDepotStepRequest, user: AuthUser): Promise<DepotRepairView> {
    const s = request as RecordDepotStepInput;
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const repair = await m.getRepository(DepotRepairEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!repair) throw depotRepairNotFound(id);
      repair.status = depotStepOrConflict(repair.status, s.step, repair.paid);
      if (s.step === 'diagnosed') repair.paid = s.paid ?? false;
      const details: Record<string, unknown> = { ...s };
      if (s.step === 'repaired') {
        const issued = [];
        for (const part of s.partsUsed ?? []) {
          const r = await this.stock.reserve(m, { partNumber: part.partNumber, quantity: part.quantity, warehouseCode: repair.warehouseCode, allowSubstitutes: false, caseId: repair.caseId, reference: repair.repairNumber, actor: user.sub });
          await this.stock.issue(m, { reservationId: r.id, serialNumbers: part.serialNumbers, destination: 'work-order', actor: user.sub });
          issued.push({ partNumber: part.partNumber, quantity: part.quantity, reservationId: r.id });
        }
        details.partsUsed = issued;
      }
      if (s.step === 'shipped-back') await this.turnaround.cancel(m, repair.id);
      repair.version += 1;
      repair.updatedAt = now;
      await m.getRepository(DepotRepairEntity).save(repair);
      await m.getRepository(DepotRepairStepEntity).save(m.getRepository(DepotRepairStepEntity).create({ id: uuidv7(), repairId: repair.id, step: s.step, by: user.sub, at: now, details }));
      await this.outbox.append(m, DepotRepairStepRecordedV1, { aggregateId: repair.id, sequence: repair.version, data: depotRepairStepRecordedData(repair, summarise(s), user.sub, now) });
      const steps = await m.getRepository(DepotRepairStepEntity).find({ where: { repairId: repair.id }, order: { at: 'ASC', id: 'ASC' } });
      return toDepotRepairView(repair, steps);
    });
  }
}
