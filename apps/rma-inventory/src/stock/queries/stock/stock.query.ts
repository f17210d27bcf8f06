import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { paginate } from '@aftersales/platform-service-defaults';
import { StockLedgerEntity, StockLevelEntity } from '../../infrastructure/stock.entities';
import { LedgerRequest, StockRequest } from './stock.request';

/** Stock on hand, reserved and available, and its movements (R-RMA-5: below the minimum is a shortage). */
@Injectable()
export class StockQuery {
  constructor(private readonly dataSource: DataSource) {}

  async levels(q: StockRequest) {
    const qb = this.dataSource.getRepository(StockLevelEntity).createQueryBuilder('s').orderBy('s.warehouse_code').addOrderBy('s.part_number');
    if (q.warehouse) qb.andWhere('s.warehouse_code = :w', { w: q.warehouse });
    if (q.partNumber) qb.andWhere('s.part_number = :p', { p: q.partNumber });
    const rows = await qb.getMany();
    return {
      items: rows.map((r) => ({
        warehouseCode: r.warehouseCode,
        partNumber: r.partNumber,
        onHand: r.onHand,
        reserved: r.reserved,
        available: r.onHand - r.reserved,
        minimum: r.minLevel,
        shortage: r.shortSince !== null,
      })),
    };
  }

  ledger(q: LedgerRequest) {
    const qb = this.dataSource.getRepository(StockLedgerEntity).createQueryBuilder('l');
    if (q.workOrderId) qb.andWhere('l.work_order_id = :wo', { wo: q.workOrderId });
    if (q.warehouse) qb.andWhere('l.warehouse_code = :w', { w: q.warehouse });
    if (q.partNumber) qb.andWhere('l.part_number = :p', { p: q.partNumber });
    return paginate(qb, q, (l) => ({
      id: l.id,
      warehouseCode: l.warehouseCode,
      partNumber: l.partNumber,
      quantityDelta: l.quantityDelta,
      reservedDelta: l.reservedDelta,
      reason: l.reason,
      actor: l.actor,
      note: l.note,
      reference: l.reference,
      reservationId: l.reservationId,
      transferId: l.transferId,
      serialNumber: l.serialNumber,
      workOrderId: l.workOrderId,
      caseId: l.caseId,
      onHandAfter: l.onHandAfter,
      reservedAfter: l.reservedAfter,
      at: l.at.toISOString(),
    }));
  }
}
